"""An office with the people of the flow: a clerk, the chairperson, two officers."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import ORG, Cli

PASSWORD = "matkhau-chung"
PEOPLE = (
    ("vanthu", "van-thu", "Trần Thị Văn"),
    ("chutich", "lanh-dao", "Nguyễn Văn Chủ"),
    ("canbo1", "can-bo", "Lê Văn Một"),
    ("canbo2", "can-bo", "Phạm Thị Hai"),
)


@pytest.fixture
def people_cli(cli: Cli) -> Cli:
    return _people(cli)


@pytest.fixture
def people_cli_on_both(cli: Cli, db_url: str | None) -> Cli:
    """The same, on SQLite and on the PostgreSQL test server (VANTHU_DB)."""
    if db_url is not None:
        cli.env = {"VANTHU_DB": db_url}
    return _people(cli)


def _people(cli: Cli) -> Cli:
    cli.env = cli.env | {"VANTHU_PASSWORD": PASSWORD, "VANTHU_NEW_PASSWORD": PASSWORD}
    r = cli("init", "--org-name", ORG[0], "--org-short", ORG[1], "--place", ORG[2],
            "--org-code", ORG[3], "--admin", "quantri")
    assert r.code == 0, r.err
    for name, role, full in PEOPLE:
        r = cli("--user", "quantri", "user", "add", name, "--role", role, "--full-name", full)
        assert r.code == 0, r.err
    return cli


def register_incoming(cli: Cli, received: dt.date, symbol: str, summary: str) -> int:
    r = cli("--user", "vanthu", "incoming", "add", "--received", received.isoformat(), "--from",
            "UBND huyện Chợ Gạo", "--symbol", symbol, "--date", received.isoformat(),
            "--type", "Công văn", "--summary", summary, "--json")
    assert r.code == 0, r.err
    return int(r.json["id"])
