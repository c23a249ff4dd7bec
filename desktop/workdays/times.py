"""Vietnam local time (UTC+7, no daylight saving), naive, as the desk writes it: parsing what
people type, and printing it for JSON and for the forms."""

from __future__ import annotations

import datetime as dt
import re

from desktop.core.clock import VN_TZ, vn_now
from desktop.core.errors import UserError
from desktop.core.i18n import _

__all__ = ["OPEN", "VN_TZ", "iso_vn", "local_naive", "parse_datetime", "parse_period", "vn_time"]

OPEN = dt.time(7, 30)  # start of the working day: the time of a date typed alone

_DT_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]+(\d{1,2})[:hH](\d{2})(?::(\d{2}))?)?$")
_DT_VN = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})(?:[ ,]+(\d{1,2})[:hH](\d{2})(?::(\d{2}))?)?$")


def local_naive(moment: dt.datetime) -> dt.datetime:
    """Vietnam local time without offset (an aware time is converted first)."""
    return vn_now(moment) if moment.tzinfo is not None else moment


def parse_datetime(text: str | dt.datetime, field: str) -> dt.datetime:
    """``YYYY-MM-DD HH:MM`` or ``DD/MM/YYYY HH:MM`` (Vietnam time); a date alone means the
    opening of the working day (07:30); ISO 8601 with an offset is converted to +07:00."""
    if isinstance(text, dt.datetime):
        return local_naive(text)
    value = str(text).strip()
    parts: tuple[int, ...] | None = None
    if m := _DT_ISO.match(value):
        parts = (int(m[1]), int(m[2]), int(m[3]), *(int(g or 0) for g in m.groups()[3:]))
        has_time = m[4] is not None
    elif m := _DT_VN.match(value):
        parts = (int(m[3]), int(m[2]), int(m[1]), *(int(g or 0) for g in m.groups()[3:]))
        has_time = m[4] is not None
    if parts is not None:
        try:
            y, mo, d, h, mi, sec = parts
            moment = dt.datetime(y, mo, d, h, mi, sec)
            return moment if has_time else dt.datetime.combine(moment.date(), OPEN)
        except ValueError:
            pass
    else:
        try:
            return local_naive(dt.datetime.fromisoformat(value))
        except ValueError:
            pass
    raise UserError(
        _("Thời điểm không hợp lệ ở trường {field}: “{value}”. Hãy viết YYYY-MM-DD HH:MM, "
          "ví dụ 2026-04-29 09:00.", field=field, value=value),
        field=field,
    )


def iso_vn(moment: dt.datetime) -> str:
    """ISO 8601 with Vietnam's offset, as the JSON output and the interchange write times."""
    return local_naive(moment).replace(tzinfo=VN_TZ).isoformat()


def vn_time(moment: dt.datetime) -> str:
    """'09 giờ 00 phút, ngày 06/05/2026' as the forms write it."""
    return _("{hour} giờ {minute} phút, ngày {date}", hour=f"{moment.hour:02d}",
             minute=f"{moment.minute:02d}", date=moment.strftime("%d/%m/%Y"))


def parse_period(text: str) -> tuple[dt.date, dt.date]:
    """``2023``, ``2023-03``, ``2023-Q1`` or ``2023-01-01..2023-06-30`` → (start, end), both
    inclusive. The report module's :mod:`desktop.core.periods` owns the grammar; this is its
    (start, end) form."""
    from desktop.core.periods import parse_period as _parse

    period = _parse(text)
    return period.start, period.end
