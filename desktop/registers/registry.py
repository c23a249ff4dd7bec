"""Registration of incoming and outgoing documents, numbering, cancellation, export.

One unit of work per action: files are checked, then written to the store (idempotent, content
addressed), then one write transaction assigns the number and records the document, its files,
the directory entry and the audit entry. If that transaction fails, the files it added are
removed again, so bad input leaves the database and the store exactly as they were.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from desktop.core.errors import NotFound, UserError
from desktop.core.i18n import _
from desktop.core.numbering import next_number, series_for
from desktop.core.records import DocumentView, view_of
from desktop.core.textfold import fold
from desktop.core.validate import (
    format_number,
    parse_date,
    parse_secrecy,
    parse_symbol,
    parse_urgency,
    require_text,
)
from desktop.kernel import audit
from desktop.kernel.auth import Role
from desktop.kernel.office import Office
from desktop.registers.doctypes import require_type
from desktop.storage import fileflags
from desktop.storage.fileinfo import file_row
from desktop.storage.filestore import PutResult
from models.entities import (
    Agency,
    Direction,
    Document,
    DocumentFile,
    Status,
    StoredFile,
)


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


def check_files(paths: Sequence[Path]) -> list[Path]:
    """Every file exists, is a file and is not empty — before anything is written."""
    checked: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if not path.is_file():
            raise UserError(_("Không tìm thấy tệp: {path}.", path=str(path)), field="file")
        if path.stat().st_size == 0:
            raise UserError(_("Tệp rỗng: {path}.", path=str(path)), field="file")
        checked.append(path)
    return checked


def store_files(office: Office, paths: Sequence[Path]) -> list[tuple[Path, PutResult]]:
    stored: list[tuple[Path, PutResult]] = []
    try:
        for path in paths:
            stored.append((path, office.files.put_file(path)))
    except BaseException:
        undo_files(office, stored)
        raise
    return stored


def undo_files(office: Office, stored: Sequence[tuple[Path, PutResult]]) -> None:
    for _path, put in stored:
        if put.created:
            office.files.remove_new(put.sha256)


def link_files(
    session: Session,
    doc_id: int,
    stored: Sequence[tuple[Path, PutResult]],
    actor: str,
    role: str = "chinh",
) -> None:
    from desktop.storage.ocr_jobs import enqueue, needs_ocr

    for path, put in stored:
        row = ensure_file_row(session, path, put)
        session.add(
            DocumentFile(
                document_id=doc_id, sha256=put.sha256, name=path.name, role=role, added_by=actor
            )
        )
        if needs_ocr(row):
            enqueue(session, doc_id, put.sha256)


def ensure_file_row(session: Session, path: Path, put: PutResult) -> StoredFile:
    """The metadata row of a stored file, analysed once per distinct content."""
    row = session.get(StoredFile, put.sha256)
    return row if row is not None else file_row(session, put.sha256, path.read_bytes(), path.name)


def remember_agency(session: Session, name: str) -> None:
    name = name.strip()
    if not name:
        return
    values = {"name": name, "folded": fold(name)}
    if session.get_bind().dialect.name == "postgresql":
        session.execute(pg_insert(Agency).values(values).on_conflict_do_nothing())
    else:
        session.execute(sqlite_insert(Agency).values(values).on_conflict_do_nothing())


def _duplicate_warning(session: Session, doc: Document) -> tuple[str, ...]:
    found = session.scalar(
        select(Document.id).where(
            Document.direction == Direction.INCOMING.value,
            Document.symbol == doc.symbol,
            Document.organ_name == doc.organ_name,
            Document.issued_date == doc.issued_date,
            Document.status != Status.CANCELLED.value,
        )
    )
    if found is None:
        return ()
    return (
        _(
            "Văn bản {symbol} của {organ} ngày {date} đã được đăng ký (mã {id}).",
            symbol=doc.symbol,
            organ=doc.organ_name,
            date=doc.issued_date.strftime("%d/%m/%Y"),
            id=found,
        ),
    )


def audit_values(doc: Document) -> dict[str, object]:
    return {
        "so": doc.number,
        "nam": doc.year,
        "so_ky_hieu": doc.symbol,
        "trich_yeu": doc.subject,
        "trang_thai": doc.status,
    }


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
    issued = parse_date(inp.issued, "date")
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


def build_outgoing(inp: OutgoingInput, org_short: str) -> Document:
    issued = parse_date(inp.issued, "date")
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


def _register(office: Office, doc: Document, paths: Sequence[Path]) -> DocumentView:
    files = check_files(paths)
    stored = store_files(office, files)
    actor = office.actor.username
    try:
        with office.db.write() as s:
            warnings = _duplicate_warning(s, doc) if doc.direction == "den" else ()
            doc.number = next_number(s, doc.series, doc.year)
            if doc.direction == Direction.OUTGOING.value:
                doc.code_number = format_number(doc.number)
                doc.symbol = f"{doc.code_number}/{doc.code_notation}"
            doc.created_by = actor
            doc.search_text = search_text_of(doc)
            s.add(doc)
            s.flush()
            link_files(s, doc.id, stored, actor)
            fileflags.refresh(s, [doc.id])
            if doc.organ_name:
                remember_agency(s, doc.organ_name)
            action = "dang-ky-den" if doc.direction == "den" else "dang-ky-di"
            audit.record(s, actor, action, doc.id, after=audit_values(doc))
            s.flush()
            view = _load_view(s, doc.id, warnings)
    except BaseException:
        undo_files(office, stored)
        raise
    return view


def register_incoming(office: Office, inp: IncomingInput) -> DocumentView:
    office.require(Role.CLERK, action=_("đăng ký văn bản đến"))
    return _register(office, build_incoming(inp), inp.files)


def register_outgoing(office: Office, inp: OutgoingInput) -> DocumentView:
    office.require(Role.CLERK, action=_("đăng ký văn bản đi"))
    org = office.organisation()
    return _register(office, build_outgoing(inp, org.short_name), inp.files)


def _load_view(s: Session, doc_id: int, warnings: tuple[str, ...] = ()) -> DocumentView:
    doc = s.get(Document, doc_id)
    if doc is None:
        raise NotFound(_("Không có văn bản mã {id}.", id=doc_id))
    links = list(
        s.scalars(
            select(DocumentFile)
            .where(DocumentFile.document_id == doc_id, DocumentFile.current.is_(True))
            .order_by(DocumentFile.id)
        )
    )
    metas = {
        f.sha256: f
        for f in s.scalars(
            select(StoredFile).where(StoredFile.sha256.in_([lk.sha256 for lk in links]))
        )
    }
    return view_of(doc, links, metas, warnings)


def get_document(office: Office, doc_id: int) -> DocumentView:
    with office.db.read() as s:
        return _load_view(s, doc_id)


def cancel(office: Office, doc_id: int, reason: str) -> DocumentView:
    """Cancelling keeps the number, marked, with the reason; it is never reused."""
    office.require(Role.CLERK, action=_("hủy đăng ký văn bản"))
    reason = require_text(reason, "reason", _("lý do hủy"), 500)
    with office.db.write() as s:
        doc = s.get(Document, doc_id)
        if doc is None:
            raise NotFound(_("Không có văn bản mã {id}.", id=doc_id))
        if doc.status == Status.CANCELLED.value:
            raise UserError(_("Văn bản mã {id} đã bị hủy trước đó.", id=doc_id))
        before = audit_values(doc)
        doc.status = Status.CANCELLED.value
        doc.cancel_reason = reason
        doc.cancelled_at = dt.datetime.now(dt.UTC).replace(tzinfo=None)
        after = audit_values(doc) | {"ly_do": reason}
        audit.record(s, office.actor.username, "huy", doc.id, before=before, after=after)
        s.flush()
        return _load_view(s, doc_id)


def export(office: Office, doc_id: int, out_dir: Path) -> list[Path]:
    """Copy the document's current files out (verified against their hashes)."""
    view = get_document(office, doc_id)
    if not view.files:
        raise UserError(_("Văn bản mã {id} chưa có tệp nào.", id=doc_id))
    out_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    for info in view.files:
        data = office.files.read(info.sha256)
        target = out_dir / info.name
        if target.exists():
            target = out_dir / f"{info.sha256[:8]}-{info.name}"
        tmp = target.with_name(target.name + ".tmp")
        tmp.write_bytes(data)
        tmp.replace(target)
        written.append(target)
    with office.db.write() as s:
        audit.record(
            s, office.actor.username, "xuat", doc_id, after={"tep": [p.name for p in written]}
        )
    return written


