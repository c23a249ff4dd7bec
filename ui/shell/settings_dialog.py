"""Settings: the interface language (applied at once), where the data lives, and where
Tesseract OCR is (empty: looked for on the PATH and in its install folders)."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from desktop.core.settings import Settings
from desktop.core.tools import configure_tesseract, find_tesseract
from desktop.kernel.office import Office
from ui.kit.i18n import apply_language


class SettingsDialog(QDialog):
    def __init__(self, settings: Settings, office: Office, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.language = QComboBox()
        self.language.setObjectName("language")
        self.language.addItem("Tiếng Việt", "vi")  # each language named in itself
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(self.language.findData(settings.get("language")), 0))
        self.folder = QLabel(str(office.location.data_dir))
        self.folder.setWordWrap(True)
        self.tesseract = QLineEdit(str(settings.get("tesseract_path")))
        self.tesseract.setObjectName("tesseract_path")
        self.tesseract_browse = QPushButton()
        self.tesseract_browse.setAutoDefault(False)
        self.tesseract_browse.clicked.connect(self._choose_tesseract)
        tesseract_row = QHBoxLayout()
        tesseract_row.setContentsMargins(0, 0, 0, 0)
        tesseract_row.addWidget(self.tesseract, 1)
        tesseract_row.addWidget(self.tesseract_browse)
        self.tesseract_box = QWidget()
        self.tesseract_box.setLayout(tesseract_row)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.form = QFormLayout(self)
        self.language_label = QLabel()
        self.folder_label = QLabel()
        self.form.addRow(self.language_label, self.language)
        self.form.addRow(self.folder_label, self.folder)
        self.tesseract_label = QLabel()
        self.form.addRow(self.tesseract_label, self.tesseract_box)
        self.form.addRow(self.note)
        self.buttons = QDialogButtonBox()
        self.ok = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.ok.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.form.addRow(self.buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Thiết lập"))
        self.language_label.setText(self.tr("Ngôn ngữ giao diện:"))
        self.folder_label.setText(self.tr("Thư mục dữ liệu:"))
        self.tesseract_label.setText(self.tr("Chương trình Tesseract OCR:"))
        self.tesseract_browse.setText(self.tr("Chọn…"))
        found = find_tesseract("")
        self.tesseract.setPlaceholderText(
            self.tr("Để trống: tự tìm (đang dùng {path})").format(path=found)
            if found else self.tr("Để trống: tự tìm (chưa tìm thấy Tesseract)"))
        self.note.setText(
            self.tr(
                "Ngôn ngữ mới có hiệu lực ngay. Sổ in ra vẫn theo mẫu "
                "tiếng Việt của Nghị định 30/2020/NĐ-CP."
            )
        )
        self.ok.setText(self.tr("Lưu"))
        self.cancel.setText(self.tr("Hủy bỏ"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _choose_tesseract(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(self, self.tr("Chọn chương trình Tesseract"))
        if name:
            self.tesseract.setText(name)

    def accept(self) -> None:
        language = str(self.language.currentData())
        self.settings.set("language", language)
        self.settings.set("tesseract_path", self.tesseract.text().strip())
        configure_tesseract(self.tesseract.text().strip())
        apply_language(language)
        super().accept()
