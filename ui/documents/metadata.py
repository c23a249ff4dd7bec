"""The fields of a document's page, in the order of its register (Phụ lục IV, Nghị định
30/2020): the incoming register's columns for a document received, the outgoing register's for
one issued; then urgency, secrecy, notes and its state."""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtCore import QCoreApplication

from desktop.core.records import DocumentView
from ui.registers.model import masked_text


def date_text(value: dt.date | None) -> str:
    return value.strftime("%d/%m/%Y") if value else ""


def status_label() -> str:
    """The label of the row that says a document is cancelled or overdue."""
    return QCoreApplication.translate("DocumentDialog", "Tình trạng")


def urgency_label() -> str:
    return QCoreApplication.translate("DocumentDialog", "Độ khẩn")


def _incoming_rows(d: DocumentView) -> list[tuple[str, str]]:
    return [
        (QCoreApplication.translate("DocumentDialog", "Số đến"), d.number_text),
        (QCoreApplication.translate("DocumentDialog", "Ngày đến"), date_text(d.received_date)),
        (QCoreApplication.translate("DocumentDialog", "Tác giả"), d.organ_name),
        (QCoreApplication.translate("DocumentDialog", "Số, ký hiệu văn bản"), d.symbol),
        (
            QCoreApplication.translate("DocumentDialog", "Ngày tháng văn bản"),
            date_text(d.issued_date),
        ),
        (QCoreApplication.translate("DocumentDialog", "Tên loại"), d.type_name),
        (QCoreApplication.translate("DocumentDialog", "Trích yếu nội dung"), d.subject),
        (QCoreApplication.translate("DocumentDialog", "Đơn vị hoặc người nhận"), d.recipients),
        (QCoreApplication.translate("DocumentDialog", "Người xử lý"), d.handler),
        (QCoreApplication.translate("DocumentDialog", "Hạn giải quyết"), date_text(d.due_date)),
        (QCoreApplication.translate("DocumentDialog", "Ngày chuyển"), date_text(d.transfer_date)),
        (QCoreApplication.translate("DocumentDialog", "Ký nhận"), d.receiver_sign),
    ]


def _outgoing_rows(d: DocumentView) -> list[tuple[str, str]]:
    signer = ", ".join(x for x in (d.signer_name, d.signer_title) if x)
    return [
        (QCoreApplication.translate("DocumentDialog", "Số, ký hiệu văn bản"), d.symbol),
        (
            QCoreApplication.translate("DocumentDialog", "Ngày tháng văn bản"),
            date_text(d.issued_date),
        ),
        (QCoreApplication.translate("DocumentDialog", "Tên loại"), d.type_name),
        (QCoreApplication.translate("DocumentDialog", "Trích yếu nội dung"), d.subject),
        (QCoreApplication.translate("DocumentDialog", "Người ký"), signer),
        (QCoreApplication.translate("DocumentDialog", "Nơi nhận văn bản"), d.recipients),
        (
            QCoreApplication.translate("DocumentDialog", "Đơn vị, người nhận bản lưu"),
            d.archive_unit,
        ),
        (QCoreApplication.translate("DocumentDialog", "Số lượng bản"), str(d.copies or "")),
        (QCoreApplication.translate("DocumentDialog", "Ngày chuyển"), date_text(d.transfer_date)),
    ]


def metadata_rows(d: DocumentView) -> list[tuple[str, str]]:
    """(label, value) of every row of the page, labels in the interface language (and the mask
    of a masked document: ``masked_text``)."""
    if d.masked:
        d = dataclasses.replace(d, subject=masked_text())
    rows = _incoming_rows(d) if d.direction == "den" else _outgoing_rows(d)
    rows.append((urgency_label(), d.urgency_label))
    if d.secrecy_label:
        rows.append((QCoreApplication.translate("DocumentDialog", "Độ mật"), d.secrecy_label))
    rows.append((QCoreApplication.translate("DocumentDialog", "Ghi chú"), d.notes))
    if d.cancelled:
        rows.append(
            (
                status_label(),
                QCoreApplication.translate("DocumentDialog", "ĐÃ HỦY: {reason}").format(
                    reason=d.cancel_reason
                ),
            )
        )
    elif d.overdue():
        rows.append(
            (status_label(), QCoreApplication.translate("DocumentDialog", "Quá hạn giải quyết"))
        )
    return rows
