"""What the clerk types for a registration, checked and turned into a document row (without its
number, which the registration's transaction assigns), and the folded text search looks in."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop.core.clock import vn_today
from desktop.core.errors import Collect, UserError
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
    """Validate an incoming registration and build its row (without number or id).

    Every problem is reported at once (a :class:`~desktop.core.errors.Problems`), in the order
    of the form, so the window can mark all the fields and the CLI print all the lines."""
    today = today or vn_today()
    c = Collect()
    received = c.check(parse_date, inp.received, "received", _("ngày đến"))
    if received is not None and received > today:
        c.add(UserError(
            _(
                "Ngày đến {date} ở tương lai (hôm nay là {today}).",
                date=received.strftime("%d/%m/%Y"),
                today=today.strftime("%d/%m/%Y"),
            ),
            field="received",
        ))
    elif received is not None and received < EARLIEST:
        c.check(_refuse_impossible, received, "received", today, _("Ngày đến"))
    organ = c.check(require_text, inp.organ_name, "from", _("tác giả (cơ quan ban hành)"), 200)
    symbol = c.check(require_text, inp.symbol, "symbol", _("số, ký hiệu văn bản"), 60)
    code = c.check(parse_symbol, symbol) if symbol is not None else None
    issued = c.check(parse_date, inp.issued, "date", _("ngày tháng văn bản"))
    if issued is not None:
        c.check(_refuse_impossible, issued, "date", today, _("Ngày văn bản"))
    if issued is not None and received is not None and issued > received and not c.failed("date"):
        c.add(UserError(
            _("Ngày văn bản {date} sau ngày đến.", date=issued.strftime("%d/%m/%Y")),
            field="date",
        ))
    doctype = c.check(require_type, inp.type_name)
    subject = c.check(require_text, inp.subject, "summary", _("trích yếu nội dung"), 500)
    urgency = c.check(parse_urgency, inp.urgency)
    secrecy = c.check(parse_secrecy, inp.secrecy)
    due = c.check(parse_date, inp.due, "due") if inp.due else None
    transfer = c.check(parse_date, inp.transfer_date, "transfer") if inp.transfer_date else None
    c.done()
    assert received is not None and issued is not None and organ is not None
    assert symbol is not None and code is not None and doctype is not None
    assert subject is not None and urgency is not None and secrecy is not None
    code_number, code_notation = code
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
        urgency=urgency.value,
        secrecy=secrecy.value,
        due_date=due,
        handler=inp.handler.strip(),
        status=Status.REGISTERED.value,
        electronic=inp.electronic,
    )


def build_outgoing(inp: OutgoingInput, org_short: str, today: dt.date | None = None) -> Document:
    """Validate an outgoing registration (every problem at once) and build its row."""
    c = Collect()
    issued = c.check(parse_date, inp.issued, "date", _("ngày tháng văn bản"))
    # A date a year ahead would open a new series and spend its first number (issue 14, 1).
    if issued is not None:
        c.check(_refuse_impossible, issued, "date", today or vn_today(), _("Ngày văn bản"))
    doctype = c.check(require_type, inp.type_name)
    subject = c.check(require_text, inp.subject, "summary", _("trích yếu nội dung"), 500)
    signer = c.check(require_text, inp.signer_name, "signer", _("người ký"), 120)
    title = c.check(require_text, inp.signer_title, "signer-title", _("chức vụ người ký"), 120)
    unit = inp.drafting_unit.strip()
    if unit and (" " in unit or "/" in unit or len(unit) > 10):
        c.add(UserError(
            _("Đơn vị soạn thảo phải là chữ viết tắt không dấu cách, ví dụ VP: “{value}”.",
              value=unit),
            field="unit",
        ))
    if inp.copies is not None and inp.copies < 1:
        c.add(UserError(_("Số lượng bản phải lớn hơn 0."), field="copies"))
    urgency = c.check(parse_urgency, inp.urgency)
    secrecy = c.check(parse_secrecy, inp.secrecy)
    transfer = c.check(parse_date, inp.transfer_date, "transfer") if inp.transfer_date else None
    c.done()
    assert issued is not None and doctype is not None and subject is not None
    assert signer is not None and title is not None
    assert urgency is not None and secrecy is not None
    if doctype.abbr:
        notation = f"{doctype.abbr}-{org_short}"
    else:
        notation = f"{org_short}-{unit}" if unit else org_short
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
        urgency=urgency.value,
        secrecy=secrecy.value,
        status=Status.REGISTERED.value,
    )
