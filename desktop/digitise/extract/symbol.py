"""Số và ký hiệu: the number line and the type names of Phụ lục III with their abbreviations."""

from __future__ import annotations

import re

from desktop.digitise.extract.text import fold

# Type names of Phụ lục III with their abbreviations; Công văn has none.
TYPES: dict[str, str | None] = {
    "Nghị quyết": "NQ",
    "Quyết định": "QĐ",
    "Chỉ thị": "CT",
    "Quy chế": "QC",
    "Quy định": "QyĐ",
    "Thông cáo": "TC",
    "Thông báo": "TB",
    "Hướng dẫn": "HD",
    "Chương trình": "CTr",
    "Kế hoạch": "KH",
    "Phương án": "PA",
    "Đề án": "ĐA",
    "Dự án": "DA",
    "Báo cáo": "BC",
    "Biên bản": "BB",
    "Tờ trình": "TTr",
    "Hợp đồng": "HĐ",
    "Công điện": "CĐ",
    "Bản ghi nhớ": "BGN",
    "Bản thỏa thuận": "BTT",
    "Giấy ủy quyền": "GUQ",
    "Giấy mời": "GM",
    "Giấy giới thiệu": "GGT",
    "Giấy nghỉ phép": "GNP",
    "Phiếu gửi": "PG",
    "Phiếu chuyển": "PC",
    "Phiếu báo": "PB",
    "Công văn": None,
    # Normative documents received from above (Luật Ban hành văn bản quy phạm pháp luật).
    "Nghị định": "NĐ",
    "Thông tư": "TT",
    # The party's own documents (Hướng dẫn 36-HD/VPTW): Kết luận, Thông tri; Quy định is QĐi.
    "Kết luận": "KL",
    "Thông tri": None,
}
ABBREVIATIONS: dict[str, str] = {abbr: name for name, abbr in TYPES.items() if abbr}
ABBREVIATIONS["QĐi"] = "Quy định"
ABBREVIATIONS["CV"] = "Công văn"


SO_RE = re.compile(
    r"(?<![a-z])s\s?[o0ô6é]\s*[:;.,]?\s*(?=[0-9oil|]{1,5}\s*/)|(?<![a-z])so\s*[:;.]"
    r"|(?<![a-z])s\s?[o0ô6é]\s*[:;.,]?\s*(?=[0-9oil|]{1,5}\s*-\s*[a-zđ]{1,4}\s*/)", re.I
)
_DIGIT = "0-9OoIl|"
NUMBER_RE = re.compile(
    rf"(?P<num>[{_DIGIT}]{{1,5}})\s*/\s*(?:(?P<year>(?:19|20)[0-9]{{2}})\s*/\s*)?"
    r"(?P<sym>[A-Za-zĐđ0-9]+(?:\s*-\s*[A-Za-zĐđ0-9]+){0,4})"
)


_DIGIT_FIXES = str.maketrans("OoIil|", "001111")


def fix_digits(text: str) -> str:
    return text.translate(_DIGIT_FIXES)


_FOLDED_ABBR: dict[str, list[str]] = {}
for _abbr in ABBREVIATIONS:
    _FOLDED_ABBR.setdefault(fold(_abbr).upper(), []).append(_abbr)


def _fix_symbol_part(part: str, first: bool) -> tuple[str, bool]:
    """Repair OCR noise in one part of a ký hiệu; returns (part, repaired)."""
    if part in ABBREVIATIONS or not first:
        return part, False
    candidates = _FOLDED_ABBR.get(fold(part).upper(), [])
    if len(candidates) == 1 and part.upper() != "UBND":
        return candidates[0], candidates[0] != part
    return part, False


# A party document: number, type, then the issuing committee ("15-NQ/ĐU", "07-KH/HU").
PARTY_RE = re.compile(
    rf"(?<![\w/])(?P<num>[{_DIGIT}]{{1,5}})\s*-\s*(?P<abbr>[A-ZĐ][A-Za-zĐđ]{{0,3}})\s*/\s*"
    r"(?P<org>[A-ZĐ][A-ZĐa-zđ0-9]*(?:\s*-\s*[A-ZĐ][A-ZĐa-zđ0-9]*){0,3})"
)


def _party_symbol(text: str) -> tuple[str, float] | None:
    match = PARTY_RE.search(text)
    if match is None:
        return None
    number = fix_digits(match.group("num"))
    abbr = match.group("abbr")
    if not number.isdigit() or abbr not in ABBREVIATIONS:
        return None
    org = re.sub(r"\s+", "", match.group("org"))
    return f"{number}-{abbr}/{org}", 0.85


def symbol_type_code(symbol: str) -> str | None:
    """The type code of a ký hiệu: "QĐ" of 101/QĐ-UBND and 12/2023/QĐ-UBND, "NQ" of 15-NQ/ĐU;
    None for a công văn's 34/UBND-VP."""
    party = PARTY_RE.fullmatch(symbol)
    if party is not None:
        return party.group("abbr")
    if "/" not in symbol:
        return None
    code = symbol.rsplit("/", 1)[1].split("-", 1)[0]
    return code if code in ABBREVIATIONS else None


def symbol_year(symbol: str) -> int | None:
    """The year written in a normative document's ký hiệu (61/2018/NĐ-CP → 2018)."""
    match = re.match(r"^\d+/((?:19|20)\d{2})/", symbol)
    return int(match.group(1)) if match else None


def parse_symbol(text: str) -> tuple[str, float] | None:
    match = NUMBER_RE.search(text)
    party = _party_symbol(text)
    if party is not None and (match is None or PARTY_RE.search(text).start()  # type: ignore[union-attr]
                              <= match.start()):
        return party
    if match is None:
        return None
    number = fix_digits(match.group("num"))
    if not number.isdigit():
        return None
    parts = [p for p in re.split(r"\s*-\s*", match.group("sym")) if p]
    if not parts or not any(ch.isalpha() for ch in parts[0]):
        return None
    confidence = 0.9
    fixed = []
    for i, part in enumerate(parts):
        new, repaired = _fix_symbol_part(part, i == 0)
        if repaired:
            confidence = 0.75
        fixed.append(new)
    # A trailing lower-case word glued after the symbol is text, not symbol.
    while len(fixed) > 1 and fixed[-1].islower():
        fixed.pop()
    year = f"{match.group('year')}/" if match.group("year") else ""
    if match.group(0) != match.group(0).replace(" ", ""):
        confidence -= 0.05
    return f"{number}/{year}{'-'.join(fixed)}", confidence
