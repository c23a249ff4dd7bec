"""One spreadsheet cell must not break numbering for the year (issue 13, finding 2): an
impossible last number is reported by ``check`` and repaired by the audited
``vanthu repair-series``; a registration never gets a number beyond the maximum."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from tests.conftest import Cli

ADD = ("incoming", "add", "--received", "2026-03-02", "--from", "Sở Nội vụ", "--date",
       "2026-03-01", "--type", "Công văn", "--summary", "V/v thử")


def _add(cli: Cli, n: int) -> int:
    r = cli(*ADD, "--symbol", f"{n}/SNV", "--json")
    assert r.code == 0, r.err
    return int(r.json["arrival_number"])


def _sql(data: Path, statement: str) -> None:
    con = sqlite3.connect(data / "vanthu.sqlite3")
    con.execute(statement)
    con.commit()
    con.close()


def test_a_huge_last_number_is_reported_refused_and_repaired(init_cli: Cli) -> None:
    cli = init_cli
    assert [_add(cli, 1), _add(cli, 2)] == [1, 2]
    _sql(cli.data_dir, "UPDATE number_series SET last_number = 9223372036854775806 "
                       "WHERE series = 'den' AND year = 2026")
    r = cli(*ADD, "--symbol", "3/SNV")
    assert r.code == 2 and "repair-series" in r.err and "Lỗi không mong đợi" not in r.err
    r = cli("check", "--json")
    assert r.code == 6
    (problem,) = r.json["series"]
    assert problem["series"] == "den" and problem["highest"] == 2
    r = cli("repair-series", "--json")
    assert r.code == 0, r.err
    assert r.json[0]["repaired_last"] == 2
    assert _add(cli, 3) == 3  # gap-free after the highest number in use
    assert cli("check").code == 0
    r = cli("audit", "list", "--json")
    assert "sua-so-cuoi" in r.out


def test_a_series_below_its_documents_is_raised_never_lowered(init_cli: Cli) -> None:
    cli = init_cli
    for n in range(1, 4):
        _add(cli, n)
    _sql(cli.data_dir, "UPDATE number_series SET last_number = 1 WHERE series = 'den'")
    r = cli("check", "--json")
    assert r.code == 6 and r.json["series"][0]["last_number"] == 1
    assert cli("repair-series").code == 0
    assert _add(cli, 4) == 4


def test_documents_beyond_the_maximum_are_named(init_cli: Cli) -> None:
    cli = init_cli
    _add(cli, 1)
    _sql(cli.data_dir, "UPDATE documents SET number = 2147483648 WHERE id = 1")
    r = cli("check", "--json")
    assert r.code == 6
    assert r.json["series"][0]["impossible"] == [1]
    r = cli("check")
    assert "mã 1" in r.out
