"""The working-day calendar: Monday–Friday, minus public holidays, plus weekend days worked.

Never a formula: Tết, Giỗ Tổ and the yearly swaps are announced each year, so the calendar is a
table (``resources/calendar/holidays.csv``, shipped for 2024–2027) that the administrator edits by
importing a CSV. The table lives in the database (``calendar_days``), seeded from the shipped file
on the first write that needs it; until then readers use the shipped file as it is.

A year with no rows, or without its Tết days, is *incomplete*: deadlines that cross it are still
computed (Monday–Friday) but come with a warning, since a guessed holiday is worse than none.

Times are Vietnam local time (UTC+7, no daylight saving), naive, as the desk writes them
(:mod:`desktop.workdays.times`; its names are importable from here too).
"""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from functools import cache
from pathlib import Path
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from desktop.core.errors import RowErrors, UserError
from desktop.core.i18n import _
from desktop.core.resources import resource
from desktop.core.textfold import fold
from desktop.core.validate import parse_date
from desktop.kernel import audit
from desktop.kernel.auth import Role
from desktop.kernel.office import Office
from desktop.workdays.times import (
    OPEN,
    VN_TZ,
    iso_vn,
    local_naive,
    parse_datetime,
    parse_period,
    vn_time,
)
from models.dossiers import CalendarDay, CalendarYear

__all__ = [
    "CLOSE",
    "Calendar",
    "CalendarEntry",
    "CalendarImport",
    "MAX_DAYS",
    "OFF",
    "OPEN",
    "SAME_DAY_CUTOFF",
    "SHIPPED_CSV",
    "VN_TZ",
    "WORKED",
    "calendar_of_year",
    "due",
    "import_calendar",
    "incomplete_warning",
    "iso_vn",
    "load_calendar",
    "local_naive",
    "office_calendar",
    "parse_calendar_csv",
    "parse_datetime",
    "parse_period",
    "seed_calendar",
    "shipped_calendar",
    "shipped_entries",
    "vn_time",
]

SHIPPED_CSV = resource("calendar", "holidays.csv")


OFF = "nghi"  # a weekday off (holiday, compensation, swapped day)
WORKED = "lam-bu"  # a Saturday or Sunday worked in exchange


CLOSE = dt.time(17, 0)  # a dossier received at or after this counts from the next working day
SAME_DAY_CUTOFF = dt.time(15, 0)  # "trong ngày" limits: after 15:00, the next working day
MAX_DAYS = 366  # longest time limit accepted (and the bound of every calendar walk)


@dataclass(frozen=True)
class CalendarEntry:
    day: dt.date
    kind: str
    name: str
    source: str = ""

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def _is_tet(entry: CalendarEntry) -> bool:
    folded = fold(entry.name)
    return entry.kind == OFF and ("tet nguyen dan" in folded or "tet am lich" in folded)


class Calendar:
    """Which days are worked. Pure: no database, so tests and the UI can build one directly."""

    def __init__(self, entries: Iterable[CalendarEntry], years: Iterable[int] | None = None
                 ) -> None:
        self.entries = tuple(sorted(entries, key=lambda e: e.day))
        self._off = {e.day for e in self.entries if e.kind == OFF}
        self._worked = {e.day for e in self.entries if e.kind == WORKED}
        self.years = frozenset(years if years is not None else (e.day.year for e in self.entries))
        self._tet_years = {e.day.year for e in self.entries if _is_tet(e)}

    def is_working_day(self, day: dt.date) -> bool:
        if day in self._worked:
            return True
        if day in self._off:
            return False
        return day.weekday() < 5

    def next_working_day(self, day: dt.date) -> dt.date:
        """The first working day strictly after ``day``."""
        for _step in range(MAX_DAYS):
            day += dt.timedelta(days=1)
            if self.is_working_day(day):
                return day
        raise UserError(_("Lịch làm việc không có ngày làm việc nào sau ngày {date}.",
                          date=day.strftime("%d/%m/%Y")), field="calendar")

    def add_working_days(self, day: dt.date, n: int) -> dt.date:
        """The ``n``-th working day after ``day`` (``day`` itself when ``n`` is 0)."""
        for _i in range(n):
            day = self.next_working_day(day)
        return day

    def working_days_between(self, start: dt.date, end: dt.date) -> int:
        """Working days ``d`` with ``start <= d < end`` (0 when ``end <= start``)."""
        count, day = 0, start
        while day < end:
            count += self.is_working_day(day)
            day += dt.timedelta(days=1)
        return count

    def start_of_count(self, received: dt.datetime) -> dt.datetime:
        """When the clock starts: at receipt during working hours; otherwise at the opening of
        the next working day (received after 17:00, or on a day off); before 07:30 → 07:30."""
        received = local_naive(received).replace(second=0, microsecond=0)
        day, time = received.date(), received.time()
        if not self.is_working_day(day) or time >= CLOSE:
            return dt.datetime.combine(self.next_working_day(day), OPEN)
        return dt.datetime.combine(day, max(time, OPEN))

    def due(self, received: dt.datetime, days: int) -> dt.datetime:
        """The appointment (hẹn trả) for a dossier with a limit of ``days`` working days.

        Rule: the clock starts at :meth:`start_of_count`; the appointment is the same time of day
        on the ``days``-th working day after that day — the day of receipt is not counted (Bộ
        luật Dân sự 2015, Điều 147: a period in days starts on the next day). So a dossier
        received on Wednesday 29/4/2026 at 09:00 with 3 working days skips 30/4, 1/5 and the
        weekend and is due on Wednesday 6/5/2026 at 09:00 (Mon 4/5 is day 1, Tue 5/5 day 2).

        ``days == 0`` ("giải quyết trong ngày", e.g. chứng thực): by the close of the same working
        day, or of the next one when received after 15:00 (Nghị định 23/2015/NĐ-CP, Điều 21).
        """
        if days < 0:
            raise UserError(_("Số ngày làm việc phải lớn hơn hoặc bằng 0: {value}.", value=days),
                            field="days")
        if days > MAX_DAYS:
            raise UserError(_("Số ngày làm việc quá lớn: {value} (tối đa {max}).", value=days,
                              max=MAX_DAYS), field="days")
        start = self.start_of_count(received)
        if days == 0:
            day = start.date()
            if start.time() >= SAME_DAY_CUTOFF:
                day = self.next_working_day(day)
            return dt.datetime.combine(day, CLOSE)
        return dt.datetime.combine(self.add_working_days(start.date(), days), start.time())

    def shift(self, moment: dt.datetime, working_days: int) -> dt.datetime:
        """The same time of day ``working_days`` working days later (an extended appointment)."""
        if working_days <= 0:
            return moment
        return dt.datetime.combine(self.add_working_days(moment.date(), working_days),
                                   moment.time())

    def incomplete_years(self, start: dt.date, end: dt.date) -> list[int]:
        """Years between the two dates whose table is missing or lacks its Tết days."""
        return [y for y in range(start.year, end.year + 1)
                if y not in self.years or y not in self._tet_years]

    def of_year(self, year: int) -> list[CalendarEntry]:
        return [e for e in self.entries if e.day.year == year]


