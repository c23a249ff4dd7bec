"""Dates a register cannot hold are refused in the service, so the CLI and the window refuse
the same (issue 14, finding 1: an outgoing document dated a year ahead spent a number in a new
series; issue 13, finding 2: years 0001 and 1900 were accepted)."""

from __future__ import annotations

import pytest

from desktop.core.clock import vn_today
from tests.conftest import Cli, snapshot

TODAY = vn_today()
NEXT_YEAR = TODAY.replace(year=TODAY.year + 1, day=min(TODAY.day, 28))


def _outgoing(cli: Cli, date: str):  # type: ignore[no-untyped-def]
    return cli("outgoing", "add", "--date", date, "--type", "Công văn", "--summary", "Trả lời",
               "--to", "Sở Nội vụ", "--signer", "Nguyễn Văn An", "--signer-title", "Chủ tịch")


@pytest.mark.parametrize("date", [NEXT_YEAR.strftime("%d/%m/%Y"), "01/01/1900", "0001-01-01"])
def test_an_outgoing_date_out_of_range_is_refused_and_spends_no_number(
    init_cli: Cli, date: str
) -> None:
    before = snapshot(init_cli.data_dir)
    r = _outgoing(init_cli, date)
    assert r.code == 2 and ("ở tương lai" in r.err or "trước năm 1945" in r.err), (r.code, r.err)
    assert snapshot(init_cli.data_dir) == before
    r = _outgoing(init_cli, TODAY.isoformat())
    assert r.code == 0, r.err


@pytest.mark.parametrize("received,issued", [("1900-01-05", "1900-01-02"),
                                             (TODAY.isoformat(), "0001-01-01")])
def test_an_incoming_date_before_1945_is_refused(init_cli: Cli, received: str, issued: str) -> None:
    r = init_cli("incoming", "add", "--received", received, "--from", "Sở Nội vụ", "--symbol",
                 "15/HD-SNV", "--date", issued, "--type", "Hướng dẫn", "--summary", "Hướng dẫn")
    assert r.code == 2 and "trước năm 1945" in r.err, (r.code, r.err)
