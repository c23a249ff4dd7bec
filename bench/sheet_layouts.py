"""Spreadsheet registers laid out as clerks keep them (issue 19, deliverable 3): each layout is
built here from a list of documents, imported into a fresh office, and judged by whether exactly
the right rows came in (their symbols, numbers and dates).

The layouts were split ONCE, with ``random.Random(SPLIT_SEED)``, into a tuning part (looked at
while writing the reader) and a held-out part (only run); the split is recorded in ``TUNING``
and ``HELD_OUT`` and must not be redrawn.
"""

from __future__ import annotations

import csv
import datetime as dt
import random
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.worksheet.worksheet import Worksheet

SPLIT_SEED = 1913
ORGANS = ["UBND huyện Chợ Gạo", "Sở Tài chính tỉnh Tiền Giang", "Huyện ủy Chợ Gạo",
          "Phòng Nội vụ huyện Chợ Gạo", "Ban Chỉ huy Quân sự huyện", "Kho bạc Nhà nước huyện"]
KINDS = [("QĐ", "Quyết định"), ("KH", "Kế hoạch"), ("TB", "Thông báo"), ("BC", "Báo cáo"),
         ("CV", "Công văn"), ("HD", "Hướng dẫn")]
IN_HEADER = ["Ngày đến", "Số đến", "Tác giả", "Số, ký hiệu văn bản", "Ngày tháng văn bản",
             "Tên loại và trích yếu nội dung", "Đơn vị hoặc người nhận", "Ngày chuyển",
             "Ký nhận", "Ghi chú"]
OUT_HEADER = ["Số, ký hiệu văn bản", "Ngày tháng văn bản", "Tên loại và trích yếu nội dung",
              "Người ký", "Nơi nhận văn bản", "Đơn vị, người nhận bản lưu", "Số lượng bản",
              "Ngày chuyển", "Ký nhận", "Ghi chú"]


@dataclass
class Doc:
    number: int
    received: dt.date
    issued: dt.date
    organ: str
    symbol: str
    subject: str


def documents(n: int, year: int = 2023, seed: int = 0, start: int = 1) -> list[Doc]:
    rnd = random.Random(seed)
    docs = []
    for i in range(start, start + n):
        received = dt.date(year, 1, 3) + dt.timedelta(days=(i - start) * 300 // max(n, 1))
        issued = received - dt.timedelta(days=rnd.randint(0, 5))
        code, name = rnd.choice(KINDS)
        sym = f"{rnd.randint(1, 300)}/{code}-UBND" if code != "CV" else f"{rnd.randint(1, 900)}/UBND-VP"
        docs.append(Doc(i, received, issued, rnd.choice(ORGANS), sym,
                        f"{name} về việc triển khai nhiệm vụ đợt {i}"))
    return docs


def vn(d: dt.date, pad: bool = True) -> str:
    return d.strftime("%d/%m/%Y") if pad else f"{d.day}/{d.month}/{d.year}"


def in_row(d: Doc, *, dates: str = "text", number: Any = None) -> list[Any]:
    def date(x: dt.date) -> Any:
        if dates == "cell":
            return dt.datetime(x.year, x.month, x.day)
        if dates == "serial":
            return (x - dt.date(1899, 12, 30)).days
        if dates == "short":
            return vn(x, pad=False)
        if dates == "dots":
            return x.strftime("%d.%m.%Y")
        return vn(x)

    return [date(d.received), d.number if number is None else number, d.organ, d.symbol,
            date(d.issued), d.subject, "Văn phòng", "", "", ""]


def title_rows(ws: Worksheet, title: str, year: int, width: int = 10) -> None:
    ws.append(["UBND XÃ BÌNH PHÚ"])
    ws.append([title])
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=width)
    ws.append([f"Năm {year}"])
    ws.merge_cells(start_row=3, start_column=1, end_row=3, end_column=width)


Expected = list[tuple[str, int]]  # (symbol, number) in order
Built = tuple[Path, Expected, str]  # the file, the rows it must give, the register


def _save(wb: Workbook, path: Path) -> Path:
    wb.save(path)
    return path


def plain(folder: Path) -> Built:
    docs = documents(12, seed=1)
    wb = Workbook()
    ws = wb.active
    ws.append(IN_HEADER)
    for d in docs:
        ws.append(in_row(d))
    return _save(wb, folder / "plain.xlsx"), [(d.symbol, d.number) for d in docs], "incoming"


