"""The working-day calendar: the shipped table, the deadline rule, CSV parsing, periods."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.core.errors import RowErrors, UserError
from desktop.workdays.calendar import (
    OFF,
    WORKED,
    Calendar,
    CalendarEntry,
    due,
    iso_vn,
    parse_calendar_csv,
    parse_datetime,
    parse_period,
    shipped_calendar,
    shipped_entries,
)

D = dt.datetime


@pytest.mark.parametrize(
    ("received", "days", "appointment"),
    [
        # 30/4–1/5/2026 fall on Thursday and Friday: received the Wednesday before.
        (D(2026, 4, 29, 9, 0), 3, D(2026, 5, 6, 9, 0)),
        (D(2026, 4, 29, 9, 0), 1, D(2026, 5, 4, 9, 0)),
        (D(2026, 4, 29, 17, 30), 1, D(2026, 5, 5, 7, 30)),  # after hours: from Monday 07:30
        (D(2026, 4, 30, 10, 0), 1, D(2026, 5, 5, 7, 30)),  # received on the holiday
        (D(2026, 4, 29, 6, 45), 1, D(2026, 5, 4, 7, 30)),  # before opening
        (D(2026, 4, 24, 14, 0), 2, D(2026, 4, 29, 14, 0)),  # Giỗ Tổ on Sunday → Monday 27/4 off
        # Tết Bính Ngọ: Monday 16/2 to Friday 20/2/2026.
        (D(2026, 2, 13, 10, 0), 1, D(2026, 2, 23, 10, 0)),
        (D(2026, 2, 12, 8, 0), 3, D(2026, 2, 24, 8, 0)),
        # Quốc khánh.
        (D(2026, 9, 1, 9, 0), 1, D(2026, 9, 3, 9, 0)),
        (D(2025, 8, 29, 9, 0), 2, D(2025, 9, 4, 9, 0)),  # 1/9 and 2/9/2025 off
        (D(2024, 8, 30, 9, 0), 1, D(2024, 9, 4, 9, 0)),  # 2/9 and 3/9/2024 off
        # 2024: 27/4–1/5 off (29/4 swapped), Saturday 4/5 worked.
        (D(2024, 4, 26, 9, 0), 1, D(2024, 5, 2, 9, 0)),
        (D(2024, 5, 3, 9, 0), 1, D(2024, 5, 4, 9, 0)),
        # 2025: Friday 2/5 swapped, Saturday 26/4 worked.
        (D(2025, 4, 25, 9, 0), 1, D(2025, 4, 26, 9, 0)),
        (D(2025, 4, 29, 9, 0), 1, D(2025, 5, 5, 9, 0)),
        # Tết 2024 (8–14/2) and 2025 (27–31/1).
        (D(2024, 2, 7, 9, 0), 1, D(2024, 2, 15, 9, 0)),
        (D(2025, 1, 24, 9, 0), 1, D(2025, 2, 3, 9, 0)),
        # Same-day limits (chứng thực): by 17:00, or the next working day after 15:00.
        (D(2026, 4, 29, 10, 0), 0, D(2026, 4, 29, 17, 0)),
        (D(2026, 4, 29, 15, 30), 0, D(2026, 5, 4, 17, 0)),
        (D(2026, 5, 2, 9, 0), 0, D(2026, 5, 4, 17, 0)),  # Saturday
    ],
)
def test_appointments_skip_weekends_holidays_and_count_swapped_days(
    received: dt.datetime, days: int, appointment: dt.datetime
) -> None:
    assert due(received, days) == appointment


def test_negative_days_are_refused_naming_the_field() -> None:
    with pytest.raises(UserError) as err:
        due(D(2026, 4, 29, 9), -1)
    assert err.value.field == "days"


def test_an_aware_time_is_read_in_vietnam_time() -> None:
    utc = dt.datetime(2026, 4, 29, 2, 0, tzinfo=dt.UTC)  # 09:00 in Hà Nội
    assert due(utc, 3) == D(2026, 5, 6, 9, 0)
    assert iso_vn(D(2026, 5, 6, 9, 0)) == "2026-05-06T09:00:00+07:00"


def test_shipped_table_is_consistent() -> None:
    entries = shipped_entries()
    assert {e.day.year for e in entries} == {2024, 2025, 2026, 2027}
    for e in entries:
        assert e.kind in (OFF, WORKED)
        assert e.source, e
        if e.kind == WORKED:
            assert e.day.weekday() >= 5, e
        else:
            assert e.day.weekday() < 5, e  # only weekdays off change the count
        assert (e.day.month, e.day.day) != (11, 24), "24/11 is not settled for deadlines"
    cal = shipped_calendar()
    assert [d for d in (dt.date(2026, 2, 16) + dt.timedelta(n) for n in range(5))
            if cal.is_working_day(d)] == []
    assert not cal.is_working_day(dt.date(2026, 4, 30))
    assert not cal.is_working_day(dt.date(2026, 5, 1))
    assert cal.is_working_day(dt.date(2024, 5, 4))  # Saturday worked
    assert not cal.is_working_day(dt.date(2024, 4, 27))  # Saturday of the 5-day break
    assert cal.incomplete_years(dt.date(2024, 1, 1), dt.date(2026, 12, 31)) == []
    assert cal.incomplete_years(dt.date(2026, 12, 1), dt.date(2028, 1, 5)) == [2027, 2028]


def test_working_days_between_and_shift() -> None:
    cal = shipped_calendar()
    assert cal.working_days_between(dt.date(2026, 4, 29), dt.date(2026, 5, 6)) == 3
    assert cal.working_days_between(dt.date(2026, 5, 6), dt.date(2026, 5, 6)) == 0
    assert cal.shift(D(2026, 4, 29, 9), 1) == D(2026, 5, 4, 9)
    assert cal.shift(D(2026, 4, 29, 9), 0) == D(2026, 4, 29, 9)


def test_a_calendar_without_any_working_day_says_so() -> None:
    every_day = [CalendarEntry(dt.date(2030, 1, 1) + dt.timedelta(n), OFF, "x")
                 for n in range(400)]
    with pytest.raises(UserError):
        Calendar(every_day).next_working_day(dt.date(2030, 1, 1))


@given(st.datetimes(min_value=D(2024, 1, 1), max_value=D(2027, 12, 1)),
       st.integers(min_value=0, max_value=30))
def test_appointment_is_a_working_day_after_receipt(received: dt.datetime, days: int) -> None:
    cal = shipped_calendar()
    appointment = cal.due(received, days)
    assert cal.is_working_day(appointment.date())
    assert appointment >= received.replace(second=0, microsecond=0)
    start = cal.start_of_count(received)
    if days:
        assert cal.working_days_between(start.date(), appointment.date()) == days


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("2026-04-29 09:00", D(2026, 4, 29, 9, 0)),
        ("2026-04-29T09:05", D(2026, 4, 29, 9, 5)),
        ("29/04/2026 14:30", D(2026, 4, 29, 14, 30)),
        ("29/4/2026 8h15", D(2026, 4, 29, 8, 15)),
        ("2026-04-29", D(2026, 4, 29, 7, 30)),
        ("2026-04-29T02:00:00+00:00", D(2026, 4, 29, 9, 0)),
    ],
)
def test_times_as_people_type_them(text: str, value: dt.datetime) -> None:
    assert parse_datetime(text, "received") == value


@pytest.mark.parametrize("bad", ["2026-02-30 09:00", "29/04/2026 25:00", "hôm nay", "", "9:00"])
def test_bad_times_name_the_field(bad: str) -> None:
    with pytest.raises(UserError) as err:
        parse_datetime(bad, "at")
    assert err.value.field == "at"


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("2023", dt.date(2023, 1, 1), dt.date(2023, 12, 31)),
        ("2023-03", dt.date(2023, 3, 1), dt.date(2023, 3, 31)),
        ("2024-02", dt.date(2024, 2, 1), dt.date(2024, 2, 29)),
        ("2023-Q1", dt.date(2023, 1, 1), dt.date(2023, 3, 31)),
        ("2023-q4", dt.date(2023, 10, 1), dt.date(2023, 12, 31)),
        ("2023-01-01..2023-06-30", dt.date(2023, 1, 1), dt.date(2023, 6, 30)),
    ],
)
def test_periods(text: str, start: dt.date, end: dt.date) -> None:
    assert parse_period(text) == (start, end)


@pytest.mark.parametrize("bad", ["2023-13", "2023-Q5", "2023-06-30..2023-01-01", "năm ngoái"])
def test_bad_periods(bad: str) -> None:
    with pytest.raises(UserError) as err:
        parse_period(bad)
    assert err.value.field == "period"


def test_csv_rows_are_checked_all_at_once() -> None:
    data = (
        "# comment\n"
        "date,kind,name,source\n"
        "2028-01-01,nghi,Tết Dương lịch,X\n"
        "2028-02-30,nghi,Ngày sai,X\n"
        "2028-01-03,lam-bu,Thứ Hai không thể làm bù,X\n"
        "2028-01-04,nghỉ lễ,Loại sai,X\n"
        "2028-01-01,nghi,Trùng,X\n"
        "2028-01-05,nghi,,X\n"
    ).encode()
    with pytest.raises(RowErrors) as err:
        parse_calendar_csv(data, "lich.csv")
    rows = {(r, c) for r, c, _m in err.value.rows}
    assert rows == {(4, "date"), (5, "kind"), (6, "kind"), (7, "date"), (8, "name")}


def test_csv_accepts_bom_vietnamese_kinds_and_dd_mm_yyyy() -> None:
    data = "\ufeffdate,kind,name\n01/01/2028,nghỉ,Tết Dương lịch\n08/01/2028,làm bù,Làm bù\n"
    entries = parse_calendar_csv(data.encode("utf-8"))
    assert [(e.day, e.kind) for e in entries] == [(dt.date(2028, 1, 1), OFF),
                                                   (dt.date(2028, 1, 8), WORKED)]


@pytest.mark.parametrize(
    ("data", "needle"),
    [
        ("date,kind,name\n2028-01-01,nghi,Tết".encode("utf-16"), "UTF-8"),
        (b"ngay,loai\n2028-01-01,nghi\n", "thiếu cột"),
        (b"date,kind,name\n", "không có dòng nào"),
    ],
)
def test_csv_refusals_name_the_file(data: bytes, needle: str) -> None:
    with pytest.raises(UserError) as err:
        parse_calendar_csv(data, "lich.csv")
    assert needle in err.value.message and err.value.field == "file"
