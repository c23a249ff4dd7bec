"""The office's clock (desktop.core.clock): Vietnam's date at fixed instants, whatever the zone
they are written in; and no other reader of the machine's local date in desktop/ and ui/."""

from __future__ import annotations

import ast
import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from desktop.core.clock import VN_OFFSET, VN_TZ, desk_now, from_utc, to_utc, vn_now, vn_today

ROOT = Path(__file__).resolve().parents[2]
UTC = dt.UTC


@pytest.mark.parametrize(("instant", "day"), [
    (dt.datetime(2026, 5, 6, 0, 0, tzinfo=UTC), dt.date(2026, 5, 6)),
    (dt.datetime(2026, 5, 6, 16, 59, 59, 999999, tzinfo=UTC), dt.date(2026, 5, 6)),
    (dt.datetime(2026, 5, 6, 17, 0, tzinfo=UTC), dt.date(2026, 5, 7)),
    (dt.datetime(2026, 5, 6, 18, 0, tzinfo=UTC), dt.date(2026, 5, 7)),  # 01:00 the next day
    (dt.datetime(2026, 12, 31, 16, 59, 59, tzinfo=UTC), dt.date(2026, 12, 31)),
    (dt.datetime(2026, 12, 31, 17, 0, tzinfo=UTC), dt.date(2027, 1, 1)),
    (dt.datetime(2026, 12, 31, 16, 30, tzinfo=UTC), dt.date(2026, 12, 31)),  # 23:30 on the 31st
    (dt.datetime(2027, 1, 1, 16, 59, tzinfo=UTC), dt.date(2027, 1, 1)),
    (dt.datetime(2028, 2, 28, 17, 0, tzinfo=UTC), dt.date(2028, 2, 29)),  # a leap day
])
def test_vietnams_date_at_a_utc_instant(instant: dt.datetime, day: dt.date) -> None:
    assert vn_today(instant) == day
    assert vn_now(instant) == instant.replace(tzinfo=None) + dt.timedelta(hours=7)
    assert vn_now(instant).tzinfo is None


@pytest.mark.parametrize(("zone", "wall", "day"), [
    # 09:30 on 31/12 in Los Angeles (UTC−8) is 17:30 UTC: already 1 January in Vietnam.
    ("America/Los_Angeles", dt.datetime(2026, 12, 31, 9, 30), dt.date(2027, 1, 1)),
    # 05:00 on 1/1 in Kiritimati (UTC+14) is 15:00 UTC on 31/12: still the 31st in Vietnam.
    ("Pacific/Kiritimati", dt.datetime(2027, 1, 1, 5, 0), dt.date(2026, 12, 31)),
    # Summer time in Los Angeles (UTC−7): 10:00 on 6/5 is 17:00 UTC, 7 May in Vietnam.
    ("America/Los_Angeles", dt.datetime(2026, 5, 6, 10, 0), dt.date(2026, 5, 7)),
    ("Asia/Ho_Chi_Minh", dt.datetime(2026, 5, 6, 23, 59), dt.date(2026, 5, 6)),
])
def test_the_zone_an_instant_is_written_in_does_not_matter(zone: str, wall: dt.datetime,
                                                            day: dt.date) -> None:
    assert vn_today(wall.replace(tzinfo=ZoneInfo(zone))) == day


def test_a_naive_time_is_refused_not_guessed() -> None:
    with pytest.raises(ValueError, match="aware"):
        vn_today(dt.datetime(2026, 12, 31, 23, 30))


def test_the_offset_is_seven_hours_and_the_zone_agrees_with_the_tz_database() -> None:
    assert VN_OFFSET == dt.timedelta(hours=7)
    for instant in (dt.datetime(2026, 1, 15, tzinfo=UTC), dt.datetime(2026, 7, 15, tzinfo=UTC)):
        assert instant.astimezone(ZoneInfo("Asia/Ho_Chi_Minh")).utcoffset() == VN_OFFSET
        assert VN_TZ.utcoffset(instant) == VN_OFFSET


def test_stored_utc_reads_as_vietnams_wall_time_and_back() -> None:
    stored = dt.datetime(2026, 12, 31, 17, 30)  # naive UTC, as the database keeps it
    assert from_utc(stored) == dt.datetime(2027, 1, 1, 0, 30)
    assert to_utc(from_utc(stored)) == stored


def test_now_is_between_two_readings_of_the_utc_clock() -> None:
    before = dt.datetime.now(UTC)
    now, today, desk = vn_now(), vn_today(), desk_now()
    after = dt.datetime.now(UTC)
    assert vn_now(before) <= now <= vn_now(after)
    assert today in {vn_today(before), vn_today(after)}
    assert desk.second == desk.microsecond == 0
    assert vn_now(before).replace(second=0, microsecond=0) <= desk <= vn_now(after)


# -- nothing else reads the machine's local date --------------------------------------------------
CLOCK = ROOT / "desktop" / "core" / "clock.py"


def _naive_clock_calls(source: str) -> list[tuple[int, str]]:
    """``date.today()``, ``datetime.today()``, ``datetime.now()`` without a zone,
    ``QDate.currentDate()``, ``QDateTime.currentDateTime()``, ``time.localtime()``: each reads
    the machine's zone, not Vietnam's."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Attribute):
            continue
        owner = node.func.value
        owner_name = (owner.attr if isinstance(owner, ast.Attribute)
                      else owner.id if isinstance(owner, ast.Name) else "")
        name = f"{owner_name}.{node.func.attr}"
        naive_now = (name == "datetime.now" and not node.keywords
                     and (not node.args or (isinstance(node.args[0], ast.Constant)
                                            and node.args[0].value is None)))
        if naive_now or name in {"date.today", "datetime.today", "QDate.currentDate",
                                 "QDateTime.currentDateTime", "time.localtime"}:
            found.append((node.lineno, name))
    return sorted(found)


def test_the_walk_finds_each_way_of_reading_the_local_date() -> None:
    sample = ("import datetime as dt\nfrom datetime import date\n"
              "a = dt.date.today()\nb = date.today()\nc = dt.datetime.now()\n"
              "d = dt.datetime.now(None)\ne = QDate.currentDate().addDays(7)\n"
              "f = dt.datetime.today()\ng = QDateTime.currentDateTime()\nh = time.localtime()\n"
              "ok = dt.datetime.now(dt.UTC)\nok2 = dt.datetime.now(tz=VN_TZ)\n")
    assert [line for line, _name in _naive_clock_calls(sample)] == list(range(3, 11))


def test_no_other_module_reads_the_machines_local_date() -> None:
    offenders = []
    for top in ("desktop", "ui"):
        for path in sorted((ROOT / top).rglob("*.py")):
            if path == CLOCK:
                continue
            for line, name in _naive_clock_calls(path.read_text(encoding="utf-8")):
                offenders.append(f"{path.relative_to(ROOT)}:{line}: {name}()")
    assert offenders == [], "use desktop.core.clock (vn_today, vn_now, desk_now):\n" + "\n".join(
        offenders)
