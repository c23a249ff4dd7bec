"""On a machine whose clock runs in another zone, the CLI still judges Vietnam's date: ``incoming
add`` without ``--received`` records it, and ``process assign --days N`` counts from the same day.

Each run is a real ``vanthu`` child process with ``TZ`` set far from Vietnam. The expected day is
computed here from the UTC clock (UTC+7), before and after the command: when a run straddles
Vietnam's midnight either day is accepted, otherwise only the one.
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from collections.abc import Callable
from zoneinfo import ZoneInfo

import pytest

from desktop.workdays.calendar import shipped_calendar
from tests.conftest import Cli, CliResult, run_entry_point
from tests.processing.conftest import PASSWORD, people_cli  # noqa: F401

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="TZ is a POSIX variable")

# Together they disagree with Vietnam's date at every hour: Kiritimati (UTC+14) from 17:00 in
# Vietnam, UTC−12 until 19:00, Los Angeles (UTC−8/−7) until 14:00 or 15:00.
ZONES = ("America/Los_Angeles", "Pacific/Kiritimati", "Etc/GMT+12")


def _vietnam_day() -> dt.date:
    return (dt.datetime.now(dt.UTC) + dt.timedelta(hours=7)).date()


def _around(run: Callable[[], CliResult]) -> tuple[CliResult, set[dt.date]]:
    """The command's result and the days it may rightly have judged (one, or two if Vietnam's
    midnight passed while it ran)."""
    before = _vietnam_day()
    result = run()
    after = _vietnam_day()
    return result, {before, after}


def _vanthu(cli: Cli, zone: str, *args: str) -> CliResult:
    return run_entry_point("--data", str(cli.data_dir), *args,
                           env={"TZ": zone, "VANTHU_PASSWORD": PASSWORD, "VANTHU_LANG": "vi"})


def test_the_zones_are_really_used_by_a_child_process() -> None:
    """Otherwise the tests below would pass on a machine without the zone database."""
    for zone in ZONES:
        proc = subprocess.run([sys.executable, "-c", "import time; print(time.strftime('%z'))"],
                              capture_output=True, text=True, timeout=60,
                              env=dict(os.environ, TZ=zone))
        offset = dt.datetime.now(ZoneInfo(zone)).strftime("%z")
        assert proc.stdout.strip() == offset, zone
    vietnam = _vietnam_day()
    now = dt.datetime.now(dt.UTC)
    assert any(now.astimezone(ZoneInfo(z)).date() != vietnam for z in ZONES)


@pytest.mark.parametrize("zone", ZONES)
def test_incoming_add_records_vietnams_date_and_assign_counts_from_it(
        people_cli: Cli, zone: str) -> None:  # noqa: F811
    issued = (_vietnam_day() - dt.timedelta(days=3)).isoformat()
    added, days = _around(lambda: _vanthu(
        people_cli, zone, "--user", "vanthu", "incoming", "add", "--from", "UBND huyện Chợ Gạo",
        "--symbol", "12/UBND", "--date", issued, "--type", "Công văn",
        "--summary", "Về việc kiểm tra", "--json"))
    assert added.code == 0, added.err
    doc = str(added.json["id"])
    shown = people_cli("--user", "vanthu", "show", doc, "--json")
    assert shown.code == 0, shown.err
    received = dt.date.fromisoformat(shown.json["received_date"])
    assert received in days, (zone, received, days)
    assert added.json["year"] == received.year

    assigned, days = _around(lambda: _vanthu(
        people_cli, zone, "--user", "chutich", "process", "assign", doc, "--lead", "canbo1",
        "--days", "3", "--json"))
    assert assigned.code == 0, assigned.err
    due = dt.date.fromisoformat(assigned.json["due_date"])
    calendar = shipped_calendar()
    assert due in {calendar.add_working_days(day, 3) for day in days}, (zone, due, days)
    assert dt.date.fromisoformat(assigned.json["history"][-1]["at"][:10]) in days
