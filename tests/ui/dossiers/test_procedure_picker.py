"""The one-stop form's procedure picker finds procedures without diacritics (issue 14, 9):
"ket hon" found nothing and offered to add a new procedure."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.conftest import show_active
from ui.dossiers.form import DossierReceiptDialog
from ui.kit.folded_picker import folded_matches


def test_ket_hon_finds_the_marriage_registration(qtbot, ui_office) -> None:
    dialog = show_active(qtbot, DossierReceiptDialog(ui_office))
    line = dialog.procedure.lineEdit()
    qtbot.keyClicks(line, "ket hon")
    popup = dialog.procedure.completer().popup()
    assert popup.isVisible()
    shown = [popup.model().index(r, 0).data() for r in range(popup.model().rowCount())]
    assert shown and all("kết hôn" in name.lower() for name in shown), shown
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert dialog.procedure.currentText() == shown[0]
    assert "chưa có trong danh mục" not in dialog.procedure_hint.text()
    assert dialog.days.value() > 0 or dialog.procedure_hint.text()


def test_folded_matches_orders_vietnamese_and_prefix_first() -> None:
    names = ["Đăng ký kết hôn", "Đăng ký lại kết hôn", "Cấp bản sao trích lục kết hôn",
             "Đăng ký khai sinh"]
    assert folded_matches(names, "ket hon") == [
        "Cấp bản sao trích lục kết hôn", "Đăng ký kết hôn", "Đăng ký lại kết hôn"]
    assert folded_matches(names, "dang ky")[0] == "Đăng ký kết hôn"
    assert folded_matches(names, "  ") == []
