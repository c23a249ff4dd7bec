"""Engine and sessions for SQLite (default) and PostgreSQL (multi-seat).

Write transactions on SQLite start with ``BEGIN IMMEDIATE`` so two processes never both hold a
read snapshot and then fight to upgrade it to a write lock; readers keep plain deferred
transactions and, in WAL mode, never block writers. On PostgreSQL the row lock taken by
``UPDATE … RETURNING`` in the numbering does the same job, so the services need no second path.

One user action is one transaction: the edge (a CLI command, a window operation) opens
:meth:`Database.unit`, and every ``write()``/``read()`` the services open on that thread inside it
joins it (a write as a SAVEPOINT, so a step whose failure the service handles undoes only its
own part). The unit commits once at its end and rolls everything back on any exception. What
must be recorded even when the action fails (a refused permission) goes through
:meth:`Database.in_own_transaction`, which runs after the unit has ended.
"""

from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

WRITE_OPTION = "vanthu_write"


def is_sqlite(url: str) -> bool:
    return url.startswith("sqlite")


def make_engine(url: str) -> Engine:
    if is_sqlite(url):
        engine = create_engine(url, connect_args={"timeout": 60}, poolclass=None)
        _setup_sqlite(engine)
    else:
        # A server that accepts and then stays silent must not hang a command: 10 s to connect,
        # 60 s for one statement (VANTHU_DB_CONNECT_TIMEOUT / VANTHU_DB_STATEMENT_TIMEOUT).
        connect = int(os.environ.get("VANTHU_DB_CONNECT_TIMEOUT", "10"))
        statement = int(os.environ.get("VANTHU_DB_STATEMENT_TIMEOUT", "60"))
        engine = create_engine(url, pool_pre_ping=True, connect_args={
            "connect_timeout": connect, "options": f"-c statement_timeout={statement * 1000}"})
    return engine


_VN_LOWER = "àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ"
_VN_PLAIN = "aaaaaaaaaaaaaaaaaeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyyd"
_VN_FOLD = str.maketrans(_VN_LOWER + _VN_LOWER.upper(), _VN_PLAIN + _VN_PLAIN)


def fold_for_sort(text: str | None) -> str:
    """Lower case without diacritics (đ → d): the key the registers sort text columns by, so
    "Đảng ủy" comes between "Cục" and "Sở", as a Vietnamese reader expects. One table lookup
    per character (the same map as PostgreSQL's ``translate`` in desktop/registers/sortkey.py);
    text in decomposed form (NFD) is composed first."""
    if not text:
        return ""
    if not text.isascii() and any("\u0300" <= c <= "\u036f" for c in text):
        import unicodedata

        text = unicodedata.normalize("NFC", text)
    return text.translate(_VN_FOLD).lower()


def _setup_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        # Let SQLAlchemy's "begin" event decide how a transaction starts.
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA synchronous=FULL")
        cur.execute("PRAGMA busy_timeout=60000")
        cur.close()
        # The registers sort Vietnamese text by its folded form (Đ with D, not after U).
        dbapi_conn.create_function("vn_fold", 1, fold_for_sort, deterministic=True)

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        if conn.get_execution_options().get(WRITE_OPTION):
            conn.exec_driver_sql("BEGIN IMMEDIATE")
        else:
            conn.exec_driver_sql("BEGIN")


class _Unit:
    """The open unit of work of one thread: its session and what runs once it has ended."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.afterwards: list[Callable[[Session], None]] = []


class Database:
    """Owns the engine; hands out one session per unit of work."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.engine = make_engine(url)
        #: The audit log's HMAC key (key id, key), set by the office from its data folder; the
        #: audit module reads it from every session's ``info``.
        self.audit_key: tuple[str, bytes] | None = None
        self._reader = sessionmaker(self.engine, expire_on_commit=False, info={"database": self})
        self._writer = sessionmaker(
            self.engine.execution_options(**{WRITE_OPTION: True}), expire_on_commit=False,
            info={"database": self},
        )
        self._local = threading.local()

    def _current(self) -> _Unit | None:
        return getattr(self._local, "unit", None)

    @property
    def in_unit(self) -> bool:
        """Whether this thread is inside :meth:`unit` (tests and assertions)."""
        return self._current() is not None

    @contextlib.contextmanager
    def unit(self) -> Iterator[Session]:
        """One unit of work for one user action on this thread: committed once at the end,
        rolled back entirely on any exception. A unit opened inside a unit joins it."""
        outer = self._current()
        if outer is not None:
            yield outer.session
            return
        unit: _Unit | None = None
        try:
            with self._writer() as session, session.begin():
                unit = _Unit(session)
                self._local.unit = unit
                try:
                    yield session
                finally:
                    self._local.unit = None
        finally:
            if unit is not None:
                for step in unit.afterwards:
                    with self.write() as s:
                        step(s)

    def in_own_transaction(self, step: Callable[[Session], None]) -> None:
        """Run ``step(session)`` in a transaction of its own, kept whatever happens to the
        action around it: now, or, inside a unit, as soon as the unit has ended (committed or
        rolled back). On SQLite a second writer inside the unit would wait for the unit's own
        lock, so it waits for the unit's end instead."""
        unit = self._current()
        if unit is None:
            with self.write() as s:
                step(s)
        else:
            unit.afterwards.append(step)

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @contextlib.contextmanager
    def write(self) -> Iterator[Session]:
        """One write transaction: committed on success, rolled back on any exception. Inside a
        :meth:`unit` it is a SAVEPOINT of the unit's transaction, committed with the unit."""
        unit = self._current()
        if unit is not None:
            with unit.session.begin_nested():
                yield unit.session
            return
        with self._writer() as session, session.begin():
            yield session

    @contextlib.contextmanager
    def read(self) -> Iterator[Session]:
        """A read transaction; inside a :meth:`unit` it reads the unit's own, uncommitted work."""
        unit = self._current()
        if unit is not None:
            yield unit.session
            return
        with self._reader() as session, session.begin():
            yield session

    def dispose(self) -> None:
        self.engine.dispose()


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


def sqlite_copy(source: Path, target: Path) -> None:
    """A consistent copy of a live SQLite database (the online backup API)."""
    import sqlite3

    src = sqlite3.connect(source, timeout=60)
    try:
        dst = sqlite3.connect(target)
        try:
            with dst:
                src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
