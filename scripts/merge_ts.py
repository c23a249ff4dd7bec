"""Refresh the Qt Linguist file and fill English from the translation notes.

    python scripts/merge_ts.py            # lupdate every ui/**/*.py, then fill from
                                          # tests/ui/ts_*.json ({"Context": {"vi": "en"}})
    python scripts/merge_ts.py --check    # list messages still without English (exit 1 if any)

lupdate keeps the translations already in the .ts and marks new sources unfinished; a message
whose English is found in the notes is filled and marked finished. A message with a count
(``self.tr("Thiếu %n tệp.", "", n)``, numerus in the .ts) has its English forms as a list in the
notes, singular first: ``["%n file is missing.", "%n files are missing."]``.
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


def lupdate(target: Path = TS, sources: list[str] | None = None) -> None:
    if sources is None:
        sources = sorted(str(p) for p in (ROOT / "ui").rglob("*.py"))
    subprocess.run([str(BIN / "pyside6-lupdate"), *sources, "-no-obsolete", "-silent", "-ts",
                    str(target), "-source-language", "vi_VN", "-target-language", "en_US"],
                   check=True, cwd=ROOT)


English = str | list[str]  # one text, or the numerus forms (singular, plural)


def notes() -> dict[tuple[str, str], English]:
    found: dict[tuple[str, str], English] = {}
    for path in sorted((ROOT / "tests" / "ui").rglob("ts_*.json")):
        for ctx, pairs in json.loads(path.read_text(encoding="utf-8")).items():
            for vi, en in pairs.items():
                found[(ctx, vi)] = en
    return found


def _forms(msg: ET.Element) -> list[ET.Element]:
    tr = msg.find("translation")
    return [] if tr is None else list(tr.iter("numerusform"))


def finished(msg: ET.Element) -> bool:
    """A translation that is there: its text, or every numerus form of it."""
    tr = msg.find("translation")
    if tr is None or tr.get("type") == "unfinished":
        return False
    if msg.get("numerus") == "yes":
        forms = _forms(msg)
        return bool(forms) and all((f.text or "").strip() for f in forms)
    return bool((tr.text or "").strip())


def unfinished(target: Path = TS) -> list[tuple[str, str]]:
    tree = ET.parse(target)
    out = []
    for ctx in tree.getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            if tr is not None and tr.get("type") in ("vanished", "obsolete"):
                continue
            if not finished(msg):
                out.append((name, msg.findtext("source") or ""))
    return out


def set_english(msg: ET.Element, english: English) -> bool:
    """Fill ``msg`` with ``english`` if its kind fits (a list for a numerus message)."""
    tr = msg.find("translation")
    if tr is None:
        return False
    numerus = msg.get("numerus") == "yes"
    if numerus != isinstance(english, list):
        return False
    if isinstance(english, list):
        forms = _forms(msg)
        if len(forms) != len(english):
            return False
        for form, text in zip(forms, english, strict=True):
            form.text = text
    else:
        tr.text = english
    tr.attrib.pop("type", None)
    return True


def fill(target: Path = TS, known: dict[tuple[str, str], English] | None = None,
         borrow: bool = True) -> int:
    """Fill unfinished messages from ``known`` (the notes); ``borrow``: a sentence without a
    note in its own context takes the English it has in another one."""
    known = notes() if known is None else known
    tree = ET.parse(target)
    filled = 0
    for ctx in tree.getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            src = msg.findtext("source") or ""
            if msg.find("translation") is None or finished(msg):
                continue
            en = known.get((name, src))
            if en is None and borrow:
                # the same sentence translated in another context
                en = next((v for (c, s), v in known.items() if s == src), None)
            if en and set_english(msg, en):
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
