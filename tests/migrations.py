"""The check each capability's migration test makes: on the database given, the schema the
migrations build matches the models for the capability's own tables, the downgrade removes
them and upgrading again puts them back."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect

from models import migrate
from models.base import Base
from models.db import Database
from models.registry import load_all


def table_of(diff: object) -> str | None:
    """The table an Alembic autogenerate diff is about."""
    if isinstance(diff, list):
        return table_of(diff[0]) if diff else None
    assert isinstance(diff, tuple)
    obj = diff[1]
    if hasattr(obj, "table"):  # Index, Constraint, Column
        return str(obj.table.name)
    if hasattr(obj, "name") and hasattr(obj, "columns"):  # Table
        return str(obj.name)
    return str(diff[2]) if len(diff) > 2 else None


def downgrade(db: Database, revision: str) -> None:
    cfg = migrate.alembic_config(db.engine.url.render_as_string(hide_password=False))
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, revision)


def assert_migration_round_trip(url: str, tables: Sequence[str], down_to: str,
                                check: Callable[[Any], None] | None = None) -> None:
    """Upgrade to head: no difference from the models in ``tables``, all of them present
    (``check(connection)`` for anything more); downgrade to ``down_to``: none of them left;
    upgrade again: all back."""
    db = Database(url)
    try:
        migrate.upgrade(db.engine)
        load_all()
        with db.engine.connect() as conn:
            ctx = MigrationContext.configure(conn, opts={"compare_type": True})
            diffs = [d for d in compare_metadata(ctx, Base.metadata) if table_of(d) in tables]
            assert diffs == []
            assert set(tables) <= set(inspect(conn).get_table_names())
            if check is not None:
                check(conn)
        downgrade(db, down_to)
        with db.engine.connect() as conn:
            assert not set(tables) & set(inspect(conn).get_table_names())
        migrate.upgrade(db.engine)
        with db.engine.connect() as conn:
            assert set(tables) <= set(inspect(conn).get_table_names())
    finally:
        db.dispose()
