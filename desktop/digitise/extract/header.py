"""The issuing body in the page header: the national motto cut away from the merged left column,
and OCR's damage to organisation lines repaired (leading words, the specialised agencies'
standard names), and an OCR'd name matched to the organisations already known."""

from __future__ import annotations

import re
from collections.abc import Sequence

from desktop.digitise.extract.text import edit_distance, fold, letters_in, token_like

_MOTTO_1 = ("cong", "hoa", "xa", "hoi", "chu", "nghia", "viet", "nam")
_MOTTO_2 = ("doc", "lap", "tu", "do", "hanh", "phuc")
_PARTY = ("dang", "cong", "san", "viet", "nam")  # a party document's header, at the right


_WORD_RE = re.compile(r"[^\W_]+", re.UNICODE)


def strip_motto(line: str) -> str:
    """Remove the national motto (and its rules) from a header line, keeping the left column."""
    folded = fold(line)
    words = [(m.start(), m.group()) for m in _WORD_RE.finditer(folded)]
    cut = len(line)
    for motto in (_MOTTO_1, _MOTTO_2, _PARTY):
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
        "ĐẢNG",
        "BỘ",
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


# -- the issuing body as the register writes it ------------------------------------------------
# A header of two levels writes the governing body above the issuing one ("UBND TỈNH …" over
# "ỦY BAN NHÂN DÂN / HUYỆN …", "UBND HUYỆN …" over "PHÒNG NỘI VỤ"). The register's Tác giả is
# the issuing body alone, on one line, in the register's casing ("UBND huyện Chợ Gạo").
_LEVELS = ("THÀNH PHỐ", "THỊ XÃ", "THỊ TRẤN", "HUYỆN", "TỈNH", "XÃ", "QUẬN", "PHƯỜNG")
_FOLDED_LEVELS = [fold(level).split() for level in _LEVELS]
# Lines that name a body but not its place: the next line goes on with it.
_OPEN_BODIES = {fold(x) for x in ("ỦY BAN NHÂN DÂN", "UBND", "HỘI ĐỒNG NHÂN DÂN", "HĐND",
                                   "ĐẢNG ỦY", "ĐẢNG BỘ", "BAN THƯỜNG VỤ", "HUYỆN ỦY",
                                   "TỈNH ỦY", "ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM", "CÔNG AN",
                                   "BAN CHỈ HUY QUÂN SỰ", "HỘI NÔNG DÂN", "HỘI CỰU CHIẾN BINH",
                                   "HỘI LIÊN HIỆP PHỤ NỮ", "ĐOÀN TNCS HỒ CHÍ MINH")}
_SHORT = {"ỦY BAN NHÂN DÂN": "UBND", "HỘI ĐỒNG NHÂN DÂN": "HĐND",
          "ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM": "Ủy ban MTTQ Việt Nam"}
# Agency names in the register's casing; anything else: first word capitalised.
_CASED = {fold(p): p for p in (
    "Tài nguyên và Môi trường", "Giáo dục và Đào tạo", "Văn hóa và Thông tin",
    "Văn hóa, Thể thao và Du lịch", "Văn hóa - Thông tin", "Giao thông vận tải", "Nội vụ",
    "Tư pháp", "Y tế", "Tài chính", "Tài chính - Kế hoạch", "Kế hoạch và Đầu tư",
    "Lao động - Thương binh và Xã hội", "Lao động, Thương binh và Xã hội", "Nông nghiệp và PTNT",
    "Nông nghiệp và Phát triển nông thôn", "Kinh tế", "Kinh tế và Hạ tầng",
    "Kinh tế, Hạ tầng và Đô thị", "Quản lý đô thị", "Công Thương", "Xây dựng",
    "Khoa học và Công nghệ", "Thông tin và Truyền thông", "Dân tộc", "Thanh tra",
    "Văn phòng HĐND và UBND", "Văn phòng UBND", "Công an", "Ban Chỉ huy Quân sự",
    "Đảng ủy", "Huyện ủy", "Tỉnh ủy", "Hội Nông dân", "Hội Cựu chiến binh",
    "Hội Liên hiệp Phụ nữ", "Đoàn TNCS Hồ Chí Minh", "Ban Thường vụ", "Đảng bộ")}
