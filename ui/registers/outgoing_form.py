"""Registering an outgoing document (Sổ đăng ký văn bản đi): the number is assigned on save."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QFormLayout, QLineEdit, QSpinBox, QWidget

from desktop.core.records import DocumentView
from desktop.digitise.inbox import registration_files
from desktop.kernel.auth import Role
from desktop.kernel.office import Office
from desktop.registers.registry import OutgoingInput, register_outgoing
from ui.kit.fields import add_field, date_edit, hint
from ui.kit.file_picker import FilePicker
from ui.registers.form_base import AgencyCompleter, RegistrationDialog, type_combo
from ui.registers.incoming_form import SECRECY, URGENCY, level_combo


class OutgoingDialog(RegistrationDialog):
    def __init__(self, office: Office, parent: QWidget | None = None) -> None:
        super().__init__(office, parent)
        self.setWindowTitle(self.tr("Đăng ký văn bản đi"))
        self.intro.setText(
            self.tr(
                "Số và ký hiệu (ví dụ 15/QĐ-UBND) do phần mềm cấp liên tục trong năm khi bấm Lưu."
            )
        )

    def build(self, form: QFormLayout) -> None:
        self.issued = date_edit()
        self.doc_type = type_combo(self.office, "di")
        self.subject = hint(QLineEdit(), self.tr("V/v tổ chức hội nghị …"))
        actor = self.office.actor
        self.signer = QLineEdit(actor.full_name if actor.has(Role.LEADER) else "")
        self.signer_title = hint(QLineEdit(), self.tr("Chủ tịch"))
        self.unit = hint(QLineEdit(), "VP")
        self.unit.setMaxLength(10)
        self.recipients = QLineEdit()
        self.recipients_completer = AgencyCompleter(self.office, self.recipients)
        self.archive = hint(QLineEdit(), self.tr("Lưu: VT, VP"))
        self.copies = QSpinBox()
        self.copies.setRange(0, 9999)
        self.copies.setSpecialValueText(" ")
        self.urgency = level_combo(URGENCY)
        self.secrecy = level_combo(SECRECY)
        self.notes = QLineEdit()
        self.files = FilePicker()
        fields = (
            ("date", self.issued, self.tr("Ngày tháng văn bản:")),
            ("type", self.doc_type, self.tr("Tên loại văn bản:")),
            ("summary", self.subject, self.tr("Trích yếu nội dung:")),
            ("signer", self.signer, self.tr("Người ký:")),
            ("signer-title", self.signer_title, self.tr("Chức vụ người ký:")),
            ("unit", self.unit, self.tr("Đơn vị soạn thảo (viết tắt):")),
            ("recipients", self.recipients, self.tr("Nơi nhận văn bản:")),
            ("archive", self.archive, self.tr("Đơn vị, người nhận bản lưu:")),
            ("copies", self.copies, self.tr("Số lượng bản:")),
            ("urgency", self.urgency, self.tr("Độ khẩn:")),
            ("secret", self.secrecy, self.tr("Độ mật:")),
            ("notes", self.notes, self.tr("Ghi chú:")),
            ("file", self.files, self.tr("Tệp đính kèm:")),
        )
        previous: QWidget | None = None
        for name, widget, label in fields:
            widget.setObjectName(name)
            add_field(form, self.errors, name, label, widget)
            if previous is not None:
                QWidget.setTabOrder(previous, widget)
            previous = widget
        QWidget.setTabOrder(self.files.remove_button, self.save_button)
        self.subject.setFocus()

    def submit(self) -> DocumentView:
        inp = OutgoingInput(
            issued=self.issued.text(),
            type_name=self.doc_type.currentData(),
            subject=self.subject.text(),
            signer_name=self.signer.text(),
            signer_title=self.signer_title.text(),
            drafting_unit=self.unit.text(),
            recipients=self.recipients.text(),
            copies=self.copies.value() or None,
            archive_unit=self.archive.text(),
            urgency=self.urgency.currentData(),
            secrecy=self.secrecy.currentData(),
            notes=self.notes.text(),
            files=[],
        )
        with registration_files(self.files.paths()) as files:  # the check every door shares
            return register_outgoing(self.office, replace(inp, files=files))
