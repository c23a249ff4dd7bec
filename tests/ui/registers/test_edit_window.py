"""Correcting an entry in the window (issue 14, 5): the Sửa… button of the document and the
register's context menu, typed into as a clerk does; the history shown on the document."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.core.clock import vn_today
from desktop.registers.edit import history
from desktop.registers.registry import get_document
from desktop.shell.services import Direction
from tests.ui.conftest import add_incoming, show_active, type_text
from ui.documents.view import DocumentDialog
from ui.registers.edit_form import IncomingCorrection
from ui.registers.panel import RegisterPanel


def _retype(qtbot, widget, text: str) -> None:
    widget.setFocus()
    widget.selectAll()
    type_text(qtbot, widget, text)


def test_edit_button_corrects_and_the_history_shows_it(qtbot, ui_office) -> None:
    doc = add_incoming(ui_office, subject="Về việc giao chỉ tiu")
    page = DocumentDialog(ui_office, doc.id)
    qtbot.addWidget(page)
    page.show()
    assert page.edit_button.isVisible() and not page.history.isVisible()
    page.edit_button.click()
    form = page.edit_dialog
    assert isinstance(form, IncomingCorrection)
    assert form.subject.text() == "Về việc giao chỉ tiu"
    assert form.received.value() == doc.received_date
    assert not form.files.isVisible()
    _retype(qtbot, form.subject, "Về việc giao chỉ tiêu")
    form.save_button.click()
    assert form.isVisible() and form.saved is None  # no reason yet
    assert "lý do sửa" in form.errors.fields["reason"][1].text()
    assert form.focusWidget() is form.reason
    type_text(qtbot, form.reason, "Gõ thiếu dấu")
    form.save_button.click()
    assert form.saved is not None
    assert get_document(ui_office, doc.id).subject == "Về việc giao chỉ tiêu"
    [change] = history(ui_office, doc.id)
    assert change.after == {"subject": "Về việc giao chỉ tiêu"}
    text = page.history.text()
    assert "Trích yếu nội dung: “Về việc giao chỉ tiu” → “Về việc giao chỉ tiêu”" in text
    assert "Gõ thiếu dấu" in text and page.history.isVisible()


def test_a_bad_correction_marks_every_field(qtbot, ui_office) -> None:
    doc = add_incoming(ui_office)
    page = DocumentDialog(ui_office, doc.id)
    qtbot.addWidget(page)
    page.show()
    page.edit_button.click()
    form = page.edit_dialog
    _retype(qtbot, form.symbol, "so sai")
    form.issued.edit.setFocus()
    form.issued.edit.selectAll()
    qtbot.keyClicks(form.issued.edit, "32/13/2026")
    type_text(qtbot, form.reason, "Thử")
    form.save_button.click()
    assert form.saved is None
    assert "Ví dụ đúng" in form.errors.fields["symbol"][1].text()
    assert "Không có tháng 13" in form.errors.fields["date"][1].text()
    assert form.focusWidget() is form.symbol  # the first problem in the form's order
    assert history(ui_office, doc.id) == []


def test_the_register_context_menu_opens_the_correction(qtbot, ui_office) -> None:
    doc = add_incoming(ui_office, organ_name="Sở Nội vụ")
    panel = RegisterPanel(ui_office, Direction.INCOMING)
    qtbot.addWidget(panel)
    panel.show()
    panel.select_document(doc.id)
    rect = panel.view.visualRect(panel.model.index(0, 2))
    panel._context_menu(rect.center())
    actions = {a.objectName(): a for a in panel.menu.actions()}
    actions["edit_action"].trigger()
    form = panel.edit_dialog
    assert isinstance(form, IncomingCorrection)
    _retype(qtbot, form.organ, "Sở Tư pháp")
    type_text(qtbot, form.reason, "Nhầm cơ quan")
    form.save_button.click()
    assert get_document(ui_office, doc.id).organ_name == "Sở Tư pháp"
    assert panel.model.data(panel.model.index(0, 2)) == "Sở Tư pháp"


def test_f2_on_the_register_opens_the_correction(qtbot, ui_office) -> None:
    doc = add_incoming(ui_office)
    panel = show_active(qtbot, RegisterPanel(ui_office, Direction.INCOMING))
    panel.select_document(doc.id)
    panel.view.setFocus()
    qtbot.waitUntil(panel.view.hasFocus, timeout=2000)
    qtbot.keyClick(panel.view, Qt.Key.Key_F2)
    assert isinstance(panel.edit_dialog, IncomingCorrection)
    assert panel.edit_dialog.doc.id == doc.id


def test_an_untouched_form_changes_nothing_and_outgoing_corrects(qtbot, ui_office) -> None:

    from desktop.registers.registry import OutgoingInput, register_outgoing
    from ui.registers.edit_form import OutgoingCorrection, correction_dialog

    incoming = add_incoming(ui_office, due=vn_today(), urgency="khan", secrecy=None,
                            handler="Lê Văn C")
    form = correction_dialog(ui_office, incoming)
    qtbot.addWidget(form)
    assert form.changes() == {}
    out = register_outgoing(ui_office, OutgoingInput(
        issued=vn_today(), type_name="Công văn", subject="V/v họp", signer_name="Nguyễn An",
        signer_title="Chủ tịch", drafting_unit="VP", copies=4, urgency="hoa-toc"))
    form = correction_dialog(ui_office, out)
    qtbot.addWidget(form)
    assert isinstance(form, OutgoingCorrection)
    assert form.changes() == {}
    assert not form.dirty
    form.show()
    _retype(qtbot, form.signer_title, "Phó Chủ tịch")
    assert form.dirty
    type_text(qtbot, form.reason, "Người ký là Phó Chủ tịch")
    qtbot.keyClick(form.reason, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert form.saved is not None
    assert (form.saved.signer_title, form.saved.copies, form.saved.urgency,
            form.saved.symbol) == ("Phó Chủ tịch", 4, "hoa-toc", out.symbol)
    assert history(ui_office, out.id)[0].after == {"signer_title": "Phó Chủ tịch"}
