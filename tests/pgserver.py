"""A real PostgreSQL server for the tests: initdb in a temp dir, loopback port, non-root user.

Debian's ``postgresql`` package provides the binaries and the ``postgres`` system user;
``make test`` installs the package when it is missing.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path


def _bindir() -> Path:
    for candidate in sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True):
        if Path(candidate, "initdb").exists():
            return Path(candidate)
    found = shutil.which("initdb")
    if found:
        return Path(found).parent
    raise RuntimeError("PostgreSQL server binaries not found: run `make test` (installs postgresql)")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class PgServer:
    base: Path
    port: int
    bindir: Path
    user: str = "vanthu"

    def url(self, database: str = "postgres") -> str:
        return f"postgresql+psycopg://{self.user}@127.0.0.1:{self.port}/{database}"

    def _run(self, *args: str) -> None:
        cmd = [str(self.bindir / args[0]), *args[1:]]
        if os.geteuid() == 0:
            cmd = ["runuser", "-u", "postgres", "--", *cmd]
        subprocess.run(cmd, check=True, capture_output=True, timeout=120)

    def create_database(self, name: str) -> str:
        import psycopg

        with psycopg.connect(host="127.0.0.1", port=self.port, user=self.user,
                             dbname="postgres", autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def stop(self) -> None:
        try:
            self._run("pg_ctl", "-D", str(self.base / "data"), "-m", "immediate", "stop")
        finally:
            shutil.rmtree(self.base, ignore_errors=True)


def start() -> PgServer:
    bindir = _bindir()
    base = Path(tempfile.mkdtemp(prefix="vanthu-pg-"))
    os.chmod(base, 0o755)
    server = PgServer(base, _free_port(), bindir)
    data = base / "data"
    (base / "sock").mkdir()
    if os.geteuid() == 0:  # the server refuses to run as root: hand the folder to postgres
        data.mkdir()
        for p in (base, data, base / "sock"):
            shutil.chown(p, "postgres", "postgres")
    server._run("initdb", "-D", str(data), "-A", "trust", "-U", server.user, "-E", "UTF8",
                "--no-locale")
    opts = (f"-p {server.port} -k {base / 'sock'} -c listen_addresses=127.0.0.1 "
            "-c fsync=off -c synchronous_commit=off -c full_page_writes=off "
            "-c max_connections=60")
    server._run("pg_ctl", "-D", str(data), "-o", opts, "-l", str(base / "log"), "-w", "start")
    deadline = time.time() + 30
    while time.time() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", server.port), timeout=1):
                return server
        except OSError:
            time.sleep(0.2)
    raise RuntimeError("PostgreSQL did not start")
