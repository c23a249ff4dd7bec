"""Every _() sentence of the digitisation modules has an English entry, placeholders intact."""

from __future__ import annotations

import ast
import json
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
# scan.py, ocr.py, storage/quality.py and the extract package, with the modules split from them
MODULES = sorted(
    str(p.relative_to(ROOT))
    for pattern in ("desktop/digitise/scan*.py", "desktop/digitise/ocr.py", "desktop/digitise/ocr_*.py",
                    "desktop/digitise/extract/*.py", "desktop/storage/quality*.py")
    for p in ROOT.glob(pattern)
)
CATALOGUE = ROOT / "resources" / "translations" / "cli_en.json"  # the one CLI catalogue


def _messages() -> list[str]:
    found = []
    for module in MODULES:
        for node in ast.walk(ast.parse((ROOT / module).read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "_"
            ):
                arg = node.args[0]
                assert isinstance(arg, ast.Constant), f"{module}:{node.lineno}: _() needs a literal"
                found.append(str(arg.value))
    return found


@pytest.mark.parametrize("message", sorted(set(_messages())))
def test_message_has_english(message: str) -> None:
    catalogue = json.loads(CATALOGUE.read_text(encoding="utf-8"))
    assert message in catalogue
    placeholders = set(re.findall(r"{(\w+)}", message))
    assert set(re.findall(r"{(\w+)}", catalogue[message])) == placeholders
