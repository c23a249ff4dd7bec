"""Alembic, driven from code: the app upgrades the database on start (backing it up first)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, text
from sqlalchemy.exc import OperationalError, ProgrammingError

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
#: The newest revision. Opening an office compares the database with this constant instead of
#: importing Alembic and reading every script (a third of the cold start); a test keeps it equal
#: to the head of the script directory.
HEAD = "0015"


def alembic_config(url: str) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return cfg


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config("sqlite://"))
    head = script.get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        try:
            return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
        except (OperationalError, ProgrammingError):
            return None


class UnknownRevision(RuntimeError):
    """The database carries a revision this program's migrations do not know (made by a newer
    version, or edited by hand)."""


def needs_upgrade(engine: Engine) -> bool:
    return current_revision(engine) != HEAD


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Upgrade in one transaction. On SQLite, batch mode rebuilds tables (copy, drop, rename),
    which foreign keys would refuse while rows point at them: they are switched off for the
    migration (outside the transaction, as SQLite requires) and checked before committing."""
    from alembic import command
    from alembic.script import ScriptDirectory

    cfg = alembic_config(str(engine.url.render_as_string(hide_password=False)))
    sqlite = engine.dialect.name == "sqlite"
    current = current_revision(engine)
    if current is not None:
        known = {r.revision for r in ScriptDirectory.from_config(cfg).walk_revisions()}
        if current not in known:
            raise UnknownRevision(current)
    with engine.connect() as conn:
        raw = conn.connection.dbapi_connection
        if sqlite and raw is not None:
            raw.execute("PRAGMA foreign_keys=OFF")  # not through SQLAlchemy: no autobegin
        try:
            with conn.begin():
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, revision)
                if sqlite:
                    broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if broken:
                        raise RuntimeError(f"foreign keys broken by the migration: {broken[:5]}")
        finally:
            if sqlite and raw is not None:
                raw.execute("PRAGMA foreign_keys=ON")
