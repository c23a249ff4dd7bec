"""The audit key carried from seat to seat (issue 13): ``vanthu audit key export --out FILE``
on the first seat, ``vanthu audit key import FILE`` on the next; on SQLite (a second data folder
on the same database file) and on the suite's PostgreSQL server."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest

from desktop.kernel.anchor import KEY_FILE, load_key
from tests.conftest import ORG, Cli

PW = "mat-khau-quan-tri"
ADMIN = {"VANTHU_USER": "quantri", "VANTHU_PASSWORD": PW}
INCOMING = ("incoming", "add", "--received", "2026-03-02", "--from", "Sở Nội vụ", "--symbol",
            "1/SNV", "--date", "2026-03-01", "--type", "Công văn", "--summary", "V/v thử")


def _seats(tmp_path: Path, db_url: str | None) -> tuple[Cli, Cli]:
    url = db_url or f"sqlite:///{tmp_path / 'seat1' / 'vanthu.sqlite3'}"
    one, two = Cli(tmp_path / "seat1"), Cli(tmp_path / "seat2")
    one.env = {"VANTHU_DB": url} | ADMIN
    two.env = {"VANTHU_DB": url} | ADMIN
    r = one("init", "--org-name", ORG[0], "--org-short", ORG[1], "--place", ORG[2],
            "--org-code", ORG[3], "--admin", "quantri")
    assert r.code == 0, r.err
    r = one("user", "add", "vanthu", "--role", "van-thu", "--full-name", "Văn thư",
            env={"VANTHU_NEW_PASSWORD": "mk-van-thu"})
    assert r.code == 0, r.err
    assert one(*INCOMING).code == 0
    return one, two


def test_a_second_seat_verifies_the_log_after_importing_the_key(
        tmp_path: Path, db_url: str | None) -> None:
    one, two = _seats(tmp_path, db_url)
    r = two("audit", "verify", "--json")  # seat 2 made a key of its own, and logged in with it
    assert r.code == 6 and r.json["reason"] == "unknown-key", r.out
    assert "vanthu audit key import" in two("audit", "verify").out

    key_file = tmp_path / "usb" / "khoa.json"
    key_file.parent.mkdir()
    r = one("audit", "key", "export", "--out", str(key_file), "--json")
    assert r.code == 0, r.err
    assert stat.S_IMODE(os.stat(key_file).st_mode) == 0o600
    first = load_key(tmp_path / "seat1")
    assert first is not None and r.json["key_id"] == first.key_id
    assert json.loads(key_file.read_text(encoding="utf-8"))["key"] == first.key.hex()

    r = two("audit", "key", "import", str(key_file), "--json")
    assert r.code == 0, r.err
    assert r.json["changed"] and r.json["rekeyed"] >= 1  # seat 2's own logins, re-keyed
    second = load_key(tmp_path / "seat2")
    assert second is not None and second.key == first.key
    assert stat.S_IMODE(os.stat(tmp_path / "seat2" / KEY_FILE).st_mode) == 0o600
    for seat in (two, one):  # both seats verify every entry, seat 2's old ones included
        r = seat("audit", "verify", "--json")
        assert r.code == 0 and r.json == {"ok": True}, r.out
    assert two(*INCOMING[:7], "2/SNV", *INCOMING[8:]).code == 0  # new work, keyed alike
    assert one("audit", "verify").code == 0
    r = two("audit", "key", "import", str(key_file), "--json")  # again: nothing to do
    assert r.code == 0 and not r.json["changed"]

    listed = one("audit", "list", "--json", "--limit", "100").json["entries"]
    actions = [e["action"] for e in listed]
    assert "xuat-khoa-nhat-ky" in actions and "nhap-khoa-nhat-ky" in actions
    text = json.dumps(one("audit", "list", "--json", "--limit", "100").json)
    assert first.key.hex() not in text  # the id is audited, never the key


def test_another_offices_key_and_bad_files_are_refused(tmp_path: Path,
                                                       db_url: str | None) -> None:
    one, two = _seats(tmp_path, db_url)
    other = Cli(tmp_path / "khac")
    assert other("init", "--org-name", "UBND xã Khác", "--org-short", "UBND", "--place", "Khác",
                 "--org-code", "000.00.02.H56").code == 0
    foreign = tmp_path / "khac.json"
    assert other("audit", "key", "export", "--out", str(foreign)).code == 0
    assert two("audit", "verify").code == 6  # seat 2 opened once: it holds a key of its own
    before = (tmp_path / "seat2" / KEY_FILE).read_bytes()
    r = two("audit", "key", "import", str(foreign))
    assert r.code == 2 and "không phải khóa của nhật ký này" in r.err, r.err
    junk = tmp_path / "rac.json"
    junk.write_text('{"key": "00"}', encoding="utf-8")
    r = two("audit", "key", "import", str(junk))
    assert r.code == 2 and "không phải tệp khóa nhật ký" in r.err
    r = two("audit", "key", "import", str(tmp_path / "khong-co.json"))
    assert r.code == 2 and "Không tìm thấy tệp" in r.err
    assert (tmp_path / "seat2" / KEY_FILE).read_bytes() == before

    taken = tmp_path / "da-co.json"
    taken.write_text("giữ nguyên", encoding="utf-8")
    r = one("audit", "key", "export", "--out", str(taken))
    assert r.code == 2 and "đã có" in r.err
    assert taken.read_text(encoding="utf-8") == "giữ nguyên"


@pytest.mark.parametrize("command", [("export", "--out", "k.json"), ("import", "k.json")])
def test_only_the_administrator_handles_the_key(tmp_path: Path, command: tuple[str, ...]) -> None:
    one, _two = _seats(tmp_path, None)
    os.chdir(tmp_path)
    if command[0] == "import":
        assert one("audit", "key", "export", "--out", "k.json").code == 0
    r = one("audit", "key", *command, env={"VANTHU_USER": "vanthu",
                                             "VANTHU_PASSWORD": "mk-van-thu"})
    assert r.code == 4, r.err
    actions = [e["action"] for e in one("audit", "list", "--json").json["entries"]]
    assert "tu-choi" in actions[:2]  # (the newest is the listing's own login)
