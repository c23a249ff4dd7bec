"""Every CLI message has an English translation with the same placeholders."""

from __future__ import annotations

import json
import re
import string
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))

from catalogue import CATALOGUE, msgids  # noqa: E402


def _fields(text: str) -> set[str]:
    return {f for _lit, f, _spec, _conv in string.Formatter().parse(text) if f}


def test_every_message_is_translated() -> None:
    catalogue = json.loads(CATALOGUE.read_text(encoding="utf-8"))
    missing = sorted(set(msgids()) - set(catalogue))
    assert missing == []


def test_translations_keep_the_placeholders() -> None:
    catalogue = json.loads(CATALOGUE.read_text(encoding="utf-8"))
    bad = [(vi, en) for vi, en in catalogue.items() if _fields(vi) != _fields(en)]
    assert bad == []


def test_source_language_is_vietnamese() -> None:
    vietnamese = re.compile(r"[ăâđêôơưáàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ]",
                            re.IGNORECASE)
    ids = msgids()
    assert sum(1 for m in ids if vietnamese.search(m)) > 0.9 * len(ids)
