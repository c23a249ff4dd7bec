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
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from desktop.core.textfold import fold_aligned

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
_MOTTO_1 = ("cong", "hoa", "xa", "hoi", "chu", "nghia", "viet", "nam")
_MOTTO_2 = ("doc", "lap", "tu", "do", "hanh", "phuc")


# --------------------------------------------------------------------------------------------
# Result


@dataclass
class FieldValue:
    value: Any = None
    confidence: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        value = self.value.isoformat() if isinstance(self.value, dt.date) else self.value
        return {"value": value, "confidence": round(self.confidence, 2)}


@dataclass
class Extraction:
    organ_name: FieldValue = field(default_factory=FieldValue)
    symbol: FieldValue = field(default_factory=FieldValue)
    issued_date: FieldValue = field(default_factory=FieldValue)
    type_name: FieldValue = field(default_factory=FieldValue)
    subject: FieldValue = field(default_factory=FieldValue)
    place: FieldValue = field(default_factory=FieldValue)

    def to_dict(self) -> dict[str, dict[str, Any]]:
        return {
            "organ_name": self.organ_name.to_dict(),
            "symbol": self.symbol.to_dict(),
            "issued_date": self.issued_date.to_dict(),
            "type_name": self.type_name.to_dict(),
            "subject": self.subject.to_dict(),
            "place": self.place.to_dict(),
        }


# --------------------------------------------------------------------------------------------
# Text helpers

fold = fold_aligned  # accent-free lower case, one character per character


def _clean(text: str) -> str:
    text = unicodedata.normalize("NFC", text)
    text = text.replace("Ð", "Đ").replace("ð", "đ")  # Icelandic eth → Vietnamese đ
    for dash in ("–", "—", "−"):
        text = text.replace(dash, "-")
    return text


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _letters(text: str) -> list[str]:
    return [ch for ch in text if ch.isalpha()]


def _upper_ratio(text: str) -> float:
    letters = _letters(text)
    if not letters:
        return 0.0
    return sum(ch.isupper() for ch in letters) / len(letters)


def _edit_distance(a: str, b: str, limit: int = 3) -> int:
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


def _token_like(a: str, b: str) -> bool:
    if a == b:
        return True
    return len(b) >= 3 and _edit_distance(a, b, 1) <= 1


_WORD_RE = re.compile(r"[^\W_]+", re.UNICODE)


def _strip_motto(line: str) -> str:
    """Remove the national motto (and its rules) from a header line, keeping the left column."""
    folded = fold(line)
    words = [(m.start(), m.group()) for m in _WORD_RE.finditer(folded)]
    cut = len(line)
    for motto in (_MOTTO_1, _MOTTO_2):
        for i in range(len(words)):
            window = [w for _, w in words[i : i + len(motto)]]
            hits = sum(
                1 for k, w in enumerate(window) if k < len(motto) and _token_like(w, motto[k])
            )
            need = min(len(motto), len(words) - i)
            if need >= 3 and hits >= max(3, need - 2) and _token_like(window[0], motto[0]):
                cut = min(cut, words[i][0])
                break
            # The motto may be cut by OCR at its start ("HÒA XÃ HỘI CHỦ NGHĨA…").
            if (
                i + 3 <= len(words)
                and len(window) >= 3
                and all(_token_like(window[k], motto[k + 1]) for k in range(min(3, len(motto) - 1)))
            ):
                cut = min(cut, words[i][0])
                break
    return line[:cut].rstrip(" -_.,;:|")


