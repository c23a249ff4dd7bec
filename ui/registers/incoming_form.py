"""Registering an incoming document (Sổ đăng ký văn bản đến)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QFormLayout, QLineEdit, QWidget

from desktop.core.records import DocumentView
from desktop.digitise.inbox import registration_files
from desktop.kernel.office import Office
from desktop.registers.registry import IncomingInput, register_incoming
from ui.kit.fields import add_field, date_edit, hint
from ui.kit.file_picker import FilePicker
from ui.kit.i18n import QT_TRANSLATE_NOOP
from ui.registers.form_base import AgencyCompleter, RegistrationDialog, type_combo

URGENCY = (
    (None, QT_TRANSLATE_NOOP("Levels", "Thường")),
    ("khan", QT_TRANSLATE_NOOP("Levels", "Khẩn")),
    ("thuong-khan", QT_TRANSLATE_NOOP("Levels", "Thượng khẩn")),
    ("hoa-toc", QT_TRANSLATE_NOOP("Levels", "Hỏa tốc")),
)
SECRECY = (
    (None, QT_TRANSLATE_NOOP("Levels", "Không mật")),
    ("mat", QT_TRANSLATE_NOOP("Levels", "Mật")),
    ("toi-mat", QT_TRANSLATE_NOOP("Levels", "Tối mật")),
    ("tuyet-mat", QT_TRANSLATE_NOOP("Levels", "Tuyệt mật")),
)


def level_combo(choices: tuple[tuple[str | None, str], ...]) -> QComboBox:
    combo = QComboBox()
    for value, label in choices:
        combo.addItem(QCoreApplication.translate("Levels", label), value)
    return combo


class IncomingDialog(RegistrationDialog):
    def __init__(self, office: Office, parent: QWidget | None = None) -> None:
        super().__init__(office, parent)
        self.setWindowTitle(self.tr("Đăng ký văn bản đến"))
        self.intro.setText(
            self.tr("Số đến do phần mềm cấp theo thứ tự nhận trong năm khi bấm Lưu.")
        )

    def build(self, form: QFormLayout) -> None:
        e = self.errors
        self.received = date_edit()
        self.organ = QLineEdit()
        self.organ_completer = AgencyCompleter(self.office, self.organ)
        self.symbol = hint(QLineEdit(), "101/QĐ-UBND")
        self.issued = date_edit()
        self.doc_type = type_combo(self.office, "den")
        self.subject = hint(QLineEdit(), self.tr("V/v triển khai …"))
        self.recipients = QLineEdit()
        self.recipients_completer = AgencyCompleter(self.office, self.recipients)
        self.urgency = level_combo(URGENCY)
        self.secrecy = level_combo(SECRECY)
        self.due = date_edit(optional=True)
        self.handler = QLineEdit()
        self.notes = QLineEdit()
        self.files = FilePicker()
        fields = (
            ("received", self.received, self.tr("Ngày đến:")),
            ("from", self.organ, self.tr("Tác giả (cơ quan ban hành):")),
            ("symbol", self.symbol, self.tr("Số, ký hiệu văn bản:")),
            ("date", self.issued, self.tr("Ngày tháng văn bản:")),
            ("type", self.doc_type, self.tr("Tên loại văn bản:")),
            ("summary", self.subject, self.tr("Trích yếu nội dung:")),
            ("recipients", self.recipients, self.tr("Đơn vị hoặc người nhận:")),
            ("urgency", self.urgency, self.tr("Độ khẩn:")),
            ("secret", self.secrecy, self.tr("Độ mật:")),
            ("due", self.due, self.tr("Hạn giải quyết:")),
            ("handler", self.handler, self.tr("Người xử lý:")),
            ("notes", self.notes, self.tr("Ghi chú:")),
            ("file", self.files, self.tr("Tệp đính kèm:")),
        )
        previous: QWidget | None = None
        for name, widget, label in fields:
            widget.setObjectName(name)
            add_field(form, e, name, label, widget)
            if previous is not None:
                QWidget.setTabOrder(previous, widget)
            previous = widget
        QWidget.setTabOrder(self.files.remove_button, self.save_button)
        self.organ.setFocus()

    def submit(self) -> DocumentView:
        inp = IncomingInput(
            received=self.received.text(),
            organ_name=self.organ.text(),
            symbol=self.symbol.text(),
            issued=self.issued.text(),
            type_name=self.doc_type.currentData(),
            subject=self.subject.text(),
            recipients=self.recipients.text(),
            urgency=self.urgency.currentData(),
            secrecy=self.secrecy.currentData(),
            due=self.due.text() or None,
            handler=self.handler.text(),
            notes=self.notes.text(),
            files=[],
        )
        with registration_files(self.files.paths()) as files:  # the check every door shares
            return register_incoming(self.office, replace(inp, files=files))
