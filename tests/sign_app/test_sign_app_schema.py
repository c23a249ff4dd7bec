"""Migration 0003 on SQLite and PostgreSQL, the message catalogue, and the commands' help."""

from __future__ import annotations

import ast
import json
import re
import string
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import inspect

from models.db import sqlite_url
from signing.errors import MESSAGES_VI
from tests.conftest import Cli
from tests.migrations import assert_migration_round_trip

ROOT = Path(__file__).resolve().parents[2]
OURS = ("signatures", "trust_roots", "crls")
SOURCES = (*sorted(str(p.relative_to(ROOT)) for p in (ROOT / "desktop/signatures").glob("*.py")),
           "desktop/cli/signatures.py", "desktop/cli/signing_setup.py")


def _signatures_refer_to_documents_and_files(conn: Any) -> None:
    fks = {fk["referred_table"] for fk in inspect(conn).get_foreign_keys("signatures")}
    assert fks == {"documents", "files"}


def test_migration_0003_matches_the_models_and_goes_down_and_up(
    db_url: str | None, tmp_path: Path
) -> None:
    assert_migration_round_trip(db_url or sqlite_url(tmp_path / "m.sqlite3"), OURS, "0002",
                                _signatures_refer_to_documents_and_files)


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
    assert r.code == 0 and "cách dùng:" in r.out and "usage:" not in r.out


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
