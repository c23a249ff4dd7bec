"""Imports every table module, so Alembic and tests see the whole schema."""

from __future__ import annotations

import importlib
import pkgutil

import models

NOT_TABLES = {"base", "db", "migrate", "registry", "migrations"}


def load_all() -> None:
    for info in pkgutil.iter_modules(models.__path__):
        if info.name not in NOT_TABLES:
            importlib.import_module(f"models.{info.name}")
