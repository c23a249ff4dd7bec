"""A secret document the reader may not read, on its page (desktop/registers/visibility.py):
its number, dates and secrecy stay; a notice says why the rest is hidden; the buttons that would
open, export, attach to, correct, cancel or sign it are disabled with that reason as tooltip."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFormLayout, QLabel

from desktop.core.records import DocumentView
from desktop.kernel.office import Office
from ui.documents.interchange_rows import interchange_rows
from ui.documents.metadata import metadata_rows, status_label, urgency_label
from ui.registers.model import masked_text

MASKED_STYLE = "color: #757575; font-style: italic;"


def reason(doc: DocumentView) -> str:
    return QCoreApplication.translate(
        "DocumentMask", "Văn bản {level}: bạn không có quyền xem nội dung, mở hay xuất tệp. "
        "Quản trị viên cấp quyền theo vai trò hoặc tài khoản; người xử lý và người đăng ký văn "
        "bản luôn xem được.").format(level=doc.secrecy_label)


def title_of(doc: DocumentView) -> str:
    """What names the document in the window title: its symbol, or its number when masked."""
    if not doc.masked:
        return doc.symbol
    return QCoreApplication.translate("DocumentMask", "số {number}/{year} ({level})").format(
        number=doc.number_text, year=doc.year, level=doc.secrecy_label)


def fill_metadata(meta: QFormLayout, office: Office, doc: DocumentView) -> None:
    """The fields of the page; a masked document shows no interchange package (content)."""
    while meta.rowCount():
        meta.removeRow(0)
    rows = metadata_rows(doc) + ([] if doc.masked else interchange_rows(office, doc.id))
    if doc.masked:
        rows.insert(0, (QCoreApplication.translate("DocumentMask", "Nội dung"), masked_text()))
    for label, value in rows:
        text = QLabel(value)
        text.setWordWrap(True)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if label == status_label() or (doc.urgent and label == urgency_label()):
            text.setStyleSheet("color: #b71c1c; font-weight: bold;")
        elif doc.masked and value == masked_text():
            text.setStyleSheet(MASKED_STYLE)
        meta.addRow(f"<b>{label}:</b>", text)


def apply_mask(dialog: Any) -> None:
    """Disable what would hand out or change the content (the page of a masked document)."""
    why = reason(dialog.doc)
    for button in (dialog.open_button, dialog.attach_button, dialog.edit_button,
                   dialog.cancel_button, dialog.sign_button):
        button.setEnabled(False)
        button.setToolTip(why)
    dialog.setAcceptDrops(False)
    dialog.drop_hint.setVisible(False)
    dialog.no_preview.setText(why)
    dialog.no_preview.setStyleSheet(MASKED_STYLE)
    dialog.right.setCurrentWidget(dialog.no_preview)
