"""Migration 0003 on SQLite and PostgreSQL, the message catalogue, and the commands' help."""

from __future__ import annotations

import ast
import json
import re
import string
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect

from models import migrate
from models.base import Base
from models.db import Database, sqlite_url
from models.registry import load_all
from signing.errors import MESSAGES_VI
from tests.conftest import Cli

ROOT = Path(__file__).resolve().parents[2]
OURS = ("signatures", "trust_roots", "crls")
SOURCES = (*sorted(str(p.relative_to(ROOT)) for p in (ROOT / "desktop/signatures").glob("*.py")),
           "desktop/cli/signatures.py", "desktop/cli/signing_setup.py")


def _table_of(diff: object) -> str | None:
    """The table an Alembic autogenerate diff is about."""
    if isinstance(diff, list):
        return _table_of(diff[0]) if diff else None
    assert isinstance(diff, tuple)
    obj = diff[1]
    if hasattr(obj, "table"):  # Index, Constraint, Column
        return str(obj.table.name)
    if hasattr(obj, "name") and hasattr(obj, "columns"):  # Table
        return str(obj.name)
    return str(diff[2]) if len(diff) > 2 else None


def _downgrade(db: Database, revision: str) -> None:
    cfg = migrate.alembic_config(db.engine.url.render_as_string(hide_password=False))
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, revision)


def test_migration_0003_matches_the_models_and_goes_down_and_up(
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
            fks = {fk["referred_table"] for fk in inspect(conn).get_foreign_keys("signatures")}
            assert fks == {"documents", "files"}
        _downgrade(db, "0002")
        with db.engine.connect() as conn:
            assert not set(OURS) & set(inspect(conn).get_table_names())
        migrate.upgrade(db.engine)
        with db.engine.connect() as conn:
            assert set(OURS) <= set(inspect(conn).get_table_names())
    finally:
        db.dispose()


def _messages() -> list[str]:
    found: list[str] = []
    for rel in SOURCES:
        tree = ast.parse((ROOT / rel).read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                    and node.func.id in ("_", "N_") and node.args
                    and isinstance(node.args[0], ast.Constant)):
                found.append(node.args[0].value)
    return found


def _fields(text: str) -> set[str]:
    return {name for _lit, name, _spec, _conv in string.Formatter().parse(text) if name}


def test_the_library_messages_are_marked_for_the_catalogue() -> None:
    from desktop.signatures.service import SIGNING_MESSAGES

    assert sorted(SIGNING_MESSAGES) == sorted(MESSAGES_VI.values())


def test_every_message_has_an_english_translation() -> None:
    additions = json.loads((ROOT / "resources/translations/cli_en.json").read_text("utf-8"))
    wanted = _messages() + list(MESSAGES_VI.values())
    assert len(wanted) > 100
    missing = [m for m in wanted if m not in additions]
    assert missing == []
    for vi in wanted:
        en = additions[vi]
        assert en.strip() and _fields(vi) == _fields(en), vi
        english = en.replace("VănThư", "")  # the product's name is not translated
        assert not re.search(r"[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]", english), en


@pytest.mark.parametrize("args", [
    ["sign", "--help"], ["verify", "--help"], ["trust", "add", "--help"], ["trust", "list", "--help"],
    ["crl", "add", "--help"], ["signature-image", "set", "--help"], ["seal-image", "set", "--help"],
])
def test_help(cli: Cli, args: list[str]) -> None:
    r = cli(*args)
    assert r.code == 0 and "usage:" in r.out


def test_sign_flags_are_checked_before_anything_opens(cli: Cli, tmp_path: Path) -> None:
    r = cli("sign", "1", "--as", "signer")
    assert r.code == 2  # --p12 or --pkcs11 is required
    r = cli("sign", "1", "--as", "boss", "--p12", "x.p12")
    assert r.code == 2
    r = cli("sign", "1", "--as", "signer", "--p12", "x.p12", "--pkcs11", "lib.so")
    assert r.code == 2
    r = cli("sign", "1", "--as", "signer", "--pkcs11", "lib.so", "--token", "T",
            "--key-id", "zz")
    assert r.code == 2 and "--key-id" in r.err
    r = cli("sign", "1", "--as", "signer", "--p12", "x.p12", "--place", "trang 2")
    assert r.code == 2 and "Vị trí ký" in r.err
    assert not (tmp_path / "data").exists()