def incomplete_warning(years: list[int]) -> str:
    return _("Lịch ngày nghỉ năm {years} chưa đầy đủ (chưa có Tết hoặc chưa nhập lịch): hạn trả "
             "được tính theo thứ Hai–thứ Sáu, cần kiểm tra lại.",
             years=", ".join(str(y) for y in years))


# -- reading the table ----------------------------------------------------------------------
_KINDS = {"nghi": OFF, "ngay-nghi": OFF, "lam-bu": WORKED, "ngay-lam-bu": WORKED}


def parse_calendar_csv(data: bytes, origin: str = "") -> list[CalendarEntry]:
    """Rows of a calendar CSV (UTF-8; lines starting with ``#`` are comments).

    Every bad row is reported (row number as in the file, column, reason) before anything is
    written.
    """
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise UserError(_("Tệp lịch {path} không phải văn bản UTF-8. Hãy lưu lại tệp CSV với "
                          "bảng mã UTF-8.", path=origin), field="file") from None
    lines = ["" if line.lstrip().startswith("#") else line
             for line in text.splitlines(keepends=True)]
    reader = csv.reader(lines)
    header: list[str] | None = None
    errors: list[tuple[int, str, str]] = []
    entries: list[CalendarEntry] = []
    seen: dict[dt.date, int] = {}
    for cells in reader:
        if not any(c.strip() for c in cells):
            continue
        if header is None:
            header = [fold(c).replace(" ", "_") for c in cells]
            missing = [c for c in ("date", "kind", "name") if c not in header]
            if missing:
                raise UserError(_("Tệp lịch {path} thiếu cột: {columns}. Dòng tiêu đề phải là: "
                                  "date,kind,name,source.", path=origin,
                                  columns=", ".join(missing)), field="file")
            continue
        row = reader.line_num
        values = dict(zip(header, (c.strip() for c in cells), strict=False))
        entry = _entry(values, row, errors)
        if entry is None:
            continue
        if entry.day in seen:
            errors.append((row, "date", _("Ngày {date} đã có ở dòng {other}.",
                                          date=entry.day.strftime("%d/%m/%Y"),
                                          other=seen[entry.day])))
            continue
        seen[entry.day] = row
        entries.append(entry)
    if errors:
        raise RowErrors(_("Tệp lịch {path} có {n} dòng lỗi; chưa nhập dòng nào.", path=origin,
                          n=len({r for r, _c, _m in errors})), errors)
    if not entries:
        raise UserError(_("Tệp lịch {path} không có dòng nào.", path=origin), field="file")
    return entries


