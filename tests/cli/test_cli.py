"""The CLI through its entry point, as a clerk would type it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from desktop.core.clock import vn_today
from tests.conftest import ORG, Cli, run_entry_point, snapshot, tiny_pdf


def test_help_on_every_command(cli: Cli) -> None:
    for args in (["--help"], ["init", "--help"], ["incoming", "add", "--help"],
                 ["outgoing", "add", "--help"], ["incoming", "list", "--help"],
                 ["show", "--help"], ["export", "--help"], ["cancel", "--help"],
                 ["import-register", "--help"], ["book", "--help"], ["search", "--help"],
                 ["user", "add", "--help"], ["audit", "verify", "--help"]):
        r = cli(*args)
        assert r.code == 0, args
        assert "usage:" in r.out or "cách dùng" in r.out.lower()


def test_the_issue_walkthrough_through_the_console_script(tmp_path: Path) -> None:
    data = str(tmp_path / "d")
    env = {"VANTHU_DATA": data}
    r = run_entry_point("init", "--org-name", ORG[0], "--org-short", "UBND", "--place",
                        "Bình Phú", env=env)
    assert r.code == 0, r.err
    scan = tmp_path / "cv.pdf"
    scan.write_bytes(tiny_pdf("scan"))
    r = run_entry_point("incoming", "add", "--received", "2026-03-02", "--from",
                        "UBND huyện Chợ Gạo", "--symbol", "101/QĐ-UBND", "--date", "27/02/2026",
                        "--type", "Quyết định", "--summary", "Về việc thành lập Ban chỉ đạo",
                        "--urgency", "khan", "--file", str(scan), "--json", env=env)
    assert r.code == 0, r.err
    assert r.json["arrival_number"] == 1 and r.json["year"] == 2026 and r.json["id"] >= 1
    r = run_entry_point("outgoing", "add", "--date", "2026-03-02", "--type", "Quyết định",
                        "--summary", "Về việc khen thưởng", "--signer", "Nguyễn Văn An",
                        "--signer-title", "Chủ tịch", "--json", env=env)
    assert r.code == 0, r.err
    assert r.json["symbol"] == "01/QĐ-UBND" and r.json["number"] == 1
    r = run_entry_point("search", "ban chi dao", "--json", env=env)
    assert [d["symbol"] for d in r.json] == ["101/QĐ-UBND"]


def test_incoming_and_outgoing_add_list_show_cancel_export(init_cli: Cli, tmp_path: Path) -> None:
    cli = init_cli
    f = tmp_path / "vb.pdf"
    f.write_bytes(tiny_pdf("content"))
    r = cli("incoming", "add", "--received", "2026-01-05", "--from", "Sở Nội vụ", "--symbol",
            "15/HD-SNV", "--date", "2026-01-02", "--type", "Hướng dẫn", "--summary",
            "Hướng dẫn bình xét thi đua", "--to", "Văn phòng", "--due", "2026-01-20",
            "--file", str(f), "--json")
    assert r.code == 0, r.err
    doc_id = r.json["id"]
    r = cli("outgoing", "add", "--date", "2026-01-06", "--type", "Công văn", "--unit", "VP",
            "--summary", "V/v báo cáo", "--signer", "Lê Thị Bình", "--signer-title",
            "Phó Chủ tịch", "--copies", "3", "--json")
    assert r.json["symbol"] == "01/UBND-VP"
    r = cli("incoming", "list", "--year", "2026", "--json")
    assert [d["symbol"] for d in r.json] == ["15/HD-SNV"]
    assert cli("outgoing", "list", "--year", "2025", "--json").json == []
    r = cli("show", str(doc_id), "--json")
    assert r.json["files"][0]["sha256"] and r.json["arrival_number_text"] == "01"
    out = tmp_path / "out"
    r = cli("export", str(doc_id), "--out", str(out), "--json")
    assert r.code == 0 and (out / "01-15-HD-SNV-chinh-1.pdf").read_bytes() == f.read_bytes()
    r = cli("cancel", str(doc_id), "--reason", "Nhầm sổ", "--json")
    assert r.code == 0 and r.json["cancelled"] and r.json["cancel_reason"] == "Nhầm sổ"
    r = cli("show", str(doc_id))
    assert "ĐÃ HỦY" in r.out and "Nhầm sổ" in r.out


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["--type", "Thư tình"], "Loại văn bản"),
        (["--symbol", "101 QĐ"], "ký hiệu"),
        (["--received", (vn_today() + dt.timedelta(days=3)).isoformat()], "tương lai"),
        (["--file", "/khong/co/tep.pdf"], "Không tìm thấy tệp"),
        (["--date", "31/02/2026"], "chỉ có 28 ngày"),
    ],
)
def test_bad_input_exits_non_zero_with_a_vietnamese_message(init_cli: Cli, data_dir: Path,
                                                            args: list[str], needle: str) -> None:
    before = snapshot(data_dir)
    base = {"--received": "2026-01-05", "--from": "Sở Nội vụ", "--symbol": "15/HD-SNV",
            "--date": "2026-01-02", "--type": "Hướng dẫn", "--summary": "Hướng dẫn"}
    for k, v in zip(args[::2], args[1::2], strict=True):
        base[k] = v
    flat = [x for kv in base.items() for x in kv]
    r = init_cli("incoming", "add", *flat)
    assert r.code != 0
    assert needle in r.err
    assert snapshot(data_dir) == before


def test_json_errors_name_the_field(init_cli: Cli) -> None:
    r = init_cli("incoming", "add", "--received", "2026-01-05", "--from", "X", "--symbol",
                 "15/HD-SNV", "--date", "2026-01-02", "--type", "Foo", "--summary", "S", "--json")
    assert r.code == 2
    assert r.error_json["error"]["field"] == "type"


def test_commands_before_init_say_what_to_do(cli: Cli) -> None:
    r = cli("outgoing", "add", "--date", "2026-01-06", "--type", "Quyết định", "--summary", "S",
            "--signer", "A", "--signer-title", "Chủ tịch")
    assert r.code != 0 and "vanthu init" in r.err


def test_english_messages(init_cli: Cli) -> None:
    r = init_cli("--lang", "en", "incoming", "add", "--received", "2026-01-05", "--from", "X",
                 "--symbol", "15/HD-SNV", "--date", "2026-01-02", "--type", "Foo", "--summary", "S")
    assert r.code == 2 and "Invalid document type" in r.err


def test_environment_variables_choose_the_data_folder(tmp_path: Path) -> None:
    data = tmp_path / "env-data"
    r = run_entry_point("init", "--org-name", "UBND xã A", "--org-short", "UBND", "--place", "A",
                        env={"VANTHU_DATA": str(data)})
    assert r.code == 0, r.err
    assert (data / "vanthu.sqlite3").exists()
    assert oct((data).stat().st_mode & 0o777) == oct(0o700)
