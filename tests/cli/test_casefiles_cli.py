"""The case-file commands' contract: exit codes and Vietnamese messages for bad input with
nothing written, the roles with real accounts, the text output, and ``--lang en``."""

from __future__ import annotations

from pathlib import Path

from tests.cli.test_casefiles_scenario import ok, register_four
from tests.conftest import Cli, snapshot


def _plan(cli: Cli) -> None:
    ok(cli, "fileplan", "add", "--year", "2026", "--code", "01.TCCB", "--title",
       "Hồ sơ tuyển dụng", "--retention", "Vĩnh viễn", "--heading", "I. Tổ chức, cán bộ")
    ok(cli, "fileplan", "approve", "--year", "2026")


def test_bad_input_is_refused_and_writes_nothing(init_cli: Cli, data_dir: Path,
                                                 tmp_path: Path) -> None:
    cli = init_cli
    _plan(cli)
    ids = register_four(cli, tmp_path)
    ok(cli, "casefile", "open", "01.TCCB", "--year", "2026")
    before = snapshot(data_dir)
    cases = [
        (("fileplan", "add", "--year", "2027", "--code", "1.A", "--title", "T",
          "--retention", "mười năm"), 2, "Thời hạn bảo quản không hợp lệ"),
        (("fileplan", "add", "--year", "2026", "--code", "2.A", "--title", "T",
          "--retention", "5"), 2, "đã được duyệt"),
        (("casefile", "open", "02.ABC", "--year", "2026"), 2, "--outside-plan"),
        (("casefile", "add", "01.TCCB", str(ids[0]), "9999"), 3, "Không có văn bản mã 9999"),
        (("casefile", "add", "NOPE", str(ids[0])), 3, "Không có hồ sơ số NOPE"),
        (("casefile", "close", "01.TCCB", "--end", "2025-06-30"), 2, "chưa có văn bản"),
        (("casefile", "reopen", "01.TCCB", "--reason", "x"), 2, "đang mở"),
        (("casefile", "show", "01.TCCB", "--year", "1800"), 2, "Năm không hợp lệ"),
        (("archive", "handover", "01.TCCB", "--out", str(tmp_path / "h")), 2, "chưa đóng"),
        (("fileplan", "print", "--year", "2026", "--out", str(tmp_path / "x.doc")), 2, ".xlsx"),
        (("casefile", "import", str(tmp_path / "none")), 2, "Không có thư mục"),
    ]
    for args, code, needle in cases:
        r = cli(*args)
        assert (r.code, needle in r.err) == (code, True), (args, r.err)
    r = cli("casefile", "add", "01.TCCB", "9999", "--json")
    assert r.error_json["error"]["field"] == "doc_id"
    assert snapshot(data_dir) == before
    ok(cli, "casefile", "add", "01.TCCB", str(ids[0]))
    ok(cli, "casefile", "close", "01.TCCB", "--end", "2025-06-30")
    before = snapshot(data_dir)
    r = cli("casefile", "add", "01.TCCB", str(ids[1]))
    assert r.code == 2 and "đã đóng" in r.err and snapshot(data_dir) == before


def test_roles_with_accounts(cli: Cli, tmp_path: Path) -> None:
    admin = {"VANTHU_PASSWORD": "matkhau-quan-tri"}
    assert cli("init", "--org-name", "UBND xã A", "--org-short", "UBND", "--place", "A",
               "--admin", "admin", env=admin).code == 0
    for name, role in (("vanthu1", "van-thu"), ("lanhdao1", "lanh-dao"), ("canbo1", "can-bo")):
        r = cli("--user", "admin", "user", "add", name, "--role", role,
                env=admin | {"VANTHU_NEW_PASSWORD": f"{name}-pw"})
        assert r.code == 0, r.err

    def as_(name: str, *args: str) -> object:
        return cli("--user", name, *args, env={"VANTHU_PASSWORD": f"{name}-pw"})

    add = ("fileplan", "add", "--year", "2026", "--code", "01.VP", "--title", "Hội nghị",
           "--retention", "10", "--keeper", "canbo1")
    assert as_("canbo1", *add).code == 4  # type: ignore[attr-defined]
    assert as_("vanthu1", *add).code == 0  # type: ignore[attr-defined]
    r = as_("vanthu1", "fileplan", "approve", "--year", "2026")
    assert r.code == 4 and "Lãnh đạo" in r.err  # type: ignore[attr-defined]
    assert as_("lanhdao1", "fileplan", "approve", "--year", "2026").code == 0  # type: ignore[attr-defined]
    r = as_("vanthu1", "casefile", "open", "01.VP", "--year", "2026")
    assert r.code == 4 and "canbo1" in r.err  # type: ignore[attr-defined]
    assert as_("canbo1", "casefile", "open", "01.VP", "--year", "2026").code == 0  # type: ignore[attr-defined]
    r = as_("lanhdao1", "casefile", "reopen", "01.VP", "--reason", "Bổ sung")
    assert r.code == 2  # type: ignore[attr-defined]
    r = as_("canbo1", "archive", "handover", "01.VP", "--out", str(tmp_path / "h"))
    assert r.code == 4 and "Văn thư" in r.err  # type: ignore[attr-defined]
    r = cli("--user", "admin", "audit", "list", "--json", env=admin)
    assert r.code == 0 and r.out.count("tu-choi") >= 4


def test_text_output_and_english(init_cli: Cli, tmp_path: Path) -> None:
    cli = init_cli
    _plan(cli)
    r = cli("fileplan", "list", "--year", "2026")
    assert r.code == 0 and "I. Tổ chức, cán bộ" in r.out and "01.TCCB" in r.out
    assert "đã duyệt" in r.out
    assert cli("casefile", "open", "01.TCCB", "--year", "2026").code == 0
    r = cli("casefile", "show", "01.TCCB")
    assert r.code == 0 and "Hồ sơ 01.TCCB năm 2026" in r.out and "Đang mở" in r.out
    r = cli("archive", "due")
    assert r.code == 0 and "Không có hồ sơ nào" in r.out
    r = cli("--lang", "en", "casefile", "open", "09.X", "--year", "2026")
    assert r.code == 2 and "is not in the approved file plan of 2026" in r.err
