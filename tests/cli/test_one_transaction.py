"""Each command is one unit of work opened at the CLI's edge: a database failure anywhere in it
is told as such (exit 5), and nothing of the command is kept."""

from __future__ import annotations

import sqlite3

from tests.conftest import Cli, snapshot

INCOMING = ["incoming", "add", "--received", "2026-01-05", "--from", "Sở Nội vụ", "--symbol",
            "15/HD-SNV", "--date", "2026-01-02", "--type", "Hướng dẫn", "--summary", "Hướng dẫn"]


def test_a_command_failing_in_the_database_keeps_nothing(init_cli: Cli) -> None:
    con = sqlite3.connect(init_cli.data_dir / "vanthu.sqlite3")
    con.execute("CREATE TRIGGER refuse BEFORE INSERT ON audit_log WHEN NEW.action = 'dang-ky-den' "
                "BEGIN SELECT RAISE(ABORT, 'disk full'); END")
    con.commit()
    before = snapshot(init_cli.data_dir)
    r = init_cli(*INCOMING)
    assert r.code == 5 and "dữ liệu giữ nguyên" in r.err, (r.code, r.err)
    assert snapshot(init_cli.data_dir) == before
    con.execute("DROP TRIGGER refuse")
    con.commit()
    con.close()
    r = init_cli(*INCOMING, "--json")
    assert r.code == 0 and r.json["arrival_number"] == 1


def test_the_office_as_a_context_commits_before_the_command_answers(init_cli: Cli) -> None:
    r = init_cli(*INCOMING, "--json")
    assert r.code == 0
    con = sqlite3.connect(init_cli.data_dir / "vanthu.sqlite3")
    try:  # another process sees the registration as soon as the command has answered
        assert con.execute("SELECT count(*) FROM documents").fetchone()[0] == 1
    finally:
        con.close()
