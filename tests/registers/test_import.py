"""Bulk import of existing registers from .xlsx and .csv."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest
from openpyxl import Workbook

from desktop.core.clock import vn_today
from desktop.core.errors import RowErrors, UserError
from desktop.registers.importer import import_register
from desktop.registers.registry import ListQuery, list_documents
from desktop.registers.search import search
from models.entities import Direction
from tests.conftest import Cli, snapshot

IN_HEADER = ["Ngày đến", "Số đến", "Tác giả", "Số, ký hiệu văn bản", "Ngày tháng văn bản",
             "Tên loại và trích yếu nội dung", "Đơn vị hoặc người nhận", "Ngày chuyển",
             "Ký nhận", "Ghi chú"]
OUT_HEADER = ["Số, ký hiệu văn bản", "Ngày tháng văn bản", "Tên loại và trích yếu nội dung",
              "Người ký", "Nơi nhận văn bản", "Đơn vị, người nhận bản lưu", "Số lượng bản",
              "Ngày chuyển", "Ký nhận", "Ghi chú"]
ORGANS = ["UBND huyện Chợ Gạo", "Sở Tài chính tỉnh Tiền Giang", "Đảng ủy xã Bình Phú",
          "Phòng Nội vụ huyện"]


def incoming_rows(n: int, year: int = 2023) -> list[list[object]]:
    rows: list[list[object]] = []
    start = dt.date(year, 1, 2)
    for i in range(1, n + 1):
        day = start + dt.timedelta(days=(i * 360) // max(n, 1))
        rows.append([day.strftime("%d/%m/%Y"), i, ORGANS[i % 4], f"{i}/QĐ-UBND",
                     day.strftime("%d/%m/%Y"), f"Quyết định về việc phân bổ kinh phí đợt {i}",
                     "Văn phòng", "", "", ""])
    return rows


def write_csv(path: Path, header: list[str], rows: list[list[object]],
              encoding: str = "utf-8") -> Path:
    with open(path, "w", newline="", encoding=encoding) as f:
        w = csv.writer(f)
        w.writerow(header)
        w.writerows(rows)
    return path


def write_xlsx(path: Path, header: list[str], rows: list[list[object]]) -> Path:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(header)
    for r in rows:
        ws.append(r)
    wb.save(path)
    return path


def test_csv_import_keeps_numbers_and_continues_after_them(office, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = write_csv(tmp_path / "den.csv", IN_HEADER, incoming_rows(30))
    result = import_register(office, "incoming", path)
    assert result.imported == 30 and result.errors == []
    docs = list_documents(office, ListQuery(Direction.INCOMING, year=2023))
    assert [d.number for d in docs] == list(range(1, 31))
    assert docs[0].type_name == "Quyết định"
    assert docs[0].subject.startswith("Về việc phân bổ")
    from desktop.registers.registry import IncomingInput, register_incoming

    nxt = register_incoming(office, IncomingInput(
        received="2023-12-30", organ_name="Sở Tài chính", symbol="9/TB-STC", issued="2023-12-29",
        type_name="Thông báo", subject="Thông báo lịch nghỉ"))
    assert nxt.number == 31


def test_xlsx_import_with_files_and_dates_as_cells(office, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    files = tmp_path / "scans"
    files.mkdir()
    (files / "a.pdf").write_bytes(b"%PDF-1.4 a")
    (files / "b.pdf").write_bytes(b"%PDF-1.4 b")
    rows = [
        [dt.datetime(2023, 3, 1), None, "Sở Nội vụ", "12/KH-SNV", dt.datetime(2023, 2, 27),
         "Kế hoạch tuyển dụng công chức", "Văn phòng", None, None, None, "Kế hoạch", "a.pdf;b.pdf"],
        [dt.datetime(2023, 3, 2), None, "Huyện đoàn", "3/HD-HĐ", dt.datetime(2023, 3, 1),
         "Hướng dẫn hoạt động hè", "Đoàn xã", None, None, "Khẩn", None, None],
    ]
    path = write_xlsx(tmp_path / "den.xlsx", [*IN_HEADER, "Loại văn bản", "Tệp"], rows)
    result = import_register(office, "incoming", path, files_dir=files)
    assert (result.imported, result.files) == (2, 2)
    docs = list_documents(office, ListQuery(Direction.INCOMING))
    assert [(d.number, d.type_name) for d in docs] == [(1, "Kế hoạch"), (2, "Hướng dẫn")]
    assert search(office, "tuyen dung")[0].id == docs[0].id


def test_outgoing_import_takes_numbers_from_symbols(office, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    rows = [["01/QĐ-UBND", "03/01/2023", "Quyết định về việc kiện toàn tổ", "Nguyễn Văn An",
             "Các ban ngành", "Văn phòng", 2, "", "", ""],
            ["02/UBND-VP", "04/01/2023", "Công văn đề nghị hỗ trợ", "Nguyễn Văn An",
             "UBND huyện", "Văn phòng", 1, "", "", ""]]
    result = import_register(office, "outgoing", write_csv(tmp_path / "di.csv", OUT_HEADER, rows))
    assert result.imported == 2
    docs = list_documents(office, ListQuery(Direction.OUTGOING))
    assert [(d.number, d.symbol, d.type_name) for d in docs] == [
        (1, "01/QĐ-UBND", "Quyết định"), (2, "02/UBND-VP", "Công văn")]


def test_bad_rows_are_reported_row_by_row_and_nothing_is_written(office, data_dir, tmp_path) -> None:  # type: ignore[no-untyped-def]
    rows = incoming_rows(5)
    future = (vn_today() + dt.timedelta(days=10)).strftime("%d/%m/%Y")
    rows[1][0] = future
    rows[2][3] = "không có số"
    rows[3][1] = 1  # duplicate of row 2's number
    path = write_csv(tmp_path / "den.csv", IN_HEADER, rows)
    before = snapshot(office)
    with pytest.raises(RowErrors) as err:
        import_register(office, "incoming", path)
    assert [(r, c) for r, c, _m in err.value.rows] == [
        (3, "Ngày đến"), (4, "Số, ký hiệu văn bản"), (5, "Số đến")]
    assert snapshot(office) == before
    result = import_register(office, "incoming", path, skip_bad_rows=True)
    assert result.imported == 2 and len(result.errors) == 3


def test_numbers_already_in_the_register_are_refused(office, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = write_csv(tmp_path / "den.csv", IN_HEADER, incoming_rows(3))
    import_register(office, "incoming", path)
    with pytest.raises(RowErrors) as err:
        import_register(office, "incoming", path)
    assert len(err.value.rows) == 3 and "đã có" in err.value.rows[0][2]


@pytest.mark.parametrize(
    ("content", "needle"),
    [
        ("Ngày;Tên\n01/01/2023;Hà Tiên".encode("cp1252"), "UTF-8"),
        (b"PK\x03\x04not a zip", ".xlsx"),
        (b"\xd0\xcf\x11\xe0old excel", ".xls"),
        ("Cột A,Cột B\n1,2\n".encode(), "thiếu cột"),
        (b"", "không có dòng"),
    ],
)
def test_unreadable_files_are_refused_clearly(office, data_dir, tmp_path, content, needle) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / ("x.xlsx" if content.startswith(b"PK") else "x.csv")
    path.write_bytes(content)
    before = snapshot(office)
    with pytest.raises(UserError) as err:
        import_register(office, "incoming", path)
    assert needle.lower() in err.value.message.lower()
    assert snapshot(office) == before


def test_cli_import_reports_rows_and_exits_non_zero(init_cli: Cli, tmp_path: Path) -> None:
    rows = incoming_rows(3)
    rows[0][4] = "32/13/2023"
    path = write_csv(tmp_path / "den.csv", IN_HEADER, rows)
    r = init_cli("import-register", "incoming", str(path))
    assert r.code == 2
    assert "Dòng 2" in r.err and "Ngày tháng văn bản" in r.err
    r = init_cli("import-register", "incoming", str(path), "--skip-bad-rows", "--json")
    assert r.code == 0 and r.json["imported"] == 2


@pytest.mark.slow
def test_a_few_thousand_rows_cost_one_statement_a_row(office, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The speed target lives in bench/; this guards the shape that gives it: a 4,000-row import
    sends one INSERT a row and a few statements in all, not a query or more per row for lookups
    (the usual 10× regression), and this holds whatever the machine's load."""
    from sqlalchemy import event

    path = write_csv(tmp_path / "den.csv", IN_HEADER, incoming_rows(4000))
    statements: list[str] = []

    def count(_conn, _cursor, statement, _params, _context, _many) -> None:  # type: ignore[no-untyped-def]
        statements.append(statement)

    event.listen(office.db.engine, "before_cursor_execute", count)
    try:
        result = import_register(office, "incoming", path)
    finally:
        event.remove(office.db.engine, "before_cursor_execute", count)
    assert result.imported == 4000
    assert len(statements) < 4000 + 100, f"{len(statements)} statements for 4000 rows"


def test_cancelling_an_import_keeps_nothing(office, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from desktop.core.errors import Cancelled

    path = write_csv(tmp_path / "den.csv", IN_HEADER, incoming_rows(1200))
    before = snapshot(office)
    asked = []

    def cancelled() -> bool:
        asked.append(1)
        return len(asked) >= 3  # stop after reading a few hundred rows

    with pytest.raises(Cancelled):
        import_register(office, "incoming", path, cancelled=cancelled)
    assert snapshot(office) == before
    assert import_register(office, "incoming", path, cancelled=lambda: False).imported == 1200