def titled_with_column_numbers(folder: Path) -> Built:
    """The issue's case: title, year row, header on row 4, column numbers 1…10 under it."""
    docs = documents(15, seed=2)
    wb = Workbook()
    ws = wb.active
    title_rows(ws, "SỔ ĐĂNG KÝ VĂN BẢN ĐẾN", 2023)
    ws.append(IN_HEADER)
    ws.append(list(range(1, 11)))
    for d in docs:
        ws.append(in_row(d, dates="cell"))
    return _save(wb, folder / "titled.xlsx"), [(d.symbol, d.number) for d in docs], "incoming"


def shouting_line_breaks(folder: Path) -> Built:
    docs = documents(10, seed=3)
    wb = Workbook()
    ws = wb.active
    ws.append(["SỔ ĐĂNG KÝ VĂN BẢN ĐẾN"])
    ws.append([])
    ws.append(["NGÀY\nĐẾN", "SỐ  ĐẾN", "TÁC GIẢ", "SỐ, KÝ HIỆU\nVĂN BẢN", "NGÀY THÁNG\nVĂN BẢN",
               "TÊN LOẠI VÀ TRÍCH YẾU\nNỘI DUNG", "ĐƠN VỊ HOẶC\nNGƯỜI NHẬN", "NGÀY CHUYỂN",
               "KÝ NHẬN", "GHI CHÚ"])
    for d in docs:
        ws.append(in_row(d, dates="short"))
    return _save(wb, folder / "shouting.xlsx"), [(d.symbol, d.number) for d in docs], "incoming"


def no_diacritics(folder: Path) -> Built:
    docs = documents(9, seed=4)
    wb = Workbook()
    ws = wb.active
    ws.append(["So van ban den nam 2023"])
    ws.append(["Ngay den", "So den", "Tac gia", "So, ky hieu van ban", "Ngay thang van ban",
               "Ten loai va trich yeu noi dung", "Don vi hoac nguoi nhan", "Ngay chuyen",
               "Ky nhan", "Ghi chu"])
    for d in docs:
        ws.append(in_row(d, number=f"{d.number:02d}"))
    return _save(wb, folder / "ascii.xlsx"), [(d.symbol, d.number) for d in docs], "incoming"


def two_row_merged_header(folder: Path) -> Built:
    docs = documents(11, seed=5)
    wb = Workbook()
    ws = wb.active
    title_rows(ws, "SỔ ĐĂNG KÝ VĂN BẢN ĐẾN", 2023)
    ws.append(["Ngày đến", "Số đến", "Tác giả", "Văn bản", None, "Tên loại và trích yếu nội dung",
               "Đơn vị hoặc người nhận", "Ngày chuyển", "Ký nhận", "Ghi chú"])
    ws.append([None, None, None, "Số, ký hiệu", "Ngày tháng", None, None, None, None, None])
    for col in (1, 2, 3, 6, 7, 8, 9, 10):
        ws.merge_cells(start_row=4, start_column=col, end_row=5, end_column=col)
    ws.merge_cells(start_row=4, start_column=4, end_row=4, end_column=5)
    ws.append(list(range(1, 11)))
    for d in docs:
        ws.append(in_row(d, dates="cell"))
    return _save(wb, folder / "two-row.xlsx"), [(d.symbol, d.number) for d in docs], "incoming"


def blanks_sections_footer(folder: Path) -> Built:
    docs = documents(14, seed=6)
    wb = Workbook()
    ws = wb.active
    title_rows(ws, "SỔ ĐĂNG KÝ VĂN BẢN ĐẾN", 2023)
    ws.append(IN_HEADER)
    ws.append(["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)", "(9)", "(10)"])
    month = 0
    for d in docs:
        if d.received.month != month:
            month = d.received.month
            ws.append([f"Tháng {month:02d}"])
            ws.append([])
        ws.append(in_row(d))
    ws.append([])
    ws.append([None, None, None, None, None, None, "Bình Phú, ngày 31 tháng 12 năm 2023"])
    ws.append(["Người lập sổ", None, None, None, None, None, "Chủ tịch"])
    ws.append(["(Ký, ghi rõ họ tên)"])
    ws.append(["Nguyễn Thị Lan"])
    return _save(wb, folder / "footer.xlsx"), [(d.symbol, d.number) for d in docs], "incoming"


