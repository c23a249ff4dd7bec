"""The walk of issue 14 repeated in the real window with the keyboard only: Ctrl+N, each
field typed and left with Enter, the date typed as on paper, the type picked by typing
"cong", Ctrl+Enter; then Ctrl+Shift+N with a date a year ahead, refused without a number."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.core.clock import vn_today
from desktop.registers.registry import ListQuery, list_documents
from desktop.shell.services import Direction
from tests.ui.conftest import open_main_window, type_text
from ui.registers.incoming_form import IncomingDialog
from ui.registers.outgoing_form import OutgoingDialog

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def _focused():
    return QApplication.focusWidget()


def _enter(qtbot) -> None:
    qtbot.keyClick(_focused(), Qt.Key.Key_Return)


def test_incoming_by_keyboard_only(qtbot, ui_office) -> None:
    window = open_main_window(qtbot, ui_office)
    qtbot.keyClick(window, Qt.Key.Key_N, CTRL)
    dialog = window.dialog
    assert isinstance(dialog, IncomingDialog)
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: _focused() is dialog.organ, timeout=2000)
    type_text(qtbot, _focused(), "Sở Nội vụ tỉnh Quảng Ngãi")
    dialog.organ.completer().popup().hide()
    _enter(qtbot)
    type_text(qtbot, _focused(), "125/SNV-CCHC")
    _enter(qtbot)
    assert _focused() is dialog.issued.edit
    qtbot.keyClick(_focused(), Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(_focused(), "15/11/2026")
    assert "15/11/2026" in dialog.issued.shown.text()
    _enter(qtbot)
    assert _focused() is dialog.doc_type
    qtbot.keyClicks(_focused(), "cong")
    assert dialog.doc_type.currentData() == "Công văn"
    _enter(qtbot)
    type_text(qtbot, _focused(), "V/v triển khai cải cách hành chính")
    _enter(qtbot)
    assert dialog.isVisible()  # Enter never saves
    qtbot.keyClick(_focused(), Qt.Key.Key_Return, CTRL)
    assert dialog.saved is not None
    [row] = list_documents(ui_office, ListQuery(Direction.INCOMING))
    assert (row.organ_name, row.symbol, row.issued_date, row.type_name) == (
        "Sở Nội vụ tỉnh Quảng Ngãi", "125/SNV-CCHC", dt.date(2026, 11, 15), "Công văn")


def test_outgoing_a_year_ahead_by_keyboard_spends_no_number(qtbot, ui_office) -> None:
    window = open_main_window(qtbot, ui_office)
    qtbot.keyClick(window, Qt.Key.Key_N, CTRL | SHIFT)
    dialog = window.dialog
    assert isinstance(dialog, OutgoingDialog)
    qtbot.waitExposed(dialog)
    ahead = vn_today() + dt.timedelta(days=365)
    dialog.issued.setFocus()
    qtbot.waitUntil(lambda: _focused() is dialog.issued.edit, timeout=2000)
    qtbot.keyClick(_focused(), Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(_focused(), ahead.strftime("%d%m%Y"))
    _enter(qtbot)
    _enter(qtbot)  # the type: on
    type_text(qtbot, _focused(), "V/v tổ chức hội nghị")
    _enter(qtbot)
    dialog.signer.clear()
    type_text(qtbot, _focused(), "Nguyễn Văn An")
    _enter(qtbot)
    type_text(qtbot, _focused(), "Chủ tịch")
    qtbot.keyClick(_focused(), Qt.Key.Key_Return, CTRL)
    assert dialog.saved is None and dialog.isVisible()
    assert "ở tương lai" in dialog.errors.fields["date"][1].text()
    assert _focused() is dialog.issued.edit
    assert list_documents(ui_office, ListQuery(Direction.OUTGOING)) == []
