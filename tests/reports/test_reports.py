"""The monthly figures: ratios, Vietnamese number style, and a real commune's year."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from desktop.core.errors import UserError
from desktop.core.numfmt import ratio, vn_int, vn_percent
from desktop.core.periods import parse_period
from desktop.registers.importer import import_register
from desktop.registers.registry import IncomingInput, cancel, register_incoming
from desktop.reports.figures import compute, monthly_trend
from tests.conftest import Cli
from tests.core.samples import scan_pdf, signed_pdfs


@pytest.mark.parametrize(
    ("part", "whole", "value", "text"),
    [(3130, 3130, 100.0, "100%"), (3740, 3760, 99.47, "99,47%"), (0, 0, None, "không phát sinh"),
     (37, 45, 82.22, "82,22%"), (994, 1000, 99.4, "99,4%"), (0, 12, 0.0, "0%")],
)
def test_ratios_and_vietnamese_percent(part: int, whole: int, value: float | None,
                                       text: str) -> None:
    assert ratio(part, whole) == value
    assert vn_percent(ratio(part, whole)) == text


def test_thousands_use_dots() -> None:
    assert [vn_int(n) for n in (7, 3130, 1195, 1000000)] == ["7", "3.130", "1.195", "1.000.000"]


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [("2023", dt.date(2023, 1, 1), dt.date(2023, 12, 31)),
     ("2023-02", dt.date(2023, 2, 1), dt.date(2023, 2, 28)),
     ("2024-02", dt.date(2024, 2, 1), dt.date(2024, 2, 29)),
     ("2023-Q1", dt.date(2023, 1, 1), dt.date(2023, 3, 31)),
     ("2023-q4", dt.date(2023, 10, 1), dt.date(2023, 12, 31)),
     ("2023-01-01..2023-06-30", dt.date(2023, 1, 1), dt.date(2023, 6, 30))],
)
def test_periods(text: str, start: dt.date, end: dt.date) -> None:
    p = parse_period(text)
    assert (p.start, p.end) == (start, end)


@pytest.mark.parametrize("bad", ["2023-13", "2023-Q5", "23", "2023-06-30..2023-01-01", "tháng 3"])
def test_bad_periods(bad: str) -> None:
    with pytest.raises(UserError) as err:
        parse_period(bad)
    assert err.value.field == "period"


def test_empty_period_says_not_applicable(office) -> None:  # type: ignore[no-untyped-def]
    fig = compute(office, parse_period("2019"))
    assert fig.incoming["total"] == 0 and fig.incoming["ratio"] is None
    assert fig.outgoing["ratio"] is None and fig.signed["ratio"] is None
    assert "không phát sinh" in fig.sentences()[0]


def test_non_100_percent_period(office, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """3,740 of 3,760 incoming digitised → 99,47%; a cancellation is excluded and listed."""
    scans = tmp_path / "scans"
    scans.mkdir()
    scan_pdf(scans / "s.pdf", dpi=200)
    path = tmp_path / "den.csv"
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["Ngày đến", "Số đến", "Tác giả", "Số, ký hiệu văn bản", "Ngày tháng văn bản",
                    "Tên loại và trích yếu nội dung", "Tệp"])
        for i in range(1, 3761):
            d = dt.date(2022, 1, 3) + dt.timedelta(days=i % 360)
            w.writerow([d.isoformat(), i, "UBND huyện", f"{i}/TB-UBND", d.isoformat(),
                        f"Thông báo số {i}", "" if i <= 20 else "s.pdf"])
    assert import_register(office, "incoming", path, files_dir=scans).imported == 3760
    extra = register_incoming(office, IncomingInput(
        received="2022-05-05", organ_name="X", symbol="1/TB-X", issued="2022-05-04",
        type_name="Thông báo", subject="Nhầm"))
    cancel(office, extra.id, "Đăng ký nhầm")
    fig = compute(office, parse_period("2022"))
    assert fig.incoming["total"] == 3760
    assert fig.incoming["digitized"] == 3740
    assert fig.incoming["ratio"] == 99.47
    assert fig.incoming["meeting_standard"] == 3740
    assert "3.740/3.760 văn bản, đạt 99,47%" in fig.sentences()[0]
    assert [c["id"] for c in fig.cancelled] == [extra.id]
    trend = monthly_trend(office, dt.date(2022, 12, 31))
    assert len(trend) == 12 and sum(p.incoming for p in trend) == 3760
    assert sum(p.digitized for p in trend) == 3740


@pytest.mark.slow
def test_binh_phu_2023_replay(init_cli: Cli, tmp_path: Path) -> None:
    """Bình Phú (Tiền Giang) published for 2023: 3.130/3.130 incoming digitised and handled in
    the software, 227/227 outgoing issued through it. Rebuilt by bulk import with files."""
    files = tmp_path / "files"
    files.mkdir()
    scans = [scan_pdf(files / f"scan-{i}.pdf", dpi=200 + 50 * (i % 3), seed=i).name
             for i in range(6)]
    signed = [p.name for p in signed_pdfs(files, 4)]
    den = tmp_path / "den-2023.csv"
    with open(den, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["Ngày đến", "Số đến", "Tác giả", "Số, ký hiệu văn bản", "Ngày tháng văn bản",
                    "Tên loại và trích yếu nội dung", "Đơn vị hoặc người nhận", "Tệp"])
        for i in range(1, 3131):
            d = dt.date(2023, 1, 2) + dt.timedelta(days=(i * 362) // 3131)
            w.writerow([d.strftime("%d/%m/%Y"), i, "UBND huyện Chợ Gạo", f"{i}/UBND-VP",
                        d.strftime("%d/%m/%Y"), f"Công văn về việc triển khai nhiệm vụ {i}",
                        "Văn phòng", scans[i % len(scans)]])
    di = tmp_path / "di-2023.csv"
    with open(di, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["Số, ký hiệu văn bản", "Ngày tháng văn bản", "Tên loại và trích yếu nội dung",
                    "Người ký", "Nơi nhận văn bản", "Số lượng bản", "Tệp"])
        for i in range(1, 228):
            d = dt.date(2023, 1, 3) + dt.timedelta(days=(i * 360) // 228)
            w.writerow([f"{i:02d}/QĐ-UBND", d.isoformat(), f"Quyết định về việc số {i}",
                        "Nguyễn Văn An", "UBND huyện", 2, signed[i % len(signed)]])
    r = init_cli("import-register", "incoming", str(den), "--files-dir", str(files), "--json")
    assert r.code == 0, r.err
    assert r.json["imported"] == 3130
    r = init_cli("import-register", "outgoing", str(di), "--files-dir", str(files), "--json")
    assert r.code == 0, r.err

    r = init_cli("report", "--period", "2023", "--json")
    assert r.code == 0, r.err
    data = r.json
    assert data["period"]["start"] == "2023-01-01" and data["period"]["end"] == "2023-12-31"
    assert (data["incoming"]["total"], data["incoming"]["digitized"]) == (3130, 3130)
    assert data["incoming"]["meeting_standard"] == 3130
    assert data["incoming"]["ratio"] == 100
    assert (data["outgoing"]["total"], data["outgoing"]["issued_electronically"]) == (227, 227)
    assert data["outgoing"]["ratio"] == 100
    assert data["signed"]["total"] == 227

    pdf = tmp_path / "bc.pdf"
    r = init_cli("report", "--period", "2023", "--format", "pdf", "--out", str(pdf))
    assert r.code == 0, r.err
    text = " ".join(p.extract_text() for p in PdfReader(str(pdf)).pages)
    text = " ".join(text.split())
    assert ("Tổng số văn bản đến được số hóa, tiếp nhận và xử lý trên phần mềm/Tổng số văn bản "
            "đến: 3.130/3.130 văn bản, đạt 100%") in text
    assert "Văn bản đi được phát hành trên phần mềm/Tổng số văn bản đi: 227/227 văn bản, đạt 100%" in text
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in text and "/BC-UBND" in text

    xlsx = tmp_path / "bc.xlsx"
    r = init_cli("report", "--period", "2023", "--format", "xlsx", "--out", str(xlsx))
    assert r.code == 0, r.err
    wb = load_workbook(xlsx)
    assert wb.sheetnames == ["Tổng hợp", "Văn bản đến", "Văn bản đi", "Xử lý văn bản đến",
                             "Theo người xử lý"]
    assert wb["Văn bản đến"].max_row == 3131 and wb["Văn bản đi"].max_row == 228
    assert wb["Tổng hợp"]["B5"].value == 3130 and wb["Tổng hợp"]["C5"].value == 3130


def test_report_cli_refuses_bad_input(init_cli: Cli) -> None:
    r = init_cli("report", "--period", "2023-13")
    assert r.code == 2 and "Kỳ báo cáo không hợp lệ" in r.err
    r = init_cli("report", "--period", "2023", "--format", "pdf")
    assert r.code == 2 and "--out" in r.err
