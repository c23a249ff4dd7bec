"""Number series: consecutive, per year, never reused, safe across processes and seats.

``next_number`` runs inside the caller's write transaction. The ``UPDATE … RETURNING`` takes the
series row's write lock (SQLite: the database write lock already held by ``BEGIN IMMEDIATE``;
PostgreSQL: the row lock, re-read after the competing transaction commits), so two registrations
never see the same last number, and a rolled-back registration rolls its number back too: the
series stays gap-free.
"""

from __future__ import annotations

import os

from sqlalchemy import insert, select, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from models.entities import Direction, NumberSeries, Secrecy

#: The highest number a register series may reach in a year (Nghị định 30 numbers from 01 each
#: year; a commune issues a few thousand). Settable with VANTHU_MAX_NUMBER.
DEFAULT_MAX_NUMBER = 999_999


def max_register_number() -> int:
    """The highest number a register series may reach in a year, for registering and for
    importing old registers alike: ``VANTHU_MAX_NUMBER`` when it is a whole number written
    in ASCII digits from 1 to 2³¹ − 1 (spaces around it allowed), else 999,999."""
    raw = os.environ.get("VANTHU_MAX_NUMBER", "").strip()
    if raw.isascii() and raw.isdigit() and 0 < int(raw) < 2**31:
        return int(raw)
    return DEFAULT_MAX_NUMBER


def is_register_series(series: str) -> bool:
    """The registers' series (den, di, den-mat, di-mat, di-sao), not the audit log's or the
    one-stop codes'."""
    return series.split("-", 1)[0] in ("den", "di")


def series_for(direction: Direction, secrecy: Secrecy, is_copy: bool) -> str:
    """Secret documents and copies (SY/SL/TrS) have series of their own."""
    base = direction.value
    if secrecy is not Secrecy.NONE:
        return f"{base}-mat"
    if is_copy and direction is Direction.OUTGOING:
        return f"{base}-sao"
    return base


def _ensure_row(session: Session, series: str, year: int) -> None:
    dialect = session.get_bind().dialect.name
    values = {"series": series, "year": year, "last_number": 0}
    if dialect == "sqlite":
        session.execute(sqlite_insert(NumberSeries).values(values).on_conflict_do_nothing())
    elif dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as pg_insert  # (lazy: 20 ms on SQLite)

        session.execute(pg_insert(NumberSeries).values(values).on_conflict_do_nothing())
    else:  # pragma: no cover - other servers are not supported
        exists = session.scalar(
            select(NumberSeries.series).where(
                NumberSeries.series == series, NumberSeries.year == year
            )
        )
        if exists is None:
            session.execute(insert(NumberSeries).values(values))


def next_number(session: Session, series: str, year: int) -> int:
    _ensure_row(session, series, year)
    result = session.execute(
        update(NumberSeries)
        .where(NumberSeries.series == series, NumberSeries.year == year)
        .values(last_number=NumberSeries.last_number + 1)
        .returning(NumberSeries.last_number)
    )
    return int(result.scalar_one())


def reserve_at_least(session: Session, series: str, year: int, number: int) -> None:
    """After importing historical numbers, continue the series after the highest one."""
    _ensure_row(session, series, year)
    session.execute(
        update(NumberSeries)
        .where(
            NumberSeries.series == series,
            NumberSeries.year == year,
            NumberSeries.last_number < number,
        )
        .values(last_number=number)
    )


def take_numbers(session: Session, series: str, year: int, count: int) -> range:
    """Reserve ``count`` consecutive numbers at once (bulk import)."""
    _ensure_row(session, series, year)
    result = session.execute(
        update(NumberSeries)
        .where(NumberSeries.series == series, NumberSeries.year == year)
        .values(last_number=NumberSeries.last_number + count)
        .returning(NumberSeries.last_number)
    )
    last = int(result.scalar_one())
    return range(last - count + 1, last + 1)
