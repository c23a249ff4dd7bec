"""Reading an old register's spreadsheet (.xlsx or .csv) as clerks keep them: every visible
sheet (or the one named), its rows as Excel numbers them, its cells as text or dates. The
header row among the first rows, by the Phụ lục IV column names, is
:mod:`desktop.registers.import_header`.

Reading is bounded: the .xlsx is streamed by values (openpyxl's read-only parser, only the
cells present in the file, never the padded used range), its unpacked size, rows, columns and
cell length are capped, and a cap reached is a clear refusal, not minutes of work."""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import warnings
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop.core.errors import UserError
from desktop.core.i18n import _
from desktop.core.textfold import fold

# -- limits -------------------------------------------------------------------------------
MAX_ROWS = 100_000          # the highest Excel row number read
MAX_COLUMNS = 64            # the highest column holding a value
MAX_CELL_CHARS = 10_000     # the longest text in one cell
MAX_UNPACKED = 160 * 2**20  # the .xlsx members together, unpacked
MAX_SHARED_STRINGS = 48 * 2**20
MAX_CSV_BYTES = 64 * 2**20
HEADER_ROWS = 20            # the header is looked for in Excel rows 1…20


class SheetRow(int):
    """A row number as Excel shows it, with the sheet it is on (None for a CSV file); it is
    the row number wherever a number is wanted and names the sheet when shown."""

    sheet: str | None
    sheet_index: int

    def __new__(cls, number: int, sheet: str | None = None, sheet_index: int = 0) -> SheetRow:
        obj = super().__new__(cls, number)
        obj.sheet = sheet
        obj.sheet_index = sheet_index
        return obj

    def __str__(self) -> str:
        if self.sheet is None:
            return str(int(self))
        return _("{row} (trang tính “{sheet}”)", row=int(self), sheet=self.sheet)

    def __format__(self, spec: str) -> str:
        return str(self) if not spec else format(int(self), spec)

    def sort_key(self) -> tuple[int, int]:
        return (self.sheet_index, int(self))


@dataclass
class Sheet:
    """One sheet being read: its name (None for a CSV file) and its non-empty rows."""

    name: str | None
    index: int
    rows: Iterator[tuple[int, list[Any]]]


@dataclass
class Workbook:
    """What was read besides the rows: sheets skipped, notes for the report."""

    notes: list[str] = field(default_factory=list)


def _refuse_cap(path: Path, what: str) -> UserError:
    return UserError(
        _("Bảng tính {path} quá lớn để nhập: {what}. Hãy xóa các ô thừa hoặc chia tệp nhỏ hơn.",
          path=path.name, what=what),
        field="file",
    )


def _check_cell(path: Path, row: int, col: int, value: Any) -> None:
    if row > MAX_ROWS or col > MAX_COLUMNS:
        raise _refuse_cap(path, _("ô {cell} có dữ liệu, ngoài giới hạn {rows} dòng × {cols} cột",
                                  cell=f"{_column_letter(col)}{row}", rows=MAX_ROWS,
                                  cols=MAX_COLUMNS))
    if isinstance(value, str) and len(value) > MAX_CELL_CHARS:
        raise _refuse_cap(path, _("ô {cell} dài {n} ký tự, quá {max}",
                                  cell=f"{_column_letter(col)}{row}", n=len(value),
                                  max=MAX_CELL_CHARS))


