"""The header of an old register's sheet: the Phụ lục IV column names and the spellings clerks
use for them, the header row found among the first rows (one row, or two with a name merged
over the columns below it), and the rows that are not entries — the row of column numbers,
headings of a month or quarter, footers with totals and signatures."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from desktop.core.errors import UserError
from desktop.core.i18n import _
from desktop.core.textfold import fold
from desktop.registers.import_sheet import HEADER_ROWS, cell_text


def header_key(header: str) -> str:
    text = re.sub(r"\(\s*\d+\s*\)|\*", "", fold(header))  # "Số đến (2)", "Ngày đến*"
    return re.sub(r"[^0-9a-z]", "", text)


# canonical key → accepted header spellings (folded, punctuation removed)
COLUMNS: dict[str, dict[str, tuple[str, ...]]] = {
    "incoming": {
        "received": ("Ngày đến", "Ngày nhận", "Ngày, tháng đến", "Ngày tháng đến"),
        "number": ("Số đến", "Số thứ tự đến"),
        "organ": ("Tác giả", "Cơ quan ban hành", "Nơi gửi", "Cơ quan, tổ chức ban hành",
                  "Nơi gửi văn bản", "Tác giả văn bản", "Cơ quan gửi"),
        "symbol": ("Số, ký hiệu văn bản", "Số ký hiệu", "Số, ký hiệu", "Số và ký hiệu văn bản",
                   "Số, ký hiệu của văn bản"),
        "issued": ("Ngày tháng văn bản", "Ngày văn bản", "Ngày tháng", "Ngày, tháng văn bản",
                   "Ngày, tháng, năm văn bản", "Ngày tháng năm văn bản", "Ngày ban hành"),
        "subject": ("Tên loại và trích yếu nội dung", "Trích yếu nội dung", "Trích yếu",
                    "Tên loại và trích yếu nội dung văn bản", "Tên loại, trích yếu nội dung"),
        "recipients": ("Đơn vị hoặc người nhận", "Người nhận", "Đơn vị nhận",
                       "Đơn vị, người nhận", "Đơn vị hoặc người nhận văn bản"),
        "transfer": ("Ngày chuyển",),
        "receiver_sign": ("Ký nhận", "Người nhận ký"),
        "notes": ("Ghi chú",),
        "type": ("Loại văn bản", "Tên loại"),
        "files": ("Tệp", "Tệp đính kèm"),
    },
    "outgoing": {
        "symbol": ("Số, ký hiệu văn bản", "Số ký hiệu", "Số, ký hiệu", "Số và ký hiệu văn bản",
                   "Số, ký hiệu của văn bản"),
        "issued": ("Ngày tháng văn bản", "Ngày văn bản", "Ngày tháng", "Ngày, tháng văn bản",
                   "Ngày, tháng, năm văn bản", "Ngày tháng năm văn bản", "Ngày ban hành"),
        "subject": ("Tên loại và trích yếu nội dung", "Trích yếu nội dung", "Trích yếu",
                    "Tên loại và trích yếu nội dung văn bản", "Tên loại, trích yếu nội dung"),
        "signer": ("Người ký",),
        "recipients": ("Nơi nhận văn bản", "Nơi nhận"),
        "archive": ("Đơn vị, người nhận bản lưu", "Bản lưu", "Đơn vị, người nhận bản lưu văn bản"),
        "copies": ("Số lượng bản", "Số bản"),
        "transfer": ("Ngày chuyển",),
        "receiver_sign": ("Ký nhận", "Người nhận ký"),
        "notes": ("Ghi chú",),
        "type": ("Loại văn bản", "Tên loại"),
        "files": ("Tệp", "Tệp đính kèm"),
    },
}
REQUIRED = {
    "incoming": ("received", "organ", "symbol", "issued", "subject"),
    "outgoing": ("symbol", "issued", "subject"),
}
HEADER_LABEL = {reg: {k: v[0] for k, v in cols.items()} for reg, cols in COLUMNS.items()}
_WANTED = {reg: {header_key(a): k for k, aliases in cols.items() for a in aliases}
           for reg, cols in COLUMNS.items()}


def _map_cells(register: str, cells: list[str]) -> dict[int, str]:
    wanted = _WANTED[register]
    mapping: dict[int, str] = {}
    for idx, text in enumerate(cells):
        key = wanted.get(header_key(text))
        if key and key not in mapping.values():
            mapping[idx] = key
    return mapping


def _missing(register: str, mapping: dict[int, str]) -> list[str]:
    return [k for k in REQUIRED[register] if k not in mapping.values()]


def _missing_error(register: str, missing: list[str], sheet: str | None) -> UserError:
    columns = ", ".join(HEADER_LABEL[register][k] for k in missing)
    if sheet is None:
        msg = _("Bảng tính thiếu cột: {columns}. Dòng tiêu đề phải dùng tên cột của Phụ lục IV.",
                columns=columns)
    else:
        msg = _("Trang tính “{sheet}” thiếu cột: {columns}. Dòng tiêu đề (trong 20 dòng đầu) "
                "phải dùng tên cột của Phụ lục IV.", sheet=sheet, columns=columns)
    return UserError(msg, field="file")


def map_headers(register: str, header: list[Any]) -> dict[int, str]:
    mapping = _map_cells(register, [cell_text(c) for c in header])
    missing = _missing(register, mapping)
    if missing:
        raise _missing_error(register, missing, None)
    return mapping


def _joined(top: list[Any], below: list[Any]) -> list[list[str]]:
    """The candidate names of each column of a two-row header: the lower cell, the upper cell
    (a name merged down over both rows), and the upper one carried over its merged width
    joined with the lower one ("Văn bản" over "Số, ký hiệu")."""
    width = max(len(top), len(below))
    carried = ""
    out: list[list[str]] = []
    for i in range(width):
        a = cell_text(top[i]) if i < len(top) else ""
        b = cell_text(below[i]) if i < len(below) else ""
        if a:
            carried = a
        out.append([b, a, f"{carried} {b}".strip(), f"{a} {b}".strip()])
    return out


def _map_two_rows(register: str, top: list[Any], below: list[Any]) -> dict[int, str]:
    wanted = _WANTED[register]
    mapping: dict[int, str] = {}
    for idx, names in enumerate(_joined(top, below)):
        for name in names:
            key = wanted.get(header_key(name))
            if key and key not in mapping.values():
                mapping[idx] = key
                break
    return mapping


def is_column_numbers(cells: list[Any]) -> bool:
    """The row of column numbers clerks put under the header: 1, 2, 3… or (1), (2)…"""
    texts = [cell_text(c) for c in cells if cell_text(c)]
    if len(texts) < 3:
        return False
    nums = []
    for t in texts:
        m = re.fullmatch(r"\(?\s*(\d{1,2})\s*\)?", t)
        if not m:
            return False
        nums.append(int(m[1]))
    return nums == sorted(nums) and len(set(nums)) == len(nums) and nums[0] <= 2


_FOOTER = re.compile(
    r"^(nguoi lap( so| bieu)?|tong( cong| so)?|cong\b|ky ten|xac nhan|thu truong|"
    r"chanh van phong|van thu|(\(?ky,? ghi ro ho ten)|[\w\s]*, ngay .{0,6} thang .{0,6} nam)"
)


def footer_text(cells: list[Any]) -> str | None:
    """The text of a footer row (totals, "Người lập sổ", signatures) or None."""
    texts = [cell_text(c) for c in cells if cell_text(c)]
    if not texts or len(texts) > 3:
        return None
    first = fold(texts[0]).strip(" .:")
    if _FOOTER.match(first):
        return texts[0]
    return None


def is_section_row(cells: list[Any]) -> bool:
    """A heading inside the register ("Tháng 01", "Quý I/2023") on a row of its own."""
    texts = [cell_text(c) for c in cells if cell_text(c)]
    return len(texts) == 1 and bool(
        re.fullmatch(r"(thang|quy|nam)\s+[\w/\-. ]{1,12}", fold(texts[0])))


@dataclass
class Header:
    mapping: dict[int, str]
    last_row: int  # the Excel row the header ends on


def find_header(register: str, first: list[tuple[int, list[Any]]],
                sheet: str | None) -> Header | None:
    """The header among the first rows: the row (or two consecutive rows) naming the most
    Phụ lục IV columns. None when no row names two; an error when the best misses some."""
    best: tuple[int, int, Header] | None = None
    for pos, (idx, cells) in enumerate(first):
        if idx > HEADER_ROWS:
            break
        candidates = [Header(_map_cells(register, [cell_text(c) for c in cells]), idx)]
        if pos + 1 < len(first) and first[pos + 1][0] == idx + 1:
            below = first[pos + 1][1]
            if not is_column_numbers(below):
                candidates.append(Header(_map_two_rows(register, cells, below), idx + 1))
        for cand in candidates:
            score = (len(REQUIRED[register]) - len(_missing(register, cand.mapping)),
                     len(cand.mapping))
            if best is None or score > best[:2]:
                best = (*score, cand)
    if best is None or best[1] < 2:
        return None
    header = best[2]
    missing = _missing(register, header.mapping)
    if missing:
        raise _missing_error(register, missing, sheet)
    return header
