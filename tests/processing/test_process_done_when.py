"""The issue's "Done when", through the command line: registered, assigned with three working
days, accepted and done with a reply; another overdue (recorded with --at); the report, the
book, and an officer who is not the handler refused."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop.core.clock import vn_today
from desktop.workdays.calendar import shipped_calendar
from tests.conftest import Cli, snapshot
from tests.processing.conftest import register_incoming


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)


@pytest.mark.slow
def test_done_when(people_cli_on_both: Cli, data_dir: Path, tmp_path: Path,
                   db_url: str | None) -> None:
    cli = people_cli_on_both
    today = day = vn_today()  # the office's day: the register's and the desk's
    first = register_incoming(cli, day, "15/UBND-VP", "Về việc báo cáo tình hình dân số")
    r = cli("--user", "vanthu", "process", "submit", str(first), "--json")
    assert r.code == 0, r.err
    assert r.json["state"] == "submitted"
    r = cli("--user", "chutich", "process", "assign", str(first), "--lead", "canbo1",
            "--support", "canbo2", "--days", "3", "--instruction", "Giao đồng chí Một chủ trì",
            "--json")
    assert r.code == 0, r.err
    due = shipped_calendar().add_working_days(today, 3)
    assert r.json["due_date"] == due.isoformat()
    assert r.json["lead"] == "canbo1" and r.json["support"] == ["canbo2"]

    # an officer who is not the handler is refused, audited, and nothing else is written
    r = cli("--user", "canbo2", "process", "done", str(first), "--note", "xong")
    assert r.code == 4 and "chủ trì" in r.err
    audit = cli("--user", "quantri", "audit", "list", "--document", str(first), "--json")
    assert audit.json["entries"][0]["action"] == "tu-choi"

    r = cli("--user", "canbo1", "process", "accept", str(first), "--json")
    assert r.code == 0, r.err
    assert r.json["state"] == "in_progress" and r.json["accepted_at"]
    reply = cli("--user", "vanthu", "outgoing", "add", "--date", day.isoformat(), "--type",
                "Công văn", "--summary", "Báo cáo tình hình dân số", "--signer",
                "Nguyễn Văn Chủ", "--signer-title", "Chủ tịch", "--json")
    assert reply.code == 0, reply.err
    reply_id = reply.json["id"]
    r = cli("--user", "canbo1", "process", "done", str(first), "--reply", str(reply_id),
            "--json")
    assert r.code == 0, r.err
    assert r.json["state"] == "done" and r.json["on_time"] is True
    assert r.json["reply_id"] == reply_id
    show = cli("--user", "vanthu", "show", str(first), "--json").json
    assert show["processing"]["state"] == "done"
    assert [h["step"] for h in show["processing"]["history"]] == [
        "submit", "assign", "accept", "done"]
    assert show["status"] == "da-xu-ly"
    assert "Lê Văn Một" in show["receiver_sign"] and show["transfer_date"] == today.isoformat()

    # another document, handled on paper weeks ago and never finished: overdue
    long_ago = today - dt.timedelta(days=30)
    second = register_incoming(cli, long_ago, "22/SNV-VP", "Về việc rà soát biên chế")
    at = f"{long_ago + dt.timedelta(days=1)} 09:00"
    r = cli("--user", "chutich", "process", "assign", str(second), "--lead", "canbo1",
            "--days", "3", "--at", at, "--json")
    assert r.code == 0, r.err
    assert dt.date.fromisoformat(r.json["due_date"]) < today
    r = cli("--user", "canbo1", "process", "due", "--json")
    assert [i["id"] for i in r.json] == [second] and r.json[0]["deadline"] == "overdue"

    period = f"{long_ago.isoformat()}..{day.isoformat()}"
    r = cli("--user", "vanthu", "report", "--period", period, "--format", "json")
    assert r.code == 0, r.err
    p = r.json["processing"]
    assert (p["to_handle"], p["done_on_time"], p["done_late"], p["in_progress"],
            p["overdue"]) == (2, 1, 0, 0, 1)
    assert p["by_handler"][0]["handler"] == "canbo1" and p["by_handler"][0]["overdue"] == 1
    assert r.json["overdue_by_handler"] == [{"handler": "Lê Văn Một", "count": 1}]

    xlsx = tmp_path / "bao-cao.xlsx"
    r = cli("--user", "vanthu", "report", "--period", period, "--out", str(xlsx))
    assert r.code == 0, r.err
    from openpyxl import load_workbook

    wb = load_workbook(xlsx)
    listed = {row[0]: row[-1] for row in wb["Xử lý văn bản đến"].iter_rows(min_row=2,
                                                                            values_only=True)}
    assert listed == {first: "Đã giải quyết đúng hạn", second: "Đang giải quyết, quá hạn"}
    assert [row[:2] for row in wb["Theo người xử lý"].iter_rows(min_row=2, values_only=True)] \
        == [("Lê Văn Một", 2)]

    book = tmp_path / "so-theo-doi.pdf"
    r = cli("--user", "vanthu", "process", "book", "--period", period, "--out", str(book),
            "--json")
    assert r.code == 0, r.err
    assert r.json["rows"] == 2
    text = pdf_text(book)
    assert "SỔ THEO DÕI GIẢI QUYẾT VĂN BẢN ĐẾN" in text
    assert "15/UBND-VP" in text and "22/SNV-VP" in text and "Lê Văn Một" in text
    flat = " ".join(text.split())
    assert "(đúng hạn)" in flat and "Quá hạn" in flat
    slip = tmp_path / "phieu.pdf"
    r = cli("--user", "canbo1", "process", "slip", str(first), "--out", str(slip))
    assert r.code == 0, r.err
    text = pdf_text(slip)
    assert "PHIẾU GIẢI QUYẾT VĂN BẢN ĐẾN" in text and "Giao đồng chí Một chủ trì" in text

    # the officer who does not handle the second document may not touch it
    r = cli("--user", "canbo2", "process", "note", str(second), "--text", "đã xem")
    assert r.code == 4
    show = cli("--user", "vanthu", "show", str(second), "--json").json
    assert [h["step"] for h in show["processing"]["history"]] == ["assign"]
    if db_url is None:
        before = snapshot(data_dir)
        assert cli("--user", "canbo2", "process", "accept", str(second)).code == 4
        assert snapshot(data_dir)["tables"]["handling_steps"] == before["tables"][
            "handling_steps"]
