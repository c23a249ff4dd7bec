"""``vanthu edxml …`` and ``vanthu agency …``: every command's help, English messages."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import Cli


@pytest.mark.parametrize("args", [
    ["edxml", "--help"], ["edxml", "import", "--help"], ["edxml", "inbox", "--help"],
    ["edxml", "status", "--help"], ["edxml", "refuse", "--help"],
    ["edxml", "read-status", "--help"], ["edxml", "export", "--help"],
    ["agency", "--help"], ["agency", "add", "--help"], ["agency", "list", "--help"],
])
def test_help(cli: Cli, args: list[str]) -> None:
    r = cli(*args)
    assert r.code == 0 and r.out


def test_import_help_says_what_happens_without_yes(cli: Cli) -> None:
    r = cli("edxml", "import", "--help")
    text = " ".join(r.out.split())
    assert "không có --yes thì chỉ xem trước, không đăng ký (mã thoát 0)" in text


def test_messages_in_english(init_cli: Cli, tmp_path: Path) -> None:
    bad = tmp_path / "x.edxml"
    bad.write_bytes(b"<other xmlns='urn:x'/>")
    r = init_cli("--lang", "en", "edxml", "import", str(bad))
    assert r.code == 2 and r.err.startswith("Error: Not an edXML package")
    r = init_cli("--lang", "en", "agency", "list")
    assert r.code == 0 and "empty" in r.out
    r = init_cli("edxml", "import", str(tmp_path / "khong-co.edxml"))
    assert r.code == 2 and "Không tìm thấy tệp" in r.err


@pytest.mark.slow
def test_the_console_script_imports_a_package(tmp_path: Path) -> None:
    import json

    from tests.conftest import ORG, run_entry_point
    from tests.interchange.edxml_helpers import cong_van, package_bytes, write

    data = str(tmp_path / "data")
    r = run_entry_point("--data", data, "init", "--org-name", ORG[0], "--org-short", ORG[1],
                        "--place", ORG[2], "--org-code", ORG[3])
    assert r.code == 0, r.err
    pkg = write(tmp_path / "cv.edxml", package_bytes(cong_van()))
    r = run_entry_point("--data", data, "edxml", "import", str(pkg), "--yes", "--json")
    assert r.code == 0, r.err
    out = json.loads(r.out)
    assert out["arrival_number_text"] == "01" and out["interchange"]["business_type"] == 0
