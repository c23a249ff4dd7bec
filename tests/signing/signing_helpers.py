"""Helpers shared by the signing tests (a uniquely named module, so it never clashes with
another package's conftest when the whole suite runs)."""

from __future__ import annotations

import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

from fpdf import FPDF

from signing import testpki
from signing.keys import Pkcs12KeySource

FONT = Path(__file__).resolve().parents[2] / "resources" / "fonts" / "NotoSerif-Regular.ttf"
P12_PASSWORD = b"mat-khau-p12"
TOKEN_LABEL = "VanThuTest"
TOKEN_PIN = "123456"
TOKEN_SO_PIN = "12345678"
CHAIR_KEY_ID = b"\x01"


@dataclass
class Pki:
    ca: testpki.Issued
    other_ca: testpki.Issued
    chair: testpki.Issued
    org: testpki.Issued
    expired: testpki.Issued
    not_yet_valid: testpki.Issued
    no_ds: testpki.Issued
    untrusted: testpki.Issued
    dir: Path

    def p12(self, which: testpki.Issued, name: str) -> Pkcs12KeySource:
        path = self.dir / f"{name}.p12"
        if not path.exists():
            testpki.write_pkcs12(path, which, P12_PASSWORD, self.ca)
        return Pkcs12KeySource(path, P12_PASSWORD)


def make_document(with_signer_block: bool = True, pages: int = 1) -> bytes:
    """A commune decision in Nghị định 30 layout, NotoSerif, signer block bottom right."""
    pdf = FPDF(format="A4", unit="mm")
    pdf.set_auto_page_break(False)
    pdf.add_font("NotoSerif", "", str(FONT))
    for n in range(pages):
        pdf.add_page()
        pdf.set_font("NotoSerif", size=13)
        pdf.set_xy(20, 20)
        pdf.cell(80, 6, "ỦY BAN NHÂN DÂN", align="C")
        pdf.set_xy(100, 20)
        pdf.cell(95, 6, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", align="C")
        pdf.set_xy(20, 26)
        pdf.cell(80, 6, "XÃ BÌNH PHÚ", align="C")
        pdf.set_xy(100, 26)
        pdf.cell(95, 6, "Độc lập - Tự do - Hạnh phúc", align="C")
        pdf.set_xy(20, 34)
        pdf.cell(80, 6, "Số: 12/QĐ-UBND", align="C")
        pdf.set_xy(20, 60)
        pdf.set_font("NotoSerif", size=14)
        pdf.cell(170, 8, "QUYẾT ĐỊNH", align="C")
        pdf.set_font("NotoSerif", size=13)
        pdf.set_xy(25, 75)
        pdf.multi_cell(
            160, 7,
            f"Trang {n + 1}. Về việc phê duyệt kế hoạch cải cách hành chính năm 2026 "
            "của Ủy ban nhân dân xã Bình Phú. Điều 1. Phê duyệt kế hoạch kèm theo.",
        )
    if with_signer_block:
        pdf.set_font("NotoSerif", size=11)
        pdf.set_xy(20, 215)
        pdf.multi_cell(80, 5, "Nơi nhận:\n- Như Điều 3;\n- Lưu: VT.")
        pdf.set_font("NotoSerif", size=13)
        pdf.set_xy(110, 215)
        pdf.multi_cell(80, 6, "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n\n\nNguyễn Văn An", align="C")
    return bytes(pdf.output())


def pdf_text(pdf_bytes: bytes, page: int = 0) -> str:
    """Text of one page as poppler renders it, annotation appearances included (pypdf's
    extract_text ignores signature widgets)."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "doc.pdf"
        path.write_bytes(pdf_bytes)
        return subprocess.run(
            ["pdftotext", "-layout", "-f", str(page + 1), "-l", str(page + 1), str(path), "-"],
            capture_output=True, check=True,
        ).stdout.decode()
