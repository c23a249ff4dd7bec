"""The one date parser (desktop.core.dates): what the forms, the CLI and imports accept."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.core.dates import date_problem, parse_date
from desktop.core.errors import UserError


@pytest.mark.parametrize(
    ("typed", "day"),
    [
        ("15/11/2026", dt.date(2026, 11, 15)),
        ("5/1/2026", dt.date(2026, 1, 5)),
        ("05/01/2026", dt.date(2026, 1, 5)),
        ("15-11-2026", dt.date(2026, 11, 15)),
        ("5-1-2026", dt.date(2026, 1, 5)),
        ("15112026", dt.date(2026, 11, 15)),
        ("2026-11-15", dt.date(2026, 11, 15)),
        ("2026-1-5", dt.date(2026, 1, 5)),
        (" 29/02/2024 ", dt.date(2024, 2, 29)),
    ],
)
def test_accepted_forms(typed: str, day: dt.date) -> None:
    assert parse_date(typed, "date") == day
    assert date_problem(typed) == (day, "")


@pytest.mark.parametrize(
    ("typed", "says"),
    [
        ("32/13/2026", "Không có tháng 13"),
        ("32/12/2026", "Không có ngày 32"),
        ("29/02/2026", "chỉ có 28 ngày"),
        ("31/04/2026", "chỉ có 30 ngày"),
        ("00/01/2026", "Không có ngày 0"),
        ("32132026", "Không có tháng 13"),
        ("15/11/26", "không phải là ngày"),
        ("15.11.2026", "không phải là ngày"),
        ("15/11-2026", "không phải là ngày"),
        ("hôm qua", "không phải là ngày"),
    ],
)
def test_impossible_dates_are_refused_with_a_reason(typed: str, says: str) -> None:
    with pytest.raises(UserError) as err:
        parse_date(typed, "date")
    assert says in err.value.message
    assert err.value.field == "date"
    assert date_problem(typed)[0] is None


def test_empty_is_missing_and_named() -> None:
    assert date_problem("  ") == (None, "")
    with pytest.raises(UserError) as err:
        parse_date("", "received", "ngày đến")
    assert err.value.message == "Thiếu ngày đến."


def test_date_objects_pass_through() -> None:
    assert parse_date(dt.datetime(2026, 3, 4, 10, 0), "x") == dt.date(2026, 3, 4)
    assert parse_date(dt.date(2026, 3, 4), "x") == dt.date(2026, 3, 4)
