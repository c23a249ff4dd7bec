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
}
ABBREVIATIONS: dict[str, str] = {abbr: name for name, abbr in TYPES.items() if abbr}


SO_RE = re.compile(
    r"(?<![a-z])s\s?[o0ô6é]\s*[:;.,]?\s*(?=[0-9oil|]{1,5}\s*/)|(?<![a-z])so\s*[:;.]", re.I
)
_DIGIT = "0-9OoIl|"
NUMBER_RE = re.compile(
    rf"(?P<num>[{_DIGIT}]{{1,5}})\s*/\s*(?:(?P<year>(?:19|20)[0-9]{{2}})\s*/\s*)?"
    r"(?P<sym>[A-Za-zĐđ0-9]+(?:\s*-\s*[A-Za-zĐđ0-9]+){0,4})"
)


_DIGIT_FIXES = str.maketrans("OoIl|", "00111")


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


def parse_symbol(text: str) -> tuple[str, float] | None:
    match = NUMBER_RE.search(text)
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