def _entry(values: dict[str, str], row: int, errors: list[tuple[int, str, str]]
           ) -> CalendarEntry | None:
    before = len(errors)
    day: dt.date | None = None
    try:
        day = parse_date(values.get("date", ""), "date")
    except UserError as exc:
        errors.append((row, "date", exc.message))
    kind = _KINDS.get(fold(values.get("kind", "")).replace(" ", "-"))
    if kind is None:
        errors.append((row, "kind", _("Loại ngày “{value}” không hợp lệ; chọn nghi hoặc lam-bu.",
                                      value=values.get("kind", ""))))
    elif kind == WORKED and day is not None and day.weekday() < 5:
        errors.append((row, "kind", _("Ngày làm bù {date} không phải thứ Bảy hay Chủ nhật.",
                                      date=day.strftime("%d/%m/%Y"))))
    name = values.get("name", "")
    if not name:
        errors.append((row, "name", _("Thiếu tên ngày nghỉ.")))
    elif len(name) > 200:
        errors.append((row, "name", _("Tên ngày nghỉ dài quá 200 ký tự.")))
    source = values.get("source", "")
    if len(source) > 300:
        errors.append((row, "source", _("Nguồn (số thông báo) dài quá 300 ký tự.")))
    if len(errors) > before or day is None or kind is None:
        return None
    return CalendarEntry(day, kind, name, source)


@cache
def shipped_entries() -> tuple[CalendarEntry, ...]:
    return tuple(parse_calendar_csv(SHIPPED_CSV.read_bytes(), str(SHIPPED_CSV)))


def shipped_calendar() -> Calendar:
    return Calendar(shipped_entries())


def due(received: dt.datetime, days: int, calendar: Calendar | None = None) -> dt.datetime:
    """The appointment for ``days`` working days (see :meth:`Calendar.due` for the rule);
    with the shipped table unless a calendar is given."""
    return (calendar or shipped_calendar()).due(received, days)


# -- the table in the database --------------------------------------------------------------
def load_calendar(session: Session) -> Calendar:
    years = list(session.scalars(select(CalendarYear.year)))
    if not years:
        return shipped_calendar()
    rows = session.scalars(select(CalendarDay).order_by(CalendarDay.day))
    return Calendar((CalendarEntry(r.day, r.kind, r.name, r.source) for r in rows), years)


def _write_years(session: Session, entries: list[CalendarEntry], source: str, actor: str
                 ) -> list[int]:
    years = sorted({e.day.year for e in entries})
    for year in years:
        session.execute(delete(CalendarDay).where(CalendarDay.day >= dt.date(year, 1, 1),
                                                  CalendarDay.day <= dt.date(year, 12, 31)))
        row = session.get(CalendarYear, year)
        if row is None:
            session.add(CalendarYear(year=year, source=source[:300], updated_by=actor))
        else:
            row.source = source[:300]
            row.updated_by = actor
            row.updated_at = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    session.flush()
    session.add_all(CalendarDay(day=e.day, kind=e.kind, name=e.name, source=e.source)
                    for e in entries)
    return years


def seed_calendar(session: Session, actor: str) -> bool:
    """Copy the shipped table into the database the first time one is needed there."""
    if session.scalar(select(func.count()).select_from(CalendarYear)):
        return False
    entries = list(shipped_entries())
    years = _write_years(session, entries, SHIPPED_CSV.name, actor)
    audit.record(session, actor, "lich-khoi-tao", after={"nam": years, "so_dong": len(entries)})
    return True


@dataclass(frozen=True)
class CalendarImport:
    years: list[int]
    rows: int
    replaced: int  # rows of those years that were there before

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def import_calendar(office: Office, path: Path) -> CalendarImport:
    """Replace the table of every year present in the file; other years are kept.

    Appointments already given are not recomputed: they were promised to the applicants.
    """
    office.require(Role.ADMIN, action=_("nhập lịch ngày nghỉ"))
    try:
        data = Path(path).read_bytes()
    except OSError:
        raise UserError(_("Không đọc được tệp {path}.", path=str(path)), field="file") from None
    entries = parse_calendar_csv(data, str(path))
    actor = office.actor.username
    with office.db.write() as s:
        seed_calendar(s, actor)
        years = sorted({e.day.year for e in entries})
        replaced = sum(
            int(s.scalar(select(func.count()).select_from(CalendarDay).where(
                CalendarDay.day >= dt.date(y, 1, 1), CalendarDay.day <= dt.date(y, 12, 31))) or 0)
            for y in years
        )
        _write_years(s, entries, Path(path).name, actor)
        audit.record(s, actor, "lich-nhap", before={"so_dong_cu": replaced},
                     after={"tep": Path(path).name, "nam": years, "so_dong": len(entries)})
    return CalendarImport(years, len(entries), replaced)


def calendar_of_year(office: Office, year: int) -> tuple[list[CalendarEntry], bool]:
    """The rows of one year and whether that year is complete (has a table and its Tết)."""
    with office.db.read() as s:
        cal = load_calendar(s)
    return cal.of_year(year), not cal.incomplete_years(dt.date(year, 1, 1), dt.date(year, 1, 1))


def office_calendar(office: Office) -> Calendar:
    with office.db.read() as s:
        return load_calendar(s)


# -- what people type -----------------------------------------------------------------------
