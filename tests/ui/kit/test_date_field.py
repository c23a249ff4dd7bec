"""The one date field, typed into as a clerk does (issue 14, 2 and 3): in the real forms, with
keystrokes, asserting what is shown beside the field and what the register saved."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import QApplication

from desktop.core.clock import vn_today
from desktop.registers.registry import ListQuery, get_document, list_documents
from desktop.shell.services import Direction
from tests.ui.conftest import type_text
from ui.kit.date_field import DateField, qdate
from ui.registers.incoming_form import IncomingDialog
from ui.registers.outgoing_form import OutgoingDialog


def _retype(qtbot, field: DateField, text: str) -> None:
    """Click into the field, select what is there, type over it: as a person does."""
    qtbot.mouseClick(field.edit, Qt.MouseButton.LeftButton)
    qtbot.keyClick(field.edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(field.edit, text)


def _incoming(qtbot, office) -> IncomingDialog:
    dialog = IncomingDialog(office)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    type_text(qtbot, dialog.organ, "Sở Nội vụ")
    type_text(qtbot, dialog.symbol, "125/SNV-CCHC")
    type_text(qtbot, dialog.subject, "V/v cải cách hành chính")
    return dialog


def _saved_incoming(office) -> list:
    return list_documents(office, ListQuery(Direction.INCOMING))


@pytest.mark.parametrize("typed", ["15/11/2026", "15112026", "2026-11-15", "15-11-2026"])
def test_a_typed_date_is_saved_as_typed(qtbot, ui_office, typed) -> None:
    dialog = _incoming(qtbot, ui_office)
    _retype(qtbot, dialog.issued, typed)
    assert "15/11/2026" in dialog.issued.shown.text()
    dialog.save_button.click()
    assert dialog.saved is not None, dialog.errors.shown()
    assert dialog.saved.issued_date == dt.date(2026, 11, 15)
    assert get_document(ui_office, dialog.saved.id).issued_date == dt.date(2026, 11, 15)


def test_d_m_yyyy_without_leading_zeros(qtbot, ui_office) -> None:
    dialog = _incoming(qtbot, ui_office)
    _retype(qtbot, dialog.issued, "5/1/2026")
    dialog.save_button.click()
    assert dialog.saved is not None and dialog.saved.issued_date == dt.date(2026, 1, 5)


def test_an_impossible_date_is_refused_not_rolled_over(qtbot, ui_office) -> None:
    dialog = _incoming(qtbot, ui_office)
    _retype(qtbot, dialog.issued, "32/13/2026")
    assert "tháng 13" in dialog.issued.shown.text()
    assert dialog.issued.value() is None
    dialog.save_button.click()
    assert dialog.saved is None and dialog.isVisible()
    _widget, label = dialog.errors.fields["date"]
    assert "Không có tháng 13" in label.text()
    assert _saved_incoming(ui_office) == []
    _retype(qtbot, dialog.issued, "30/02/2026")
    assert "chỉ có 28 ngày" in dialog.issued.shown.text()


def test_tab_leaves_the_date_for_the_next_field(qtbot, ui_office) -> None:
    dialog = _incoming(qtbot, ui_office)
    dialog.issued.setFocus()
    qtbot.waitUntil(dialog.issued.edit.hasFocus)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.doc_type


def test_due_date_can_be_typed_and_is_kept(qtbot, ui_office) -> None:
    """Hạn giải quyết was blanked when left (issue 14, 3)."""
    dialog = _incoming(qtbot, ui_office)
    due = vn_today() + dt.timedelta(days=10)
    _retype(qtbot, dialog.due, due.strftime("%d/%m/%Y"))
    qtbot.keyClick(dialog.due.edit, Qt.Key.Key_Tab)
    assert dialog.due.text() == due.strftime("%d/%m/%Y")
    dialog.save_button.click()
    assert dialog.saved is not None and dialog.saved.due_date == due


def test_an_empty_due_date_means_none(qtbot, ui_office) -> None:
    dialog = _incoming(qtbot, ui_office)
    assert dialog.due.text() == ""
    dialog.save_button.click()
    assert dialog.saved is not None and dialog.saved.due_date is None


def test_the_calendar_is_vietnamese_and_opens_at_today(qtbot, ui_office) -> None:
    dialog = _incoming(qtbot, ui_office)
    dialog.due.button.click()
    calendar = dialog.due.calendar
    assert calendar is not None
    today = qdate(vn_today())
    assert calendar.selectedDate() == today
    assert (calendar.yearShown(), calendar.monthShown()) == (today.year(), today.month())
    assert calendar.locale().language() == QLocale.Language.Vietnamese
    assert "tháng" in calendar.locale().monthName(11).lower()
    calendar.clicked.emit(QDate(2026, 11, 20))
    assert dialog.due.text() == "20/11/2026"


def test_outgoing_future_date_spends_no_number(qtbot, ui_office) -> None:
    """Issue 14, 1 in the window: a year ahead is refused and no series is opened."""
    dialog = OutgoingDialog(ui_office)
    qtbot.addWidget(dialog)
    dialog.show()
    ahead = vn_today() + dt.timedelta(days=365)
    _retype(qtbot, dialog.issued, ahead.strftime("%d/%m/%Y"))
    type_text(qtbot, dialog.subject, "V/v tổ chức hội nghị")
    type_text(qtbot, dialog.signer, "Nguyễn Văn A")
    type_text(qtbot, dialog.signer_title, "Chủ tịch")
    dialog.save_button.click()
    assert dialog.saved is None
    assert "ở tương lai" in dialog.errors.fields["date"][1].text()
    assert list_documents(ui_office, ListQuery(Direction.OUTGOING)) == []