def totals_row(folder: Path) -> Built:
    docs = documents(8, seed=7)
    wb = Workbook()
    ws = wb.active
    ws.append(IN_HEADER)
    for d in docs:
        ws.append(in_row(d, dates="dots"))
    ws.append(["Tổng cộng: 8 văn bản"])
    ws.append(["ghi chép nháp sau phần tổng", "x", "y"])
    return _save(wb, folder / "totals.xlsx"), [(d.symbol, d.number) for d in docs], "incoming"


def sheets_per_quarter(folder: Path) -> Built:
    """One sheet a quarter, a guide sheet without a header, and a hidden scratch sheet."""
    docs = documents(16, seed=8)
    wb = Workbook()
    guide = wb.active
    guide.title = "Hướng dẫn"
    guide.append(["Sổ này ghi văn bản đến theo từng quý."])
    for q in range(4):
        ws = wb.create_sheet(f"Quý {q + 1}")
        title_rows(ws, f"SỔ ĐĂNG KÝ VĂN BẢN ĐẾN — QUÝ {q + 1}", 2023)
        ws.append(IN_HEADER)
        for d in docs[q * 4:(q + 1) * 4]:
            ws.append(in_row(d, dates="cell"))
    scratch = wb.create_sheet("Nháp")
    scratch.append(IN_HEADER)
    scratch.append(in_row(Doc(99, dt.date(2023, 5, 5), dt.date(2023, 5, 4), "Nháp", "1/NH-X",
                              "Không được nhập")))
    scratch.sheet_state = "hidden"
    return _save(wb, folder / "quarters.xlsx"), [(d.symbol, d.number) for d in docs], "incoming"


def csv_semicolons(folder: Path) -> Built:
    docs = documents(10, seed=9)
    path = folder / "so-den.csv"
    with open(path, "w", newline="", encoding="utf-8-sig") as f:
        w = csv.writer(f, delimiter=";")
        w.writerow(["SỔ ĐĂNG KÝ VĂN BẢN ĐẾN"])
        w.writerow(["Năm 2023"])
        w.writerow([])
        w.writerow(IN_HEADER)
        w.writerow([str(i) for i in range(1, 11)])
        for d in docs:
            w.writerow(in_row(d, number=f"{d.number:03d}"))
        w.writerow(["Người lập sổ"])
    return path, [(d.symbol, d.number) for d in docs], "incoming"


def outgoing_titled(folder: Path) -> Built:
    wb = Workbook()
    ws = wb.active
    title_rows(ws, "SỔ ĐĂNG KÝ VĂN BẢN ĐI", 2023)
    ws.append([])
    ws.append(OUT_HEADER)
    ws.append(list(range(1, 11)))
    expected: Expected = []
    for i in range(1, 13):
        code, name = KINDS[i % len(KINDS)]
        sym = f"{i:02d}/{code}-UBND" if code != "CV" else f"{i:02d}/UBND-VP"
        day = dt.date(2023, 1, 4) + dt.timedelta(days=i * 20)
        ws.append([sym, dt.datetime(day.year, day.month, day.day),
                   f"{name} về việc thực hiện nhiệm vụ {i}", "Nguyễn Văn An", "Các ban ngành",
                   "Văn phòng", 2, None, None, None])
        expected.append((sym, i))
    ws.append(["Tổng số: 12"])
    return _save(wb, folder / "so-di.xlsx"), expected, "outgoing"


def reordered_extra_columns(folder: Path) -> Built:
    docs = documents(10, seed=11)
    wb = Workbook()
    ws = wb.active
    ws.append(["STT", "Số đến", "Ngày đến", "Số, ký hiệu văn bản", "Ngày tháng văn bản",
               "Tác giả", "Tên loại và trích yếu nội dung", "Mức độ", "Ghi chú"])
    for n, d in enumerate(docs, start=1):
        ws.append([n, d.number, vn(d.received), d.symbol, vn(d.issued), d.organ, d.subject,
                   "Thường", ""])
    return _save(wb, folder / "reordered.xlsx"), [(d.symbol, d.number) for d in docs], "incoming"


