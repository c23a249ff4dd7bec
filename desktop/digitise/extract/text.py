"""Text helpers for reading a first page: folding, cleaning, letter counts and a bounded edit
distance for OCR noise."""

from __future__ import annotations

import re
import unicodedata

from desktop.core.textfold import fold_aligned

fold = fold_aligned  # accent-free lower case, one character per character


def clean(text: str) -> str:
    text = unicodedata.normalize("NFC", text)
    text = text.replace("Ð", "Đ").replace("ð", "đ")  # Icelandic eth → Vietnamese đ
    for dash in ("–", "—", "−"):
        text = text.replace(dash, "-")
    return text


def squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def letters_in(text: str) -> list[str]:
    return [ch for ch in text if ch.isalpha()]


def upper_ratio(text: str) -> float:
    letters = letters_in(text)
    if not letters:
        return 0.0
    return sum(ch.isupper() for ch in letters) / len(letters)


def edit_distance(a: str, b: str, limit: int = 3) -> int:
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        if min(cur) > limit:
            return limit + 1
        prev = cur
    return prev[-1]


def token_like(a: str, b: str) -> bool:
    if a == b:
        return True
    return len(b) >= 3 and edit_distance(a, b, 1) <= 1


def is_rule(line: str) -> bool:
    return not any(ch.isalnum() for ch in line)
