"""A draft in the Nghị định 30 layout with số and ngày left blank, for the drafting tests."""

from __future__ import annotations

from pathlib import Path

from fpdf import FPDF

ROOT = Path(__file__).resolve().parents[2]
FONT = ROOT / "resources" / "fonts" / "NotoSerif-Regular.ttf"
FONT_BOLD = ROOT / "resources" / "fonts" / "NotoSerif-Bold.ttf"
CHAIR = "Nguyễn Văn An"


def draft_pdf(*, blanks: bool = True, pages: int = 1, letter: bool = False,
              title: str = "QUYẾT ĐỊNH", filler_pages: int = 0) -> bytes:
    """Page 1: issuing body and Quốc hiệu, "Số:       /QĐ-UBND" and "Bình Phú, ngày      tháng
    năm 2026", the title, a body; the signer block ("CHỦ TỊCH", the name) on the last page.
    Margins as Phụ lục I asks (top 20, left 30, right 15 mm) unless ``letter`` (US Letter)."""
    pdf = FPDF(format="Letter" if letter else "A4", unit="mm")
    pdf.set_auto_page_break(False)
    pdf.add_font("S", "", str(FONT))
    pdf.add_font("S", "B", str(FONT_BOLD))
    for n in range(pages + filler_pages):
        pdf.add_page()
        if n == 0:
            pdf.set_font("S", size=12)
            pdf.set_xy(30, 20)
            pdf.cell(70, 6, "ỦY BAN NHÂN DÂN", align="C")
            pdf.set_font("S", "B", 12)
            pdf.set_xy(100, 20)
            pdf.cell(95, 6, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", align="C")
            pdf.set_xy(30, 26)
            pdf.cell(70, 6, "XÃ BÌNH PHÚ", align="C")
            pdf.set_xy(100, 26)
            pdf.cell(95, 6, "Độc lập - Tự do - Hạnh phúc", align="C")
            if blanks:
                pdf.set_font("S", size=13)
                pdf.set_xy(30, 36)
                pdf.cell(70, 6, "Số:        /QĐ-UBND", align="C")
                pdf.set_xy(100, 36)
                pdf.cell(95, 6, "Bình Phú, ngày       tháng       năm 2026", align="C")
            pdf.set_font("S", "B", 14)
            pdf.set_xy(30, 50)
            pdf.cell(165, 8, title, align="C")
            y = 66
        else:
            y = 20
        pdf.set_font("S", size=13)
        pdf.set_xy(30, y)
        pdf.multi_cell(165, 7, " ".join(
            f"Điều {i}. Giao Văn phòng - Thống kê triển khai thực hiện kế hoạch, báo cáo kết "
            "quả về Ủy ban nhân dân xã đúng thời hạn." for i in range(1, 6)))
    pdf.set_font("S", "B", 13)
    pdf.set_xy(110, 220)
    pdf.multi_cell(80, 6, f"CHỦ TỊCH\n\n\n\n\n{CHAIR}", align="C")
    pdf.set_font("S", size=11)
    pdf.set_xy(30, 268)
    pdf.cell(60, 5, "Nơi nhận: như Điều 3; Lưu: VT.")
    return bytes(pdf.output())
