"""Fixtures shared by every test: real SQLite files in temp dirs, the real CLI."""

from __future__ import annotations

import contextlib
import io
import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["VANTHU_LANG"] = "vi"
for _var in ("VANTHU_DATA", "VANTHU_DB", "VANTHU_USER", "VANTHU_PASSWORD"):
    os.environ.pop(_var, None)

ROOT = Path(__file__).resolve().parent.parent


def tiny_pdf(text: str = "") -> bytes:
    """A real one-page A4 PDF (a blank page, ``text`` in its metadata so that two differ): the
    file doors inspect PDFs, so a few bytes that start with %PDF no longer pass for one."""
    import io as _io

    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(595, 842)
    writer.add_metadata({"/Subject": text or "VanThu test"})
    buf = _io.BytesIO()
    writer.write(buf)
    return buf.getvalue()
ORG = ("UBND xã Bình Phú", "UBND", "Bình Phú", "000.00.01.H56")


@dataclass
class CliResult:
    code: int
    out: str
    err: str

    @property
    def json(self) -> Any:
        return json.loads(self.out)

    @property
    def error_json(self) -> Any:
        return json.loads(self.err)


class Cli:
    """Runs ``vanthu`` in-process (fast) against one data folder."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir
        self.env: dict[str, str] = {}

    def __call__(self, *args: str, env: dict[str, str] | None = None) -> CliResult:
        from desktop.cli import main

        out, err = io.StringIO(), io.StringIO()
        saved = dict(os.environ)
        os.environ.update(self.env | (env or {}))
        try:
            with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
                code = main(["--data", str(self.data_dir), *args])
        finally:
            os.environ.clear()
            os.environ.update(saved)
        return CliResult(code, out.getvalue(), err.getvalue())


def vanthu_exe() -> str:
    exe = Path(sys.executable).parent / "vanthu"
    assert exe.exists(), "the console script is installed by `make install`"
    return str(exe)


def run_entry_point(*args: str, env: dict[str, str] | None = None,
                    stdin: str | None = None) -> CliResult:
    """Runs the installed ``vanthu`` console script in a child process."""
    full_env = {k: v for k, v in os.environ.items() if not k.startswith("VANTHU_")}
    full_env.update(env or {})
    proc = subprocess.run(
        [vanthu_exe(), *args], capture_output=True, text=True, env=full_env,
        input=stdin, timeout=120,
    )
    return CliResult(proc.returncode, proc.stdout, proc.stderr)


@pytest.fixture(autouse=True)
def _vietnamese_messages():  # type: ignore[no-untyped-def]
    """``--lang en`` in one in-process CLI call must not leak into the next test."""
    from desktop.core.i18n import set_language

    set_language(None)
    yield
    set_language(None)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def cli(data_dir: Path) -> Cli:
    return Cli(data_dir)


@pytest.fixture(scope="session")
def pg_server():  # type: ignore[no-untyped-def]
    from tests import pgserver

    server = pgserver.start()
    yield server
    server.stop()


_db_counter = iter(range(1, 1_000_000))


@pytest.fixture
def pg_url(pg_server) -> str:  # type: ignore[no-untyped-def]
    return str(pg_server.create_database(f"t{os.getpid()}_{next(_db_counter)}"))


BACKENDS = ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]


@pytest.fixture(params=BACKENDS)
def db_url(request, data_dir: Path) -> str | None:  # type: ignore[no-untyped-def]
    """None (the embedded SQLite default) or a fresh database on the test PostgreSQL server."""
    if request.param == "sqlite":
        return None
    return str(request.getfixturevalue("pg_url"))


@pytest.fixture
def office(data_dir: Path, db_url: str | None):  # type: ignore[no-untyped-def]
    """An initialised office, on SQLite and on PostgreSQL (the service tests run on both)."""
    from desktop.accounts.organisation import OrgProfile, initialise
    from desktop.kernel.office import Office

    o = Office.open(data_dir, db_url)
    initialise(o, OrgProfile(*ORG), None)
    yield o
    o.close()


@pytest.fixture
def init_cli(cli: Cli) -> Cli:
    r = cli("init", "--org-name", ORG[0], "--org-short", ORG[1], "--place", ORG[2],
            "--org-code", ORG[3])
    assert r.code == 0, r.err
    return cli


def snapshot(target: Any) -> dict[str, Any]:
    """Everything a failed command must leave untouched: every table's rows and every file.

    ``target`` is an Office (any backend) or a data folder holding the default SQLite file.
    """
    from sqlalchemy import inspect, text

    from desktop.kernel.office import Office

    office = target if isinstance(target, Office) else Office.open(target, upgrade=False)
    tables: dict[str, Any] = {}
    try:
        with office.db.engine.connect() as conn:
            for name in inspect(conn).get_table_names():
                if name.startswith("documents_fts"):
                    continue
                rows = conn.execute(text(f'SELECT * FROM "{name}"')).fetchall()
                tables[name] = sorted(map(repr, rows))
        files = sorted(office.files.all_hashes())
    finally:
        if office is not target:
            office.close()
    return {"tables": tables, "files": files}
