"""The CLI reads dates with the window's parser (desktop.core.dates): the same forms accepted,
the same impossible dates refused with the same message, nothing written."""

from __future__ import annotations

import pytest

from tests.conftest import Cli, snapshot


def _incoming(cli: Cli, date: str, *more: str):  # type: ignore[no-untyped-def]
    return cli("incoming", "add", "--received", "2026-11-20", "--from", "Sở Nội vụ",
               "--symbol", "15/HD-SNV", "--date", date, "--type", "Hướng dẫn",
               "--summary", "Hướng dẫn", "--json", *more)


@pytest.mark.parametrize("typed", ["15/11/2026", "15112026", "2026-11-15", "15-11-2026"])
def test_the_cli_accepts_the_forms_the_window_accepts(init_cli: Cli, typed: str) -> None:
    r = _incoming(init_cli, typed)
    assert r.code == 0, r.err
    shown = init_cli("show", str(r.json["id"]), "--json")
    assert shown.json["issued_date"] == "2026-11-15"


@pytest.mark.parametrize(("typed", "says"), [("32/13/2026", "Không có tháng 13"),
                                             ("30/02/2026", "chỉ có 28 ngày")])
def test_the_cli_refuses_impossible_dates(init_cli: Cli, typed: str, says: str) -> None:
    before = snapshot(init_cli.data_dir)
    r = _incoming(init_cli, typed)
    assert r.code == 2 and says in r.err, (r.code, r.err)
    assert snapshot(init_cli.data_dir) == before


def test_every_problem_of_one_registration_at_once(init_cli: Cli) -> None:
    r = init_cli("outgoing", "add", "--date", "32/13/2026", "--type", "Công văn", "--summary",
                 " ", "--signer", " ", "--signer-title", " ")
    assert r.code == 2
    for says in ("Không có tháng 13", "trích yếu", "người ký", "chức vụ người ký"):
        assert says in r.err, r.err
