"""Reading an old register's spreadsheet (.xlsx or .csv): its rows, its cells as text, and its
header row mapped to the Phụ lục IV column names."""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from desktop.core.errors import UserError
from desktop.core.i18n import _
from desktop.core.textfold import fold


def header_key(header: str) -> str:
    return re.sub(r"[^0-9a-z]", "", fold(header))


# canonical key → accepted header spellings (folded, punctuation removed)
COLUMNS: dict[str, dict[str, tuple[str, ...]]] = {
    "incoming": {
        "received": ("Ngày đến",),
        "number": ("Số đến",),
        "organ": ("Tác giả", "Cơ quan ban hành", "Nơi gửi"),
        "symbol": ("Số, ký hiệu văn bản", "Số ký hiệu", "Số, ký hiệu"),
        "issued": ("Ngày tháng văn bản", "Ngày văn bản", "Ngày tháng"),
        "subject": ("Tên loại và trích yếu nội dung", "Trích yếu nội dung", "Trích yếu"),
        "recipients": ("Đơn vị hoặc người nhận", "Người nhận", "Đơn vị nhận"),
        "transfer": ("Ngày chuyển",),
        "receiver_sign": ("Ký nhận",),
        "notes": ("Ghi chú",),
        "type": ("Loại văn bản", "Tên loại"),
        "files": ("Tệp", "Tệp đính kèm"),
    },
    "outgoing": {
        "symbol": ("Số, ký hiệu văn bản", "Số ký hiệu", "Số, ký hiệu"),
        "issued": ("Ngày tháng văn bản", "Ngày văn bản", "Ngày tháng"),
        "subject": ("Tên loại và trích yếu nội dung", "Trích yếu nội dung", "Trích yếu"),
        "signer": ("Người ký",),
        "recipients": ("Nơi nhận văn bản", "Nơi nhận"),
        "archive": ("Đơn vị, người nhận bản lưu", "Bản lưu"),
        "copies": ("Số lượng bản",),
        "transfer": ("Ngày chuyển",),
        "receiver_sign": ("Ký nhận",),
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


# -- reading ------------------------------------------------------------------------------
def read_rows(path: Path) -> Iterator[tuple[int, list[Any]]]:
    if not path.is_file():
        raise UserError(_("Không tìm thấy tệp: {path}.", path=str(path)), field="file")
    suffix = path.suffix.lower()
    with open(path, "rb") as f:
        head = f.read(8)
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        raise UserError(
            _("Tệp {path} là định dạng Excel cũ (.xls); hãy lưu lại thành .xlsx.", path=str(path)),
            field="file",
        )
    if head.startswith(b"PK\x03\x04") or suffix in (".xlsx", ".xlsm"):
        yield from _read_xlsx(path)
    elif suffix in (".csv", ".txt") or not head.startswith(b"PK"):
        yield from _read_csv(path)


def _read_xlsx(path: Path) -> Iterator[tuple[int, list[Any]]]:
    from openpyxl import load_workbook

    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError, TypeError) as exc:
        raise UserError(
            _("Không đọc được bảng tính {path}: tệp hỏng hoặc không phải .xlsx.", path=str(path)),
            str(exc),
            field="file",
        ) from exc
    try:
        ws = wb.worksheets[0]
        for idx, row in enumerate(ws.iter_rows(values_only=True), start=1):
            yield idx, list(row)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError, TypeError) as exc:
        raise UserError(
            _("Không đọc được bảng tính {path}: tệp hỏng hoặc không phải .xlsx.", path=str(path)),
            str(exc),
            field="file",
        ) from exc
    finally:
        wb.close()


def _read_csv(path: Path) -> Iterator[tuple[int, list[Any]]]:
    raw = path.read_bytes()
    try:
        content = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise UserError(
            _(
                "Tệp CSV {path} không phải mã UTF-8 (lỗi ở dòng {line}). "
                "Hãy lưu lại tệp với mã hóa UTF-8.",
                path=str(path),
                line=line,
            ),
            str(exc),
            field="file",
        ) from exc
    if "\x00" in content:
        raise UserError(
            _("Tệp {path} không phải bảng tính CSV hay .xlsx.", path=str(path)), field="file"
        )
    sample = content[:4096]
    delimiter = ";" if sample.count(";") > sample.count(",") else ","
    reader = csv.reader(io.StringIO(content, newline=""), delimiter=delimiter)
    try:
        for idx, row in enumerate(reader, start=1):
            yield idx, list(row)
    except csv.Error as exc:
        raise UserError(
            _("Tệp CSV {path} sai định dạng: {detail}.", path=str(path), detail=str(exc)),
            field="file",
        ) from exc


def cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    return str(value).strip()


def cell_int(value: Any) -> int | None:
    text = cell_text(value)
    if not text:
        return None
    if not text.isdigit():
        raise ValueError(text)
    return int(text)


def map_headers(register: str, header: list[Any]) -> dict[int, str]:
    wanted = {header_key(alias): key for key, aliases in COLUMNS[register].items() for alias in aliases}
    mapping: dict[int, str] = {}
    for idx, cell in enumerate(header):
        key = wanted.get(header_key(cell_text(cell)))
        if key and key not in mapping.values():
            mapping[idx] = key
    missing = [k for k in REQUIRED[register] if k not in mapping.values()]
    if missing:
        raise UserError(
            _(
                "Bảng tính thiếu cột: {columns}. Dòng tiêu đề phải dùng tên cột của Phụ lục IV.",
                columns=", ".join(HEADER_LABEL[register][k] for k in missing),
            ),
            field="file",
        )
    return mapping
