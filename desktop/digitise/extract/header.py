"""The issuing body in the page header: the national motto cut away from the merged left column,
and OCR's damage to organisation lines repaired (leading words, the specialised agencies'
standard names), and an OCR'd name matched to the organisations already known."""

from __future__ import annotations

import re
from collections.abc import Sequence

from desktop.digitise.extract.text import edit_distance, fold, letters_in, token_like

_MOTTO_1 = ("cong", "hoa", "xa", "hoi", "chu", "nghia", "viet", "nam")
_MOTTO_2 = ("doc", "lap", "tu", "do", "hanh", "phuc")


_WORD_RE = re.compile(r"[^\W_]+", re.UNICODE)


def strip_motto(line: str) -> str:
    """Remove the national motto (and its rules) from a header line, keeping the left column."""
    folded = fold(line)
    words = [(m.start(), m.group()) for m in _WORD_RE.finditer(folded)]
    cut = len(line)
    for motto in (_MOTTO_1, _MOTTO_2):
        for i in range(len(words)):
            window = [w for _, w in words[i : i + len(motto)]]
            hits = sum(
                1 for k, w in enumerate(window) if k < len(motto) and token_like(w, motto[k])
            )
            need = min(len(motto), len(words) - i)
            if need >= 3 and hits >= max(3, need - 2) and token_like(window[0], motto[0]):
                cut = min(cut, words[i][0])
                break
            # The motto may be cut by OCR at its start ("HÒA XÃ HỘI CHỦ NGHĨA…").
            if (
                i + 3 <= len(words)
                and len(window) >= 3
                and all(token_like(window[k], motto[k + 1]) for k in range(min(3, len(motto) - 1)))
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
                    a == b or (len(b) >= 4 and edit_distance(a, b, 1) <= 1)
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
        if len(key) >= 4 and edit_distance(folded, key, 1) <= 1
    ]
    return near[0] if len(near) == 1 else None


def _starts_with_phrase(words: list[str]) -> bool:
    folded = [fold(w) for w in words]
    return any(folded[: len(keys)] == keys for keys, _canonical in _PHRASE_TOKENS)


def tidy_organ_line(line: str) -> str:
    """Upper-case an organisation line, drop junk tokens, restore known words' accents."""
    words = [w.strip(".;:|\\/'\"`~!") for w in line.split()]
    words = [w for w in words if any(ch.isalpha() for ch in w)]
    dropped = ""
    while (
        words
        and len(letters_in(words[0])) <= 2
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
        distance = edit_distance(key, other, limit)
        if distance <= limit:
            score = 1.0 - distance / max(len(other), 1)
            if best is None or score > best[1]:
                best = (candidate, score)
    return best
