"""Refresh the Qt Linguist file and fill English from the translation notes.

    python scripts/merge_ts.py            # lupdate every ui/**/*.py, then fill from
                                          # tests/ui/ts_*.json ({"Context": {"vi": "en"}})
    python scripts/merge_ts.py --check    # list messages still without English (exit 1 if any)

lupdate keeps the translations already in the .ts and marks new sources unfinished; a message
whose English is found in the notes is filled and marked finished.
"""

from __future__ import annotations

import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "translations" / "vanthu_en.ts"
BIN = Path(sys.executable).parent


def lupdate(target: Path = TS) -> None:
    sources = sorted(str(p) for p in (ROOT / "ui").rglob("*.py"))
    subprocess.run([str(BIN / "pyside6-lupdate"), *sources, "-no-obsolete", "-silent", "-ts",
                    str(target), "-source-language", "vi_VN", "-target-language", "en_US"],
                   check=True, cwd=ROOT)


def notes() -> dict[tuple[str, str], str]:
    found: dict[tuple[str, str], str] = {}
    for path in sorted((ROOT / "tests" / "ui").rglob("ts_*.json")):
        for ctx, pairs in json.loads(path.read_text(encoding="utf-8")).items():
            for vi, en in pairs.items():
                found[(ctx, vi)] = en
    return found


def unfinished(target: Path = TS) -> list[tuple[str, str]]:
    tree = ET.parse(target)
    out = []
    for ctx in tree.getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            if tr is None or tr.get("type") in ("unfinished", "vanished", "obsolete") \
                    or not (tr.text or "").strip():
                if tr is not None and tr.get("type") in ("vanished", "obsolete"):
                    continue
                out.append((name, msg.findtext("source") or ""))
    return out


def fill(target: Path = TS) -> int:
    known = notes()
    tree = ET.parse(target)
    filled = 0
    for ctx in tree.getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            src = msg.findtext("source") or ""
            if tr is None or (tr.get("type") != "unfinished" and (tr.text or "").strip()):
                continue
            en = known.get((name, src))
            if en is None:
                # the same sentence translated in another context
                en = next((v for (c, s), v in known.items() if s == src), None)
            if en:
                tr.text = en
                tr.attrib.pop("type", None)
                filled += 1
    body = ET.tostring(tree.getroot(), encoding="unicode")
    target.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                      encoding="utf-8")
    return filled


def main() -> int:
    if "--check" not in sys.argv:
        lupdate()
        print(f"filled {fill()} messages")
    missing = unfinished()
    for ctx, src in missing:
        print(f"{ctx}: {src}")
    return 1 if missing else 0


if __name__ == "__main__":
    raise SystemExit(main())
