"""Fixtures for the digitisation tests: images, PDFs and a self-signed PDF made on the spot."""

from __future__ import annotations

import datetime as dt
import io
import struct
import zlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFont

from desktop.core.i18n import set_language

FONTS = Path(__file__).resolve().parents[2] / "resources" / "fonts"


@pytest.fixture(autouse=True)
def _vietnamese() -> Iterator[None]:
    set_language("vi")
    yield
    set_language(None)


def page_image(
    size: tuple[int, int] = (1240, 1754),
    mode: str = "RGB",
    text: str = "",
    font_size: int = 40,
    colour_mark: bool = True,
) -> Image.Image:
    """A page with some text lines and (in colour mode) a red circle like a stamp."""
    im = Image.new("RGB", size, "white")
    draw = ImageDraw.Draw(im)
    font = ImageFont.truetype(str(FONTS / "NotoSerif-Regular.ttf"), font_size)
    y = size[1] // 10
    for line in (text or "Trang thử nghiệm").splitlines():
        draw.text((size[0] // 10, y), line, font=font, fill="black")
        y += int(font_size * 1.6)
    if colour_mark:
        w = size[0]
        draw.ellipse(
            (w // 2, y + 50, w // 2 + w // 5, y + 50 + w // 5), outline=(220, 0, 0), width=8
        )
    return im.convert(mode) if mode != "RGB" else im


def save(im: Image.Image, path: Path, fmt: str, dpi: int = 300, **kw: object) -> Path:
    im.save(path, fmt, dpi=(dpi, dpi), **kw)
    return path


def png_header_only(width: int, height: int) -> bytes:
    """A tiny PNG that claims huge dimensions (a decompression bomb)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data))
            + kind
            + data
            + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
        )

    ihdr = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    idat = zlib.compress(b"\x00" * (width // 8 + 1) * 16)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", idat) + chunk(b"IEND", b"")


def simple_pdf(text: str = "Văn bản", pages: int = 1) -> bytes:
    """A born-digital PDF (text only, no images) made with fpdf2."""
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.add_font("Serif", "", str(FONTS / "NotoSerif-Regular.ttf"))
    pdf.set_font("Serif", size=14)
    for i in range(pages):
        pdf.add_page()
        pdf.cell(text=f"{text} {i + 1}")
    return bytes(pdf.output())


def sign_pdf(data: bytes, tmp: Path) -> bytes:
    """Sign ``data`` with pyHanko and a self-signed certificate made here."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.x509.oid import NameOID
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import signers

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "UBND xã Thử Nghiệm")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=30))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    key_file = tmp / "key.pem"
    cert_file = tmp / "cert.pem"
    key_file.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    signer = signers.SimpleSigner.load(str(key_file), str(cert_file))
    assert signer is not None
    out = signers.sign_pdf(
        IncrementalPdfFileWriter(io.BytesIO(data)),
        signers.PdfSignatureMetadata(field_name="ChuKy1"),
        signer=signer,
    )
    return out.getvalue()


def red_seal(size: int = 420) -> Image.Image:
    """A red round seal (rings, lettering, star) on a transparent layer, like a real one."""
    import math

    layer = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    draw = ImageDraw.Draw(layer)
    red = (225, 20, 30, 200)
    draw.ellipse((4, 4, size - 4, size - 4), outline=red, width=10)
    draw.ellipse((40, 40, size - 40, size - 40), outline=red, width=4)
    font = ImageFont.truetype(str(FONTS / "NotoSerif-Bold.ttf"), 38)
    text = "ỦY BAN NHÂN DÂN * HUYỆN CHỢ GẠO * "
    radius = size / 2 - 28
    for k, ch in enumerate(text):
        angle = 2 * math.pi * k / len(text) - math.pi / 2
        x, y = size / 2 + radius * math.cos(angle), size / 2 + radius * math.sin(angle)
        draw.text((x, y), ch, font=font, fill=red, anchor="mm")
    return layer
