"""Bulk import of an existing register (.xlsx or .csv) with the Phụ lục IV column names.

Every row is checked first; a bad file is reported row by row (row, column, reason) and nothing
is written unless ``skip_bad_rows``. Good rows go in one transaction with one executemany
insert, which is what makes thousands of rows per second possible. Numbers written in the file
are the legal numbers already given and are kept; empty ones are assigned after the highest.

The spreadsheet is read by :mod:`desktop.registers.import_sheet` (its header found by
:mod:`desktop.registers.import_header`), each row checked by :mod:`desktop.registers.import_rows`,
the good rows written by :mod:`desktop.registers.import_write`.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select

from desktop.core.clock import vn_today
from desktop.core.errors import Cancelled, RowErrors, UserError
from desktop.core.i18n import _
from desktop.core.textfold import fold
from desktop.kernel import audit
from desktop.kernel.auth import Role
from desktop.kernel.office import Office
from desktop.registers.import_header import (
    COLUMNS,
    HEADER_LABEL,
    find_header,
    footer_text,
    is_column_numbers,
    is_section_row,
    map_headers,
)
from desktop.registers.import_rows import (
    RowError,
    incoming_row,
    max_number_per_year,
    outgoing_row,
    row_files,
)
from desktop.registers.import_sheet import (
    HEADER_ROWS,
    Sheet,
    SheetRow,
    Workbook,
    cell_text,
    read_sheets,
)
from desktop.registers.import_write import Row, insert_documents, link_files
from desktop.registers.registry import (
    remember_agency,
    store_files,
    undo_files,
)
from desktop.storage.filestore import PutResult, sha256_file
from models.entities import Document


@dataclass
class ImportResult:
    register: str
    imported: int
    first_id: int | None
    last_id: int | None
    errors: list[tuple[int, str, str]] = field(default_factory=list)
    files: int = 0
    notes: list[str] = field(default_factory=list)
    duplicates: int = 0

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["errors"] = [{"row": int(r), "sheet": getattr(r, "sheet", None), "column": c,
                           "reason": m} for r, c, m in self.errors]
        return data


# -- the import ---------------------------------------------------------------------------
@dataclass
class _Batch:
    """One import on its way: the good rows so far and the errors (row, column, reason)."""

    register: str
    path: Path
    skip_bad_rows: bool
    skip_duplicates: bool = False
    good: list[Row] = field(default_factory=list)
    errors: list[tuple[int, str, str]] = field(default_factory=list)
    book: Workbook = field(default_factory=Workbook)
    duplicates: int = 0

    @property
    def labels(self) -> dict[str, str]:
        return HEADER_LABEL[self.register]

    @property
    def number_column(self) -> str:
        return "number" if self.register == "incoming" else "symbol"

    def refuse_if_errors(self) -> None:
        """Nothing is written while a row is bad, unless bad rows are to be skipped."""
        if self.errors and not self.skip_bad_rows:
            raise RowErrors(
                _("Tệp {path} có {n} dòng lỗi; chưa nhập dòng nào.", path=str(self.path),
                  n=len(self.errors)),
                sorted_errors(self.errors),
            )


def sorted_errors(errors: list[tuple[int, str, str]]) -> list[tuple[int, str, str]]:
    """In sheet order, then row order."""
    def key(e: tuple[int, str, str]) -> tuple[int, int, str]:
        r = e[0]
        return (r.sheet_index if isinstance(r, SheetRow) else 0, int(r), e[1])

    return sorted(errors, key=key)


def _number_key(values: dict[str, Any]) -> tuple[str, int, int]:
    return (values["series"], values["year"], values["number"])


def _stopper(cancelled: Callable[[], bool] | None) -> Callable[[], None]:
    def stop_if_cancelled() -> None:
        if cancelled is not None and cancelled():
            raise Cancelled(_("Đã dừng nhập sổ; chưa ghi dòng nào."))

    return stop_if_cancelled


def import_register(
    office: Office,
    register: str,
    path: Path,
    *,
    files_dir: Path | None = None,
    skip_bad_rows: bool = False,
    skip_duplicates: bool = False,
    sheet: str | None = None,
    max_number: int | None = None,
    today: dt.date | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ImportResult:
    """Check every row, then write the good ones in one transaction. ``cancelled`` is asked
    every few hundred rows and once more before committing: cancelling keeps nothing.

    Every visible sheet is read (or only ``sheet``); on each, the header is found among the
    first 20 rows, a column-number row, blank rows and headings are skipped, and a footer
    (totals, "Người lập sổ", signatures) ends the sheet with a note. Rows already in the
    register (same number and year, or same symbol, body and date) are refused as duplicates,
    or left out and counted with ``skip_duplicates``."""
    if register not in COLUMNS:
        raise UserError(_("Sổ không hợp lệ: {value}.", value=register), field="register")
    office.require(Role.CLERK, action=_("nhập sổ văn bản"))
    org_short = office.organisation().short_name
    day = today or vn_today()
    stop = _stopper(cancelled)
    batch = _Batch(register, path, skip_bad_rows, skip_duplicates)
    top = max_number if max_number is not None else max_number_per_year()

    def values_of(row: dict[str, Any]) -> dict[str, Any]:
        if register == "incoming":
            return incoming_row(row, day, top)
        return outgoing_row(row, org_short, day, top)

    _check_sheets(batch, read_sheets(path, batch.book, sheet), values_of, files_dir, stop)
    batch.refuse_if_errors()

    stop()
    # Files first (content addressed, idempotent); undone if the transaction fails.
    unique_paths = list(dict.fromkeys(p for _i, _v, fs in batch.good for p in fs))
    stored = store_files(office, unique_paths)
    put_by_path: dict[Path, PutResult] = {p: put for p, put in stored}
    actor = office.actor.username
    try:
        with office.db.write() as s:
            _drop_conflicts(s, batch)
            _drop_duplicates(s, batch)
            ids = insert_documents(s, batch.good, actor)
            file_links = link_files(s, ids, batch.good, put_by_path, actor)
            for name in {v["organ_name"] for _i, v, _f in batch.good if v["organ_name"]}:
                remember_agency(s, name)
            stop()  # the last moment: after this the rows are committed
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
                        sorted_errors(batch.errors), file_links, batch.book.notes,
                        batch.duplicates)


def _check_sheets(batch: _Batch, sheets: Iterator[Sheet],
                  values_of: Callable[[dict[str, Any]], dict[str, Any]], files_dir: Path | None,
                  stop: Callable[[], None]) -> None:
    """Every row of every sheet checked. A sheet naming no Phụ lục IV column is skipped with a
    note; when no sheet has a header, the file is refused."""
    seen: dict[tuple[str, int, int], int] = {}
    any_rows = False
    headers = 0
    for sheet in sheets:
        first: list[tuple[int, list[Any]]] = []
        rest = _non_empty(sheet.rows)
        for idx, cells in rest:
            first.append((idx, cells))
            if idx > HEADER_ROWS:
                break
        if not first:
            continue
        any_rows = True
        header = find_header(batch.register, first, sheet.name)
        if header is None:
            if sheet.name is not None:
                batch.book.notes.append(_("Trang tính “{sheet}” không có dòng tiêu đề theo "
                                          "Phụ lục IV; bỏ qua.", sheet=sheet.name))
            continue
        headers += 1
        after = [(i, c) for i, c in first if i > header.last_row]
        _check_data_rows(batch, sheet, header.mapping, itertools.chain(after, rest), values_of,
                         files_dir, stop, seen)
    if not any_rows:
        raise UserError(_("Bảng tính {path} không có dòng nào.", path=str(batch.path)),
                        field="file")
    if headers == 0:
        map_headers(batch.register, [])  # raises "thiếu cột …" naming the required columns


def _non_empty(rows: Iterator[tuple[int, list[Any]]]) -> Iterator[tuple[int, list[Any]]]:
    for idx, cells in rows:
        if any(cell_text(c) for c in cells):
            yield idx, cells


def _check_data_rows(batch: _Batch, sheet: Sheet, mapping: dict[int, str],
                     rows: Iterator[tuple[int, list[Any]]],
                     values_of: Callable[[dict[str, Any]], dict[str, Any]],
                     files_dir: Path | None, stop: Callable[[], None],
                     seen: dict[tuple[str, int, int], int]) -> None:
    first = True
    for n, (excel_row, cells) in enumerate(rows):
        if n % 500 == 499:
            stop()
        idx = SheetRow(excel_row, sheet.name, sheet.index)
        if first:
            first = False
            if is_column_numbers(cells):
                continue
        footer = footer_text(cells)
        if footer is not None:
            batch.book.notes.append(_("Dừng đọc ở dòng {row}: “{text}” là phần cuối sổ.",
                                      row=idx, text=footer[:60]))
            return
        if is_section_row(cells):
            continue
        row = {key: cells[i] for i, key in mapping.items() if i < len(cells)}
        try:
            values = values_of(row)
            files = row_files(row, files_dir)
            _remember_number(batch, seen, idx, values)
        except RowError as exc:
            batch.errors.append((idx, batch.labels.get(exc.column, exc.column), exc.reason))
            continue
        batch.good.append((idx, values, files))


def _remember_number(batch: _Batch, seen: dict[tuple[str, int, int], int], idx: int,
                     values: dict[str, Any]) -> None:
    """A number written in the file is given once in the file."""
    if values["number"] is None:
        return
    k = _number_key(values)
    if k in seen:
        raise RowError(batch.number_column, _("số trùng với dòng {row}", row=seen[k]))
    seen[k] = idx


def _drop_conflicts(s: Any, batch: _Batch) -> None:
    """Rows whose number is already in the register are duplicates: refused, or left out and
    counted with ``skip_duplicates``."""
    conflicts = _existing_numbers(s, [v for _i, v, _f in batch.good if v["number"] is not None])
    if not conflicts:
        return
    for idx, values, _fs in batch.good:
        if _number_key(values) in conflicts:
            if batch.skip_duplicates:
                batch.duplicates += 1
            else:
                batch.errors.append((idx, batch.labels[batch.number_column],
                                     _("số đã có trong sổ")))
    bad = {_number_key(v) for _i, v, _f in batch.good} & conflicts
    batch.good = [g for g in batch.good if _number_key(g[1]) not in bad]
    batch.refuse_if_errors()


def _same_key(symbol: str, organ: str, issued: dt.date) -> tuple[str, str, dt.date]:
    return (re.sub(r"\s+", "", fold(symbol)), fold(organ), issued)


def _drop_duplicates(s: Any, batch: _Batch) -> None:
    """Rows whose document is already registered (same symbol, body and date, whatever its
    number) are duplicates too: a second import of a file with its numbers left empty."""
    if not batch.good:
        return
    symbols = sorted({v["symbol"] for _i, v, _f in batch.good})
    direction = batch.good[0][1]["direction"]
    present: dict[tuple[str, str, dt.date], int] = {}
    for start in range(0, len(symbols), 500):
        rows = s.execute(
            select(Document.id, Document.symbol, Document.organ_name, Document.issued_date)
            .where(Document.direction == direction,
                   Document.symbol.in_(symbols[start:start + 500]))
        )
        for doc_id, symbol, organ, issued in rows:
            if issued is not None:
                present[_same_key(symbol, organ or "", issued)] = doc_id
    if not present:
        return
    keep: list[Row] = []
    for row in batch.good:
        idx, v, _fs = row
        doc_id = present.get(_same_key(v["symbol"], v["organ_name"] or "", v["issued_date"]))
        if doc_id is None:
            keep.append(row)
        elif batch.skip_duplicates:
            batch.duplicates += 1
        else:
            batch.errors.append((idx, batch.labels["symbol"],
                                 _("văn bản đã có trong sổ (mã {id}: cùng số, ký hiệu, "
                                   "tác giả và ngày)", id=doc_id)))
    batch.good = keep
    batch.refuse_if_errors()


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


