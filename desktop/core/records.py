"""Plain data objects the services hand to the CLI and the UI (never live ORM objects)."""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field
from typing import Any

from desktop.core.clock import vn_today
from desktop.core.validate import SECRECY_LABELS, URGENCY_LABELS, format_number
from models.entities import Direction, Document, DocumentFile, Secrecy, Status, Urgency


@dataclass(frozen=True)
class FileInfo:
    sha256: str
    name: str
    size: int
    media_type: str
    pages: int | None
    role: str

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


#: What a reader without the right sees of a secret document: none of these (the row keeps its
#: number, dates, type, urgency, secrecy and status). ``--json`` writes them as null.
MASKED_FIELDS = (
    "symbol", "organ_name", "subject", "recipients", "receiver_sign", "notes", "signer_name",
    "signer_title", "archive_unit", "drafting_unit", "handler", "cancel_reason",
)


@dataclass(frozen=True)
class DocumentView:
    id: int
    direction: str
    year: int
    number: int
    series: str
    symbol: str
    issued_date: dt.date
    received_date: dt.date | None
    organ_name: str
    type_name: str
    subject: str
    recipients: str
    transfer_date: dt.date | None
    receiver_sign: str
    notes: str
    signer_name: str
    signer_title: str
    archive_unit: str
    copies: int | None
    drafting_unit: str
    urgency: str
    secrecy: str
    due_date: dt.date | None
    handler: str
    status: str
    cancel_reason: str
    files: tuple[FileInfo, ...] = ()
    warnings: tuple[str, ...] = field(default=(), compare=False)
    has_file: bool = False  # from the row's file flags, also in lists (without ``files``)
    signed: bool = False
    #: The reader may not see this secret document's content: the text fields of
    #: ``MASKED_FIELDS`` hold the mask (or nothing), ``files`` is empty (registers/visibility).
    masked: bool = False

    @property
    def number_text(self) -> str:
        return format_number(self.number)

    @property
    def cancelled(self) -> bool:
        return self.status == Status.CANCELLED.value

    @property
    def urgent(self) -> bool:
        return self.urgency != Urgency.NORMAL.value

    @property
    def urgency_label(self) -> str:
        return URGENCY_LABELS[Urgency(self.urgency)]

    @property
    def secrecy_label(self) -> str:
        return SECRECY_LABELS[Secrecy(self.secrecy)]

    def overdue(self, today: dt.date | None = None) -> bool:
        today = today or vn_today()
        return (
            self.direction == Direction.INCOMING.value
            and self.due_date is not None
            and self.due_date < today
            and self.status in (Status.REGISTERED.value, Status.PROCESSING.value)
        )

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        for key, value in list(data.items()):
            if isinstance(value, dt.date):
                data[key] = value.isoformat()
        data["files"] = [f.to_dict() for f in self.files]
        data["warnings"] = list(self.warnings)
        if self.direction == Direction.INCOMING.value:
            data["arrival_number"] = self.number
            data["arrival_number_text"] = self.number_text
        else:
            data["number_text"] = self.number_text
        data["cancelled"] = self.cancelled
        if self.masked:
            data.update(dict.fromkeys(MASKED_FIELDS))
        return data


def view_of(
    doc: Document, links: list[DocumentFile] | None = None, files: dict[str, Any] | None = None,
    warnings: tuple[str, ...] = (),
) -> DocumentView:
    infos: list[FileInfo] = []
    for link in links or []:
        meta = (files or {}).get(link.sha256)
        infos.append(
            FileInfo(
                link.sha256,
                link.name,
                int(getattr(meta, "size", 0) or 0),
                str(getattr(meta, "media_type", "") or ""),
                getattr(meta, "pages", None),
                link.role,
            )
        )
    return DocumentView(
        id=doc.id,
        direction=doc.direction,
        year=doc.year,
        number=doc.number,
        series=doc.series,
        symbol=doc.symbol,
        issued_date=doc.issued_date,
        received_date=doc.received_date,
        organ_name=doc.organ_name,
        type_name=doc.type_name,
        subject=doc.subject,
        recipients=doc.recipients,
        transfer_date=doc.transfer_date,
        receiver_sign=doc.receiver_sign,
        notes=doc.notes,
        signer_name=doc.signer_name,
        signer_title=doc.signer_title,
        archive_unit=doc.archive_unit,
        copies=doc.copies,
        drafting_unit=doc.drafting_unit,
        urgency=doc.urgency,
        secrecy=doc.secrecy,
        due_date=doc.due_date,
        handler=doc.handler,
        status=doc.status,
        cancel_reason=doc.cancel_reason,
        files=tuple(infos),
        warnings=warnings,
        # the row's flags (lists load no links); a view just written may hold them stale
        has_file=bool(doc.has_file) or bool(infos),
        signed=bool(doc.signed) or any(link.role == "ky-so" for link in links or []),
    )
