"""The one date parser of the app: what a clerk types in a form, a CLI argument, a cell.

Accepted: ``d/m/yyyy``, ``dd/mm/yyyy``, ``d-m-yyyy``, ``ddmmyyyy`` and
``yyyy-mm-dd``. A date that does not exist (32/13/2026, 30/02/2026) is refused with a message
saying why; it is never rolled over into another date, as Qt's date edit did (issue 14, 2).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from desktop.core.errors import UserError
from desktop.core.i18n import _

_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_DMY = re.compile(r"^(\d{1,2})([/-])(\d{1,2})\2(\d{4})$")
_DIGITS = re.compile(r"^(\d{2})(\d{2})(\d{4})$")

#: How the forms and the help texts describe what may be typed.
FORMATS = "dd/mm/yyyy, d/m/yyyy, d-m-yyyy, ddmmyyyy, yyyy-mm-dd"


def _parts(value: str) -> tuple[int, int, int] | None:
    if m := _ISO.match(value):
        return int(m[1]), int(m[2]), int(m[3])
    if m := _DMY.match(value):
        return int(m[4]), int(m[3]), int(m[1])
    if m := _DIGITS.match(value):
        return int(m[3]), int(m[2]), int(m[1])
    return None


def date_problem(text: str) -> tuple[dt.date | None, str]:
    """The date typed and ``""``, or ``None`` and what is wrong with it (for a live hint).

    Empty text gives ``(None, "")``: whether a date is required is the caller's rule.
    """
    value = text.strip()
    if not value:
        return None, ""
    parts = _parts(value)
    if parts is None:
        return None, _("“{value}” không phải là ngày. Hãy gõ theo dạng {formats}.",
                       value=value, formats=FORMATS)
    year, month, day = parts
    if year < 1:
        return None, _("Năm {year} không hợp lệ.", year=year)
    if not 1 <= month <= 12:
        return None, _("Không có tháng {month}: tháng chỉ từ 1 đến 12 (“{value}”).",
                       month=month, value=value)
    last = calendar.monthrange(year, month)[1]
    if not 1 <= day <= last:
        return None, _("Không có ngày {day}: tháng {month} năm {year} chỉ có {last} ngày "
                       "(“{value}”).", day=day, month=month, year=year, last=last, value=value)
    return dt.date(year, month, day), ""


def parse_date(text: str | dt.date | dt.datetime, field: str, label: str = "") -> dt.date:
    """The date typed (or a date object, e.g. from Excel), or a ``UserError`` on ``field``;
    ``label`` names the field in the message when nothing was typed."""
    if isinstance(text, dt.datetime):
        return text.date()
    if isinstance(text, dt.date):
        return text
    value, problem = date_problem(str(text))
    if value is None:
        raise UserError(
            problem or _("Thiếu {label}.", label=label or field), field=field
        )
    return value


def vn(value: dt.date) -> str:
    """dd/mm/yyyy, as the registers print dates."""
    return value.strftime("%d/%m/%Y")
