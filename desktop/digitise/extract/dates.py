"""The date of the document and the place name written before it ("Bình Phú, ngày … tháng …")."""

from __future__ import annotations

import datetime as dt
import re

from desktop.digitise.extract.symbol import NUMBER_RE, fix_digits
from desktop.digitise.extract.text import fold

_D = "[0-9OoIil|]"
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
# OCR of italic digits: a dagger for 1, a hash for 4, a section sign for 8, a 6/8/9 for a
# leading 0 ("63" for "03").
_ITALIC_DIGITS = str.maketrans({"†": "1", "‡": "1", "+": "1", "#": "4", "§": "8"})


def _year(text: str) -> tuple[int, bool]:
    """A year read loosely: an italic 0 read as 6, 8 or 9 ("2921") is put back ("2021")."""
    digits = fix_digits(text)
    year = int(digits)
    if year > 2100 and len(digits) == 4 and digits[0] == "2" and digits[1] in "689":
        return int("20" + digits[2:]), True
    return year, False


def _loose_number(text: str, top: int) -> tuple[int, bool]:
    """A day or month read loosely; returns (value, corrected)."""
    digits = fix_digits(text)
    value = int(digits)
    if value > top and len(digits) == 2 and digits[0] in "689":
        return int(digits[1]), True
    return value, False


def date_in(line: str) -> tuple[dt.date, int, float] | None:
    """(date, start of match, confidence) for a date written in ``line``."""
    folded = fold(line).translate(_ITALIC_DIGITS)
    for regex, confidence in ((_DATE_RE, 0.9), (_DATE_NUMERIC_RE, 0.7)):
        match = regex.search(folded)
        if match is None:
            continue
        try:
            day = int(fix_digits(match.group("d")))
            month = int(fix_digits(match.group("m")))
            year, fixed_year = _year(match.group("y"))
            date = dt.date(year, month, day)
        except ValueError:
            continue
        if not 1945 <= year <= 2100:
            continue
        return date, match.start(), confidence - (0.3 if fixed_year else 0.0)
    # Italic dates come out of OCR badly ("rrgày 0†tháng 5nămr2020", "Phước; ngày 63tháng"):
    # a place, a comma, then three numbers in order is still a date.
    match = _DATE_LOOSE_RE.search(folded)
    if match is not None:
        try:
            day, fixed_day = _loose_number(match.group("d"), 31)
            month, fixed_month = _loose_number(match.group("m"), 12)
            year, fixed_year = _year(match.group("y"))
            date = dt.date(year, month, day)
        except ValueError:
            return None
        if not 1945 <= year <= 2100:
            return None
        start = match.start() + (1 if folded[match.start()] in ",;" else 0)
        return date, start, 0.4 if fixed_day or fixed_month or fixed_year else 0.55
    return None


def place_before(line: str, start: int) -> str | None:
    head = line[:start].rstrip(" ,")
    if not head:
        return None
    # The place is the last run of capitalised words before "ngày" (after a merged Số …).
    matches = list(NUMBER_RE.finditer(head))
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