def serial_dates(folder: Path) -> Built:
    docs = documents(9, seed=12)
    wb = Workbook()
    ws = wb.active
    title_rows(ws, "SỔ ĐĂNG KÝ VĂN BẢN ĐẾN", 2023)
    ws.append(IN_HEADER)
    for d in docs:
        ws.append(in_row(d, dates="serial", number=float(d.number)))
    return _save(wb, folder / "serial.xlsx"), [(d.symbol, d.number) for d in docs], "incoming"


def deep_header_empty_numbers(folder: Path) -> Built:
    """The header on row 12 under a long preamble; Số đến left empty (numbered on import)."""
    docs = documents(7, seed=13)
    wb = Workbook()
    ws = wb.active
    for line in ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "",
                 "ỦY BAN NHÂN DÂN XÃ BÌNH PHÚ", "SỔ ĐĂNG KÝ VĂN BẢN ĐẾN", "Năm 2023",
                 "Bắt đầu: 01/01/2023", "Kết thúc: 31/12/2023", "Từ số: 1", "Đến số: 7", ""]:
        ws.append([line] if line else [])
    ws.append(IN_HEADER)
    for d in docs:
        ws.append(in_row(d, number=""))
    return _save(wb, folder / "deep.xlsx"), [(d.symbol, i) for i, d in enumerate(docs, 1)], \
        "incoming"


def two_years_two_sheets(folder: Path) -> Built:
    a, b = documents(6, year=2022, seed=14), documents(6, year=2023, seed=15)
    wb = Workbook()
    ws = wb.active
    ws.title = "2022"
    title_rows(ws, "SỔ ĐĂNG KÝ VĂN BẢN ĐẾN", 2022)
    ws.append(IN_HEADER)
    ws.append(list(range(1, 11)))
    for d in a:
        ws.append(in_row(d, dates="cell"))
    ws2 = wb.create_sheet("2023")
    ws2.append(IN_HEADER)
    for d in b:
        ws2.append(in_row(d))
    ws2.append(["Người lập sổ"])
    return _save(wb, folder / "years.xlsx"), [(d.symbol, d.number) for d in a + b], "incoming"


LAYOUTS: dict[str, Callable[[Path], Built]] = {
    f.__name__: f for f in (
        plain, titled_with_column_numbers, shouting_line_breaks, no_diacritics,
        two_row_merged_header, blanks_sections_footer, totals_row, sheets_per_quarter,
        csv_semicolons, outgoing_titled, reordered_extra_columns, serial_dates,
        deep_header_empty_numbers, two_years_two_sheets,
    )
}


def _split() -> tuple[list[str], list[str]]:
    names = sorted(LAYOUTS)
    random.Random(SPLIT_SEED).shuffle(names)
    cut = len(names) // 2
    return sorted(names[:cut]), sorted(names[cut:])


TUNING, HELD_OUT = _split()


def import_layout(name: str, folder: Path) -> tuple[Expected, Expected, str]:
    """Build the layout, import it into a fresh office: (expected, got, message)."""
    from desktop.accounts.organisation import OrgProfile, initialise
    from desktop.core.errors import VanThuError
    from desktop.kernel.office import Office
    from desktop.registers.importer import import_register
    from desktop.registers.registry import ListQuery, list_documents
    from models.entities import Direction

    path, expected, register = LAYOUTS[name](folder)
    office = Office.open(folder / "data")
    try:
        initialise(office, OrgProfile("UBND xã Bình Phú", "UBND", "Bình Phú"), None)
        try:
            import_register(office, register, path)
        except VanThuError as exc:
            return expected, [], exc.message
        direction = Direction.INCOMING if register == "incoming" else Direction.OUTGOING
        docs = sorted(list_documents(office, ListQuery(direction, limit=10_000)),
                      key=lambda d: d.id)
        return expected, [(d.symbol, d.number) for d in docs], ""
    finally:
        office.close()


def rows(_repeat: int = 1) -> list[tuple[str, str, str, str, str]]:
    out = []
    for part, names in (("tuning", TUNING), ("held-out", HELD_OUT)):
        ok = []
        for name in names:
            tmp = Path(tempfile.mkdtemp(prefix="vanthu-layout-"))
            try:
                expected, got, _msg = import_layout(name, tmp)
                ok.append(expected == got)
            finally:
                shutil.rmtree(tmp, ignore_errors=True)
        out.append((f"spreadsheet layouts, {part} ({len(names)}: {', '.join(names)})",
                    f"{sum(ok)}/{len(ok)} imported with the right rows", "—", "—",
                    "every layout"))
    return out
