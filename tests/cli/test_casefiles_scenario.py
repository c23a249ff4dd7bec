"""Issue 17's "Done when", through the command line: a 2026 plan with two headings and three
entries is approved and printed; a file gets four documents (incoming and outgoing), is closed
with an end date in 2025 so that it is due, is handed over with both forms printed, and its
export imports into an empty office with the same table of contents."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook
from pypdf import PdfReader

from tests.conftest import ORG, Cli


def make_pdf(path: Path, text: str, pages: int = 1) -> Path:
    from fpdf import FPDF

    from desktop.core.pdfkit import FONTS

    pdf = FPDF()
    pdf.add_font("NotoSerif", fname=str(FONTS / "NotoSerif-Regular.ttf"))
    for n in range(pages):
        pdf.add_page()
        pdf.set_font("NotoSerif", size=14)
        pdf.multi_cell(0, 10, f"{text} — trang {n + 1}")
    path.parent.mkdir(parents=True, exist_ok=True)
    pdf.output(str(path))
    return path


def init(cli: Cli) -> Cli:
    r = cli("init", "--org-name", ORG[0], "--org-short", ORG[1], "--place", ORG[2],
            "--org-code", ORG[3])
    assert r.code == 0, r.err
    return cli


def ok(cli: Cli, *args: str) -> object:
    r = cli(*args, "--json")
    assert r.code == 0, (args, r.err)
    return r.json


def register_four(cli: Cli, tmp: Path) -> list[int]:
    ids = []
    for i, (received, symbol, issued) in enumerate(
            [("12/03/2025", "15/QĐ-UBND", "10/03/2025"),
             ("02/04/2025", "22/KH-UBND", "28/03/2025")], start=1):
        v = ok(cli, "incoming", "add", "--received", received, "--from", "UBND huyện Chợ Gạo",
               "--symbol", symbol, "--date", issued, "--type", "Quyết định",
               "--summary", f"Về việc tuyển dụng công chức đợt {i}",
               "--file", str(make_pdf(tmp / f"den{i}.pdf", f"Văn bản đến {i}", pages=i)))
        ids.append(v["id"])  # type: ignore[index]
    for i, issued in enumerate(["15/04/2025", "20/05/2025"], start=1):
        v = ok(cli, "outgoing", "add", "--date", issued, "--type", "Thông báo",
               "--summary", f"Thông báo kết quả tuyển dụng lần {i}", "--signer", "Lê Văn A",
               "--signer-title", "Chủ tịch",
               "--file", str(make_pdf(tmp / f"di{i}.pdf", f"Văn bản đi {i}", pages=2)))
        ids.append(v["id"])  # type: ignore[index]
    return ids


def test_done_when(tmp_path: Path) -> None:
    cli = init(Cli(tmp_path / "xa"))
    # the plan: two headings, three entries, approved, printed (PDF and Excel)
    ok(cli, "fileplan", "add", "--year", "2026", "--code", "01.TCCB", "--title",
       "Hồ sơ tuyển dụng công chức năm 2026", "--retention", "Vĩnh viễn",
       "--heading", "I. Tổ chức, cán bộ")
    ok(cli, "fileplan", "add", "--year", "2026", "--code", "02.TCCB", "--title",
       "Hồ sơ thi đua, khen thưởng", "--retention", "10", "--heading", "I")
    ok(cli, "fileplan", "add", "--year", "2026", "--code", "01.VP", "--title",
       "Hồ sơ hội nghị tổng kết", "--retention", "20", "--heading", "II. Văn phòng",
       "--keeper", "Văn phòng - Thống kê")
    plan = ok(cli, "fileplan", "approve", "--year", "2026")
    assert plan["approved"] and len(plan["entries"]) == 3  # type: ignore[index]
    assert [h["label"] for h in plan["headings"]] == ["I", "II"]  # type: ignore[index]
    pdf_out, xlsx_out = tmp_path / "danh-muc.pdf", tmp_path / "danh-muc.xlsx"
    assert ok(cli, "fileplan", "print", "--year", "2026", "--out", str(pdf_out))["pages"] >= 1  # type: ignore[index]
    text = "".join(p.extract_text() for p in PdfReader(pdf_out).pages)
    assert "DANH MỤC HỒ SƠ" in text and "01.TCCB" in text and "Vĩnh viễn" in text
    assert "I. TỔ CHỨC, CÁN BỘ" in text and "II. VĂN PHÒNG" in text
    ok(cli, "fileplan", "print", "--year", "2026", "--out", str(xlsx_out))
    cells = [c for row in load_workbook(xlsx_out).active.iter_rows(values_only=True)  # type: ignore[union-attr]
             for c in row if c]
    assert "01.VP" in cells and "Hồ sơ hội nghị tổng kết" in cells and "20 năm" in cells

    # the file: four documents, closed in 2025, due
    ids = register_four(cli, tmp_path)
    opened = ok(cli, "casefile", "open", "01.TCCB", "--year", "2026")
    assert opened["state"] == "open" and opened["title"] == "Hồ sơ tuyển dụng công chức năm 2026"  # type: ignore[index]
    ok(cli, "casefile", "add", "01.TCCB", *map(str, ids))
    ok(cli, "casefile", "close", "01.TCCB", "--end", "2025-06-30")
    shown = ok(cli, "casefile", "show", "01.TCCB", "--year", "2026")
    assert shown["state"] == "closed" and shown["end_date"] == "2025-06-30"  # type: ignore[index]
    assert shown["start_date"] == "2025-03-10"  # type: ignore[index]
    assert shown["doc_total"] == 4 and shown["page_total"] == 1 + 2 + 2 + 2  # type: ignore[index]
    assert [d["id"] for d in shown["documents"]] == ids  # type: ignore[index]
    assert [d["order"] for d in shown["documents"]] == [1, 2, 3, 4]  # type: ignore[index]
    assert shown["documents"][0]["symbol"] == "15/QĐ-UBND"  # type: ignore[index]
    due = ok(cli, "archive", "due")
    assert [d["code"] for d in due] == ["01.TCCB"] and due[0]["due"] == "2026-06-30"  # type: ignore[index]

    # the hand-over: both forms, two copies each; the file is read-only afterwards
    out = tmp_path / "nop-luu"
    result = ok(cli, "archive", "handover", "01.TCCB", "--out", str(out))
    forms = [Path(p) for p in result["files"]]  # type: ignore[index]
    assert [p.name.split("-2")[0] for p in forms] == ["muc-luc-nop-luu", "bien-ban-giao-nhan"]
    listing = "".join(p.extract_text() for p in PdfReader(forms[0]).pages)
    record = "".join(p.extract_text() for p in PdfReader(forms[1]).pages)
    assert listing.count("MỤC LỤC HỒ SƠ, TÀI LIỆU NỘP LƯU") == 2 and "01.TCCB" in listing
    assert record.count("BIÊN BẢN") == 2 and "Bản số 2/2" in record
    assert ok(cli, "casefile", "show", "01.TCCB")["state"] == "handed-over"  # type: ignore[index]
    assert ok(cli, "archive", "due") == []
    r = cli("casefile", "add", "01.TCCB", str(ids[0]))
    assert r.code == 2 and "đã nộp lưu" in r.err

    # export, and import into an empty office: the same table of contents
    export = tmp_path / "xuat"
    ok(cli, "casefile", "export", "01.TCCB", "--out", str(export))
    assert sorted(p.name for p in export.iterdir()) == [
        "0001.pdf", "0002.pdf", "0003.pdf", "0004.pdf", "hoso.xml"]
    other = init(Cli(tmp_path / "luu-tru"))
    imported = ok(other, "casefile", "import", str(export))
    keys = ("order", "symbol", "date", "subject", "pages")
    assert [{k: d[k] for k in keys} for d in imported["documents"]] == [  # type: ignore[index]
        {k: d[k] for k in keys} for d in shown["documents"]]  # type: ignore[index]
    again = ok(other, "casefile", "show", "01.TCCB", "--year", "2026")
    for key in ("code", "title", "doc_total", "page_total", "start_date", "end_date"):
        assert again[key] == shown[key], key  # type: ignore[index]
