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


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def cli(data_dir: Path) -> Cli:
    return Cli(data_dir)


@pytest.fixture
def office(data_dir: Path):  # type: ignore[no-untyped-def]
    from desktop.office import Office
    from desktop.organisation import OrgProfile, initialise

    o = Office.open(data_dir)
    initialise(o, OrgProfile(*ORG), None)
    yield o
    o.close()


@pytest.fixture
def init_cli(cli: Cli) -> Cli:
    r = cli("init", "--org-name", ORG[0], "--org-short", ORG[1], "--place", ORG[2],
            "--org-code", ORG[3])
    assert r.code == 0, r.err
    return cli


def snapshot(data_dir: Path) -> dict[str, Any]:
    """Everything a failed command must leave untouched: every table's rows and every file."""
    import sqlite3

    db = data_dir / "vanthu.sqlite3"
    tables: dict[str, Any] = {}
    con = sqlite3.connect(db)
    try:
        names = [r[0] for r in con.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'documents_fts%'"
        )]
        for name in names:
            tables[name] = sorted(map(repr, con.execute(f'SELECT * FROM "{name}"').fetchall()))
    finally:
        con.close()
    files = sorted(
        str(p.relative_to(data_dir)) for p in (data_dir / "files").rglob("*") if p.is_file()
    ) if (data_dir / "files").exists() else []
    return {"tables": tables, "files": files}
