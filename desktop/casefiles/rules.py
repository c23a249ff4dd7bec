"""What people type about plans and files, checked: years, codes, retention, headings, dates;
and the rules of time the archive follows (Điều 30)."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from desktop.core.errors import UserError
from desktop.core.i18n import _
from desktop.core.textfold import fold
from desktop.core.validate import parse_date

PERMANENT = "Vĩnh viễn"
#: Files kept this long or longer go to the agency archive (Điều 30); shorter ones stay.
HANDOVER_MIN_YEARS = 5
#: Phụ lục VI: warn this many days before a file is due.
WARNING_DAYS = 30

_CODE = re.compile(r"[^\W_][\w.\-/]{0,39}")
_ROMAN = (("M", 1000), ("CM", 900), ("D", 500), ("CD", 400), ("C", 100), ("XC", 90),
          ("L", 50), ("XL", 40), ("X", 10), ("IX", 9), ("V", 5), ("IV", 4), ("I", 1))
_HEADING = re.compile(r"^\s*(?:([IVXLCDM]+|\d{1,3})(?:\s*[.)]\s*|\s*$))?(.*?)\s*$")


def parse_year(value: int | str) -> int:
    try:
        year = int(str(value).strip())
    except ValueError:
        year = 0
    if not 1945 <= year <= 2200:
        raise UserError(_("Năm không hợp lệ: “{value}” (từ 1945 đến 2200).", value=value),
                        field="year")
    return year


def parse_code(value: str) -> str:
    code = (value or "").strip()
    if not _CODE.fullmatch(code):
        raise UserError(
            _("Số và ký hiệu hồ sơ không hợp lệ: “{value}”. Ví dụ đúng: 01.TCCB (chữ, số và các "
              "dấu . - /, không có dấu cách, tối đa 40 ký tự).", value=code[:60]),
            field="code")
    return code


def parse_retention(value: str | int | None) -> int | None:
    """``Vĩnh viễn`` (None) or a whole number of years, 1 to 100 (``10`` or ``10 năm``)."""
    text = str(value if value is not None else "").strip()
    folded = fold(text)
    if folded in ("vinh vien", "vinh-vien", "vv"):
        return None
    m = re.fullmatch(r"(\d{1,3})(?:\s*nam)?", folded)
    if m and 1 <= int(m[1]) <= 100:
        return int(m[1])
    raise UserError(
        _("Thời hạn bảo quản không hợp lệ: “{value}”. Ghi “Vĩnh viễn” hoặc số năm là số nguyên "
          "(ví dụ 10).", value=text[:60]), field="retention")


def retention_label(years: int | None) -> str:
    return _("Vĩnh viễn") if years is None else _("{n} năm", n=years)


def roman(n: int) -> str:
    out = ""
    for sym, val in _ROMAN:
        while n >= val:
            out += sym
            n -= val
    return out


def from_roman(text: str) -> int | None:
    value, i = 0, 0
    for sym, val in _ROMAN:
        while text.startswith(sym, i):
            value += val
            i += len(sym)
    return value if i == len(text) and value and roman(value) == text else None


@dataclass(frozen=True)
class HeadingPart:
    number: int | None
    title: str


def parse_heading(text: str) -> list[HeadingPart]:
    """``I. Tổ chức, cán bộ`` or ``I. Tổ chức, cán bộ > 1. Tuyển dụng``: Roman numbers at the
    top, Arabic below (Phụ lục V); a part without a number is found by its title or numbered
    next."""
    parts = [p for p in (text or "").split(">")]
    if not text.strip() or len(parts) > 2 or any(not p.strip() for p in parts):
        raise UserError(_("Đề mục không hợp lệ: “{value}”. Ví dụ: “I. Tổ chức, cán bộ” hoặc "
                          "“I. Tổ chức, cán bộ > 1. Tuyển dụng”.", value=text[:80]),
                        field="heading")
    out: list[HeadingPart] = []
    for level, raw in enumerate(parts):
        m = _HEADING.match(raw)
        assert m is not None
        num_text, title = m[1], m[2]
        number: int | None = None
        if num_text:
            if level == 0:
                number = from_roman(num_text)
                if number is None:
                    raise UserError(_("Đề mục lớn đánh số La Mã (I, II, III …): “{value}”.",
                                      value=raw.strip()), field="heading")
            else:
                if not num_text.isdigit():
                    raise UserError(_("Đề mục nhỏ đánh số Ả Rập (1, 2, 3 …): “{value}”.",
                                      value=raw.strip()), field="heading")
                number = int(num_text)
        if len(title) > 300:
            raise UserError(_("Tên đề mục dài quá 300 ký tự."), field="heading")
        if not title and number is None:
            raise UserError(_("Đề mục không hợp lệ: “{value}”. Ví dụ: “I. Tổ chức, cán bộ” hoặc "
                              "“I. Tổ chức, cán bộ > 1. Tuyển dụng”.", value=text[:80]),
                            field="heading")
        out.append(HeadingPart(number, title))
    return out


def heading_label(level: int, number: int) -> str:
    return roman(number) if level == 0 else str(number)


def parse_day(value: str | dt.date, field: str) -> dt.date:
    day = parse_date(value, field)
    if day.year < 1945:
        raise UserError(_("Ngày {date} trước năm 1945.", date=day.strftime("%d/%m/%Y")),
                        field=field)
    return day


def add_months(day: dt.date, months: int) -> dt.date:
    month0 = day.month - 1 + months
    year, month = day.year + month0 // 12, month0 % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def due_date(end: dt.date | None, construction: bool, settled: dt.date | None) -> dt.date | None:
    """When a closed file must be in the archive: a year after the end of the work; a
    construction file three months after final settlement (the end date when not given)."""
    if construction:
        base = settled or end
        return add_months(base, 3) if base else None
    return add_months(end, 12) if end else None


def handed_over_kind(retention_years: int | None) -> bool:
    """Only files kept five years or more (or permanently) go to the archive (Điều 30)."""
    return retention_years is None or retention_years >= HANDOVER_MIN_YEARS
