"""Migration 0012 matches the models on SQLite and PostgreSQL, and goes down and up."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect

from models import migrate
from models.base import Base
from models.db import Database, sqlite_url
from models.registry import load_all

OURS = ("interchange_packages", "interchange_statuses")


def _table_of(diff: object) -> str | None:
    if isinstance(diff, list):
        return _table_of(diff[0]) if diff else None
    assert isinstance(diff, tuple)
    obj = diff[1]
    if hasattr(obj, "table"):
        return str(obj.table.name)
    if hasattr(obj, "name") and hasattr(obj, "columns"):
        return str(obj.name)
    return str(diff[2]) if len(diff) > 2 else None


def test_migration_0012_matches_the_models_and_goes_down_and_up(
    db_url: str | None, tmp_path: Path
) -> None:
    db = Database(db_url or sqlite_url(tmp_path / "m.sqlite3"))
    try:
        migrate.upgrade(db.engine)
        load_all()
        with db.engine.connect() as conn:
            ctx = MigrationContext.configure(conn, opts={"compare_type": True})
            diffs = [d for d in compare_metadata(ctx, Base.metadata) if _table_of(d) in OURS]
            assert diffs == []
            assert set(OURS) <= set(inspect(conn).get_table_names())
        cfg = migrate.alembic_config(db.engine.url.render_as_string(hide_password=False))
        with db.engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "0008")
        with db.engine.connect() as conn:
            assert not set(OURS) & set(inspect(conn).get_table_names())
        migrate.upgrade(db.engine)
        with db.engine.connect() as conn:
            assert set(OURS) <= set(inspect(conn).get_table_names())
    finally:
        db.dispose()
