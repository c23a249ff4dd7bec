"""Every string the case-file screens translate has its English in ts_casefiles.json, with the same
placeholders (the file is merged into the .ts catalogue)."""

from __future__ import annotations

import ast
import json
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
MODULES = (
    "casefiles/panel", "casefiles/files_table", "casefiles/add_dialog", "casefiles/window_actions"
)
CATALOGUE = Path(__file__).with_name("ts_casefiles.json")
PLACEHOLDER = re.compile(r"\{(\w+)\}")


def _strings() -> set[tuple[str, str]]:
    """(context, source) of tr() calls (context: the enclosing class) and of
    QT_TRANSLATE_NOOP / QCoreApplication.translate calls with literal arguments."""
    found: set[tuple[str, str]] = set()

    def visit(node: ast.AST, cls: str | None) -> None:
        for child in ast.iter_child_nodes(node):
            context = child.name if isinstance(child, ast.ClassDef) else cls
            if isinstance(child, ast.Call):
                f, args = child.func, child.args
                name = f.attr if isinstance(f, ast.Attribute) else getattr(f, "id", None)
                literal = [a.value for a in args if isinstance(a, ast.Constant)]
                if name == "tr" and isinstance(f, ast.Attribute) and literal and cls:
                    found.add((cls, literal[0]))
                elif name in ("QT_TRANSLATE_NOOP", "translate") and len(literal) >= 2:
                    found.add((literal[0], literal[1]))
            visit(child, context)

    for module in MODULES:
        visit(ast.parse((ROOT / "ui" / f"{module}.py").read_text(encoding="utf-8")), None)
    return found


def test_every_string_has_its_english_with_the_same_placeholders() -> None:
    catalogue = json.loads(CATALOGUE.read_text(encoding="utf-8"))
    missing = [(c, s) for c, s in _strings() if s not in catalogue.get(c, {})]
    assert not missing
    for context, entries in catalogue.items():
        for source, english in entries.items():
            assert english.strip(), (context, source)
            assert set(PLACEHOLDER.findall(source)) == set(PLACEHOLDER.findall(english)), source