# Words that open an organisation line ("UBND HUYỆN …", "ỦY BAN NHÂN DÂN", "SỞ …"): OCR often
# gets their accents wrong; they are restored from the folded form, in the leading run only
# (the place name that follows is left as read: "HÒA TỊNH" must not become "HÒA TỈNH").
_PREFIX_WORDS = {
    fold(w): w
    for w in (
        "UBND",
        "HĐND",
        "ỦY",
        "BAN",
        "NHÂN",
        "DÂN",
        "HỘI",
        "ĐỒNG",
        "HUYỆN",
        "TỈNH",
        "XÃ",
        "PHÒNG",
        "SỞ",
        "QUẬN",
        "PHƯỜNG",
        "THỊ",
        "TRẤN",
        "THÀNH",
        "PHỐ",
        "VĂN",
    )
}
_ADMIN_LEVELS = {"tinh", "huyen", "xa", "thi", "quan", "phuong", "thanh"}
_LEVEL_WORDS = {"huyen", "tinh", "xa", "quan", "phuong", "tran", "pho"}
_UBND_PIECES = {"nd", "bnd", "ubn", "ubd", "ibnd", "lbnd", "jbnd", "ubnđ", "uend", "ubmd"}

# Standard names of the specialised agencies of provinces and districts (Nghị định 24/2014,
# 37/2014 and their successors): restored as whole phrases, where single words would be
# ambiguous (TÀI/TẢI, VĂN/VẬN, GIÁO/GIAO, HÓA/HÒA).
AGENCY_PHRASES = (
    "TÀI NGUYÊN VÀ MÔI TRƯỜNG",
    "GIÁO DỤC VÀ ĐÀO TẠO",
    "VĂN HÓA VÀ THÔNG TIN",
    "VĂN HÓA, THỂ THAO VÀ DU LỊCH",
    "VĂN HÓA - THÔNG TIN",
    "GIAO THÔNG VẬN TẢI",
    "NỘI VỤ",
    "TƯ PHÁP",
    "Y TẾ",
    "TÀI CHÍNH",
    "TÀI CHÍNH - KẾ HOẠCH",
    "KẾ HOẠCH VÀ ĐẦU TƯ",
    "LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI",
    "LAO ĐỘNG, THƯƠNG BINH VÀ XÃ HỘI",
    "NÔNG NGHIỆP VÀ PTNT",
    "NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN",
    "KINH TẾ",
    "KINH TẾ VÀ HẠ TẦNG",
    "KINH TẾ, HẠ TẦNG VÀ ĐÔ THỊ",
    "QUẢN LÝ ĐÔ THỊ",
    "CÔNG THƯƠNG",
    "XÂY DỰNG",
    "KHOA HỌC VÀ CÔNG NGHỆ",
    "THÔNG TIN VÀ TRUYỀN THÔNG",
    "DÂN TỘC",
    "THANH TRA",
    "VĂN PHÒNG HĐND VÀ UBND",
    "VĂN PHÒNG UBND",
    "ỦY BAN NHÂN DÂN",
    "HỘI ĐỒNG NHÂN DÂN",
    "CÔNG AN",
    "BAN CHỈ HUY QUÂN SỰ",
)
_PHRASE_TOKENS = [([fold(t) for t in phrase.split()], phrase.split()) for phrase in AGENCY_PHRASES]


def _restore_phrases(words: list[str]) -> list[str]:
    folded = [fold(w) for w in words]
    out = list(words)
    i = 0
    while i < len(words):
        best: list[str] | None = None
        for keys, canonical in _PHRASE_TOKENS:
            window = folded[i : i + len(keys)]
            if len(window) != len(keys):
                continue
            fuzzy = sum(a != b for a, b in zip(window, keys, strict=True))
            # Short phrases must match exactly ("LONG AN" is not "CÔNG AN"); longer ones may
            # have one word a letter off.
            if fuzzy == 0 or (
                fuzzy == 1
                and len(keys) >= 3
                and all(
                    a == b or (len(b) >= 4 and _edit_distance(a, b, 1) <= 1)
                    for a, b in zip(window, keys, strict=True)
                )
            ):
                if best is None or len(canonical) > len(best):
                    best = canonical
        if best is not None:
            out[i : i + len(best)] = best
            i += len(best)
        else:
            i += 1
    return out


def _near_prefix_word(folded: str) -> str | None:
    near = [
        w
        for key, w in _PREFIX_WORDS.items()
        if len(key) >= 4 and _edit_distance(folded, key, 1) <= 1
    ]
    return near[0] if len(near) == 1 else None


