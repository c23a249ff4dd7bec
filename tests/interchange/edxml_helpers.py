"""Packages for the interchange tests, built from the field list and the standard's structure
(no network, no sample from outside): a Công văn from the district with a PDF attachment, its
update and revocation, status packages, and the test PKI that signs them."""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from fpdf import FPDF

from desktop.core.clock import vn_today
from desktop.interchange import xmlsig
from desktop.interchange.envelope import (
    Attachment,
    Business,
    Organ,
    Package,
    ResponseFor,
    StatusPackage,
)
from desktop.interchange.writer import package_tree, serialise, status_tree, write_package
from signing import testpki
from signing.keys import Pkcs12KeySource, pkcs12_signer

FONT = Path(__file__).resolve().parents[2] / "resources" / "fonts" / "NotoSerif-Regular.ttf"
P12_PASSWORD = b"mat-khau-p12"
DISTRICT = Organ("000.00.00.G22", "UBND huyện Bình Sơn", "UBND tỉnh Quảng Ngãi",
                 "Thị trấn Châu Ổ", "ubnd@binhson.gov.vn", "0255 3851 234")
COMMUNE = Organ("000.00.01.H56", "UBND xã Bình Phú")
TODAY = vn_today()
ISSUED = TODAY - dt.timedelta(days=3)
KEY = f"{DISTRICT.organ_id},{ISSUED:%Y/%m/%d},1234/UBND-VP"


def pdf_bytes(text: str = "Công văn về việc tổng kết công tác văn thư năm 2026") -> bytes:
    pdf = FPDF(format="A4", unit="mm")
    pdf.add_font("NotoSerif", "", str(FONT))
    pdf.add_page()
    pdf.set_font("NotoSerif", size=13)
    pdf.set_xy(20, 30)
    pdf.multi_cell(170, 7, text)
    return bytes(pdf.output())


@dataclass
class EdxmlPki:
    ca: testpki.Issued
    district: testpki.Issued
    dir: Path

    @property
    def ca_pem(self) -> Path:
        path = self.dir / "ca.pem"
        if not path.exists():
            path.write_bytes(self.ca.cert_pem)
        return path

    @property
    def district_p12(self) -> Path:
        path = self.dir / "huyen.p12"
        if not path.exists():
            testpki.write_pkcs12(path, self.district, P12_PASSWORD, self.ca)
        return path

    def p12_for(self, holder: str) -> Path:
        """A PKCS#12 file for ``holder`` under the same CA: the commune's own certificates (the
        app signs only with a certificate issued to whoever signs)."""
        path = self.dir / f"{abs(hash(holder))}.p12"
        if not path.exists():
            testpki.write_pkcs12(path, testpki.issue_cert(self.ca, holder), P12_PASSWORD,
                                 self.ca)
        return path

    def signer(self) -> Any:
        return pkcs12_signer(self.district_p12.read_bytes(), P12_PASSWORD)

    def signed_pdf(self, text: str = "Công văn số 1234/UBND-VP") -> bytes:
        from signing.sign import sign_pdf

        return sign_pdf(pdf_bytes(text), Pkcs12KeySource(self.district_p12, P12_PASSWORD),
                        "copy", copy_form="SAO Y", copying_body="UBND huyện Bình Sơn")


def make_pki(directory: Path) -> EdxmlPki:
    ca = testpki.make_ca("VanThu Test Root CA")
    return EdxmlPki(ca, testpki.issue_cert(ca, "UBND huyện Bình Sơn",
                                           organisation="UBND huyện Bình Sơn",
                                           locality="Bình Sơn"), directory)


def cong_van(pdf: bytes | None = None, **changes: Any) -> Package:
    """A Công văn from the district to the commune, every mapped field filled."""
    pkg = Package(
        document_id=KEY, sender=DISTRICT, recipients=(COMMUNE,), code_number="1234",
        code_notation="UBND-VP", place="Bình Sơn", promulgation_date=ISSUED, type_code="2",
        type_name="Công văn", subject="Về việc tổng kết công tác văn thư, lưu trữ năm 2026",
        content="", signer_competence="KT. CHỦ TỊCH", signer_position="Phó Chủ tịch",
        signer_name="Trần Thị Hoa", due_date=TODAY + dt.timedelta(days=10),
        to_places=("UBND các xã, thị trấn", "Lưu: VT"), priority=1, promulgation_amount=20,
        page_amount=2,
        attachments=(Attachment("1", "1234-UBND-VP.pdf", "application/pdf",
                                pdf if pdf is not None else pdf_bytes()),),
    )
    return dataclasses.replace(pkg, **changes)


def business(pkg: Package, doc_type: int, reason: str, *earlier: str, **changes: Any) -> Package:
    return dataclasses.replace(pkg, business=Business(doc_type, reason, tuple(earlier)), **changes)


def package_bytes(pkg: Package, signer: Any = None, *, sha1: bool = False) -> bytes:
    if signer is None:
        return write_package(pkg)
    return serialise(xmlsig.sign(package_tree(pkg, sign=True), signer, sha1=sha1))


def status_bytes(code: str, key: str, *, organ: Organ = DISTRICT, description: str = "",
                 symbol: tuple[str, str] = ("", ""), issued: dt.date | None = None) -> bytes:
    st = StatusPackage(organ, ResponseFor(COMMUNE.organ_id, symbol[0], symbol[1], issued, key),
                       code, description, dt.datetime.now().isoformat(timespec="seconds"),
                       "Văn phòng", "Nguyễn Văn Bình")
    return serialise(status_tree(st))


def write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path
