"""Migration 0012 matches the models on SQLite and PostgreSQL, and goes down and up."""

from __future__ import annotations

from pathlib import Path

from models.db import sqlite_url
from tests.migrations import assert_migration_round_trip

OURS = ("interchange_packages", "interchange_statuses")


def test_migration_0012_matches_the_models_and_goes_down_and_up(
    db_url: str | None, tmp_path: Path
) -> None:
    assert_migration_round_trip(db_url or sqlite_url(tmp_path / "m.sqlite3"), OURS, "0008")