SORT_COLUMNS = {
    "number": (Document.year, Document.series, Document.number),
    "received_date": (Document.received_date, Document.number),
    "issued_date": (Document.issued_date, Document.number),
    "organ_name": (Document.organ_name, Document.number),
    "symbol": (Document.symbol,),
    "type_name": (Document.type_name, Document.number),
    "subject": (Document.subject,),
    "recipients": (Document.recipients,),
    "signer_name": (Document.signer_name, Document.number),
    "due_date": (Document.due_date, Document.number),
    "status": (Document.status, Document.number),
    "urgency": (Document.urgency, Document.number),
}


@dataclass(frozen=True)
class ListQuery:
    """A window of one register, filtered and sorted in the database."""

    direction: Direction
    year: int | None = None
    status: str | None = None
    offset: int = 0
    limit: int | None = None
    descending: bool = False
    sort: str = "number"
    text: str = ""  # accent-insensitive search within the register
    only_urgent: bool = False
    only_overdue: bool = False
    today: dt.date | None = None


def _filtered(q: ListQuery, dialect: str, columns: Any = None) -> Any:
    stmt = select(columns if columns is not None else Document).where(
        Document.direction == q.direction.value
    )
    if q.year is not None:
        stmt = stmt.where(Document.year == q.year)
    if q.status:
        stmt = stmt.where(Document.status == q.status)
    if q.only_urgent:
        stmt = stmt.where(Document.urgency != "thuong")
    if q.only_overdue:
        stmt = stmt.where(
            Document.due_date < (q.today or dt.date.today()),
            Document.status.in_([Status.REGISTERED.value, Status.PROCESSING.value]),
        )
    if q.text.strip():
        from desktop.registers.search import matching_ids

        stmt = stmt.where(Document.id.in_(matching_ids(q.text, dialect)))
    return stmt


