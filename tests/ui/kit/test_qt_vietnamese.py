"""Qt's own texts in Vietnamese (issue 14, 10): standard buttons, file-dialog labels and the
calendar's names follow the interface language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, QLocale
from PySide6.QtWidgets import QCalendarWidget, QDialogButtonBox, QFileDialog, QLabel

from ui.kit.i18n import apply_language


def _buttons() -> list[str]:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                           | QDialogButtonBox.StandardButton.Cancel)
    texts = [b.text() for b in box.buttons()]
    box.deleteLater()
    return sorted(texts)


def test_qt_texts_follow_the_interface_language(qtbot) -> None:
    apply_language("vi")
    assert _buttons() == ["Hủy bỏ", "Đồng ý"]
    assert QCoreApplication.translate("QFileDialog", "Look in:") == "Tìm trong:"
    calendar = QCalendarWidget()
    qtbot.addWidget(calendar)
    assert calendar.locale().language() == QLocale.Language.Vietnamese
    assert calendar.locale().monthName(12) .lower() == "tháng 12"
    assert calendar.locale().dayName(1).lower() == "thứ hai"
    assert QLocale().toString(QDate(2026, 11, 15), "dddd").lower() == "chủ nhật"
    apply_language("en")
    assert _buttons() == ["Cancel", "OK"]
    assert QCoreApplication.translate("QFileDialog", "Look in:") == "Look in:"
    apply_language("vi")


def test_qt_own_file_dialog_shows_vietnamese_labels(qtbot) -> None:
    apply_language("vi")
    dialog = QFileDialog()
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    qtbot.addWidget(dialog)
    labels = {label.text() for label in dialog.findChildren(QLabel)}
    assert "&Tên tệp:" in labels, labels
