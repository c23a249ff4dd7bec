"""Document types and their abbreviations (Nghị định 30/2020, Phụ lục III)."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.core.errors import UserError
from desktop.core.i18n import _
from desktop.core.textfold import fold


@dataclass(frozen=True)
class DocType:
    name: str
    abbr: str  # "" for công văn and thư công
    copy: bool = False  # SY, SL, TrS share the copies series


TYPES: tuple[DocType, ...] = (
    DocType("Nghị quyết", "NQ"),
    DocType("Quyết định", "QĐ"),
    DocType("Chỉ thị", "CT"),
    DocType("Quy chế", "QC"),
    DocType("Quy định", "QyĐ"),
    DocType("Thông cáo", "TC"),
    DocType("Thông báo", "TB"),
    DocType("Hướng dẫn", "HD"),
    DocType("Chương trình", "CTr"),
    DocType("Kế hoạch", "KH"),
    DocType("Phương án", "PA"),
    DocType("Đề án", "ĐA"),
    DocType("Dự án", "DA"),
    DocType("Báo cáo", "BC"),
    DocType("Biên bản", "BB"),
    DocType("Tờ trình", "TTr"),
    DocType("Hợp đồng", "HĐ"),
    DocType("Công điện", "CĐ"),
    DocType("Bản ghi nhớ", "BGN"),
    DocType("Bản thỏa thuận", "BTT"),
    DocType("Giấy ủy quyền", "GUQ"),
    DocType("Giấy mời", "GM"),
    DocType("Giấy giới thiệu", "GGT"),
    DocType("Giấy nghỉ phép", "GNP"),
    DocType("Phiếu gửi", "PG"),
    DocType("Phiếu chuyển", "PC"),
    DocType("Phiếu báo", "PB"),
    DocType("Công văn", ""),
    DocType("Thư công", ""),
    # Received from above, never issued by a commune: normative documents and the party's own.
    DocType("Nghị định", "NĐ"),
    DocType("Thông tư", "TT"),
    DocType("Kết luận", "KL"),
    DocType("Thông tri", ""),
    DocType("Bản sao y", "SY", copy=True),
    DocType("Bản trích sao", "TrS", copy=True),
    DocType("Bản sao lục", "SL", copy=True),
)



def _named(name: str) -> DocType:
    return next(t for t in TYPES if t.name == name)


CONG_VAN = _named("Công văn")

# Folded spellings people type: "quyet dinh", "qd", "Quyết định", plus a few common variants.
_BY_KEY: dict[str, DocType] = {}
for _t in TYPES:
    _BY_KEY[fold(_t.name)] = _t
    if _t.abbr:
        _BY_KEY.setdefault(fold(_t.abbr), _t)
_BY_KEY["thoa thuan"] = _named("Bản thỏa thuận")
_BY_KEY["sao y"] = _named("Bản sao y")
_BY_KEY["trich sao"] = _named("Bản trích sao")
_BY_KEY["sao luc"] = _named("Bản sao lục")
_BY_KEY["cv"] = CONG_VAN

_BY_ABBR: dict[str, DocType] = {t.abbr.upper(): t for t in TYPES if t.abbr}


def find_type(text: str) -> DocType | None:
    return _BY_KEY.get(fold(text))


def require_type(text: str) -> DocType:
    found = find_type(text)
    if found is None:
        raise UserError(
            _(
                "Loại văn bản không hợp lệ: “{value}”. Các loại hợp lệ: {choices}.",
                value=text,
                choices=", ".join(t.name for t in TYPES),
            ),
            field="type",
        )
    return found


def type_from_abbr(abbr: str) -> DocType | None:
    return _BY_ABBR.get(abbr.upper())


def type_from_symbol(symbol: str) -> DocType | None:
    """'101/QĐ-UBND' → Quyết định; '34/UBND-VP' → None (a công văn, or unknown)."""
    parts = symbol.split("/")
    if len(parts) < 2:
        return None
    first = parts[-1].split("-")[0]
    return type_from_abbr(first)


def type_from_summary(summary: str) -> DocType | None:
    """'Quyết định về việc …' → Quyết định (longest type name that starts the text)."""
    folded = fold(summary)
    best: DocType | None = None
    for t in TYPES:
        key = fold(t.name)
        if (folded == key or folded.startswith(key + " ")) and (
            best is None or len(t.name) > len(best.name)
        ):
            best = t
    return best
