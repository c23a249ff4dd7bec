"""Accent slips in OCR'd Vietnamese ("ngần sách", "nồng thôn", "chỉ trả"), repaired from a
dictionary of Vietnamese compound words.

Tesseract often puts a wrong tone or vowel mark on one syllable of a word: the result is still
a syllable of the language, so no syllable list can catch it, but the *word* is wrong. The words
of one to four syllables of a dictionary (:data:`WORDS_FILE`, from the ``pyvi`` package's
``pyvi/models/words.txt``, MIT licence, see ``resources/lang/vi_words.LICENSE``) are indexed by their folded
spelling; a run of syllables that is not a word as read, but whose folded spelling is exactly one
word differing in one syllable that OCR gave a tone mark the word does not have, is corrected
(OCR adds marks far more often than it drops them on these pages; a dropped or changed mark is
too often another real word to be fixed without word frequencies). A syllable already part of
a word as read is never changed, nor is its neighbour, and neither is one whose corrections
disagree.
"""

from __future__ import annotations

import gzip
import re
import unicodedata
from functools import cache

from desktop.core.resources import resource
from desktop.core.textfold import fold

WORDS_FILE = resource("lang", "vi_words.txt.gz")  # in the frozen program too (resources/)
_TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}  # huyền sắc ngã hỏi nặng
_WORD = re.compile(r"[^\W\d_]+")
_LONGEST = 4


def _tone_key(syllable: str) -> tuple[str, str]:
    """(the syllable without its tone, the tone): "uỷ" and "ủy" have the same key."""
    decomposed = unicodedata.normalize("NFD", syllable.lower())
    tone = "".join(c for c in decomposed if c in _TONES)
    base = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in _TONES))
    return base, tone


Key = tuple[tuple[str, str], ...]


@cache
def _dictionary() -> tuple[frozenset[Key], dict[tuple[str, ...], tuple[tuple[str, ...], ...]]]:
    """(the words as keys, folded spelling → the words' syllables). Empty without the file."""
    try:
        lines = gzip.decompress(WORDS_FILE.read_bytes()).decode("utf-8").splitlines()
    except OSError:
        return frozenset(), {}
    exact: set[Key] = set()
    folded: dict[tuple[str, ...], list[tuple[str, ...]]] = {}
    for line in lines:
        syllables = tuple(unicodedata.normalize("NFC", line).split())
        if not 1 <= len(syllables) <= _LONGEST:
            continue
        exact.add(tuple(_tone_key(s) for s in syllables))
        folded.setdefault(tuple(fold(s) for s in syllables), []).append(syllables)
    return frozenset(exact), {k: tuple(v) for k, v in folded.items()}


@cache
def _syllables() -> frozenset[tuple[str, str]]:
    """Every syllable of the words, as (base, tone)."""
    return frozenset(syllable for word in _dictionary()[0] for syllable in word)


def _is_slip(read: tuple[str, str], word: tuple[str, str]) -> bool:
    """A mark OCR added: the syllable read is the word's with a tone it does not have."""
    return read[0] == word[0] and bool(read[1]) and not word[1]


def _in_case_of(new: str, old: str) -> str:
    if old.isupper():
        return new.upper()
    if old[:1].isupper():
        return new[:1].upper() + new[1:]
    return new


Span = tuple[int, int]


def _runs(text: str) -> list[list[Span]]:
    """The words of ``text`` in runs not broken by punctuation or digits."""
    runs: list[list[Span]] = []
    for match in _WORD.finditer(text):
        if runs and text[runs[-1][-1][1]:match.start()].strip() == "":
            runs[-1].append(match.span())
        else:
            runs.append([match.span()])
    return runs


def _word_fixes(text: str, run: list[Span], changes: dict[int, str], refused: set[int]) -> None:
    """The slips in one run that the compound words tell, into ``changes`` (start → syllable)."""
    exact, by_fold = _dictionary()
    words = [text[a:b] for a, b in run]
    keys = [_tone_key(w) for w in words]
    # Syllables that are part of a word as read: each belongs to that word, so a window that
    # would change one of them, or needs one of them for a word of its own, is not a slip
    # ("xã hội cho" is not "hội chợ").
    confirmed = {i for n in range(2, _LONGEST + 1) for s in range(len(words) - n + 1)
                 if tuple(keys[s:s + n]) in exact for i in range(s, s + n)}
    for n in range(2, _LONGEST + 1):
        for s in range(len(words) - n + 1):
            if confirmed & set(range(s, s + n)):
                continue
            fixes = set()
            for entry in by_fold.get(tuple(fold(w) for w in words[s:s + n]), ()):
                diff = [k for k in range(n) if _tone_key(entry[k]) != keys[s + k]]
                if len(diff) == 1 and _is_slip(keys[s + diff[0]], _tone_key(entry[diff[0]])):
                    fixes.add((s + diff[0], entry[diff[0]]))
            if len(fixes) == 1:
                i, new = fixes.pop()
                start = run[i][0]
                if changes.get(start, new) != new:
                    refused.add(start)
                changes[start] = new


def repair_accents(text: str) -> str:
    """``text`` with the one-syllable accent slips that the dictionary can tell corrected."""
    if not _dictionary()[0]:
        return text
    syllables = _syllables()
    runs = _runs(text)
    changes: dict[int, str] = {}  # start of a syllable → its correction
    refused: set[int] = set()
    for run in runs:
        _word_fixes(text, run, changes, refused)
    # A syllable with a tone that no word has, which without it is a syllable of the words
    # ("nầng" → "nâng"): a mark OCR added, whatever its neighbours.
    for run in runs:
        for a, b in run:
            key = _tone_key(text[a:b])
            if (a not in changes and key[1] and (key[0], "") in syllables
                    and key not in syllables):
                changes[a] = key[0]
    out = text
    for start in sorted(changes, reverse=True):
        if start in refused:
            continue
        end = start + len(_WORD.match(text, start).group())  # type: ignore[union-attr]
        out = out[:start] + _in_case_of(changes[start], text[start:end]) + out[end:]
    return out
