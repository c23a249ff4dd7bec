"""Correcting a registered entry: the registration form it was typed in, filled with what was
saved, and a required reason. Only the fields changed are sent to the service (which checks
them by the registration's rules and audits them); number, year and series are not fields."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QFormLayout, QLineEdit, QSpinBox, QWidget

from desktop.core.dates import date_problem
from desktop.core.records import DocumentView
from desktop.kernel.office import Office
from desktop.registers.edit import edit_document
from ui.kit.date_field import DateField
from ui.kit.fields import add_field
from ui.registers.incoming_form import IncomingDialog
from ui.registers.outgoing_form import OutgoingDialog

INCOMING_WIDGETS = {
    "received_date": "received", "organ_name": "organ", "symbol": "symbol",
    "issued_date": "issued", "type_name": "doc_type", "subject": "subject",
    "recipients": "recipients", "urgency": "urgency", "secrecy": "secrecy", "due_date": "due",
    "handler": "handler", "notes": "notes",
}
OUTGOING_WIDGETS = {
    "issued_date": "issued", "type_name": "doc_type", "subject": "subject",
    "signer_name": "signer", "signer_title": "signer_title", "drafting_unit": "unit",
    "recipients": "recipients", "archive_unit": "archive", "copies": "copies",
    "urgency": "urgency", "secrecy": "secrecy", "notes": "notes",
}
_NORMAL = {"urgency": "thuong", "secrecy": "thuong"}


def _shown(widget: QWidget) -> Any:
    if isinstance(widget, DateField):
        return widget.text()
    if isinstance(widget, QComboBox):
        return widget.currentData()
    if isinstance(widget, QSpinBox):
        return widget.value() or None
    assert isinstance(widget, QLineEdit)
    return widget.text()


def _put(widget: QWidget, value: Any) -> None:
    if isinstance(widget, DateField):
        widget.setValue(value)
    elif isinstance(widget, QComboBox):
        index = widget.findData(value)
        widget.setCurrentIndex(max(index, 0))
    elif isinstance(widget, QSpinBox):
        widget.setValue(int(value or 0))
    else:
        assert isinstance(widget, QLineEdit)
        widget.setText(str(value or ""))


class _Correction:
    """What both correction dialogs add to their registration form."""

    doc: DocumentView
    widgets: dict[str, str]
    reason: QLineEdit
    form: QFormLayout
    files: Any
    office: Office

    def _prepare(self, doc: DocumentView) -> None:
        self.doc = doc
        for key, name in self.widgets.items():
            value = getattr(doc, key)
            if key in _NORMAL and value == _NORMAL[key]:
                value = None  # the form's "Thường" / "Không mật" carry no code
            _put(getattr(self, name), value)
        self.form.setRowVisible(self.files.parentWidget(), False)  # files: "Thêm tệp…"
        self.mark_clean()  # type: ignore[attr-defined]

    def _add_reason(self, form: QFormLayout) -> None:
        self.reason = QLineEdit()
        self.reason.setObjectName("reason")
        label = QCoreApplication.translate("Correction", "Lý do sửa (bắt buộc):")
        add_field(form, self.errors, "reason", label, self.reason)  # type: ignore[attr-defined]

    def changes(self) -> dict[str, Any]:
        """The fields whose shown value differs from the saved one."""
        out: dict[str, Any] = {}
        for key, name in self.widgets.items():
            widget = getattr(self, name)
            shown = _shown(widget)
            saved = getattr(self.doc, key)
            if isinstance(widget, DateField):
                if date_problem(shown)[0] != saved or (shown and date_problem(shown)[1]):
                    out[key] = shown
            elif key in _NORMAL:
                if (shown or _NORMAL[key]) != saved:
                    out[key] = shown or _NORMAL[key]
            elif isinstance(shown, str):
                if shown.strip() != (saved or ""):
                    out[key] = shown
            elif shown != saved:
                out[key] = shown
        return out

    def submit(self) -> DocumentView:
        return edit_document(self.office, self.doc.id, self.changes(), self.reason.text())


class IncomingCorrection(_Correction, IncomingDialog):
    widgets = INCOMING_WIDGETS

    def __init__(self, office: Office, doc: DocumentView, parent: QWidget | None = None) -> None:
        super().__init__(office, parent)
        self._prepare(doc)
        self.setWindowTitle(self.tr("Sửa văn bản đến số {num}/{year}").format(
            num=doc.number_text, year=doc.year))
        self.intro.setText(self.tr("Số đến, năm và sổ không sửa được. Mọi thay đổi được ghi vào "
                                   "nhật ký cùng lý do, giá trị cũ và mới."))
        self.save_button.setText(self.tr("&Lưu sửa đổi (Ctrl+Enter)"))

    def build(self, form: QFormLayout) -> None:
        super().build(form)
        self._add_reason(form)


class OutgoingCorrection(_Correction, OutgoingDialog):
    widgets = OUTGOING_WIDGETS

    def __init__(self, office: Office, doc: DocumentView, parent: QWidget | None = None) -> None:
        super().__init__(office, parent)
        self._prepare(doc)
        self.setWindowTitle(self.tr("Sửa văn bản đi {symbol}").format(symbol=doc.symbol))
        self.intro.setText(self.tr("Số, ký hiệu, năm và sổ không sửa được. Mọi thay đổi được ghi "
                                   "vào nhật ký cùng lý do, giá trị cũ và mới."))
        self.save_button.setText(self.tr("&Lưu sửa đổi (Ctrl+Enter)"))

    def build(self, form: QFormLayout) -> None:
        super().build(form)
        self._add_reason(form)


def correction_dialog(office: Office, doc: DocumentView,
                      parent: QWidget | None = None) -> IncomingCorrection | OutgoingCorrection:
    if doc.direction == "den":
        return IncomingCorrection(office, doc, parent)
    return OutgoingCorrection(office, doc, parent)
