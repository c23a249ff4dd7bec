"""The office's clock: Vietnam time (UTC+7, no summer time), whatever zone the machine is set to.

The one place that reads the wall clock for a date: "today" for the registers, processing
deadlines, reports and forms is Vietnam's date, so a server running in UTC or a commune PC set to
the wrong zone judge the same day as the desk. Timestamps kept in the database stay UTC; this
module says how they read in Vietnam. Only the standard library: the window's first paint
imports it.
"""

from __future__ import annotations

import datetime as dt

#: Vietnam's offset from UTC (Indochina Time; no daylight saving since 1975).
VN_OFFSET = dt.timedelta(hours=7)
VN_TZ = dt.timezone(VN_OFFSET)


def vn_now(at: dt.datetime | None = None) -> dt.datetime:
    """Vietnam's wall clock, naive, at the instant ``at`` (aware), or now.

    A naive ``at`` is refused: it could be UTC (as the database keeps it) or already Vietnam's
    time (as the desk writes it); say which with :func:`from_utc` or a ``tzinfo``.
    """
    if at is None:
        at = dt.datetime.now(dt.UTC)
    elif at.tzinfo is None:
        raise ValueError("vn_now() needs an aware instant, not a naive time")
    return at.astimezone(VN_TZ).replace(tzinfo=None)


def vn_today(at: dt.datetime | None = None) -> dt.date:
    """The office's "today": Vietnam's date at the instant ``at`` (aware), or now."""
    return vn_now(at).date()


def desk_now() -> dt.datetime:
    """The desk's clock: Vietnam local time, naive, to the minute."""
    return vn_now().replace(second=0, microsecond=0)


def from_utc(stored: dt.datetime) -> dt.datetime:
    """A naive UTC timestamp (as the database keeps it) as Vietnam's naive wall time."""
    return stored + VN_OFFSET


def to_utc(local: dt.datetime) -> dt.datetime:
    """A naive Vietnam wall time as the naive UTC timestamp the database compares with."""
    return local - VN_OFFSET
