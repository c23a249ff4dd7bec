"""Realistic sample files made by the tests themselves: scans and signed PDFs."""

from __future__ import annotations

import io
import random
from pathlib import Path

import img2pdf
from PIL import Image, ImageDraw


def scan_pdf(path: Path, *, dpi: int = 200, colour: bool = True, seed: int = 0) -> Path:
    """An A4 page 'scanned' at ``dpi``: a JPEG embedded losslessly by img2pdf."""
    rnd = random.Random(seed)
    w, h = int(8.27 * dpi), int(11.69 * dpi)
    img = Image.new("RGB", (w, h), (250, 250, 246))
    draw = ImageDraw.Draw(img)
    for i in range(40):
        y = int(h * 0.1) + i * int(dpi * 0.22)
        draw.line((int(w * 0.1), y, int(w * (0.5 + rnd.random() * 0.4)), y), fill=(30, 30, 30),
                  width=max(1, dpi // 100))
    draw.ellipse((int(w * 0.55), int(h * 0.8), int(w * 0.75), int(h * 0.8) + int(w * 0.2)),
                 outline=(200, 20, 20), width=dpi // 40)
    if not colour:
        img = img.convert("L")
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=70, dpi=(dpi, dpi))
    pdf = img2pdf.convert(buf.getvalue(), layout_fun=img2pdf.get_fixed_dpi_layout_fun((dpi, dpi)))
    # img2pdf writes a 1.3 header for JPEG; scanners write 1.4+ (same length: offsets hold).
    path.write_bytes(pdf.replace(b"%PDF-1.3", b"%PDF-1.4", 1))
    return path


def text_pdf(path: Path, lines: list[str]) -> Path:
    """A born-digital PDF in NotoSerif (covers Vietnamese)."""
    from fpdf import FPDF

    root = Path(__file__).resolve().parents[2]
    pdf = FPDF()
    pdf.add_font("NotoSerif", "", str(root / "resources/fonts/NotoSerif-Regular.ttf"))
    pdf.set_font("NotoSerif", size=13)
    pdf.add_page()
    for line in lines:
        pdf.cell(0, 8, line, new_x="LMARGIN", new_y="NEXT")
    path.write_bytes(bytes(pdf.output()))
    return path


def signed_pdfs(folder: Path, count: int) -> list[Path]:
    """``count`` distinct PDFs carrying a real PAdES signature from a throw-away test CA."""
    from signing import testpki
    from signing.keys import Pkcs12KeySource
    from signing.sign import sign_pdf

    folder.mkdir(parents=True, exist_ok=True)
    ca = testpki.make_ca()
    org = testpki.issue_cert(ca, "UBND xã Bình Phú")
    p12 = testpki.write_pkcs12(folder / "org.p12", org, b"matkhau", ca)
    key = Pkcs12KeySource(p12, b"matkhau")
    out = []
    for i in range(count):
        plain = text_pdf(folder / f"plain-{i}.pdf", [f"Văn bản đi số {i + 1:02d}/QĐ-UBND"])
        signed = sign_pdf(plain.read_bytes(), key, "attachment",
                          document_number=f"{i + 1:02d}/QĐ-UBND")
        target = folder / f"signed-{i}.pdf"
        target.write_bytes(signed)
        out.append(target)
    return out
