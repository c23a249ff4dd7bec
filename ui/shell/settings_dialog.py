"""Settings: the interface language (applied at once) and where the data lives."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QWidget,
)

from desktop.core.settings import Settings
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
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.form = QFormLayout(self)
        self.language_label = QLabel()
        self.folder_label = QLabel()
        self.form.addRow(self.language_label, self.language)
        self.form.addRow(self.folder_label, self.folder)
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

    def accept(self) -> None:
        language = str(self.language.currentData())
        self.settings.set("language", language)
        apply_language(language)
        super().accept()
