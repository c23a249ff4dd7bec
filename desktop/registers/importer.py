"""Bulk import of an existing register (.xlsx or .csv) with the Phụ lục IV column names.

Every row is checked first; a bad file is reported row by row (row, column, reason) and nothing
is written unless ``skip_bad_rows``. Good rows go in one transaction with one executemany
insert, which is what makes thousands of rows per second possible. Numbers written in the file
are the legal numbers already given and are kept; empty ones are assigned after the highest.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select

from desktop.core.errors import Cancelled, RowErrors, UserError
from desktop.core.i18n import _
from desktop.core.numbering import reserve_at_least, series_for, take_numbers
from desktop.core.textfold import fold
from desktop.core.validate import parse_date, parse_symbol
from desktop.kernel import audit
from desktop.kernel.auth import Role
from desktop.kernel.office import Office
from desktop.registers.doctypes import (
    CONG_VAN,
    DocType,
    find_type,
    type_from_summary,
    type_from_symbol,
)
from desktop.registers.registry import (
    ensure_file_row,
    remember_agency,
    search_text_of,
    store_files,
    undo_files,
)
from desktop.storage import fileflags
from desktop.storage.filestore import PutResult, sha256_file
from desktop.storage.ocr_jobs import needs_ocr
from models.entities import Direction, Document, DocumentFile, OcrJob, Secrecy, Status


def _key(header: str) -> str:
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


@dataclass
class ImportResult:
    register: str
    imported: int
    first_id: int | None
    last_id: int | None
    errors: list[tuple[int, str, str]] = field(default_factory=list)
    files: int = 0

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["errors"] = [{"row": r, "column": c, "reason": m} for r, c, m in self.errors]
        return data


# -- reading ------------------------------------------------------------------------------
def _read_rows(path: Path) -> Iterator[tuple[int, list[Any]]]:
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


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    return str(value).strip()


def _int(value: Any) -> int | None:
    text = _text(value)
    if not text:
        return None
    if not text.isdigit():
        raise ValueError(text)
    return int(text)


# -- checking a row -----------------------------------------------------------------------
class _RowError(Exception):
    def __init__(self, column: str, reason: str) -> None:
        super().__init__(reason)
        self.column = column
        self.reason = reason


def _split_type_subject(text: str, explicit: str, symbol: str) -> tuple[DocType, str]:
    doctype: DocType | None = None
    if explicit:
        doctype = find_type(explicit)
        if doctype is None:
            raise _RowError("type", _("loại văn bản không hợp lệ: “{value}”", value=explicit))
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
    if value is None or _text(value) == "":
        return None
    try:
        return parse_date(value if isinstance(value, dt.date) else _text(value), key)
    except UserError:
        raise _RowError(key, _("ngày không hợp lệ: “{value}”", value=_text(value))) from None


def _files(row: dict[str, Any], files_dir: Path | None) -> list[Path]:
    text = _text(row.get("files"))
    if not text:
        return []
    if files_dir is None:
        raise _RowError("files", _("có cột Tệp nhưng thiếu --files-dir"))
    paths = []
    for part in text.split(";"):
        name = part.strip()
        if not name:
            continue
        p = (files_dir / name).resolve()
        if not p.is_file():
            raise _RowError("files", _("không tìm thấy tệp “{name}”", name=name))
        if p.stat().st_size == 0:
            raise _RowError("files", _("tệp rỗng “{name}”", name=name))
        paths.append(p)
    return paths


def _require(row: dict[str, Any], key: str, max_len: int) -> str:
    text = _text(row.get(key))
    if not text:
        raise _RowError(key, _("ô trống"))
    if len(text) > max_len:
        raise _RowError(key, _("dài quá {max} ký tự", max=max_len))
    return text


def _symbol_type_subject(row: dict[str, Any]) -> tuple[str, str, str, DocType, str]:
    """The Số, ký hiệu and the Tên loại và trích yếu columns, shared by both registers."""
    symbol = _require(row, "symbol", 60)
    try:
        code_number, code_notation = parse_symbol(symbol)
    except UserError:
        raise _RowError("symbol", _("số, ký hiệu không đúng dạng: “{value}”", value=symbol)) from None
    doctype, subject = _split_type_subject(
        _require(row, "subject", 560), _text(row.get("type")), symbol
    )
    if len(subject) > 500:
        raise _RowError("subject", _("dài quá {max} ký tự", max=500))
    return symbol, code_number, code_notation, doctype, subject


def _incoming_row(row: dict[str, Any], today: dt.date) -> dict[str, Any]:
    received = _date(row, "received")
    if received is None:
        raise _RowError("received", _("ô trống"))
    if received > today:
        raise _RowError("received", _("ngày đến ở tương lai"))
    issued = _date(row, "issued")
    if issued is None:
        raise _RowError("issued", _("ô trống"))
    if issued > received:
        raise _RowError("issued", _("ngày văn bản sau ngày đến"))
    symbol, code_number, code_notation, doctype, subject = _symbol_type_subject(row)
    organ = _require(row, "organ", 200)
    try:
        number = _int(row.get("number"))
    except ValueError:
        raise _RowError("number", _("số đến không phải số nguyên dương")) from None
    if number is not None and number < 1:
        raise _RowError("number", _("số đến không phải số nguyên dương"))
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
        "recipients": _text(row.get("recipients")),
        "transfer_date": _date(row, "transfer"),
        "receiver_sign": _text(row.get("receiver_sign"))[:200],
        "notes": _text(row.get("notes")),
    }


def _outgoing_row(row: dict[str, Any], org_short: str) -> dict[str, Any]:
    issued = _date(row, "issued")
    if issued is None:
        raise _RowError("issued", _("ô trống"))
    symbol, code_number, code_notation, doctype, subject = _symbol_type_subject(row)
    try:
        copies = _int(row.get("copies"))
    except ValueError:
        raise _RowError("copies", _("số lượng bản không phải số nguyên")) from None
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
        "recipients": _text(row.get("recipients")),
        "transfer_date": _date(row, "transfer"),
        "receiver_sign": _text(row.get("receiver_sign"))[:200],
        "notes": _text(row.get("notes")),
        "signer_name": _text(row.get("signer"))[:120],
        "archive_unit": _text(row.get("archive"))[:200],
        "copies": copies,
        "status": Status.ISSUED.value,
    }


def _map_headers(register: str, header: list[Any]) -> dict[int, str]:
    wanted = {_key(alias): key for key, aliases in COLUMNS[register].items() for alias in aliases}
    mapping: dict[int, str] = {}
    for idx, cell in enumerate(header):
        key = wanted.get(_key(_text(cell)))
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


# -- the import ---------------------------------------------------------------------------
def import_register(
    office: Office,
    register: str,
    path: Path,
    *,
    files_dir: Path | None = None,
    skip_bad_rows: bool = False,
    today: dt.date | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ImportResult:
    """Check every row, then write the good ones in one transaction. ``cancelled`` is asked
    every few hundred rows and once more before committing: cancelling keeps nothing."""
    if register not in COLUMNS:
        raise UserError(_("Sổ không hợp lệ: {value}.", value=register), field="register")
    office.require(Role.CLERK, action=_("nhập sổ văn bản"))
    org_short = office.organisation().short_name
    today = today or dt.date.today()
    labels = HEADER_LABEL[register]

    rows = _read_rows(path)
    mapping: dict[int, str] | None = None
    good: list[tuple[int, dict[str, Any], list[Path]]] = []
    errors: list[tuple[int, str, str]] = []
    seen: dict[tuple[str, int, int], int] = {}
    def stop_if_cancelled() -> None:
        if cancelled is not None and cancelled():
            raise Cancelled(_("Đã dừng nhập sổ; chưa ghi dòng nào."))

    for idx, cells in rows:
        if idx % 500 == 0:
            stop_if_cancelled()
        if mapping is None:
            if not any(_text(c) for c in cells):
                continue
            mapping = _map_headers(register, cells)
            continue
        if not any(_text(c) for c in cells):
            continue
        row = {key: cells[i] for i, key in mapping.items() if i < len(cells)}
        try:
            values = (
                _incoming_row(row, today) if register == "incoming" else _outgoing_row(row, org_short)
            )
            files = _files(row, files_dir)
            if values["number"] is not None:
                k = (values["series"], values["year"], values["number"])
                if k in seen:
                    col = "number" if register == "incoming" else "symbol"
                    raise _RowError(col, _("số trùng với dòng {row}", row=seen[k]))
                seen[k] = idx
        except _RowError as exc:
            errors.append((idx, labels.get(exc.column, exc.column), exc.reason))
            continue
        good.append((idx, values, files))
    if mapping is None:
        raise UserError(_("Bảng tính {path} không có dòng nào.", path=str(path)), field="file")
    if errors and not skip_bad_rows:
        raise RowErrors(
            _("Tệp {path} có {n} dòng lỗi; chưa nhập dòng nào.", path=str(path), n=len(errors)),
            errors,
        )

    stop_if_cancelled()
    # Files first (content addressed, idempotent); undone if the transaction fails.
    unique_paths = list(dict.fromkeys(p for _i, _v, fs in good for p in fs))
    stored = store_files(office, unique_paths)
    put_by_path: dict[Path, PutResult] = {p: put for p, put in stored}
    actor = office.actor.username
    try:
        with office.db.write() as s:
            conflicts = _existing_numbers(s, [v for _i, v, _f in good if v["number"] is not None])
            for idx, values, _fs in good:
                k = (values["series"], values["year"], values["number"])
                if k in conflicts:
                    col = "number" if register == "incoming" else "symbol"
                    errors.append((idx, labels[col], _("số đã có trong sổ")))
            if conflicts:
                bad = {(v["series"], v["year"], v["number"]) for _i, v, _f in good} & conflicts
                good = [g for g in good if (g[1]["series"], g[1]["year"], g[1]["number"]) not in bad]
                if not skip_bad_rows:
                    raise RowErrors(
                        _("Tệp {path} có {n} dòng lỗi; chưa nhập dòng nào.", path=str(path),
                          n=len(errors)),
                        errors,
                    )
            _assign_numbers(s, [v for _i, v, _f in good])
            for _idx, values, _fs in good:
                values["search_text"] = search_text_of(values)
                values["created_by"] = actor
            ids: list[int] = []
            if good:
                ids = list(
                    s.scalars(
                        insert(Document).returning(Document.id, sort_by_parameter_order=True),
                        [v for _i, v, _f in good],
                    )
                )
            file_links = 0
            scans = set()
            for path_, put in put_by_path.items():
                if needs_ocr(ensure_file_row(s, path_, put)):
                    scans.add(put.sha256)
            s.flush()
            links = []
            for doc_id, (_idx, _values, fs) in zip(ids, good, strict=True):
                for p in fs:
                    links.append({"document_id": doc_id, "sha256": put_by_path[p].sha256,
                                  "name": p.name, "role": "chinh", "added_by": actor})
            if links:
                s.execute(insert(DocumentFile), links)
                file_links = len(links)
                jobs = [{"document_id": lk["document_id"], "sha256": lk["sha256"]}
                        for lk in links if lk["sha256"] in scans]
                if jobs:
                    s.execute(insert(OcrJob), jobs)
                fileflags.refresh(s, {int(str(lk["document_id"])) for lk in links})
            for name in {v["organ_name"] for _i, v, _f in good if v["organ_name"]}:
                remember_agency(s, name)
            stop_if_cancelled()  # the last moment: after this the rows are committed
            audit.record(
                s, actor, "nhap-so", None,
                after={
                    "so": register,
                    "tep": path.name,
                    "sha256": sha256_file(path),
                    "so_dong": len(ids),
                    "ma_dau": ids[0] if ids else None,
                    "ma_cuoi": ids[-1] if ids else None,
                },
            )
    except BaseException:
        undo_files(office, stored)
        raise
    return ImportResult(register, len(ids), ids[0] if ids else None, ids[-1] if ids else None,
                        sorted(errors), file_links)


def _existing_numbers(s: Any, values: list[dict[str, Any]]) -> set[tuple[str, int, int]]:
    keys = {(v["series"], v["year"], v["number"]) for v in values}
    if not keys:
        return set()
    found: set[tuple[str, int, int]] = set()
    years = {(k[0], k[1]) for k in keys}
    for series, year in years:
        rows = s.execute(
            select(Document.series, Document.year, Document.number).where(
                Document.series == series, Document.year == year
            )
        )
        found.update((r[0], r[1], r[2]) for r in rows)
    return found & keys


def _assign_numbers(s: Any, values: list[dict[str, Any]]) -> None:
    highest: dict[tuple[str, int], int] = {}
    missing: dict[tuple[str, int], list[dict[str, Any]]] = {}
    for v in values:
        key = (v["series"], v["year"])
        if v["number"] is None:
            missing.setdefault(key, []).append(v)
        else:
            highest[key] = max(highest.get(key, 0), v["number"])
    for (series, year), top in highest.items():
        reserve_at_least(s, series, year, top)
    for (series, year), group in missing.items():
        numbers = take_numbers(s, series, year, len(group))
        for v, n in zip(group, numbers, strict=True):
            v["number"] = n

