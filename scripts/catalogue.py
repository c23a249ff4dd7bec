"""Keep the CLI message catalogue in step with the code.

    python scripts/catalogue.py            # list Vietnamese sentences without an English entry
    python scripts/catalogue.py --prune    # also drop entries no longer used

Sentences are the first string argument of ``_()`` / ``N_()`` calls in desktop/ and signing/.
"""

from __future__ import annotations

import ast
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CATALOGUE = ROOT / "resources" / "translations" / "cli_en.json"
PACKAGES = ("desktop", "signing")


def msgids() -> dict[str, str]:
    found: dict[str, str] = {}
    for pkg in PACKAGES:
        for path in sorted((ROOT / pkg).rglob("*.py")):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            for node in ast.walk(tree):
                if (
                    isinstance(node, ast.Call)
                    and isinstance(node.func, ast.Name)
                    and node.func.id in ("_", "N_")
                    and node.args
                    and isinstance(node.args[0], ast.Constant)
                    and isinstance(node.args[0].value, str)
                ):
                    found.setdefault(node.args[0].value, f"{path.relative_to(ROOT)}:{node.lineno}")
    return found


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
    return 1 if missing else 0


if __name__ == "__main__":
    raise SystemExit(main())
