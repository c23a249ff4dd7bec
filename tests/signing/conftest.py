"""Fixtures for the signing tests: one test PKI, one SoftHSM2 token and a few PDFs per session."""

from __future__ import annotations

import datetime as dt
import io
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from fpdf import FPDF

from signing import keys, testpki
from signing.appearance import find_signature_place
from signing.keys import Pkcs11KeySource, Pkcs12KeySource
from signing.samples import seal_png, signature_png
from signing.sign import sign_pdf

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


@pytest.fixture(scope="session")
def pki(tmp_path_factory: pytest.TempPathFactory) -> Pki:
    ca = testpki.make_ca()
    other = testpki.make_ca("Some Other CA", "Elsewhere")
    org_name = "UBND xã Bình Phú"
    return Pki(
        ca=ca,
        other_ca=other,
        chair=testpki.issue_cert(ca, "Nguyễn Văn An", organisation=org_name),
        org=testpki.issue_cert(ca, org_name, organisation=org_name),
        expired=testpki.issue_cert(ca, "Trần Thị Hết Hạn", expired=True),
        not_yet_valid=testpki.issue_cert(ca, "Lê Văn Chưa Tới", not_yet_valid=True),
        no_ds=testpki.issue_cert(ca, "Phạm Văn Mã Hóa", digital_signature=False),
        untrusted=testpki.issue_cert(other, "Người Lạ", organisation="Elsewhere"),
        dir=tmp_path_factory.mktemp("pki"),
    )


@pytest.fixture(scope="session")
def softhsm(tmp_path_factory: pytest.TempPathFactory, pki: Pki) -> Iterator[testpki.SoftHsmToken]:
    if testpki.find_softhsm_module() is None:
        pytest.fail("SoftHSM2 is required for the signing tests (apt-get install softhsm2)")
    old = os.environ.get("SOFTHSM2_CONF")
    token = testpki.init_softhsm_token(
        tmp_path_factory.mktemp("softhsm"),
        label=TOKEN_LABEL,
        pin=TOKEN_PIN,
        so_pin=TOKEN_SO_PIN,
        entries=[testpki.TokenEntry(pki.chair, "chu-tich", CHAIR_KEY_ID)],
    )
    yield token
    keys.close_all()
    if old is None:
        os.environ.pop("SOFTHSM2_CONF", None)
    else:
        os.environ["SOFTHSM2_CONF"] = old


@pytest.fixture(scope="session")
def chair_token(softhsm: testpki.SoftHsmToken) -> Pkcs11KeySource:
    return Pkcs11KeySource(softhsm.module_path, softhsm.label, softhsm.pin, key_id=CHAIR_KEY_ID)


@pytest.fixture(scope="session")
def signature_image() -> bytes:
    return signature_png()


@pytest.fixture(scope="session")
def seal_image() -> bytes:
    return seal_png()


@pytest.fixture(scope="session")
def signing_time() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


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


@pytest.fixture(scope="session")
def document() -> bytes:
    return make_document()


@pytest.fixture(scope="session")
def signer_signed(
    document: bytes, chair_token: Pkcs11KeySource, signature_image: bytes,
    signing_time: dt.datetime,
) -> bytes:
    place = find_signature_place(document)
    assert place is not None
    return sign_pdf(
        document, chair_token, "signer", place, image_png=signature_image,
        signing_time=signing_time,
    )


@pytest.fixture(scope="session")
def both_signed(
    signer_signed: bytes, pki: Pki, seal_image: bytes, signing_time: dt.datetime
) -> bytes:
    return sign_pdf(
        signer_signed, pki.p12(pki.org, "org"), "organisation", seal_png=seal_image,
        signing_time=signing_time,
    )


def pdf_text(pdf_bytes: bytes, page: int = 0) -> str:
    from pypdf import PdfReader

    return PdfReader(io.BytesIO(pdf_bytes)).pages[page].extract_text()
