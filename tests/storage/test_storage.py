"""Migrations, the file store, the audit chain and numbering under concurrent processes."""

from __future__ import annotations

import multiprocessing as mp
import sqlite3
from pathlib import Path

import pytest
from alembic.script import ScriptDirectory
from sqlalchemy import text

from desktop.core.errors import IntegrityProblem
from desktop.kernel import audit
from desktop.kernel.office import Office
from desktop.storage.filestore import FileStore
from models import migrate
from models.db import Database, sqlite_url
from tests.conftest import Cli


def test_revision_chain_is_linear() -> None:
    script = ScriptDirectory.from_config(migrate.alembic_config("sqlite://"))
    heads = script.get_heads()
    assert len(heads) == 1
    revs = list(script.walk_revisions())
    assert all(len(r._all_down_revisions) <= 1 for r in revs)
    assert revs[-1].down_revision is None


def test_upgrade_from_the_first_revision_keeps_the_data(tmp_path: Path) -> None:
    db_path = tmp_path / "old.sqlite3"
    db = Database(sqlite_url(db_path))
    migrate.upgrade(db.engine, "0001")
    with db.engine.begin() as c:
        c.execute(text(
            "INSERT INTO documents (direction, series, year, number, symbol, code_number, "
            "code_notation, issued_date, received_date, organ_name, type_name, subject, recipients,"
            " receiver_sign, notes, signer_name, signer_title, archive_unit, drafting_unit, urgency,"
            " secrecy, handler, status, electronic, cancel_reason, search_text, created_at, "
            "created_by) VALUES ('den','den',2025,7,'7/TB-UBND','7','TB-UBND','2025-05-01',"
            "'2025-05-02','UBND huyện','Thông báo','Lịch tiếp dân','', '', '', '', '', '', '',"
            "'thuong','thuong','','da-dang-ky',0,'','lich tiep dan ubnd huyen',"
            "'2025-05-02 08:00:00','')"))
        c.execute(text("INSERT INTO files (sha256, size, media_type, pages, created_at) VALUES "
                       "(:h, 3, 'application/pdf', 1, '2025-05-02 08:00:00')"), {"h": "a" * 64})
        c.execute(text("INSERT INTO document_files (document_id, sha256, name, role, current, "
                       "added_at, added_by) VALUES (1, :h, 'tb.pdf', 'chinh', 1, "
                       "'2025-05-02 08:00:00', '')"), {"h": "a" * 64})
    db.dispose()
    office = Office.open(tmp_path, sqlite_url(db_path))
    try:
        assert migrate.current_revision(office.db.engine) == migrate.head_revision()
        from desktop.registers.search import search

        assert [d.number for d in search(office, "tiep dan")] == [7]
        from desktop.registers.registry import get_document

        assert get_document(office, 1).files[0].name == "tb.pdf"
        backups = list((tmp_path / "backups").glob("truoc-nang-cap-*.sqlite3"))
        assert len(backups) == 1
        con = sqlite3.connect(backups[0])
        assert con.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
        con.close()
    finally:
        office.close()


def test_file_store_is_content_addressed_atomic_and_verified(tmp_path: Path) -> None:
    store = FileStore(tmp_path / "files")
    a = store.put_bytes(b"hello")
    b = store.put_bytes(b"hello")
    assert a.sha256 == b.sha256 and a.created and not b.created
    assert store.read(a.sha256) == b"hello"
    assert not list((tmp_path / "files").glob(".incoming-*"))
    path = store.path_for(a.sha256)
    path.chmod(0o644)
    path.write_bytes(b"jello")
    with pytest.raises(IntegrityProblem):
        store.read(a.sha256)
    assert not store.verify(a.sha256)


def test_audit_chain_detects_an_edited_row(init_cli: Cli) -> None:
    for i in range(3):
        r = init_cli("outgoing", "add", "--date", "2026-01-06", "--type", "Tờ trình", "--summary",
                     f"Tờ trình số {i}", "--signer", "A", "--signer-title", "Chủ tịch")
        assert r.code == 0
    assert init_cli("audit", "verify").code == 0
    con = sqlite3.connect(init_cli.data_dir / "vanthu.sqlite3")
    con.execute("UPDATE audit_log SET actor = 'ke-gian' WHERE seq = 3")
    con.commit()
    con.close()
    r = init_cli("audit", "verify", "--json")
    assert r.code == 6 and r.json == {"ok": False, "seq": 3, "reason": "edited"}


def test_audit_chain_detects_a_deleted_row(init_cli: Cli) -> None:
    init_cli("outgoing", "add", "--date", "2026-01-06", "--type", "Tờ trình", "--summary", "X",
             "--signer", "A", "--signer-title", "Chủ tịch")
    con = sqlite3.connect(init_cli.data_dir / "vanthu.sqlite3")
    con.execute("DELETE FROM audit_log WHERE seq = (SELECT max(seq) FROM audit_log)")
    con.commit()
    con.close()
    r = init_cli("audit", "verify")
    assert r.code == 6 and "bị xóa" in r.out


def _register_many(data_dir: str, db_url: str | None, n: int, barrier, out) -> None:  # type: ignore[no-untyped-def]
    from desktop.kernel.office import Office
    from desktop.registers.registry import OutgoingInput, register_outgoing

    office = Office.open(data_dir, db_url)
    barrier.wait()
    numbers = []
    for i in range(n):
        v = register_outgoing(office, OutgoingInput(
            issued="2026-02-02", type_name="Quyết định", subject=f"Quyết định {i}",
            signer_name="A", signer_title="Chủ tịch"))
        numbers.append(v.number)
    office.close()
    out.put(numbers)


@pytest.mark.slow
@pytest.mark.parametrize(("workers", "n"), [(2, 60)])
def test_processes_registering_at_once_get_unique_consecutive_numbers(office, db_url, workers,
                                                                       n) -> None:  # type: ignore[no-untyped-def]
    """Two processes on one SQLite file, or several seats on one PostgreSQL server."""
    if db_url is not None:
        workers, n = 4, 250  # the multi-seat case of the trust issue: 4 × 250 → 1…1000
    ctx = mp.get_context("spawn")
    barrier = ctx.Barrier(workers)
    out = ctx.Queue()
    procs = [ctx.Process(target=_register_many,
                         args=(str(office.location.data_dir), db_url, n, barrier, out))
             for _ in range(workers)]
    for p in procs:
        p.start()
    results = [out.get(timeout=300) for _ in procs]
    for p in procs:
        p.join(timeout=60)
        assert p.exitcode == 0
    numbers = sorted(x for r in results for x in r)
    assert numbers == list(range(1, workers * n + 1))
    with office.db.read() as s:
        assert audit.verify(s) is None
        got = s.execute(text("SELECT count(*), count(DISTINCT symbol) FROM documents")).one()
    assert tuple(got) == (workers * n, workers * n)


def test_migrations_match_the_models(tmp_path: Path) -> None:
    """The schema the migrations build is the schema the models declare (no drift)."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from models.base import Base
    from models.registry import load_all

    load_all()
    db = Database(sqlite_url(tmp_path / "m.sqlite3"))
    migrate.upgrade(db.engine)
    with db.engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={"compare_type": False})
        diff = [
            d for d in compare_metadata(ctx, Base.metadata)
            if not (d[0] == "remove_table" and str(d[1].name).startswith("documents_fts"))
        ]
    db.dispose()
    assert diff == []


def test_head_constant_matches_the_scripts() -> None:
    assert migrate.HEAD == migrate.head_revision()
