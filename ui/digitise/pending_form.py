"""Registering a pending scan as an incoming document: the incoming form, pre-filled from what
was read on the scan's first page."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtWidgets import QWidget

from desktop.core.records import DocumentView
from desktop.digitise.inbox import PendingItem, register_pending
from desktop.kernel.office import Office
from ui.kit.fields import date_of, date_value
from ui.registers.incoming_form import IncomingDialog


def pending_field(item: PendingItem, key: str) -> str:
    value = (item.fields.get(key) or {}).get("value") or ""
    return " ".join(str(value).split())


def pending_ocr(item: PendingItem, key: str) -> str:
    """What OCR read for a field too unsure to be filled in (shown greyed in the empty box)."""
    return " ".join(str((item.fields.get(key) or {}).get("ocr") or "").split())


class PendingIncomingDialog(IncomingDialog):
    """The incoming registration form, pre-filled from a pending scan's first page; saving
    registers through ``register_pending`` (the scan becomes the document's file)."""

    def __init__(self, office: Office, item: PendingItem, parent: QWidget | None = None) -> None:
        self.item = item
        super().__init__(office, parent)
        self.setWindowTitle(
            self.tr("Đăng ký văn bản đến từ bản quét {name}").format(name=item.name)
        )
        self.intro.setText(
            self.tr(
                "Các ô đã điền sẵn theo chữ đọc được trên trang đầu của bản quét; hãy kiểm tra "
                "và sửa trước khi lưu. Số đến do phần mềm cấp khi bấm Lưu."
            )
        )
        # The scan is the document's file; these inputs are not taken from a pending scan.
        for widget in (self.files, self.secrecy, self.handler, self.notes):
            self.form.setRowVisible(widget.parentWidget(), False)
        self.organ.setText(pending_field(item, "organ_name"))
        self.symbol.setText(pending_field(item, "symbol"))
        issued = pending_field(item, "issued_date")
        try:
            self.issued.setDate(dt.date.fromisoformat(issued))
        except ValueError:
            pass
        index = self.doc_type.findData(pending_field(item, "type_name"))
        if index >= 0:
            self.doc_type.setCurrentIndex(index)
        self.subject.setText(pending_field(item, "subject"))
        for widget, key in ((self.organ, "organ_name"), (self.symbol, "symbol"),
                            (self.subject, "subject")):
            if not pending_field(item, key) and pending_ocr(item, key):
                widget.setPlaceholderText(pending_ocr(item, key))
        if pending_ocr(item, "issued_date"):
            self.issued.setToolTip(pending_ocr(item, "issued_date"))
        self.organ.setFocus()

    def submit(self) -> DocumentView:
        overrides: dict[str, Any] = {
            "received": date_value(self.received),
            "organ_name": self.organ.text().strip(),
            "symbol": self.symbol.text().strip(),
            "issued": date_value(self.issued),
            "type_name": self.doc_type.currentData(),
            "subject": self.subject.text().strip(),
            "recipients": self.recipients.text().strip(),
            "urgency": self.urgency.currentData(),
            "due": date_of(self.due),
        }
        return register_pending(self.office, self.item.id, overrides)
