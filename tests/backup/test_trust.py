"""Backup and restore, the consistency check, and crash safety under SIGKILL."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import threading
import time
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.accounts.organisation import OrgProfile, initialise
from desktop.backup.integrity import check
from desktop.backup.service import backup, restore
from desktop.core.errors import UserError
from desktop.kernel.office import Office
from desktop.registers.registry import IncomingInput, ListQuery, list_documents, register_incoming
from models.entities import Direction, Document, DocumentFile
from tests.conftest import ORG, Cli
from tests.registers.test_import import IN_HEADER, incoming_rows, write_csv

ROOT = Path(__file__).resolve().parents[2]


def _register(office: Office, tmp: Path, n: int) -> None:
    for i in range(n):
        f = tmp / f"f{i}.pdf"
        f.write_bytes(b"%PDF-1.4\n%" + str(i).encode() * 30)
        register_incoming(office, IncomingInput(
            received="2026-02-02", organ_name="Sở Nội vụ", symbol=f"{i + 1}/TB-SNV",
            issued="2026-02-01", type_name="Thông báo", subject=f"Thông báo số {i}", files=[f]))


def _register_rows(office: Office) -> list[tuple[int, str, str]]:
    return [(d.number, d.symbol, d.subject)
            for d in list_documents(office, ListQuery(Direction.INCOMING))]


def test_backup_restore_roundtrip_and_check(office, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _register(office, tmp_path, 5)
    result = backup(office, tmp_path / "bk.zip")
    assert result.files == 5 or office.db.dialect != "sqlite"
    with zipfile.ZipFile(result.path) as z:
        assert "manifest.json" in z.namelist()
    target = tmp_path / "restored"
    db_url = None
    if office.db.dialect == "postgresql":
        from sqlalchemy.engine import make_url

        url = make_url(office.location.db_url)
        db_url = url.set(database=url.database + "_r").render_as_string(hide_password=False)
        import psycopg

        with psycopg.connect(host=url.host, port=url.port, user=url.username, dbname="postgres",
                             autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{url.database}_r"')
    info = restore(result.path, target, db_url)
    assert info["check"]["ok"]
    other = Office.open(target, db_url)
    try:
        assert _register_rows(other) == _register_rows(office)
        doc = list_documents(other, ListQuery(Direction.INCOMING))[0]
        from desktop.registers.registry import get_document

        sha = get_document(other, doc.id).files[0].sha256
        assert other.files.read(sha).startswith(b"%PDF-1.4")
    finally:
        other.close()
    with pytest.raises(UserError):
        restore(result.path, target, db_url)  # not empty


def test_damaged_backup_is_refused(office, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _register(office, tmp_path, 1)
    bk = backup(office, tmp_path / "bk.zip").path
    data = bytearray(bk.read_bytes())
    data[len(data) // 3] ^= 0xFF
    bad = tmp_path / "bad.zip"
    bad.write_bytes(bytes(data))
    with pytest.raises(Exception) as err:
        restore(bad, tmp_path / "r", None)
    assert "sao lưu" in str(err.value).lower() or "mã băm" in str(err.value)
    assert not (tmp_path / "r").exists() or not any((tmp_path / "r").iterdir())


def test_check_finds_missing_altered_and_unreferenced_files(init_cli: Cli, tmp_path: Path) -> None:
    office = Office.open(init_cli.data_dir)
    try:
        _register(office, tmp_path, 3)
        assert check(office).ok
        with office.db.read() as s:
            shas = list(s.scalars(select(DocumentFile.sha256).order_by(DocumentFile.id)))
        p0, p1 = office.files.path_for(shas[0]), office.files.path_for(shas[1])
        p0.chmod(0o600)
        p0.write_bytes(b"forged")
        p1.chmod(0o600)
        p1.unlink()
        office.files.put_bytes(b"orphan left by a crash")
    finally:
        office.close()
    r = init_cli("check", "--json")
    assert r.code == 6
    assert r.json["mismatch"] == [shas[0]] and r.json["missing"] == [shas[1]]
    assert len(r.json["unreferenced"]) == 1 and r.json["ok"] is False


@pytest.mark.slow
def test_backup_taken_during_a_bulk_import_restores_to_an_identical_register(
        init_cli: Cli, tmp_path: Path) -> None:
    csv_path = write_csv(tmp_path / "den.csv", IN_HEADER, incoming_rows(20000, 2025))
    done = threading.Event()
    results: dict[str, object] = {}

    def run_import() -> None:
        r = init_cli("import-register", "incoming", str(csv_path), "--json")
        results["import"] = r
        done.set()

    t = threading.Thread(target=run_import)
    t.start()
    time.sleep(0.3)
    r = init_cli("backup", "--out", str(tmp_path / "during.zip"), "--json")
    assert r.code == 0, r.err
    t.join(timeout=300)
    assert done.is_set() and results["import"].code == 0  # type: ignore[attr-defined]
    r = init_cli("backup", "--out", str(tmp_path / "after.zip"), "--json")
    assert r.code == 0
    live = Office.open(init_cli.data_dir)
    try:
        live_rows = _register_rows(live)
    finally:
        live.close()
    for name, allowed in (("during", (0, 20000)), ("after", (20000,))):
        target = tmp_path / f"r-{name}"
        r = init_cli("--data", str(target), "restore", str(tmp_path / f"{name}.zip"), "--json")
        assert r.code == 0, r.err
        restored = Office.open(target)
        try:
            rows = _register_rows(restored)
        finally:
            restored.close()
        assert len(rows) in allowed
        assert rows == live_rows[: len(rows)]


@pytest.mark.slow
def test_fifty_kills_lose_nothing_that_was_promised(tmp_path: Path) -> None:
    data = tmp_path / "data"
    office = Office.open(data)
    initialise(office, OrgProfile(*ORG), None)
    _register(office, tmp_path, 1)  # document 1, the target of "attach"
    office.close()
    rnd = random.Random(20261122)
    promised_docs: dict[int, str] = {}
    promised_attach: set[str] = set()
    imports: list[tuple[int, int]] = []
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    modes = ["register", "attach", "import"]
    for kill in range(50):
        mode = modes[kill % 3]
        proc = subprocess.Popen([sys.executable, "-m", "tests.core.killee", str(data), mode,
                                 str(kill)], stdout=subprocess.PIPE, text=True, env=env, cwd=ROOT)
        # Timed from "ready" (the office is open), so a slow start on a loaded machine does
        # not eat the time the kill is meant to land in.
        assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"
        time.sleep(rnd.uniform(0.3, 1.6))
        proc.send_signal(signal.SIGKILL)
        out, _err = proc.communicate(timeout=30)
        for line in out.splitlines():
            kind, a, b = line.split()
            if kind == "register":
                promised_docs[int(a)] = b
            elif kind == "attach":
                promised_attach.add(b)
            else:
                imports.append((int(a), int(b)))
        office = Office.open(data)
        try:
            report = check(office)
            assert report.ok, (kill, report)
            with office.db.read() as s:
                numbers = list(s.scalars(
                    select(Document.number).where(Document.series == "den",
                                                  Document.year == 2026)
                    .order_by(Document.number)))
                links = set(s.execute(select(DocumentFile.document_id, DocumentFile.sha256)))
                ids = set(s.scalars(select(Document.id)))
        finally:
            office.close()
        assert numbers == list(range(1, len(numbers) + 1)), f"gap or duplicate after kill {kill}"
        for doc_id, sha in promised_docs.items():
            assert doc_id in ids and (doc_id, sha) in links
        for sha in promised_attach:
            assert (1, sha) in links
        for first, last in imports:
            assert set(range(first, last + 1)) <= ids
    assert len(promised_docs) > 10 and len(promised_attach) > 5


def test_auto_backup_never_creates_a_missing_usb_folder(office, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import datetime as dt

    from desktop.backup.service import auto_backup
    from desktop.core.errors import EnvironmentProblem

    usb = tmp_path / "media" / "USB"
    with pytest.raises(EnvironmentProblem):
        auto_backup(office, usb)
    assert not usb.exists()
    usb.mkdir(parents=True)
    day = dt.date(2026, 11, 20)
    assert auto_backup(office, usb, keep=2, today=day) is not None
    assert auto_backup(office, usb, keep=2, today=day) is None  # once a day
    for d in (21, 22):
        auto_backup(office, usb, keep=2, today=dt.date(2026, 11, d))
    assert sorted(p.name for p in usb.glob("*.zip")) == ["vanthu-20261121.zip",
                                                         "vanthu-20261122.zip"]
