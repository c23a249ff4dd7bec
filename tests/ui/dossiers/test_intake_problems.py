"""The one-stop intake form shows every problem at once on save, each cleared as its field is
fixed, the first one focused (issue 14, 7), as the registration forms do; the rules are the
service's, so ``dossier add`` refuses the same things."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.dossiers.service import list_dossiers
from tests.ui.conftest import show_active, type_text
from ui.dossiers.form import DossierReceiptDialog

CTRL = Qt.KeyboardModifier.ControlModifier


def test_every_intake_problem_at_once_then_cleared_as_fixed(qtbot, ui_office) -> None:
    dialog = show_active(qtbot, DossierReceiptDialog(ui_office))
    type_text(qtbot, dialog.phone, "abc")
    type_text(qtbot, dialog.email, "lan@")
    qtbot.keyClick(dialog.email, Qt.Key.Key_Return, CTRL)

    assert dialog.saved is None and dialog.isVisible()
    said = {name: dialog.errors.fields[name][1].text()
            for name in ("procedure", "applicant", "phone", "email")}
    assert "Thiếu tên thủ tục hành chính" in said["procedure"]
    assert "Thiếu tên người nộp hồ sơ" in said["applicant"]
    assert "Số điện thoại không hợp lệ" in said["phone"]
    assert "Thư điện tử không hợp lệ" in said["email"]
    assert dialog.procedure.hasFocus()  # the first problem in the form's order

    type_text(qtbot, dialog.procedure.lineEdit(), "Xác nhận tình trạng hôn nhân")
    dialog.procedure.completer().popup().hide()
    assert dialog.errors.fields["procedure"][1].text() == ""  # cleared as it is fixed
    assert "Thiếu tên người nộp hồ sơ" in dialog.errors.fields["applicant"][1].text()
    dialog.phone.clear()
    assert dialog.errors.fields["phone"][1].text() == ""
    assert "Thư điện tử không hợp lệ" in dialog.errors.fields["email"][1].text()
    assert list_dossiers(ui_office) == []

    type_text(qtbot, dialog.applicant, "Nguyễn Thị Hoa")
    dialog.email.clear()
    qtbot.keyClick(dialog.applicant, Qt.Key.Key_Return, CTRL)
    assert dialog.saved is not None
    assert [v.applicant_name for v in list_dossiers(ui_office)] == ["Nguyễn Thị Hoa"]
