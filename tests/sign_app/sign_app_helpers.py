"""Helpers for the desktop signing tests (a uniquely named module, like signing_helpers).

The SoftHSM2 token is created and used only in child processes (``vanthu`` run as a program):
SoftHSM reads its configuration once per process, and the pure signing tests in tests/signing
own the token of the test process itself.
"""

from __future__ import annotations

import io
import os
import re
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFont

ROOT = Path(__file__).resolve().parents[2]
FONT = ROOT / "resources" / "fonts" / "NotoSerif-Regular.ttf"
FONT_BOLD = ROOT / "resources" / "fonts" / "NotoSerif-Bold.ttf"

ORG_NAME = "UBND xã Bình Phú"
CHAIR_NAME = "Nguyễn Văn An"
P12_PASSWORD = "mat-khau-p12"
TOKEN_LABEL = "ChuTichBinhPhu"
TOKEN_PIN = "246810"
TOKEN_SO_PIN = "87654321"
CHAIR_KEY_ID = "a1"
PASSWORD = "mat-khau-dang-nhap"


@dataclass
class Result:
    code: int
    out: str
    err: str


def decision_pdf(*, signer_block: bool = True, pages: int = 2,
                 body_lines: int = 18) -> bytes:
    """A commune decision in the Nghị định 30 layout (A4, NotoSerif); the signer block
    ("CHỦ TỊCH" and the name) sits on the last page, bottom right."""
    pdf = FPDF(format="A4", unit="mm")
    pdf.set_auto_page_break(False)
    pdf.add_font("NotoSerif", "", str(FONT))
    pdf.add_font("NotoSerif", "B", str(FONT_BOLD))
    for n in range(pages):
        pdf.add_page()
        if n == 0:
            pdf.set_font("NotoSerif", size=12)
            pdf.set_xy(15, 15)
            pdf.cell(80, 6, "ỦY BAN NHÂN DÂN", align="C")
            pdf.set_xy(95, 15)
            pdf.set_font("NotoSerif", "B", 12)
            pdf.cell(105, 6, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", align="C")
            pdf.set_font("NotoSerif", "B", 12)
            pdf.set_xy(15, 21)
            pdf.cell(80, 6, "XÃ BÌNH PHÚ", align="C")
            pdf.set_xy(95, 21)
            pdf.cell(105, 6, "Độc lập - Tự do - Hạnh phúc", align="C")
            pdf.set_font("NotoSerif", size=12)
            pdf.set_xy(15, 30)
            pdf.cell(80, 6, "Số: 01/QĐ-UBND", align="C")
            pdf.set_xy(95, 30)
            pdf.cell(105, 6, "Bình Phú, ngày 05 tháng 01 năm 2026", align="C")
            pdf.set_font("NotoSerif", "B", 14)
            pdf.set_xy(20, 48)
            pdf.cell(170, 8, "QUYẾT ĐỊNH", align="C")
            pdf.set_xy(20, 56)
            pdf.set_font("NotoSerif", "B", 13)
            pdf.cell(170, 7, "Về việc phê duyệt kế hoạch cải cách hành chính năm 2026", align="C")
            pdf.set_xy(20, 66)
            pdf.cell(170, 7, "CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ BÌNH PHÚ", align="C")
            y = 80
        else:
            y = 25
        pdf.set_font("NotoSerif", size=13)
        pdf.set_xy(25, y)
        text = " ".join(
            f"Điều {i + 1}. Giao Văn phòng - Thống kê phối hợp với các đơn vị liên quan triển "
            "khai thực hiện kế hoạch, báo cáo kết quả về Ủy ban nhân dân xã đúng thời hạn."
            for i in range(body_lines // 3)
        )
        pdf.multi_cell(160, 7, text)
    if signer_block:
        pdf.set_font("NotoSerif", size=11)
        pdf.set_xy(20, 220)
        pdf.multi_cell(80, 5, "Nơi nhận:\n- Như Điều 3;\n- UBND huyện;\n- Lưu: VT, VP.")
        pdf.set_font("NotoSerif", "B", 13)
        pdf.set_xy(110, 220)
        pdf.multi_cell(80, 6, f"CHỦ TỊCH\n\n\n\n\n{CHAIR_NAME}", align="C")
    return bytes(pdf.output())


def scanned_pdf(path: Path) -> Path:
    """A paper document "scanned" in colour at 200 dpi (an image-only PDF)."""
    import img2pdf

    w, h = 1654, 2339  # A4 at 200 dpi
    im = Image.new("RGB", (w, h), "white")
    draw = ImageDraw.Draw(im)
    font = ImageFont.truetype(str(FONT), 36)
    y = 200
    for line in ("ỦY BAN NHÂN DÂN HUYỆN CHỢ GẠO", "Số: 101/QĐ-UBND",
                 "QUYẾT ĐỊNH về việc thành lập Ban chỉ đạo", "Điều 1. Thành lập Ban chỉ đạo."):
        draw.text((180, y), line, font=font, fill="black")
        y += 70
    draw.ellipse((1000, 1800, 1350, 2150), outline=(220, 0, 0), width=10)
    buf = io.BytesIO()
    im.save(buf, format="JPEG", quality=85, dpi=(200, 200))
    layout = img2pdf.get_fixed_dpi_layout_fun((200, 200))
    path.write_bytes(img2pdf.convert(buf.getvalue(), layout_fun=layout))
    return path


def pdf_text(pdf: bytes | Path, page: int = 1) -> str:
    """Text of a page as poppler shows it, signature appearances included."""
    with tempfile.TemporaryDirectory() as tmp:
        if isinstance(pdf, bytes):
            path = Path(tmp) / "doc.pdf"
            path.write_bytes(pdf)
        else:
            path = pdf
        return subprocess.run(
            ["pdftotext", "-layout", "-f", str(page), "-l", str(page), str(path), "-"],
            capture_output=True, check=True,
        ).stdout.decode()


def child_env(extra: dict[str, str] | None = None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if not k.startswith("VANTHU_") and k != "SOFTHSM2_CONF"}
    env["VANTHU_LANG"] = "vi"
    env.update(extra or {})
    return env


def run_vanthu(office, *args: str, env: dict[str, str] | None = None,  # type: ignore[no-untyped-def]
               stdin: str | None = None) -> Result:
    """``vanthu`` as a separate program (a real process, like the clerk's terminal), on the
    same data folder and database as ``office``."""
    exe = Path(sys.executable).parent / "vanthu"
    cmd = [str(exe)] if exe.exists() else [sys.executable, "-m", "desktop.cli"]
    where = ["--data", str(office.location.data_dir), "--db", office.location.db_url]
    proc = subprocess.run(
        [*cmd, *where, *args], capture_output=True, text=True,
        env=child_env(env), input=stdin, timeout=180, cwd=ROOT,
    )
    return Result(proc.returncode, proc.stdout, proc.stderr)


TOKEN_SCRIPT = """
import sys
from pathlib import Path
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from signing import testpki
d = Path(sys.argv[1])
cert = x509.load_pem_x509_certificate((d / "chair-cert.pem").read_bytes())
key = serialization.load_pem_private_key((d / "chair-key.pem").read_bytes(), None)
issued = testpki.Issued(cert, key)
token = testpki.init_softhsm_token(
    d / "softhsm", label=sys.argv[2], pin=sys.argv[3], so_pin=sys.argv[4],
    entries=[testpki.TokenEntry(issued, "chu-tich", bytes.fromhex(sys.argv[5]))])
print(token.module_path)
print(token.conf_path)
"""


def make_token(directory: Path) -> tuple[str, Path]:
    """A SoftHSM2 token holding the chairperson's key, made in a child process.

    Returns (module path, softhsm2.conf path)."""
    proc = subprocess.run(
        [sys.executable, "-c", TOKEN_SCRIPT, str(directory), TOKEN_LABEL, TOKEN_PIN,
         TOKEN_SO_PIN, CHAIR_KEY_ID],
        capture_output=True, text=True, env=child_env(), cwd=ROOT, timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    module, conf = proc.stdout.split()
    return module, Path(conf)


def pdfsig_blocks(pdf: Path, nss_dir: Path) -> list[str]:
    res = subprocess.run(["pdfsig", "-nssdir", f"sql:{nss_dir}", str(pdf)],
                         capture_output=True, text=True)
    return re.split(r"^Signature #\d+:", res.stdout, flags=re.M)[1:]


def as_user(office, username: str):  # type: ignore[no-untyped-def]
    """Sign the in-process office in as ``username`` (services check roles on office.actor)."""
    office.sign_in(username, PASSWORD)
    return office