def _starts_with_phrase(words: list[str]) -> bool:
    folded = [fold(w) for w in words]
    return any(folded[: len(keys)] == keys for keys, _canonical in _PHRASE_TOKENS)


def _tidy_organ_line(line: str) -> str:
    """Upper-case an organisation line, drop junk tokens, restore known words' accents."""
    words = [w.strip(".;:|\\/'\"`~!") for w in line.split()]
    words = [w for w in words if any(ch.isalpha() for ch in w)]
    dropped = ""
    while (
        words
        and len(_letters(words[0])) <= 2
        and fold(words[0]) not in _PREFIX_WORDS
        and not (
            fold(words[0]) in _UBND_PIECES and len(words) > 1 and fold(words[1]) in _ADMIN_LEVELS
        )
    ):
        dropped = fold(words.pop(0))  # stamp specks read as letters before the name
    words = [w.upper() for w in words]
    if dropped and words and "phong".endswith(dropped) and _starts_with_phrase(words):
        words.insert(0, "PHÒNG")  # "PHÒNG" half hidden by a seal: "G VĂN HÓA …"
    # The leading run: UBND / ỦY BAN NHÂN DÂN / SỞ / PHÒNG …, up to the level word (HUYỆN,
    # XÃ, THỊ TRẤN …); the place name after it is left as read.
    for i, word in enumerate(words):
        folded = fold(word)
        nxt = fold(words[i + 1]) if i + 1 < len(words) else ""
        if folded in _UBND_PIECES and nxt in _ADMIN_LEVELS:
            words[i] = "UBND"
        elif len(folded) > 4 and folded.endswith("ubnd") and nxt in _ADMIN_LEVELS:
            words[i] = "UBND"  # "X\\UBND": a speck glued to the word
        elif folded in _PREFIX_WORDS:
            words[i] = _PREFIX_WORDS[folded]
        elif len(folded) >= 4 and (near := _near_prefix_word(folded)) is not None:
            words[i] = near  # "U3ND", "UBSND", "PHÙNG"
        else:
            break
        if fold(words[i]) in _LEVEL_WORDS:
            break
    words = _restore_phrases(words)
    return " ".join(words).replace(" ,", ",")


