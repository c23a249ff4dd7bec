"""Reading a register: a window of it filtered and sorted in the database, its counts for the
status bar, its years, and the agencies typed before (for completion)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select

from desktop.core.clock import vn_today
from desktop.core.records import MASKED_FIELDS, DocumentView, view_of
from desktop.core.textfold import fold
from desktop.kernel.office import Office
from desktop.registers import visibility
from desktop.registers.sortkey import folded
from models.entities import Agency, Direction, Document, Status

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


#: Text columns sorted by their folded key (desktop.registers.sortkey), not by code point.
TEXT_SORTS = {"organ_name", "subject", "recipients", "signer_name", "type_name"}


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


def _filtered(q: ListQuery, dialect: str, columns: Any = None,
              office: Office | None = None) -> Any:
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
            Document.due_date < (q.today or vn_today()),
            Document.status.in_([Status.REGISTERED.value, Status.PROCESSING.value]),
        )
    if q.text.strip():
        from desktop.registers.search import matching_ids

        stmt = stmt.where(Document.id.in_(matching_ids(q.text, dialect)))
        if office is not None:  # a masked row must not be found by the words it hides
            stmt = stmt.where(visibility.visible_clause(visibility.clearance(office)))
    return stmt


def list_documents(office: Office, q: ListQuery, total: int | None = None) -> list[DocumentView]:
    """A window of a register. With ``total`` (the count the view already has), a window in the
    second half is read from the other end — ``ORDER BY … DESC OFFSET (total - end)`` — so
    jumping to the last row of a million-row register costs one short index walk, not a million.

    A column the reader may see masked in some rows (a subject of a secret document they may
    not read) is sorted as if empty in those rows, so a row's place does not tell what it hides."""
    order = SORT_COLUMNS.get(q.sort, SORT_COLUMNS["number"])
    c = (visibility.clearance(office) if any(col.key in MASKED_FIELDS for col in order)
         else None)
    descending = q.descending
    offset, limit = q.offset, q.limit
    flipped = (total is not None and limit is not None and offset > total // 2)
    if flipped:
        assert total is not None and limit is not None
        end = min(total, offset + limit)
        offset, limit = max(0, total - end), max(0, end - offset)
        descending = not descending
    order = tuple(_sort_key(col, office.db.dialect, c) for col in order)
    stmt = _filtered(q, office.db.dialect, office=office).order_by(
        *(c.desc() if descending else c for c in order),
        Document.id.desc() if descending else Document.id,
    )
    stmt = stmt.offset(offset)
    if limit is not None:
        stmt = stmt.limit(limit)
    with office.db.read() as s:
        rows = [view_of(d) for d in s.scalars(stmt)]
    rows = visibility.mask_views(office, rows, c)
    return rows[::-1] if flipped else rows


def _sort_key(column: Any, dialect: str, c: visibility.Clearance | None) -> Any:
    """One key of ``ORDER BY``: masked rows as empty for ``c``, text by its folded key."""
    key = column.key
    if c is not None and key in MASKED_FIELDS:
        column = visibility.sort_key(c, column)
    return folded(column, dialect) if key in TEXT_SORTS else column


def count_documents(office: Office, q: ListQuery) -> int:
    stmt = _filtered(q, office.db.dialect, func.count(Document.id), office)
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
    today = today or vn_today()

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


def agencies(office: Office, prefix: str = "", limit: int = 20) -> list[str]:
    stmt = select(Agency.name).order_by(Agency.folded, Agency.name).limit(limit)
    if prefix:
        stmt = stmt.where(Agency.folded.contains(fold(prefix)))
    with office.db.read() as s:
        return list(s.scalars(stmt))
