"""The registration forms at the keyboard (issue 14, 7 and 8), typed as a clerk does: every
problem at once, each cleared when fixed; Enter moves on, Ctrl+Enter saves; the type list in
this office's order with type-ahead without diacritics; placeholders that do not look typed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.registers.registry import ListQuery, count_documents
from desktop.shell.services import Direction
from tests.ui.conftest import add_incoming, show_active, type_text
from ui.registers.incoming_form import IncomingDialog
from ui.registers.outgoing_form import OutgoingDialog

CTRL = Qt.KeyboardModifier.ControlModifier


def test_outgoing_shows_all_four_missing_fields_at_once(qtbot, ui_office) -> None:
    dialog = show_active(qtbot, OutgoingDialog(ui_office))
    dialog.signer.clear()
    qtbot.keyClick(dialog.subject, Qt.Key.Key_Return, CTRL)
    assert dialog.saved is None and dialog.isVisible()
    messages = {name: dialog.errors.fields[name][1].text()
                for name in ("summary", "signer", "signer-title")}
    assert "Thiếu trích yếu nội dung" in messages["summary"]
    assert "Thiếu người ký" in messages["signer"]
    assert "Thiếu chức vụ người ký" in messages["signer-title"]
    assert QApplication.focusWidget() is dialog.subject  # the first problem
    type_text(qtbot, dialog.subject, "V/v tổ chức hội nghị")
    assert dialog.errors.fields["summary"][1].text() == ""  # cleared as it is fixed
    assert "Thiếu người ký" in dialog.errors.fields["signer"][1].text()  # the others stay
    assert count_documents(ui_office, ListQuery(Direction.OUTGOING)) == 0


def test_placeholders_read_as_examples_not_values(qtbot, ui_office) -> None:
    dialog = show_active(qtbot, OutgoingDialog(ui_office))
    assert dialog.signer_title.placeholderText() == "ví dụ: Chủ tịch"
    assert dialog.signer_title.font().italic()
    type_text(qtbot, dialog.signer_title, "Phó Chủ tịch")
    assert not dialog.signer_title.font().italic()
    incoming = show_active(qtbot, IncomingDialog(ui_office))
    assert incoming.symbol.placeholderText() == "ví dụ: 101/QĐ-UBND"


def test_enter_moves_on_and_never_saves(qtbot, ui_office) -> None:
    dialog = show_active(qtbot, IncomingDialog(ui_office))
    type_text(qtbot, dialog.organ, "Sở Y tế")
    dialog.organ.completer().popup().hide()
    qtbot.keyClick(dialog.organ, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is dialog.symbol
    type_text(qtbot, dialog.symbol, "12/SYT-NV")
    qtbot.keyClick(dialog.symbol, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is dialog.issued.edit
    qtbot.keyClick(dialog.issued.edit, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is dialog.doc_type
    qtbot.keyClick(dialog.doc_type, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is dialog.subject
    type_text(qtbot, dialog.subject, "V/v tiêm chủng")
    qtbot.keyClick(dialog.subject, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.saved is None
    assert count_documents(ui_office, ListQuery(Direction.INCOMING)) == 0
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return, CTRL)
    assert dialog.saved is not None and dialog.saved.type_name == "Công văn"


def test_the_type_list_starts_with_what_this_office_uses(qtbot, ui_office) -> None:
    dialog = show_active(qtbot, IncomingDialog(ui_office))
    assert dialog.doc_type.itemData(0) == "Công văn"  # before any use: the commonest
    for n in range(2):
        add_incoming(ui_office, symbol=f"{n + 1}/TB-UBND", type_name="Thông báo")
    dialog = show_active(qtbot, IncomingDialog(ui_office))
    assert dialog.doc_type.itemData(0) == "Thông báo"
    assert dialog.doc_type.currentData() == "Thông báo"


def test_type_ahead_folds_diacritics(qtbot, ui_office) -> None:
    dialog = show_active(qtbot, IncomingDialog(ui_office))
    combo = dialog.doc_type
    combo.setFocus()
    qtbot.keyClicks(combo, "quyet")
    assert combo.currentData() == "Quyết định"
    combo.restart_search()  # what a pause of a second does, as in Qt's own type-ahead
    qtbot.keyClicks(combo, "c")
    assert combo.currentData() == "Công văn"  # not Chỉ thị: Công văn is above it
    combo.restart_search()
    qtbot.keyClicks(combo, "to trinh")
    assert combo.currentData() == "Tờ trình"
