"""Vietnamese text folding for accent- and case-insensitive search.

Unicode decomposition removes the tone and vowel marks, but "đ"/"Đ" is a letter of its own, not
"d" with a mark, so NFD leaves it alone (and so does SQLite's ``remove_diacritics``): it is mapped
by hand.
"""

from __future__ import annotations

import re
import unicodedata

_EXTRA = str.maketrans({"đ": "d", "Đ": "d", "ð": "d", "Ð": "d"})
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