def list_documents(office: Office, q: ListQuery, total: int | None = None) -> list[DocumentView]:
    """A window of a register. With ``total`` (the count the view already has), a window in the
    second half is read from the other end — ``ORDER BY … DESC OFFSET (total - end)`` — so
    jumping to the last row of a million-row register costs one short index walk, not a million."""
    order = SORT_COLUMNS.get(q.sort, SORT_COLUMNS["number"])
    descending = q.descending
    offset, limit = q.offset, q.limit
    flipped = (total is not None and limit is not None and offset > total // 2)
    if flipped:
        assert total is not None and limit is not None
        end = min(total, offset + limit)
        offset, limit = max(0, total - end), max(0, end - offset)
        descending = not descending
    stmt = _filtered(q, office.db.dialect).order_by(
        *(c.desc() if descending else c for c in order),
        Document.id.desc() if descending else Document.id,
    )
    stmt = stmt.offset(offset)
    if limit is not None:
        stmt = stmt.limit(limit)
    with office.db.read() as s:
        rows = [view_of(d) for d in s.scalars(stmt)]
    return rows[::-1] if flipped else rows


def count_documents(office: Office, q: ListQuery) -> int:
    stmt = _filtered(q, office.db.dialect, func.count(Document.id))
    with office.db.read() as s:
        return int(s.scalar(stmt) or 0)


@dataclass(frozen=True)
class RegisterStats:
    total: int
    urgent: int
    overdue: int
    cancelled: int


def register_stats(office: Office, direction: Direction, year: int | None,
                   today: dt.date | None = None, total: int | None = None) -> RegisterStats:
    """Counts for the status bar; ``total`` when the caller has just counted the register."""
    today = today or dt.date.today()

    open_states = [Status.REGISTERED.value, Status.PROCESSING.value]
    # Four selective counts over indexes rather than one pass over the whole register.
    base = [Document.direction == direction.value]
    if year is not None:
        base.append(Document.year == year)
    with office.db.read() as s:
        def count(*conds: Any) -> int:
            return int(s.scalar(select(func.count(Document.id)).where(*base, *conds)) or 0)

        total = count() if total is None else total
        urgent = count(Document.urgency.in_(["khan", "thuong-khan", "hoa-toc"]))
        overdue = count(Document.status.in_(open_states), Document.due_date < today)
        cancelled = count(Document.status == Status.CANCELLED.value)
    return RegisterStats(int(total or 0), int(urgent or 0), int(overdue or 0), int(cancelled or 0))


def years(office: Office, direction: Direction) -> list[int]:
    """Years with registrations, from the number series (a handful of rows) rather than a
    GROUP BY over the register (a million index entries at district scale)."""
    from models.entities import NumberSeries

    with office.db.read() as s:
        return list(s.scalars(
            select(NumberSeries.year).where(
                NumberSeries.series.like(f"{direction.value}%"), NumberSeries.last_number > 0)
            .group_by(NumberSeries.year).order_by(NumberSeries.year.desc())
        ))


def attach_files(office: Office, doc_id: int, paths: Sequence[Path], role: str = "chinh"
                 ) -> DocumentView:
    """Attach more files to a registered document (drag and drop, ``vanthu attach``)."""
    office.require(Role.CLERK, action=_("đính kèm tệp vào văn bản"))
    files = check_files(paths)
    if not files:
        raise UserError(_("Chưa chọn tệp nào."), field="file")
    stored = store_files(office, files)
    try:
        with office.db.write() as s:
            doc = s.get(Document, doc_id)
            if doc is None:
                raise NotFound(_("Không có văn bản mã {id}.", id=doc_id))
            link_files(s, doc_id, stored, office.actor.username, role)
            fileflags.refresh(s, [doc_id])
            audit.record(s, office.actor.username, "dinh-kem", doc_id,
                         after={"tep": [p.name for p in files],
                                "sha256": [put.sha256 for _p, put in stored]})
            s.flush()
            view = _load_view(s, doc_id)
    except BaseException:
        undo_files(office, stored)
        raise
    return view


def agencies(office: Office, prefix: str = "", limit: int = 20) -> list[str]:
    stmt = select(Agency.name).order_by(Agency.name).limit(limit)
    if prefix:
        stmt = stmt.where(Agency.folded.contains(fold(prefix)))
    with office.db.read() as s:
        return list(s.scalars(stmt))

