"""Checking one row of an old register and turning it into the values of a document row; a
problem is a :class:`RowError` naming the column."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from desktop.core.errors import UserError
from desktop.core.i18n import _
from desktop.core.numbering import DEFAULT_MAX_NUMBER, max_register_number, series_for
from desktop.core.validate import parse_date, parse_symbol
from desktop.registers.doctypes import (
    CONG_VAN,
    DocType,
    find_type,
    type_from_summary,
    type_from_symbol,
)
from desktop.registers.import_sheet import cell_date, cell_int, cell_text
from models.entities import Direction, Secrecy, Status

EARLIEST = dt.date(1945, 1, 1)
MAX_NUMBER_PER_YEAR = DEFAULT_MAX_NUMBER
#: The highest number an imported row may carry: the same limit as registering
#: (:func:`desktop.core.numbering.max_register_number`, ``VANTHU_MAX_NUMBER``).
max_number_per_year = max_register_number


# -- checking a row -----------------------------------------------------------------------
class RowError(Exception):
    def __init__(self, column: str, reason: str) -> None:
        super().__init__(reason)
        self.column = column
        self.reason = reason


def _split_type_subject(text: str, explicit: str, symbol: str) -> tuple[DocType, str]:
    doctype: DocType | None = None
    if explicit:
        doctype = find_type(explicit)
        if doctype is None:
            raise RowError("type", _("loại văn bản không hợp lệ: “{value}”", value=explicit))
    from_summary = type_from_summary(text)
    subject = text
    if from_summary is not None and (doctype is None or doctype == from_summary):
        doctype = from_summary
        rest = text[len(from_summary.name):].lstrip(" :,-–")
        subject = rest[:1].upper() + rest[1:] if rest else text
    if doctype is None:
        doctype = type_from_symbol(symbol) or CONG_VAN
    return doctype, subject


def _date(row: dict[str, Any], key: str) -> dt.date | None:
    value = row.get(key)
    if value is None or cell_text(value) == "":
        return None
    try:
        day = cell_date(value)
    except (ValueError, OverflowError):
        try:
            day = parse_date(cell_text(value), key)
        except UserError:
            raise RowError(key, _("ngày không hợp lệ: “{value}”",
                                  value=cell_text(value)[:40])) from None
    if day < EARLIEST:
        raise RowError(key, _("ngày {date} trước năm 1945", date=day.strftime("%d/%m/%Y")))
    return day


def row_files(row: dict[str, Any], files_dir: Path | None) -> list[Path]:
    text = cell_text(row.get("files"))
    if not text:
        return []
    if files_dir is None:
        raise RowError("files", _("có cột Tệp nhưng thiếu --files-dir"))
    paths = []
    root = files_dir.resolve()
    for part in text.split(";"):
        name = part.strip()
        if not name:
            continue
        if Path(name).is_absolute() or name.startswith(("/", "\\")) or ":" in name \
                or ".." in Path(name.replace("\\", "/")).parts:
            raise RowError("files", _("tệp “{name}” nằm ngoài thư mục --files-dir", name=name))
        p = (root / name).resolve()
        if not p.is_relative_to(root):
            raise RowError("files", _("tệp “{name}” nằm ngoài thư mục --files-dir", name=name))
        if not p.is_file():
            raise RowError("files", _("không tìm thấy tệp “{name}”", name=name))
        if p.stat().st_size == 0:
            raise RowError("files", _("tệp rỗng “{name}”", name=name))
        paths.append(p)
    return paths


def _require(row: dict[str, Any], key: str, max_len: int) -> str:
    text = cell_text(row.get(key))
    if not text:
        raise RowError(key, _("ô trống"))
    if len(text) > max_len:
        raise RowError(key, _("dài quá {max} ký tự", max=max_len))
    return text


def _symbol_type_subject(row: dict[str, Any]) -> tuple[str, str, str, DocType, str]:
    """The Số, ký hiệu and the Tên loại và trích yếu columns, shared by both registers."""
    symbol = _require(row, "symbol", 60)
    try:
        code_number, code_notation = parse_symbol(symbol)
    except UserError:
        raise RowError("symbol", _("số, ký hiệu không đúng dạng: “{value}”", value=symbol)) from None
    doctype, subject = _split_type_subject(
        _require(row, "subject", 560), cell_text(row.get("type")), symbol
    )
    if len(subject) > 500:
        raise RowError("subject", _("dài quá {max} ký tự", max=500))
    return symbol, code_number, code_notation, doctype, subject


def _number(row: dict[str, Any], key: str, top: int, label: str) -> int | None:
    try:
        number = cell_int(row.get(key))
    except ValueError:
        raise RowError(key, _("{label} không phải số nguyên dương", label=label)) from None
    if number is not None and number < 1:
        raise RowError(key, _("{label} không phải số nguyên dương", label=label))
    if number is not None and number > top:
        raise RowError(key, _("{label} {n} lớn hơn {max}, số lớn nhất một năm",
                              label=label, n=number, max=top))
    return number


def incoming_row(row: dict[str, Any], today: dt.date,
                 top: int = MAX_NUMBER_PER_YEAR) -> dict[str, Any]:
    received = _date(row, "received")
    if received is None:
        raise RowError("received", _("ô trống"))
    if received > today:
        raise RowError("received", _("ngày đến ở tương lai"))
    issued = _date(row, "issued")
    if issued is None:
        raise RowError("issued", _("ô trống"))
    if issued > received:
        raise RowError("issued", _("ngày văn bản sau ngày đến"))
    symbol, code_number, code_notation, doctype, subject = _symbol_type_subject(row)
    organ = _require(row, "organ", 200)
    number = _number(row, "number", top, _("số đến"))
    return {
        "direction": Direction.INCOMING.value,
        "series": series_for(Direction.INCOMING, Secrecy.NONE, doctype.copy),
        "year": received.year,
        "number": number,
        "symbol": symbol,
        "code_number": code_number,
        "code_notation": code_notation,
        "issued_date": issued,
        "received_date": received,
        "organ_name": organ,
        "type_name": doctype.name,
        "subject": subject,
        "recipients": cell_text(row.get("recipients")),
        "transfer_date": _date(row, "transfer"),
        "receiver_sign": cell_text(row.get("receiver_sign"))[:200],
        "notes": cell_text(row.get("notes")),
    }


def outgoing_row(row: dict[str, Any], org_short: str, today: dt.date | None = None,
                 top: int = MAX_NUMBER_PER_YEAR) -> dict[str, Any]:
    issued = _date(row, "issued")
    if issued is None:
        raise RowError("issued", _("ô trống"))
    if today is not None and issued > today:
        raise RowError("issued", _("ngày văn bản ở tương lai"))
    symbol, code_number, code_notation, doctype, subject = _symbol_type_subject(row)
    if not code_number.isdigit() or not 1 <= int(code_number) <= top:
        raise RowError("symbol", _("số {n} ngoài khoảng 1…{max}", n=code_number[:20], max=top))
    try:
        copies = cell_int(row.get("copies"))
    except ValueError:
        raise RowError("copies", _("số lượng bản không phải số nguyên")) from None
    if copies is not None and copies > 100_000:
        raise RowError("copies", _("số lượng bản {n} quá lớn", n=copies))
    return {
        "direction": Direction.OUTGOING.value,
        "series": series_for(Direction.OUTGOING, Secrecy.NONE, doctype.copy),
        "year": issued.year,
        "number": int(code_number),
        "symbol": symbol,
        "code_number": code_number,
        "code_notation": code_notation,
        "issued_date": issued,
        "received_date": None,
        "organ_name": "",
        "type_name": doctype.name,
        "subject": subject,
        "recipients": cell_text(row.get("recipients")),
        "transfer_date": _date(row, "transfer"),
        "receiver_sign": cell_text(row.get("receiver_sign"))[:200],
        "notes": cell_text(row.get("notes")),
        "signer_name": cell_text(row.get("signer"))[:120],
        "archive_unit": cell_text(row.get("archive"))[:200],
        "copies": copies,
        "status": Status.ISSUED.value,
    }