def _column_letter(col: int) -> str:
    letters = ""
    while col > 0:
        col, rem = divmod(col - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


# -- reading ------------------------------------------------------------------------------
def read_sheets(path: Path, book: Workbook, sheet: str | None = None) -> Iterator[Sheet]:
    """The sheets to import, one after the other (each sheet's rows are read before the next
    sheet is given). Hidden sheets are skipped and named in ``book.notes``."""
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
        yield from _read_xlsx(path, book, sheet)
    elif suffix in (".csv", ".txt") or not head.startswith(b"PK"):
        yield Sheet(None, 0, _read_csv(path))


def read_rows(path: Path) -> Iterator[tuple[int, list[Any]]]:
    """Every non-empty row of every visible sheet (kept for callers that want plain rows)."""
    for sh in read_sheets(path, Workbook()):
        yield from sh.rows


def _unreadable(path: Path, exc: BaseException) -> UserError:
    return UserError(
        _("Không đọc được bảng tính {path}: tệp hỏng hoặc không phải .xlsx.", path=str(path)),
        str(exc),
        field="file",
    )


def _check_archive(path: Path) -> None:
    """A decompression bomb is refused before anything is unpacked."""
    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise _unreadable(path, exc) from exc
    total = sum(i.file_size for i in infos)
    if total > MAX_UNPACKED:
        raise _refuse_cap(path, _("giải nén ra {mb} MB, quá {max} MB",
                                  mb=total // 2**20, max=MAX_UNPACKED // 2**20))
    for i in infos:
        if i.filename.lower().endswith("sharedstrings.xml") and i.file_size > MAX_SHARED_STRINGS:
            raise _refuse_cap(path, _("bảng chữ dùng chung {mb} MB, quá {max} MB",
                                      mb=i.file_size // 2**20,
                                      max=MAX_SHARED_STRINGS // 2**20))


_XLSX_ERRORS = (zipfile.BadZipFile, KeyError, OSError, ValueError, TypeError, AttributeError,
                IndexError, EOFError, SyntaxError)  # SyntaxError: ElementTree's ParseError


def _read_xlsx(path: Path, book: Workbook, wanted: str | None) -> Iterator[Sheet]:
    from openpyxl import load_workbook

    _check_archive(path)
    try:
        wb = load_workbook(path, read_only=True, data_only=True, keep_links=False)
    except _XLSX_ERRORS as exc:
        raise _unreadable(path, exc) from exc
    try:
        sheets = list(wb.worksheets)
        hidden = [ws.title for ws in sheets if ws.sheet_state != "visible"]
        if wanted is not None:
            chosen = [ws for ws in sheets if fold(ws.title) == fold(wanted)]
            if not chosen:
                raise UserError(
                    _("Bảng tính {path} không có trang tính “{sheet}”; có: {names}.",
                      path=path.name, sheet=wanted,
                      names=", ".join(f"“{ws.title}”" for ws in sheets)),
                    field="sheet",
                )
        else:
            chosen = [ws for ws in sheets if ws.sheet_state == "visible"]
            if hidden:
                book.notes.append(_("Bỏ qua trang tính ẩn: {names}.",
                                    names=", ".join(f"“{n}”" for n in hidden)))
            if not chosen:
                raise UserError(
                    _("Bảng tính {path} không có trang tính nào hiện (chỉ có trang ẩn: {names}); "
                      "hãy chọn một trang bằng --sheet.",
                      path=path.name, names=", ".join(f"“{n}”" for n in hidden)),
                    field="file",
                )
        for index, ws in enumerate(chosen):
            yield Sheet(ws.title, index, _xlsx_rows(path, wb, ws))
    except _XLSX_ERRORS as exc:
        raise _unreadable(path, exc) from exc
    finally:
        wb.close()


def _xlsx_rows(path: Path, wb: Any, ws: Any) -> Iterator[tuple[int, list[Any]]]:
    """The rows holding a value, straight from the sheet's XML: empty cells, formatted ranges
    and the declared dimension cost nothing."""
    from openpyxl.worksheet._reader import WorkSheetParser

    with ws._get_source() as src:  # noqa: SLF001 - openpyxl has no public streaming parser
        parser = WorkSheetParser(src, ws._shared_strings, data_only=True,  # noqa: SLF001
                                 epoch=wb.epoch, date_formats=wb._date_formats,  # noqa: SLF001
                                 timedelta_formats=wb._timedelta_formats)  # noqa: SLF001
        parsed = parser.parse()
        while True:
            # openpyxl warns (in English, on stderr) about a date cell whose serial is out of
            # range and gives the cell as an error value, which the row's check then names
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", UserWarning)
                try:
                    idx, cells = next(parsed)
                except StopIteration:
                    break
            values: dict[int, Any] = {}
            for c in cells:
                v = c.get("value")
                if v is None or (isinstance(v, str) and not v.strip()):
                    continue
                col = int(c.get("column") or 0)
                _check_cell(path, idx, col, v)
                values[col] = v
            if not values:
                continue
            row: list[Any] = [None] * max(values)
            for col, v in values.items():
                row[col - 1] = v
            yield idx, row


def _read_csv(path: Path) -> Iterator[tuple[int, list[Any]]]:
    if path.stat().st_size > MAX_CSV_BYTES:
        raise _refuse_cap(path, _("tệp {mb} MB, quá {max} MB",
                                  mb=path.stat().st_size // 2**20, max=MAX_CSV_BYTES // 2**20))
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
            for col, v in enumerate(row, start=1):
                if v.strip():
                    _check_cell(path, idx, col, v)
            yield idx, list(row)
    except csv.Error as exc:
        raise UserError(
            _("Tệp CSV {path} sai định dạng: {detail}.", path=str(path), detail=str(exc)),
            field="file",
        ) from exc


# -- cells --------------------------------------------------------------------------------
def cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    return str(value).strip()


def cell_int(value: Any) -> int | None:
    """1, 1.0 and "01" are 1; anything else that is not a whole number is a ValueError."""
    text = cell_text(value)
    if not text:
        return None
    if not text.isascii() or not text.isdigit() or len(text) > 18:
        raise ValueError(text)
    return int(text)


_DMY = re.compile(r"^(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{4})$")
_YMD = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]00:00(?::00)?)?$")
EXCEL_EPOCH = dt.date(1899, 12, 30)


def cell_date(value: Any) -> dt.date:
    """A date as Excel keeps it (a date cell, or its serial number in a cell without the date
    format) or as text: d/m/yyyy (also with . or -) or yyyy-mm-dd. ValueError otherwise."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, bool):
        raise ValueError(value)
    if isinstance(value, int | float):
        if not (value == int(value) and 16_072 <= value <= 2_958_465):  # 1944-01-01…9999
            raise ValueError(value)
        return EXCEL_EPOCH + dt.timedelta(days=int(value))
    text = cell_text(value)
    m = _DMY.match(text)
    if m:
        return dt.date(int(m[3]), int(m[2]), int(m[1]))
    m = _YMD.match(text)
    if m:
        return dt.date(int(m[1]), int(m[2]), int(m[3]))
    if text.isdigit() and len(text) == 5:
        return cell_date(int(text))
    raise ValueError(text)


