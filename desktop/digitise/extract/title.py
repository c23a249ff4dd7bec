"""The type title ("QUYẾT ĐỊNH") and the trích yếu that follows it ("V/v …")."""

from __future__ import annotations

import re

from desktop.digitise.extract.symbol import TYPES
from desktop.digitise.extract.text import edit_distance, fold, letters_in, upper_ratio

_BODY_STARTS = (
    "can cu",
    "kinh gui",
    "thuc hien",
    "theo de nghi",
    "theo ",
    "xet de nghi",
    "xet ",
    "nham ",
    "de ",
    "nay ",
    "ngay ",
    "thoi gian",
    "dia diem",
    "trong ",
    "tren co so",
    "vao luc",
    "i.",
    "i ",
    "1.",
    "dieu 1",
    "muc dich",
)


_FOLDED_TYPES = {re.sub(r"\s+", "", fold(name)): name for name in TYPES}


def type_of_title(line: str) -> tuple[str, float] | None:
    text = line.strip()
    if len(letters_in(text)) < 4 or upper_ratio(text) < 0.8:
        return None
    squashed = re.sub(r"[^a-z]", "", fold(text))
    if squashed in _FOLDED_TYPES:
        return _FOLDED_TYPES[squashed], 0.95
    best: tuple[int, str] | None = None
    for folded, name in _FOLDED_TYPES.items():
        if len(folded) < 6:
            continue
        distance = edit_distance(squashed, folded, 2)
        if distance <= (1 if len(folded) < 9 else 2) and (best is None or distance < best[0]):
            best = (distance, name)
    if best is not None:
        return best[1], 0.8 - 0.1 * best[0]
    return None


def is_body_start(line: str) -> bool:
    folded = fold(line).strip()
    return any(folded.startswith(start) for start in _BODY_STARTS)


VV_RE = re.compile(r"^\s*(?:(?P<vv>v\s*[/|l1i]\s*v?)(?=\s|$)|ve\s+viec\b)")


def canonical_vv(line: str) -> str:
    """'V/ tăng…', 'V|v tăng…', 'Vlv tăng…' → 'V/v tăng…' (as the clerk writes it)."""
    match = VV_RE.match(fold(line))
    if match is None or match.group("vv") is None:
        return line
    return "V/v" + line[match.end("vv") :]


def sentence_case(text: str) -> str:
    """OCR reads some bold lower-case words as capitals ("nhà NƯỚC"): in a sentence-case
    subject, lower-case all-capital words that carry Vietnamese letters (acronyms do not)."""
    if upper_ratio(text) > 0.5:
        return text
    words = text.split(" ")
    for i, word in enumerate(words):
        letters = letters_in(word)
        if (
            i > 0
            and len(letters) >= 2
            and all(ch.isupper() for ch in letters)
            and any(not ch.isascii() for ch in letters)
        ):
            words[i] = word.lower()
    return " ".join(words)
