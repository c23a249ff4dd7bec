"""Direct edits of the database are found (issue 13, finding 4): a changed number, a deleted
document, an edited entry with the whole unkeyed chain recomputed, MACs stripped; the key and
the log's head travel in every backup."""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
import stat
import zipfile
from pathlib import Path

from desktop.accounts.organisation import OrgProfile, initialise
from desktop.backup.integrity import check
from desktop.backup.service import backup, restore
from desktop.core.clock import vn_today
from desktop.kernel import audit
from desktop.kernel.anchor import KEY_FILE, load_key
from desktop.kernel.office import Office
from desktop.registers.registry import IncomingInput, register_incoming
from tests.conftest import ORG, Cli

TODAY = vn_today()


def _office(data: Path, count: int = 3) -> list[int]:
    office = Office.open(data)
    initialise(office, OrgProfile(*ORG), None)
    ids = [register_incoming(office, IncomingInput(
        received=TODAY, organ_name="Sở Nội vụ", symbol=f"{i + 1}/HD-SNV", issued=TODAY,
        type_name="Hướng dẫn", subject=f"Hướng dẫn {i}")).id for i in range(count)]
    office.close()
    return ids


def _sql(data: Path, *statements: str) -> None:
    con = sqlite3.connect(data / "vanthu.sqlite3")
    for statement in statements:
        con.execute(statement)
    con.commit()
    con.close()


def _check(data: Path):  # type: ignore[no-untyped-def]
    office = Office.open(data)
    try:
        return check(office, verify_signatures=False)
    finally:
        office.close()


def test_the_key_is_private_and_every_entry_carries_a_state_and_a_mac(tmp_path: Path) -> None:
    data = tmp_path / "d"
    ids = _office(data)
    key = load_key(data)
    assert key is not None and len(key.key) == 32 and key.since == 1
    assert stat.S_IMODE(os.stat(data / KEY_FILE).st_mode) == 0o600
    con = sqlite3.connect(data / "vanthu.sqlite3")
    rows = con.execute("SELECT document_id, state, key_id, mac FROM audit_log").fetchall()
    con.close()
    assert rows and all(r[2] == key.key_id and len(r[3]) == 64 for r in rows)
    assert {r[0] for r in rows if r[1]} == set(ids)
    assert _check(data).ok


def test_a_changed_number_and_a_deleted_document_are_named(tmp_path: Path) -> None:
    data = tmp_path / "d"
    first, second, _third = _office(data)
    _sql(data, f"UPDATE documents SET number = 7 WHERE id = {first}",
         f"DELETE FROM document_files WHERE document_id = {second}",
         f"DELETE FROM documents WHERE id = {second}")
    report = _check(data)
    assert not report.ok
    assert {(t["id"], t["problem"]) for t in report.tampered} == {
        (first, "edited"), (second, "deleted")}
    r = Cli(data)("check")
    assert r.code == 6
    assert f"Văn bản mã {first} đã bị sửa trực tiếp" in r.out
    assert f"Văn bản mã {second} đã bị xóa trực tiếp" in r.out


def test_an_edited_entry_with_the_chain_recomputed_fails_its_mac(tmp_path: Path) -> None:
    data = tmp_path / "d"
    _office(data)
    con = sqlite3.connect(data / "vanthu.sqlite3")
    rows = con.execute("SELECT seq, at, actor, action, document_id, before, after "
                       "FROM audit_log ORDER BY seq").fetchall()
    prev = audit.GENESIS
    for seq, at, actor, action, doc, before, after in rows:
        if seq == 3:
            after = after.replace("Hướng dẫn", "Công văn")
        digest = audit._digest(seq, dt.datetime.fromisoformat(str(at)), actor, action, doc,
                               before, after, prev)
        con.execute("UPDATE audit_log SET after = ?, prev_hash = ?, hash = ? WHERE seq = ?",
                    (after, prev, digest, seq))
        prev = digest
    con.commit()
    con.close()
    (data / "audit-anchor.json").unlink()  # the anchor alone would also see it
    r = Cli(data)("audit", "verify", "--json")
    assert r.code == 6 and r.json["reason"] == "mac" and r.json["seq"] == 3


def test_stripped_macs_and_a_missing_key_are_reported(tmp_path: Path) -> None:
    data = tmp_path / "d"
    _office(data)
    _sql(data, "UPDATE audit_log SET mac = NULL, key_id = NULL WHERE seq = 2")
    r = Cli(data)("audit", "verify", "--json")
    assert r.code == 6 and r.json == {"ok": False, "seq": 2, "reason": "unkeyed"}

    data2 = tmp_path / "d2"
    _office(data2)
    (data2 / KEY_FILE).unlink()  # a new key is made, but the old entries' key is unknown
    r = Cli(data2)("audit", "verify", "--json")
    assert r.code == 6 and r.json["reason"] == "unknown-key"

    data3 = tmp_path / "d3"
    _office(data3)
    (data3 / KEY_FILE).write_text("{rác", encoding="utf-8")
    r = Cli(data3)("audit", "verify", "--json")
    assert r.code == 6 and r.json["reason"] == "key"
    assert (data3 / KEY_FILE).read_text(encoding="utf-8") == "{rác"  # never replaced


def test_the_key_and_the_head_travel_in_the_backup(tmp_path: Path) -> None:
    data = tmp_path / "d"
    _office(data)
    office = Office.open(data)
    try:
        result = backup(office, tmp_path / "sao-luu.zip")
        with office.db.read() as s:
            top = audit.head(s)
    finally:
        office.close()
    with zipfile.ZipFile(result.path) as z:
        manifest = json.loads(z.read("manifest.json"))
    key = load_key(data)
    assert key is not None and manifest["audit_key"]["key"] == key.key.hex()
    assert top is not None and manifest["audit_head"]["seq"] >= top[0] - 1
    target = tmp_path / "khoi-phuc"
    info = restore(result.path, target)
    assert info["check"]["ok"], info["check"]
    restored = load_key(target)
    assert restored == key
    r = Cli(target)("audit", "verify")
    assert r.code == 0, r.out + r.err


def test_registers_and_reports_print_the_log_head(tmp_path: Path) -> None:
    import io

    from pypdf import PdfReader

    from desktop.core.periods import parse_period
    from desktop.registers.book import render_book
    from desktop.reports.figures import compute as compute_figures
    from desktop.reports.files import render_pdf

    data = tmp_path / "d"
    _office(data)
    office = Office.open(data)
    try:
        with office.db.read() as s:
            code = audit.audit_code(s)
        seq, digest = code.split("-")
        with office.db.read() as s:
            top = audit.head(s)
        assert top is not None and int(seq) == top[0] and top[1].upper().startswith(digest)
        book, _rows, _pages = render_book(office, "incoming", TODAY.year)
        text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(book)).pages)
        assert f"Mã kiểm tra nhật ký: {code}" in text
        fig = compute_figures(office, parse_period(str(TODAY.year)))
        assert fig.to_dict()["audit_code"] == fig.audit_code
        report = render_pdf(fig)
        text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(report)).pages)
        assert f"Mã kiểm tra nhật ký: {fig.audit_code}" in text
    finally:
        office.close()
