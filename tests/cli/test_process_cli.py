"""``vanthu process …``: every command answers --help; bad input is named, exits 2 and leaves
the data as it was; mine and due as JSON."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from tests.conftest import Cli, snapshot
from tests.processing.conftest import people_cli, register_incoming  # noqa: F401

COMMANDS = ("submit", "assign", "accept", "note", "done", "reopen", "extend", "reassign",
            "take-back", "mine", "due", "slip", "book")


def test_help_on_every_process_command(cli: Cli) -> None:
    assert cli("process", "--help").code == 0
    for name in COMMANDS:
        r = cli("process", name, "--help")
        assert r.code == 0, name
    r = cli("process", "assign", "--help")
    for flag in ("--lead", "--support", "--due", "--days", "--instruction", "--info-only",
                 "--at"):
        assert flag in r.out


def test_bad_input_exits_2_and_writes_nothing(people_cli: Cli, data_dir: Path) -> None:  # noqa: F811
    cli = people_cli
    doc = register_incoming(cli, dt.date(2026, 4, 27), "9/UBND", "Về việc kiểm tra")
    before = snapshot(data_dir)
    for args, needle in (
        (["assign", str(doc), "--lead", "ai-do", "--days", "3"], "ai-do"),
        (["assign", str(doc), "--lead", "canbo1", "--due", "2026-13-01"], "2026-13-01"),
        (["assign", str(doc), "--lead", "canbo1", "--days", "3", "--at", "2099-01-01 08:00"],
         "tương lai"),
        (["done", str(doc), "--note", "xong"], "chưa được giao"),
        (["assign", "424242", "--lead", "canbo1", "--days", "3"], "424242"),
    ):
        r = cli("--user", "chutich", "process", *args)
        assert r.code in (2, 3), (args, r.err)
        assert needle in r.err, (args, r.err)
    r = cli("--user", "chutich", "process", "assign", str(doc), "--lead", "canbo1", "--days",
            "3", "--due", "2026-05-05")
    assert r.code == 2  # the two deadlines exclude each other
    r = cli("--user", "canbo1", "process", "assign", str(doc), "--lead", "canbo1", "--days", "3")
    assert r.code == 4 and "Lãnh đạo" in r.err
    after = snapshot(data_dir)
    for table in ("handlings", "handling_people", "handling_steps", "documents"):
        assert after["tables"][table] == before["tables"][table], table


def test_mine_and_due_as_json(people_cli: Cli) -> None:  # noqa: F811
    cli = people_cli
    doc = register_incoming(cli, dt.date(2026, 4, 27), "9/UBND", "Về việc kiểm tra")
    r = cli("--user", "chutich", "process", "assign", str(doc), "--lead", "canbo1", "--support",
            "canbo2", "--due", "2026-05-05", "--at", "2026-04-28 09:00")
    assert r.code == 0, r.err
    mine = cli("--user", "canbo1", "process", "mine", "--json").json
    assert [i["id"] for i in mine["lead"]] == [doc] and mine["support"] == []
    assert mine["lead"][0]["deadline"] == "overdue" and mine["overdue"] == 1
    other = cli("--user", "canbo2", "process", "mine", "--json").json
    assert [i["id"] for i in other["support"]] == [doc]
    text = cli("--user", "canbo2", "process", "mine").out
    assert "Phối hợp:" in text and "9/UBND" in text
    lead = cli("--user", "chutich", "process", "mine", "--json").json
    assert lead["held"][0]["handler"] == "canbo1" and lead["held"][0]["overdue"] == 1
    due = cli("--user", "vanthu", "process", "due", "--days", "5", "--json").json
    assert [i["id"] for i in due] == [doc]
    text = cli("--user", "canbo2", "show", str(doc)).out
    assert "Xử lý: Đã giao, chờ ký nhận; chủ trì: canbo1; thời hạn: 2026-05-05." in text
    assert "Cho ý kiến chỉ đạo, giao xử lý  chutich" in text
    show = cli("--user", "canbo2", "show", str(doc), "--json").json
    assert set(show["processing"]) == {"state", "instruction", "lead", "support", "due_date",
                                       "accepted_at", "done_at", "reply_id", "on_time",
                                       "history"}


def test_submit_everything_addressed_to_the_chairperson(people_cli: Cli) -> None:  # noqa: F811
    cli = people_cli
    ids = []
    for symbol, to in (("1/A", "Chủ tịch UBND xã"), ("2/B", "Văn phòng"), ("3/C", "chu tich")):
        r = cli("--user", "vanthu", "incoming", "add", "--received", "2026-04-27", "--from",
                "UBND huyện", "--symbol", symbol, "--date", "2026-04-27", "--type", "Công văn",
                "--summary", "Về việc kiểm tra", "--to", to, "--json")
        assert r.code == 0, r.err
        ids.append(r.json["id"])
    r = cli("--user", "vanthu", "process", "submit", "--to-chairperson", "--json")
    assert r.code == 0, r.err
    assert r.json == {"submitted": [ids[0], ids[2]]}
    assert cli("--user", "vanthu", "process", "submit", "--to-chairperson", "--json").json == {
        "submitted": []}
    waiting = cli("--user", "chutich", "process", "mine", "--json").json["waiting"]
    assert [i["id"] for i in waiting] == [ids[0], ids[2]]
    assert cli("--user", "vanthu", "process", "submit").code == 2
