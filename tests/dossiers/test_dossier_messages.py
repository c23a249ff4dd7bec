"""Every sentence of the dossier modules has an English entry, placeholders intact."""

from __future__ import annotations

import ast
import json
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
MODULES = [*sorted(str(p.relative_to(ROOT)) for p in (ROOT / "desktop/dossiers").glob("*.py")),
           *sorted(str(p.relative_to(ROOT)) for p in (ROOT / "desktop/workdays").glob("*.py")),
           "desktop/cli/dossiers.py"]
CATALOGUE = ROOT / "resources" / "translations" / "cli_en.json"


def _messages() -> list[str]:
    found = []
    for module in MODULES:
        for node in ast.walk(ast.parse((ROOT / module).read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                    and node.func.id in ("_", "N_")):
                arg = node.args[0]
                if node.func.id == "_" and not isinstance(arg, ast.Constant):
                    continue  # a label marked with N_() elsewhere, translated at display
                assert isinstance(arg, ast.Constant), f"{module}:{node.lineno}"
                found.append(str(arg.value))
    return found


@pytest.mark.parametrize("message", sorted(set(_messages())))
def test_message_has_english(message: str) -> None:
    catalogue = json.loads(CATALOGUE.read_text(encoding="utf-8"))
    assert message in catalogue
    placeholders = set(re.findall(r"{(\w+)}", message))
    assert set(re.findall(r"{(\w+)}", catalogue[message])) == placeholders


def test_english_messages_on_the_command_line(init_cli: object) -> None:
    r = init_cli("--lang", "en", "dossier", "advance", "X-1", "--to", "done")  # type: ignore[operator]
    assert r.code == 3 and "There is no dossier with code X-1" in r.err
