"""Read the registration fields off the first page of a document (Nghị định 30/2020 layout).

Input is plain text, usually Tesseract's OCR of page 1: the two-column header (organisation at
the left, the national motto at the right) often comes out merged line by line, with OCR noise
("S6:", "QÐ" with an Icelandic eth, missing accents). Everything is matched on a *folded* copy
of each line (no accents, lower case, đ → d, one character per character so positions still
point into the original), and values are returned from the original text, NFC.

Fields: issuing body (``organ_name``, the header line(s) as written), số and ký hiệu
(``symbol``), date (``issued_date``), type (``type_name``, the names of Phụ lục III) and
trích yếu (``subject``), plus the place name. Each has a confidence in 0..1. Never raises on
any text.

The reader runs one step per field (:data:`_STEPS`), each in its own small function; the parts
of the page are read by :mod:`.symbol`, :mod:`.title`, :mod:`.dates` and :mod:`.header`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from desktop.digitise.extract.accents import repair_accents
from desktop.digitise.extract.dates import date_in, place_before
from desktop.digitise.extract.header import (
    match_known_organ,
    register_form,
    split_organ,
    strip_motto,
    tidy_organ_line,
)
from desktop.digitise.extract.symbol import (
    ABBREVIATIONS,
    SO_RE,
    TYPES,
    parse_symbol,
    symbol_type_code,
    symbol_year,
)
from desktop.digitise.extract.text import clean, fold, is_rule, letters_in, squash, upper_ratio
from desktop.digitise.extract.title import (
    VV_RE,
    canonical_vv,
    is_body_start,
    sentence_case,
    type_of_title,
)

__all__ = ["ABBREVIATIONS", "TYPES", "Extraction", "FieldValue", "extract_fields",
           "match_known_organ"]


# --------------------------------------------------------------------------------------------
# Result


#: Below this confidence a field is left empty and its OCR text shown beside it.
MIN_CONFIDENCE = 0.5


@dataclass
class FieldValue:
    value: Any = None
    confidence: float = 0.0
    ocr: str | None = None  # what was read, when too unsure to fill the field

    def to_dict(self) -> dict[str, Any]:
        value = self.value.isoformat() if isinstance(self.value, dt.date) else self.value
        data = {"value": value, "confidence": round(self.confidence, 2)}
        if self.ocr is not None:
            data["ocr"] = self.ocr
        return data


@dataclass
class Extraction:
    organ_name: FieldValue = field(default_factory=FieldValue)
    symbol: FieldValue = field(default_factory=FieldValue)
    issued_date: FieldValue = field(default_factory=FieldValue)
    type_name: FieldValue = field(default_factory=FieldValue)
    subject: FieldValue = field(default_factory=FieldValue)
    place: FieldValue = field(default_factory=FieldValue)
    governing_body: FieldValue = field(default_factory=FieldValue)

    def to_dict(self) -> dict[str, dict[str, Any]]:
        return {
            "governing_body": self.governing_body.to_dict(),
            "organ_name": self.organ_name.to_dict(),
            "symbol": self.symbol.to_dict(),
            "issued_date": self.issued_date.to_dict(),
            "type_name": self.type_name.to_dict(),
            "subject": self.subject.to_dict(),
            "place": self.place.to_dict(),
        }


# --------------------------------------------------------------------------------------------
# Main

# What a reader that must never stop its caller may meet on odd text; anything else is a bug.
_TEXT_ERRORS = (ArithmeticError, LookupError, ValueError, TypeError, AttributeError)


def extract_fields(text: str, *, known_organs: Sequence[str] = ()) -> Extraction:
    """Extract the registration fields from the text of page 1. Never raises.

    ``known_organs``: organisation names already in the registry (lines joined by a newline or
    a space); an OCR'd name close to one of them (ignoring accents) is replaced by it.
    """
    try:
        return _extract(text, known_organs)
    except _TEXT_ERRORS:  # a best-effort reader must not stop the caller
        return Extraction()


@dataclass
class _Page:
    """The lines of page 1 and what the steps have found so far."""

    lines: list[str]
    known_organs: Sequence[str]
    result: Extraction = field(default_factory=Extraction)
    so_index: int | None = None  # the number line
    title_index: int | None = None  # the type title
    header_end: int = 0  # the first line after the header


def _extract(text: str, known_organs: Sequence[str]) -> Extraction:
    text = clean(text.split("\f", 1)[0] if "\f" in text[:20000] else text)
    page = _Page([line.rstrip() for line in text.splitlines()][:400], known_organs)
    for step in _STEPS:
        step(page)
    return page.result


def _read_symbol(page: _Page) -> None:
    """1. The number line: "Số: 12/QĐ-UBND", else a ký hiệu-like line near the top."""
    for i, line in enumerate(page.lines[:60]):
        if SO_RE.search(fold(line)) or SO_RE.search(line):
            parsed = parse_symbol(line)
            if parsed is not None:
                page.so_index = i
                page.result.symbol = FieldValue(parsed[0], parsed[1])
                return
    for i, line in enumerate(page.lines[:25]):
        parsed = parse_symbol(line)
        if parsed is not None and "/" in line and not date_in(line):
            page.so_index = i
            page.result.symbol = FieldValue(parsed[0], parsed[1] - 0.3)
            return


def _read_type_title(page: _Page) -> None:
    """2. The type title ("QUYẾT ĐỊNH"); the header ends there."""
    for i, line in enumerate(page.lines[:80]):
        title = type_of_title(line)
        if title is not None:
            page.title_index = i
            page.result.type_name = FieldValue(title[0], title[1])
            break
    lines = page.lines
    page.header_end = page.title_index if page.title_index is not None else min(len(lines), 25)
    if page.so_index is not None:
        page.header_end = max(page.header_end, page.so_index + 1)


def _read_date(page: _Page) -> None:
    """3. Date (and place): the place-and-date line is in the header, before the title."""
    result, header_end = page.result, page.header_end
    for i, line in enumerate(page.lines[: max(header_end, 1) + 3]):
        dated = date_in(line)
        if dated is None:
            continue
        date, start, confidence = dated
        result.issued_date = FieldValue(date, confidence if i <= header_end else confidence - 0.2)
        place = place_before(line, start)
        if place:
            result.place = FieldValue(place, 0.7)
        return
    for line in page.lines[:80]:
        dated = date_in(line)
        if dated is not None:
            result.issued_date = FieldValue(dated[0], 0.4)
            return


def _organ_line(line: str) -> str | None:
    """The left column of a header line, tidied, when it reads as an organisation line."""
    left = strip_motto(line)
    dated = date_in(left)
    if dated is not None:
        left = left[: dated[1]]
        left = left[: left.rfind(",")] if "," in left else ""
    left = left.strip(" -_.,;:|")
    if is_rule(left) or len(letters_in(left)) < 2 or upper_ratio(left) < 0.75:
        return None
    return tidy_organ_line(left) or None


def _read_organ(page: _Page) -> None:
    """4. Issuing body: header lines above the number line, without the motto."""
    organ_end = page.so_index if page.so_index is not None else page.header_end
    organ_lines = [tidy for line in page.lines[:organ_end]
                   if (tidy := _organ_line(line)) is not None][-3:]
    if not organ_lines:
        return
    confidence = 0.85 if page.so_index is not None else 0.5
    governing, issuing = split_organ(organ_lines)
    page.result.organ_name = FieldValue(register_form(issuing[0]), confidence)
    if governing:
        page.result.governing_body = FieldValue(register_form(governing[-1]), confidence)
    if page.known_organs:
        known = match_known_organ(issuing[0], page.known_organs)
        if known is None and governing:
            known = match_known_organ(" ".join(organ_lines), page.known_organs)
        if known is not None:
            page.result.organ_name = FieldValue(known[0], min(0.98, 0.6 + 0.4 * known[1]))


def _subject_after_title(lines: list[str], title_index: int) -> list[str]:
    """The trích yếu under the type title: up to five lines, until a rule or the body."""
    subject: list[str] = []
    i = title_index + 1
    while i < len(lines) and not lines[i].strip():
        i += 1
    while i < len(lines):
        line = lines[i].strip()
        if not line or is_rule(line):
            break
        if subject and (is_body_start(line) or upper_ratio(line) > 0.8):
            break
        if not subject and upper_ratio(line) > 0.8 and not VV_RE.match(fold(line)):
            if type_of_title(line) is not None or not fold(line).startswith(("ve ", "ban hanh",
                                                                            "quy dinh")):
                break
            caps = _caps_subject(lines, i)  # a normative document's subject, in capitals
            return caps
        subject.append(line)
        i += 1
        if len(subject) >= 5:
            break
    return subject


def _caps_subject(lines: list[str], i: int) -> list[str]:
    """"VỀ THỰC HIỆN CƠ CHẾ MỘT CỬA…" (a Nghị định's subject) in sentence case."""
    out: list[str] = []
    while i < len(lines) and len(out) < 4:
        line = lines[i].strip()
        if not line or is_rule(line) or is_body_start(line) or upper_ratio(line) <= 0.8:
            break
        out.append(line.lower())
        i += 1
    if out:
        out[0] = out[0][:1].upper() + out[0][1:]
    return out


def _ends_subject(line: str) -> bool:
    return (not line or is_rule(line) or is_body_start(line) or bool(date_in(line))
            or upper_ratio(line) > 0.8)


def _subject_after_vv(lines: list[str], start: int) -> list[str]:
    """A công văn's trích yếu: the "V/v …" line below the number and what continues it."""
    for i in range(start, min(len(lines), start + 25)):
        if VV_RE.match(fold(lines[i])):
            subject = [canonical_vv(lines[i].strip())]
            for j in range(i + 1, min(len(lines), i + 5)):
                nxt = lines[j].strip()
                if _ends_subject(nxt):
                    break
                subject.append(nxt)
            return subject
    return []


def _read_subject(page: _Page) -> None:
    """5. Trích yếu: under the title, else a "V/v" line (a công văn, which has no title)."""
    subject: list[str] = []
    subject_conf = 0.0
    if page.title_index is not None:
        subject = _subject_after_title(page.lines, page.title_index)
        subject_conf = 0.85 if subject else 0.0
    if not subject:
        start = page.so_index + 1 if page.so_index is not None else 0
        subject = _subject_after_vv(page.lines, start)
        if subject:
            subject_conf = 0.8
            if page.title_index is None:
                page.result.type_name = FieldValue("Công văn", 0.8)
    if subject:
        text = repair_accents(sentence_case(squash(" ".join(subject))))
        page.result.subject = FieldValue(text, subject_conf)


def _cross_check_type(page: _Page) -> None:
    """6. Type from the ký hiệu's type code when the title was not read, and cross-checks:
    the code (NĐ, QĐ, KH, NQ …) must agree with the title."""
    result = page.result
    symbol = result.symbol.value
    code = symbol_type_code(symbol) if isinstance(symbol, str) else None
    from_symbol = ABBREVIATIONS.get(code) if code else None
    if result.type_name.value is None:
        if from_symbol is not None:
            result.type_name = FieldValue(from_symbol, 0.75)
        elif symbol is not None:
            result.type_name = FieldValue("Công văn", 0.5)
    elif from_symbol is not None:
        if from_symbol == result.type_name.value:
            result.type_name.confidence = min(1.0, result.type_name.confidence + 0.05)
            result.symbol.confidence = min(1.0, result.symbol.confidence + 0.05)
        elif result.type_name.confidence < 0.85:
            result.type_name = FieldValue(from_symbol, 0.6)  # a misread title: trust the code
        else:
            result.type_name.confidence *= 0.6
    elif result.type_name.value == "Công văn" and code is None and symbol is not None:
        result.type_name.confidence = min(1.0, result.type_name.confidence + 0.05)


def _cross_check_date(page: _Page) -> None:
    """7. The date's year against the year in the ký hiệu (61/2018/NĐ-CP): agreeing raises the
    confidence; one digit off on a noisy page takes the symbol's year."""
    result = page.result
    symbol, date = result.symbol.value, result.issued_date.value
    year = symbol_year(symbol) if isinstance(symbol, str) else None
    if year is None or not isinstance(date, dt.date):
        return
    if date.year == year:
        result.issued_date.confidence = min(1.0, result.issued_date.confidence + 0.15)
        return
    digits_off = sum(a != b for a, b in zip(str(date.year), str(year), strict=True))
    if digits_off == 1:
        try:
            result.issued_date = FieldValue(date.replace(year=year), 0.6)
        except ValueError:
            result.issued_date.confidence = 0.3
    else:
        result.issued_date.confidence = min(result.issued_date.confidence, 0.45)


def _unsure_left_empty(page: _Page) -> None:
    """8. A field below :data:`MIN_CONFIDENCE` is not guessed: empty, its OCR text beside."""
    result = page.result
    for name in ("organ_name", "symbol", "issued_date", "type_name", "subject", "place",
                 "governing_body"):
        fv: FieldValue = getattr(result, name)
        if fv.value is not None and fv.confidence < MIN_CONFIDENCE:
            value = fv.value.strftime("%d/%m/%Y") if isinstance(fv.value, dt.date) else fv.value
            fv.ocr, fv.value = str(value), None


#: The field readers, in the order they run: each may use what the earlier ones found.
_STEPS: tuple[Callable[[_Page], None], ...] = (
    _read_symbol,
    _read_type_title,
    _read_date,
    _read_organ,
    _read_subject,
    _cross_check_type,
    _cross_check_date,
    _unsure_left_empty,
)
