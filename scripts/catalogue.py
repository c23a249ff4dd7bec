"""Keep the CLI message catalogue in step with the code.

    python scripts/catalogue.py            # list Vietnamese sentences without an English entry
    python scripts/catalogue.py --prune    # also drop entries no longer used

Sentences are the first string argument of ``_()`` / ``N_()`` calls in desktop/ and signing/,
and ``"context|msgid"`` for ``_p(context, msgid)``. An English entry's plural forms
(``{n:file|files}``, see desktop.core.i18n) must name a placeholder of its sentence.
"""

from __future__ import annotations

import ast
import json
import re
import string
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CATALOGUE = ROOT / "resources" / "translations" / "cli_en.json"
PACKAGES = ("desktop", "signing")


def _literals(args: list[ast.expr]) -> list[str]:
    """The leading string literals of a call's arguments."""
    out = []
    for a in args:
        if not (isinstance(a, ast.Constant) and isinstance(a.value, str)):
            break
        out.append(a.value)
    return out


def msgids() -> dict[str, str]:
    found: dict[str, str] = {}
    for pkg in PACKAGES:
        for path in sorted((ROOT / pkg).rglob("*.py")):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            for node in ast.walk(tree):
                if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)):
                    continue
                texts = _literals(node.args)
                if node.func.id in ("_", "N_") and texts:
                    key = texts[0]
                elif node.func.id == "_p" and len(texts) >= 2:
                    key = f"{texts[0]}|{texts[1]}"
                else:
                    continue
                found.setdefault(key, f"{path.relative_to(ROOT)}:{node.lineno}")
    return found


def bad_plurals(catalogue: dict[str, str]) -> list[str]:
    """Entries whose English has a plural form ({n:one|other}) on a placeholder the sentence
    lacks, or a spec with other than two forms."""
    bad = []
    for vi, en in catalogue.items():
        names = set(re.findall(r"{(\w+)", vi))
        for _text, field, spec, _conv in string.Formatter().parse(en):
            if spec and "|" in spec and (field not in names or spec.count("|") != 1):
                bad.append(f"{vi} → {en}")
    return bad


def main() -> int:
    catalogue = json.loads(CATALOGUE.read_text(encoding="utf-8"))
    ids = msgids()
    missing = {k: v for k, v in ids.items() if k not in catalogue}
    if "--prune" in sys.argv:
        catalogue = {k: v for k, v in catalogue.items() if k in ids}
        CATALOGUE.write_text(
            json.dumps(catalogue, ensure_ascii=False, indent=1, sort_keys=True) + "\n",
            encoding="utf-8",
        )
    if "--json" in sys.argv:
        print(json.dumps({k: "" for k in missing}, ensure_ascii=False, indent=1))
    else:
        for k, where in missing.items():
            print(f"{where}: {k}")
    plurals = bad_plurals(catalogue)
    for entry in plurals:
        print(f"plural form on no placeholder of the sentence: {entry}")
    return 1 if missing or plurals else 0


if __name__ == "__main__":
    raise SystemExit(main())
