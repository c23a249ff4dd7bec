"""Reporting periods as people write them: 2023, 2023-03, 2023-Q1, 2023-01-01..2023-06-30."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from desktop.core.clock import vn_today
from desktop.core.errors import UserError
from desktop.core.i18n import N_, _
from desktop.core.validate import parse_date

#: A whole message per month, so English names the month ("December 2026").
MONTH_LABELS = (
    N_("tháng 1 năm {year}"), N_("tháng 2 năm {year}"), N_("tháng 3 năm {year}"),
    N_("tháng 4 năm {year}"), N_("tháng 5 năm {year}"), N_("tháng 6 năm {year}"),
    N_("tháng 7 năm {year}"), N_("tháng 8 năm {year}"), N_("tháng 9 năm {year}"),
    N_("tháng 10 năm {year}"), N_("tháng 11 năm {year}"), N_("tháng 12 năm {year}"),
)
YEAR, QUARTER, MONTH, RANGE = "year", "quarter", "month", "range"


@dataclass(frozen=True)
class Period:
    start: dt.date
    end: dt.date  # inclusive
    kind: str = RANGE  # YEAR | QUARTER | MONTH | RANGE

    @property
    def label(self) -> str:
        """The period's name in the language of the moment: "tháng 12 năm 2026" / "December
        2026", "quý 4 năm 2026" / "Q4 2026", "năm 2026" / "2026" (named when asked, so a screen
        switched to English does not keep the Vietnamese name it was loaded with)."""
        y = self.start.year
        if self.kind == YEAR:
            return _("năm {year}", year=y)
        if self.kind == MONTH:
            return _(MONTH_LABELS[self.start.month - 1], year=y)
        if self.kind == QUARTER:
            return _("quý {quarter} năm {year}", quarter=(self.start.month - 1) // 3 + 1, year=y)
        return _("từ ngày {start} đến ngày {end}", start=self.start.strftime("%d/%m/%Y"),
                 end=self.end.strftime("%d/%m/%Y"))

    def months(self) -> list[tuple[int, int]]:
        out: list[tuple[int, int]] = []
        y, m = self.start.year, self.start.month
        while (y, m) <= (self.end.year, self.end.month):
            out.append((y, m))
            y, m = (y + 1, 1) if m == 12 else (y, m + 1)
        return out


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


#: Reports cover years from the first registers of the Republic to next year; beyond that a
#: period is a typing error (9999 overflowed the working-day arithmetic).
EARLIEST_YEAR = 1945


def parse_period(text: str, today: dt.date | None = None) -> Period:
    """The period ``text`` names; a period outside 1945 … next year is refused."""
    period = _parse_period(text)
    last = (today or vn_today()).year + 1
    if period.start.year < EARLIEST_YEAR or period.end.year > last:
        raise UserError(
            _("Kỳ báo cáo “{value}” nằm ngoài khoảng năm {first}–{last}.",
              value=text.strip(), first=EARLIEST_YEAR, last=last),
            field="period",
        )
    return period


def _parse_period(text: str) -> Period:
    value = text.strip()
    if m := re.fullmatch(r"(\d{4})", value):
        y = int(m[1])
        return Period(dt.date(y, 1, 1), dt.date(y, 12, 31), YEAR)
    if m := re.fullmatch(r"(\d{4})-(\d{1,2})", value):
        y, mo = int(m[1]), int(m[2])
        if 1 <= mo <= 12:
            return Period(dt.date(y, mo, 1), _month_end(y, mo), MONTH)
    if m := re.fullmatch(r"(\d{4})-[Qq]([1-4])", value):
        y, q = int(m[1]), int(m[2])
        return Period(dt.date(y, 3 * q - 2, 1), _month_end(y, 3 * q), QUARTER)
    if ".." in value:
        a, b = value.split("..", 1)
        start, end = parse_date(a, "period"), parse_date(b, "period")
        if start > end:
            raise UserError(_("Kỳ báo cáo có ngày bắt đầu sau ngày kết thúc: {value}.",
                              value=value), field="period")
        return Period(start, end, RANGE)
    raise UserError(
        _("Kỳ báo cáo không hợp lệ: “{value}”. Ví dụ: 2023, 2023-03, 2023-Q1, "
          "2023-01-01..2023-06-30.", value=value),
        field="period",
    )
