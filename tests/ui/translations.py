"""The check each screen package's translation test makes: every string its modules translate
has its English in the package's ts_*.json (merged into the .ts catalogue by
``scripts/merge_ts.py``), with the same placeholders (and a count's two forms, see merge_ts).
Read from the source, without lupdate."""

from __future__ import annotations

import ast
import json
import re
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PLACEHOLDER = re.compile(r"\{(\w+)\}")


def translated_strings(modules: Sequence[str]) -> set[tuple[str, str]]:
    """(context, source) of tr() calls (context: the enclosing class) and of
    QT_TRANSLATE_NOOP / QCoreApplication.translate calls with literal arguments, in the
    modules named as under ``ui/`` ("casefiles/panel")."""
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

    for module in modules:
        visit(ast.parse((ROOT / "ui" / f"{module}.py").read_text(encoding="utf-8")), None)
    return found


def assert_catalogue_complete(catalogue: Path, modules: Sequence[str]) -> None:
    """Every string of ``modules`` is in ``catalogue``; every entry has English with the
    same placeholders as its source."""
    entries_by_context = json.loads(catalogue.read_text(encoding="utf-8"))
    missing = [(c, s) for c, s in translated_strings(modules)
               if s not in entries_by_context.get(c, {})]
    assert not missing
    for context, entries in entries_by_context.items():
        for source, english in entries.items():
            assert_same_placeholders(source, english, context)


def assert_same_placeholders(source: str, english: str | list[str], context: str = "") -> None:
    """English with the placeholders of its source; a count's numerus forms (a list: singular,
    plural) each with them and with ``%n`` where the source has it."""
    forms = english if isinstance(english, list) else [english]
    assert len(forms) == (2 if isinstance(english, list) else 1), (context, source)
    for form in forms:
        assert form.strip(), (context, source)
        assert set(PLACEHOLDER.findall(source)) == set(PLACEHOLDER.findall(form)), source
        assert ("%n" in source) == ("%n" in form), source
