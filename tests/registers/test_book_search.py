"""The printed register and accent-insensitive search."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader

from desktop.registers.registry import (
    IncomingInput,
    OutgoingInput,
    cancel,
    register_incoming,
    register_outgoing,
)
from desktop.registers.search import search
from tests.conftest import Cli


def _fill(office) -> None:  # type: ignore[no-untyped-def]
    register_incoming(office, IncomingInput(
        received="2026-03-02", organ_name="Đảng ủy xã Bình Phú", symbol="15-NQ/ĐU",
        issued="2026-02-27", type_name="Nghị quyết", subject="Về lãnh đạo thực hiện nhiệm vụ năm 2026",
        recipients="Chủ tịch UBND xã", notes="Bản chính"))
    register_incoming(office, IncomingInput(
        received="2026-03-03", organ_name="UBND huyện Chợ Gạo", symbol="101/QĐ-UBND",
        issued="2026-03-01", type_name="Quyết định", subject="Về việc phê duyệt quy hoạch đường giao thông nông thôn"))
    out = register_outgoing(office, OutgoingInput(
        issued="2026-03-04", type_name="Kế hoạch", subject="Tổ chức Ngày hội Đại đoàn kết",
        signer_name="Nguyễn Văn An", signer_title="Chủ tịch", recipients="Các ấp", copies=5))
    cancel(office, out.id, "Ban hành nhầm")
    register_outgoing(office, OutgoingInput(
        issued="2026-03-05", type_name="Công văn", subject="V/v báo cáo tình hình thiên tai",
        signer_name="Lê Thị Bình", signer_title="Phó Chủ tịch", drafting_unit="VP"))


def test_search_ignores_case_and_marks_including_d_stroke(office) -> None:  # type: ignore[no-untyped-def]
    _fill(office)
    assert [d.organ_name for d in search(office, "dang uy")] == ["Đảng ủy xã Bình Phú"]
    assert [d.symbol for d in search(office, "quyet dinh")] == ["101/QĐ-UBND"]
    assert [d.symbol for d in search(office, "QUY HOACH giao thong")] == ["101/QĐ-UBND"]
    assert [d.symbol for d in search(office, "Đại đoàn kết")] == ["01/KH-UBND"]
    assert [d.symbol for d in search(office, "thien tai")] == ["02/UBND-VP"]
    assert [d.type_name for d in search(office, "ban chinh")] == ["Nghị quyết"]
    assert search(office, "101/QĐ")[0].symbol == "101/QĐ-UBND"
    assert search(office, "khong co gi ca") == []
    assert search(office, "   ") == []
    assert search(office, '"; DROP TABLE documents; --') == []


def test_book_pdf_has_the_columns_and_the_rows(office, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from desktop.registers.book import write_book

    _fill(office)
    res = write_book(office, "incoming", 2026, tmp_path / "den.pdf")
    reader = PdfReader(str(res.path))
    page = reader.pages[1]
    assert float(page.mediabox.width) > float(page.mediabox.height)  # landscape
    assert round(float(page.mediabox.width)) == 842  # A4
    text = "\n".join(p.extract_text() for p in reader.pages)
    for heading in ("Ngày đến", "Số đến", "Tác giả", "Số, ký hiệu", "Ngày tháng", "trích yếu",
                    "Đơn vị hoặc người nhận", "Ngày chuyển", "Ký nhận", "Ghi chú"):
        assert heading in text, heading
    assert "SỔ ĐĂNG KÝ VĂN BẢN ĐẾN" in text
    assert "Đảng ủy xã Bình Phú" in text and "101/QĐ-UBND" in text and "02/03/2026" in text
    fonts = {str(f) for p in reader.pages for f in p["/Resources"]["/Font"].values()}
    assert fonts
    embedded = [f.get_object()["/BaseFont"] for p in reader.pages
                for f in p["/Resources"]["/Font"].values()]
    assert all("NotoSerif" in str(b) for b in embedded)


def test_book_outgoing_marks_cancelled_rows_via_cli(init_cli: Cli, office_dir_from_cli=None,
                                                    tmp_path: Path = Path()) -> None:
    cli = init_cli
    for summary in ("Về việc A", "Về việc B"):
        r = cli("outgoing", "add", "--date", "2026-01-06", "--type", "Quyết định", "--summary",
                summary, "--signer", "Nguyễn Văn An", "--signer-title", "Chủ tịch",
                "--to", "Phòng Nội vụ", "--copies", "4", "--json")
        assert r.code == 0
    cli("cancel", str(r.json["id"]), "--reason", "Trùng nội dung")
    out = cli.data_dir.parent / "di.pdf"
    r = cli("book", "outgoing", "--year", "2026", "--out", str(out), "--json")
    assert r.code == 0 and r.json["rows"] == 2
    text = "\n".join(p.extract_text() for p in PdfReader(str(out)).pages)
    assert "01/QĐ-UBND" in text and "02/QĐ-UBND" in text
    assert "ĐÃ HỦY" in text and "Nơi nhận văn bản" in text and "Người ký" in text
    assert "Nguyễn Văn An" in text


def test_unselective_queries_answer_newest_first(office, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import desktop.registers.search as search_module

    for i in range(6):
        register_outgoing(office, OutgoingInput(
            issued="2026-03-05", type_name="Công văn", subject=f"V/v việc số {i}",
            signer_name="Lê Thị Bình", signer_title="Phó Chủ tịch", drafting_unit="VP"))
    ranked = [d.subject for d in search(office, "viec", limit=3)]
    assert len(ranked) == 3
    monkeypatch.setattr(search_module, "RANK_LIMIT", 4)
    newest = [d.subject for d in search(office, "viec", limit=3)]
    assert newest == ["V/v việc số 5", "V/v việc số 4", "V/v việc số 3"]