def match_known_organ(name: str, known: Sequence[str]) -> tuple[str, float] | None:
    """The known organisation closest to an OCR'd name (accents and spacing ignored), with a
    similarity in 0..1, when it is close enough to be the same."""
    key = re.sub(r"[^a-z0-9]", "", fold(name))
    if not key:
        return None
    best: tuple[str, float] | None = None
    for candidate in known:
        other = re.sub(r"[^a-z0-9]", "", fold(candidate))
        if not other:
            continue
        limit = max(1, len(other) // 8)
        distance = _edit_distance(key, other, limit)
        if distance <= limit:
            score = 1.0 - distance / max(len(other), 1)
            if best is None or score > best[1]:
                best = (candidate, score)
    return best


def _is_rule(line: str) -> bool:
    return not any(ch.isalnum() for ch in line)


# --------------------------------------------------------------------------------------------
# Số và ký hiệu

_SO_RE = re.compile(
    r"(?<![a-z])s\s?[o0ô6é]\s*[:;.,]?\s*(?=[0-9oil|]{1,5}\s*/)|(?<![a-z])so\s*[:;.]", re.I
)
_DIGIT = "0-9OoIl|"
_NUMBER_RE = re.compile(
    rf"(?P<num>[{_DIGIT}]{{1,5}})\s*/\s*(?:(?P<year>(?:19|20)[0-9]{{2}})\s*/\s*)?"
    r"(?P<sym>[A-Za-zĐđ0-9]+(?:\s*-\s*[A-Za-zĐđ0-9]+){0,4})"
)


_DIGIT_FIXES = str.maketrans("OoIl|", "00111")


def _fix_digits(text: str) -> str:
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


def _parse_symbol(text: str) -> tuple[str, float] | None:
    match = _NUMBER_RE.search(text)
    if match is None:
        return None
    number = _fix_digits(match.group("num"))
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


# --------------------------------------------------------------------------------------------
# Date and place

_D = "[0-9OoIl|]"
_DATE_RE = re.compile(
    rf"ng[aà]?y\s*(?P<d>{_D}{{1,2}})\s*[,.]?\s*th[aá]?ng\s*(?P<m>{_D}{{1,2}})\s*[,.]?\s*"
    rf"n[aă]?[mn]\s*(?P<y>{_D}{{4}})"
)
_DATE_NUMERIC_RE = re.compile(
    rf"ngay\s*(?P<d>{_D}{{1,2}})\s*[/.-]\s*(?P<m>{_D}{{1,2}})\s*[/.-]\s*(?P<y>{_D}{{4}})"
)


_DATE_LOOSE_RE = re.compile(
    rf"(?:[,;]\s*[a-z]{{0,6}}|ng[a-z]{{0,2}}y)[\s.,:-]*(?P<d>{_D}{{1,2}})[\s.,:-]*[a-z]{{0,8}}"
    rf"[\s.,:-]*(?P<m>{_D}{{1,2}})[\s.,:-]*[a-z]{{0,7}}[\s.,:-]*(?P<y>{_D}{{4}})\b"
)
# OCR of italic digits: a dagger for 1, a 6/8/9 for a leading 0 ("63" for "03").
_ITALIC_DIGITS = str.maketrans({"†": "1", "‡": "1"})


def _loose_number(text: str, top: int) -> tuple[int, bool]:
    """A day or month read loosely; returns (value, corrected)."""
    digits = _fix_digits(text)
    value = int(digits)
    if value > top and len(digits) == 2 and digits[0] in "689":
        return int(digits[1]), True
    return value, False


def _date_in(line: str) -> tuple[dt.date, int, float] | None:
    """(date, start of match, confidence) for a date written in ``line``."""
    folded = fold(line).translate(_ITALIC_DIGITS)
    for regex, confidence in ((_DATE_RE, 0.9), (_DATE_NUMERIC_RE, 0.7)):
        match = regex.search(folded)
        if match is None:
            continue
        try:
            day = int(_fix_digits(match.group("d")))
            month = int(_fix_digits(match.group("m")))
            year = int(_fix_digits(match.group("y")))
            date = dt.date(year, month, day)
        except ValueError:
            continue
        if not 1945 <= year <= 2100:
            continue
        return date, match.start(), confidence
    # Italic dates come out of OCR badly ("rrgày 0†tháng 5nămr2020", "Phước; ngày 63tháng"):
    # a place, a comma, then three numbers in order is still a date.
    match = _DATE_LOOSE_RE.search(folded)
    if match is not None:
        try:
            day, fixed_day = _loose_number(match.group("d"), 31)
            month, fixed_month = _loose_number(match.group("m"), 12)
            year = int(_fix_digits(match.group("y")))
            date = dt.date(year, month, day)
        except ValueError:
            return None
        if not 1945 <= year <= 2100:
            return None
        start = match.start() + (1 if folded[match.start()] in ",;" else 0)
        return date, start, 0.4 if fixed_day or fixed_month else 0.55
    return None


def _place_before(line: str, start: int) -> str | None:
    head = line[:start].rstrip(" ,")
    if not head:
        return None
    # The place is the last run of capitalised words before "ngày" (after a merged Số …).
    matches = list(_NUMBER_RE.finditer(head))
    last = matches[-1] if matches else None
    if last is not None:
        head = head[last.end() :]
    words = head.replace(",", " ").split()
    words = [w for w in words if any(ch.isalpha() for ch in w)]
    if not words:
        return None
    place: list[str] = []
    for word in reversed(words):
        if not word[:1].isupper():
            break
        place.insert(0, word)
        if len(place) >= 4:
            break
    return " ".join(place) or None


# --------------------------------------------------------------------------------------------
# Type title

_FOLDED_TYPES = {re.sub(r"\s+", "", fold(name)): name for name in TYPES}


def _type_of_title(line: str) -> tuple[str, float] | None:
    text = line.strip()
    if len(_letters(text)) < 4 or _upper_ratio(text) < 0.8:
        return None
    squashed = re.sub(r"[^a-z]", "", fold(text))
    if squashed in _FOLDED_TYPES:
        return _FOLDED_TYPES[squashed], 0.95
    best: tuple[int, str] | None = None
    for folded, name in _FOLDED_TYPES.items():
        if len(folded) < 6:
            continue
        distance = _edit_distance(squashed, folded, 2)
        if distance <= (1 if len(folded) < 9 else 2) and (best is None or distance < best[0]):
            best = (distance, name)
    if best is not None:
        return best[1], 0.8 - 0.1 * best[0]
    return None


def _is_body_start(line: str) -> bool:
    folded = fold(line).strip()
    return any(folded.startswith(start) for start in _BODY_STARTS)


_VV_RE = re.compile(r"^\s*(?:(?P<vv>v\s*[/|l1i]\s*v?)(?=\s|$)|ve\s+viec\b)")


def _canonical_vv(line: str) -> str:
    """'V/ tăng…', 'V|v tăng…', 'Vlv tăng…' → 'V/v tăng…' (as the clerk writes it)."""
    match = _VV_RE.match(fold(line))
    if match is None or match.group("vv") is None:
        return line
    return "V/v" + line[match.end("vv") :]


def _sentence_case(text: str) -> str:
    """OCR reads some bold lower-case words as capitals ("nhà NƯỚC"): in a sentence-case
    subject, lower-case all-capital words that carry Vietnamese letters (acronyms do not)."""
    if _upper_ratio(text) > 0.5:
        return text
    words = text.split(" ")
    for i, word in enumerate(words):
        letters = _letters(word)
        if (
            i > 0
            and len(letters) >= 2
            and all(ch.isupper() for ch in letters)
            and any(not ch.isascii() for ch in letters)
        ):
            words[i] = word.lower()
    return " ".join(words)


# --------------------------------------------------------------------------------------------
# Main


def extract_fields(text: str, *, known_organs: Sequence[str] = ()) -> Extraction:
    """Extract the registration fields from the text of page 1. Never raises.

    ``known_organs``: organisation names already in the registry (lines joined by a newline or
    a space); an OCR'd name close to one of them (ignoring accents) is replaced by it.
    """
    try:
        return _extract(text, known_organs)
    except Exception:  # noqa: BLE001 - a best-effort reader must not stop the caller
        return Extraction()


def _extract(text: str, known_organs: Sequence[str]) -> Extraction:
    result = Extraction()
    text = _clean(text.split("\f", 1)[0] if "\f" in text[:20000] else text)
    raw_lines = [line.rstrip() for line in text.splitlines()][:400]
    lines = [line for line in raw_lines]

    # 1. Number line.
    so_index: int | None = None
    for i, line in enumerate(lines[:60]):
        if _SO_RE.search(fold(line)) or _SO_RE.search(line):
            parsed = _parse_symbol(line)
            if parsed is not None:
                so_index = i
                result.symbol = FieldValue(parsed[0], parsed[1])
                break
    if so_index is None:
        for i, line in enumerate(lines[:25]):
            parsed = _parse_symbol(line)
            if parsed is not None and "/" in line and not _date_in(line):
                so_index = i
                result.symbol = FieldValue(parsed[0], parsed[1] - 0.3)
                break

    # 2. Type title.
    title_index: int | None = None
    for i, line in enumerate(lines[:80]):
        title = _type_of_title(line)
        if title is not None:
            title_index = i
            result.type_name = FieldValue(title[0], title[1])
            break

    # 3. Date (and place): the place-and-date line is in the header, before the title.
    header_end = title_index if title_index is not None else min(len(lines), 25)
    if so_index is not None:
        header_end = max(header_end, so_index + 1)
    date_found = False
    for i, line in enumerate(lines[: max(header_end, 1) + 3]):
        dated = _date_in(line)
        if dated is None:
            continue
        date, start, confidence = dated
        result.issued_date = FieldValue(date, confidence if i <= header_end else confidence - 0.2)
        place = _place_before(line, start)
        if place:
            result.place = FieldValue(place, 0.7)
        date_found = True
        break
    if not date_found:
        for line in lines[:80]:
            dated = _date_in(line)
            if dated is not None:
                result.issued_date = FieldValue(dated[0], 0.4)
                break

    # 4. Issuing body: header lines above the number line, without the motto.
    organ_end = so_index if so_index is not None else header_end
    organ_lines: list[str] = []
    for line in lines[:organ_end]:
        left = _strip_motto(line)
        dated = _date_in(left)
        if dated is not None:
            left = left[: dated[1]]
            left = left[: left.rfind(",")] if "," in left else ""
        left = left.strip(" -_.,;:|")
        if _is_rule(left) or len(_letters(left)) < 2:
            continue
        if _upper_ratio(left) < 0.75:
            continue
        tidy = _tidy_organ_line(left)
        if tidy:
            organ_lines.append(tidy)
    organ_lines = organ_lines[-3:]
    if organ_lines:
        confidence = 0.85 if so_index is not None else 0.5
        result.organ_name = FieldValue("\n".join(organ_lines), confidence)
        if known_organs:
            known = match_known_organ(" ".join(organ_lines), known_organs)
            if known is None and len(organ_lines) > 1:
                known = match_known_organ(organ_lines[-1], known_organs)
            if known is not None:
                result.organ_name = FieldValue(known[0], min(0.98, 0.6 + 0.4 * known[1]))

    # 5. Trích yếu.
    subject: list[str] = []
    subject_conf = 0.0
    if title_index is not None:
        i = title_index + 1
        while i < len(lines) and not lines[i].strip():
            i += 1
        while i < len(lines):
            line = lines[i].strip()
            if not line or _is_rule(line):
                break
            if subject and (_is_body_start(line) or _upper_ratio(line) > 0.8):
                break
            if not subject and _upper_ratio(line) > 0.8 and not _VV_RE.match(fold(line)):
                break
            subject.append(line)
            i += 1
            if len(subject) >= 5:
                break
        subject_conf = 0.85 if subject else 0.0
    if not subject:
        start = so_index + 1 if so_index is not None else 0
        for i in range(start, min(len(lines), start + 25)):
            if _VV_RE.match(fold(lines[i])):
                subject.append(_canonical_vv(lines[i].strip()))
                for j in range(i + 1, min(len(lines), i + 5)):
                    nxt = lines[j].strip()
                    if (
                        not nxt
                        or _is_rule(nxt)
                        or _is_body_start(nxt)
                        or _date_in(nxt)
                        or _upper_ratio(nxt) > 0.8
                    ):
                        break
                    subject.append(nxt)
                subject_conf = 0.8
                if title_index is None:
                    result.type_name = FieldValue("Công văn", 0.8)
                break
    if subject:
        result.subject = FieldValue(_sentence_case(_squash(" ".join(subject))), subject_conf)

    # 6. Type from the ký hiệu when the title was not read, and cross-checks.
    symbol = result.symbol.value
    abbr = None
    if isinstance(symbol, str) and "/" in symbol:
        abbr = symbol.rsplit("/", 1)[1].split("-", 1)[0]
    from_symbol = ABBREVIATIONS.get(abbr) if abbr else None
    if result.type_name.value is None:
        if from_symbol is not None:
            result.type_name = FieldValue(from_symbol, 0.7)
        elif abbr is not None and symbol is not None:
            result.type_name = FieldValue("Công văn", 0.5)
    elif from_symbol is not None:
        if from_symbol == result.type_name.value:
            result.type_name.confidence = min(1.0, result.type_name.confidence + 0.05)
            result.symbol.confidence = min(1.0, result.symbol.confidence + 0.05)
        else:
            result.type_name.confidence *= 0.6
    return result
