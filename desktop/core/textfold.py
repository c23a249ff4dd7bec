"""Vietnamese text folding for accent- and case-insensitive search.

Unicode decomposition removes the tone and vowel marks, but "đ"/"Đ" is a letter of its own, not
"d" with a mark, so NFD leaves it alone (and so does SQLite's ``remove_diacritics``): it is mapped
by hand.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

_EXTRA = str.maketrans({"đ": "d", "Đ": "d", "ð": "d", "Ð": "d", "ı": "i"})
_SPACES = re.compile(r"\s+")


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def fold(text: str) -> str:
    """'Quyết định của Đảng ủy' → 'quyet dinh cua dang uy'."""
    decomposed = unicodedata.normalize("NFD", text.translate(_EXTRA))
    stripped = "".join(c for c in decomposed if unicodedata.category(c) != "Mn")
    return _SPACES.sub(" ", stripped.lower()).strip()


_TOKEN = re.compile(r"[0-9a-z]+")


def tokens(text: str) -> list[str]:
    """Folded word tokens, as FTS5's unicode61 tokenizer would split them."""
    return _TOKEN.findall(fold(text))


@cache
def _fold_char(ch: str) -> str:
    if ch.isspace():
        return ch  # line structure stays (the field extractor reads lines)
    base = unicodedata.normalize("NFD", ch.translate(_EXTRA))
    base = "".join(c for c in base if unicodedata.category(c) != "Mn")
    return (base[:1] or " ").lower()


def fold_aligned(text: str) -> str:
    """Fold character by character so position i of the result is position i of ``text``
    (NFC input): to cut a snippet from the original around a folded match, and for the field
    extractor, which matches on folded text and reports the original."""
    return "".join(_fold_char(ch) for ch in text)


def snippet(text: str, words: list[str], width: int = 160) -> str:
    """A piece of ``text`` around the first of ``words`` (folded tokens), with ellipses."""
    text = nfc(text)
    folded = fold_aligned(text)
    if not words:
        return ""
    # The whole phrase first, then the most telling (longest) word alone.
    phrase = r"[^0-9a-z]+".join(re.escape(w) + r"[0-9a-z]*" for w in words)
    m = re.search(r"(?<![0-9a-z])" + phrase, folded)
    for w in sorted(words, key=len, reverse=True):
        if m:
            break
        m = re.search(r"(?<![0-9a-z])" + re.escape(w), folded)
    if not m:
        return ""
    best = m.start()
    start = max(0, best - width // 3)
    end = min(len(text), start + width)
    piece = _SPACES.sub(" ", text[start:end]).strip()
    return ("…" if start > 0 else "") + piece + ("…" if end < len(text) else "")
