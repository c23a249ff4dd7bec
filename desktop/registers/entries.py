"""What the clerk types for a registration, checked and turned into a document row (without its
number, which the registration's transaction assigns), and the folded text search looks in."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop.core.errors import UserError
from desktop.core.i18n import _
from desktop.core.numbering import series_for
from desktop.core.textfold import fold
from desktop.core.validate import (
    parse_date,
    parse_secrecy,
    parse_symbol,
    parse_urgency,
    require_text,
)
from desktop.registers.doctypes import require_type
from models.entities import Direction, Document, Status


@dataclass
class IncomingInput:
    received: str | dt.date
    organ_name: str
    symbol: str
    issued: str | dt.date
    type_name: str
    subject: str
    recipients: str = ""
    urgency: str | None = None
    secrecy: str | None = None
    due: str | dt.date | None = None
    handler: str = ""
    notes: str = ""
    transfer_date: str | dt.date | None = None
    receiver_sign: str = ""
    electronic: bool = False
    files: Sequence[Path] = field(default_factory=list)


@dataclass
class OutgoingInput:
    issued: str | dt.date
    type_name: str
    subject: str
    signer_name: str
    signer_title: str
    drafting_unit: str = ""
    recipients: str = ""
    copies: int | None = None
    archive_unit: str = ""
    urgency: str | None = None
    secrecy: str | None = None
    notes: str = ""
    transfer_date: str | dt.date | None = None
    files: Sequence[Path] = field(default_factory=list)


SEARCH_FIELDS = (
    "symbol",
    "organ_name",
    "recipients",
    "type_name",
    "subject",
    "notes",
    "signer_name",
    "handler",
)


def search_text_of(values: Mapping[str, Any] | Document) -> str:
    """What ``vanthu search`` looks through, folded once at write time."""
    if isinstance(values, Document):
        values = {f: getattr(values, f) for f in SEARCH_FIELDS}
    return fold(" ".join(str(values.get(f) or "") for f in SEARCH_FIELDS).strip())


#: The earliest date a register of the commune can hold (the state's founding year).
EARLIEST = dt.date(1945, 1, 1)


def _refuse_impossible(value: dt.date, field: str, today: dt.date, label: str) -> None:
    """The rules the window and the CLI share: no date in the future, none before 1945."""
    if value > today:
        raise UserError(
            _("{label} {date} ở tương lai (hôm nay là {today}).", label=label,
              date=value.strftime("%d/%m/%Y"), today=today.strftime("%d/%m/%Y")),
            field=field,
        )
    if value < EARLIEST:
        raise UserError(
            _("{label} {date} trước năm 1945; hãy kiểm tra lại năm.", label=label,
              date=value.strftime("%d/%m/%Y")),
            field=field,
        )


def build_incoming(inp: IncomingInput, today: dt.date | None = None) -> Document:
    """Validate an incoming registration and build its row (without number or id)."""
    today = today or dt.date.today()
    received = parse_date(inp.received, "received")
    if received > today:
        raise UserError(
            _(
                "Ngày đến {date} ở tương lai (hôm nay là {today}).",
                date=received.strftime("%d/%m/%Y"),
                today=today.strftime("%d/%m/%Y"),
            ),
            field="received",
        )
    if received < EARLIEST:
        _refuse_impossible(received, "received", today, _("Ngày đến"))
    issued = parse_date(inp.issued, "date")
    _refuse_impossible(issued, "date", today, _("Ngày văn bản"))
    if issued > received:
        raise UserError(
            _("Ngày văn bản {date} sau ngày đến.", date=issued.strftime("%d/%m/%Y")),
            field="date",
        )
    organ = require_text(inp.organ_name, "from", _("tác giả (cơ quan ban hành)"), 200)
    symbol = require_text(inp.symbol, "symbol", _("số, ký hiệu văn bản"), 60)
    code_number, code_notation = parse_symbol(symbol)
    doctype = require_type(inp.type_name)
    subject = require_text(inp.subject, "summary", _("trích yếu nội dung"), 500)
    secrecy = parse_secrecy(inp.secrecy)
    due = parse_date(inp.due, "due") if inp.due else None
    transfer = parse_date(inp.transfer_date, "transfer") if inp.transfer_date else None
    return Document(
        direction=Direction.INCOMING.value,
        series=series_for(Direction.INCOMING, secrecy, doctype.copy),
        year=received.year,
        number=0,
        symbol=symbol,
        code_number=code_number,
        code_notation=code_notation,
        issued_date=issued,
        received_date=received,
        organ_name=organ,
        type_name=doctype.name,
        subject=subject,
        recipients=inp.recipients.strip(),
        transfer_date=transfer,
        receiver_sign=inp.receiver_sign.strip(),
        notes=inp.notes.strip(),
        urgency=parse_urgency(inp.urgency).value,
        secrecy=secrecy.value,
        due_date=due,
        handler=inp.handler.strip(),
        status=Status.REGISTERED.value,
        electronic=inp.electronic,
    )


def build_outgoing(inp: OutgoingInput, org_short: str, today: dt.date | None = None) -> Document:
    issued = parse_date(inp.issued, "date")
    # A date a year ahead would open a new series and spend its first number (issue 14, 1).
    _refuse_impossible(issued, "date", today or dt.date.today(), _("Ngày văn bản"))
    doctype = require_type(inp.type_name)
    subject = require_text(inp.subject, "summary", _("trích yếu nội dung"), 500)
    signer = require_text(inp.signer_name, "signer", _("người ký"), 120)
    title = require_text(inp.signer_title, "signer-title", _("chức vụ người ký"), 120)
    unit = inp.drafting_unit.strip()
    if unit and (" " in unit or "/" in unit or len(unit) > 10):
        raise UserError(
            _("Đơn vị soạn thảo phải là chữ viết tắt không dấu cách, ví dụ VP: “{value}”.",
              value=unit),
            field="unit",
        )
    if inp.copies is not None and inp.copies < 1:
        raise UserError(_("Số lượng bản phải lớn hơn 0."), field="copies")
    secrecy = parse_secrecy(inp.secrecy)
    if doctype.abbr:
        notation = f"{doctype.abbr}-{org_short}"
    else:
        notation = f"{org_short}-{unit}" if unit else org_short
    transfer = parse_date(inp.transfer_date, "transfer") if inp.transfer_date else None
    return Document(
        direction=Direction.OUTGOING.value,
        series=series_for(Direction.OUTGOING, secrecy, doctype.copy),
        year=issued.year,
        number=0,
        symbol="",
        code_number="",
        code_notation=notation,
        issued_date=issued,
        received_date=None,
        organ_name="",
        type_name=doctype.name,
        subject=subject,
        recipients=inp.recipients.strip(),
        transfer_date=transfer,
        notes=inp.notes.strip(),
        signer_name=signer,
        signer_title=title,
        archive_unit=inp.archive_unit.strip(),
        copies=inp.copies,
        drafting_unit=unit,
        urgency=parse_urgency(inp.urgency).value,
        secrecy=secrecy.value,
        status=Status.REGISTERED.value,
    )