_BODY_HEADS = {fold(w) for w in ("PHÒNG", "SỞ", "BAN", "CHI CỤC", "CỤC", "VĂN PHÒNG",
                                  "TRUNG TÂM", "BỘ", "TRƯỜNG", "KHO BẠC", "CHI NHÁNH", "BỆNH VIỆN")}


def _starts_with_level(words: list[str]) -> int:
    folded = [fold(w) for w in words]
    if folded[:1] == ["quan"] and words[0].upper() != "QUẬN":
        return 0  # "QUÂN SỰ" is not "QUẬN …"
    if len(folded) > 1 and folded[1] == "uy":
        return 0  # "HUYỆN ỦY …", "TỈNH ỦY …": a party committee, not a level
    for level in _FOLDED_LEVELS:
        if folded[: len(level)] == level:
            return len(level)
    return 0


def split_organ(lines: list[str]) -> tuple[list[str], list[str]]:
    """(governing body lines, issuing body lines) of a header's organisation lines."""
    units: list[list[str]] = []
    for line in lines:
        words = line.split()
        continues = units and (
            _starts_with_level(words) > 0
            or fold(" ".join(units[-1])) in _OPEN_BODIES
        )
        if continues:
            units[-1].append(line)
        else:
            units.append([line])
    if not units:
        return [], []
    governing = [" ".join(u) for u in units[:-1]]
    return governing, [" ".join(units[-1])]


def _title(word: str) -> str:
    return word[:1].upper() + word[1:].lower() if word else word


def _is_acronym(word: str) -> bool:
    letters = [ch for ch in word if ch.isalpha()]
    vowels = set("aeiouyăâêôơưáàảãạ") | {fold(v) for v in "aeiouy"}
    return bool(letters) and (fold(word) in {"ubnd", "hdnd", "ptnt", "mttq", "tncs", "vp"}
                              or not any(fold(ch) in vowels for ch in letters))


def _cased_body(words: list[str]) -> str:
    """"PHÒNG TÀI NGUYÊN VÀ MÔI TRƯỜNG" → "Phòng Tài nguyên và Môi trường"."""
    if not words:
        return ""
    text = " ".join(words)
    for full, short in _SHORT.items():
        if fold(text).startswith(fold(full)):
            rest = words[len(full.split()):]
            return " ".join([short, *([_cased_body(rest)] if rest else [])])
    key = fold(text)
    if key in _CASED:
        return _CASED[key]
    for n in range(len(words), 0, -1):
        head = fold(" ".join(words[:n]))
        if head in _BODY_HEADS and n < len(words):
            rest_key = fold(" ".join(words[n:]))
            tail = _CASED.get(rest_key) or " ".join(
                [_title(words[n]), *[w if _is_acronym(w) else w.lower() for w in words[n + 1:]]])
            return " ".join([_title(words[0]), *[w.lower() for w in words[1:n]], tail])
    out = [w if _is_acronym(w) else w.lower() for w in words]
    if not _is_acronym(out[0]):
        out[0] = _title(out[0])
    return " ".join(out)


def register_form(line: str) -> str:
    """One line of an issuing body as the register writes it: the body in its casing, the
    level in lower case, the place name in title case ("UBND huyện Chợ Gạo")."""
    words = line.split()
    for i in range(len(words)):
        n = _starts_with_level(words[i:])
        if n and i > 0:
            body = _cased_body(words[:i])
            level = " ".join(w.lower() for w in words[i:i + n])
            place = " ".join(_title(w) for w in words[i + n:])
            return " ".join(p for p in (body, level, place) if p)
    folded = [fold(w) for w in words]
    if len(words) > 2 and folded[1] == "uy" and folded[0] in {"huyen", "tinh", "thanh", "quan",
                                                               "thi", "dang"}:
        return " ".join([_title(words[0]), words[1].lower(), *(_title(w) for w in words[2:])])
    return _cased_body(words)
