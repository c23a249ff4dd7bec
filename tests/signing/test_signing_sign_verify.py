"""Signing with a real SoftHSM2 token and a PKCS#12 file, then verifying offline."""

from __future__ import annotations

import datetime as dt
import io
import json
import re

from signing_helpers import Pki, make_document, pdf_text

from signing import testpki
from signing.appearance import stamp_lines, vn_time_iso
from signing.errors import SigningError
from signing.keys import Pkcs11KeySource
from signing.sign import sign_pdf
from signing.verify import (
    STATUS_MODIFIED,
    STATUS_NOT_INTACT,
    STATUS_REVOKED,
    STATUS_UNTRUSTED,
    STATUS_VALID,
    verify_pdf,
)


def test_chair_token_then_organisation_p12_both_valid(
    both_signed: bytes, signer_signed: bytes, pki: Pki, signing_time: dt.datetime
) -> None:
    assert both_signed.startswith(signer_signed), "second signature must be an incremental update"
    report = verify_pdf(both_signed, [pki.ca.cert_pem], [])
    assert [s.status for s in report.signatures] == [STATUS_VALID, STATUS_VALID]
    first, second = report.signatures
    assert first.signer_name == "Nguyễn Văn An"
    assert first.certificate_serial == pki.chair.serial_hex
    assert first.intact and first.trusted and not first.modified_after_signing
    assert second.signer_name == "UBND xã Bình Phú"
    assert second.organisation == "UBND xã Bình Phú"
    assert second.certificate_serial == pki.org.serial_hex
    assert second.signer_reported_time == vn_time_iso(signing_time)
    assert second.signer_reported_time.endswith("+07:00")
    assert report.ok
    data = json.loads(json.dumps(report.to_dict()))
    assert data["ok"] is True and len(data["signatures"]) == 2


def test_signature_is_pades_sha256(both_signed: bytes) -> None:
    assert both_signed.count(b"/ETSI.CAdES.detached") == 2
    assert b"/adbe.pkcs7.detached" not in both_signed


def test_unsigned_pdf_report_is_not_ok(document: bytes, pki: Pki) -> None:
    report = verify_pdf(document, [pki.ca.cert_pem], [])
    assert report.signatures == [] and not report.ok


def _flip_in_first_range(pdf: bytes) -> bytes:
    # flip a digit of the /CreationDate in the info dictionary: inside the first signed range
    # and harmless to the PDF structure
    m = re.search(rb"/CreationDate \(D:(\d+)", pdf)
    assert m is not None
    pos = m.start(1) + 3
    buf = bytearray(pdf)
    buf[pos] = ord("0") if buf[pos] != ord("0") else ord("1")
    return bytes(buf)


def test_flipped_byte_is_not_intact(both_signed: bytes, pki: Pki) -> None:
    broken = _flip_in_first_range(both_signed)
    assert broken != both_signed
    report = verify_pdf(broken, [pki.ca.cert_pem], [])
    assert report.signatures[0].status == STATUS_NOT_INTACT
    assert not report.signatures[0].intact
    assert not report.ok


def test_untrusted_root(both_signed: bytes, pki: Pki) -> None:
    report = verify_pdf(both_signed, [pki.other_ca.cert_der], [])
    assert {s.status for s in report.signatures} == {STATUS_UNTRUSTED}
    assert not report.ok


def test_revoked_by_crl(both_signed: bytes, pki: Pki) -> None:
    crl = testpki.make_crl(pki.ca, [pki.chair])
    report = verify_pdf(both_signed, [pki.ca.cert_pem], [crl])
    assert report.signatures[0].status == STATUS_REVOKED
    assert report.signatures[0].revoked
    # the organisation certificate is not on the CRL
    assert report.signatures[1].status == STATUS_VALID
    assert not report.ok


def test_page_content_changed_after_signing(signer_signed: bytes, pki: Pki) -> None:
    # an incremental update that appends drawing to page 1's content stream
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    writer = IncrementalPdfFileWriter(io.BytesIO(signer_signed))
    paint = generic.StreamObject(stream_data=b"q 1 0 0 rg 100 100 200 50 re f Q")
    writer.add_stream_to_page(0, writer.add_object(paint))
    out = io.BytesIO()
    writer.write(out)
    tampered = out.getvalue()
    assert tampered.startswith(signer_signed)
    report = verify_pdf(tampered, [pki.ca.cert_pem], [])
    assert report.signatures[0].status == STATUS_MODIFIED
    assert report.signatures[0].modified_after_signing
    assert report.signatures[0].intact
    assert not report.ok


def test_copy_stamp_text_top_right(pki: Pki, signing_time: dt.datetime) -> None:
    doc = make_document(with_signer_block=False, pages=2)
    signed = sign_pdf(
        doc, pki.p12(pki.org, "org"), "copy", copy_form="SAO Y",
        copying_body="UBND xã Bình Phú", signing_time=signing_time,
    )
    report = verify_pdf(signed, [pki.ca.cert_pem], [])
    assert [s.status for s in report.signatures] == [STATUS_VALID]
    text = pdf_text(signed, 0)
    assert "SAO Y" in text and "UBND xã Bình Phú" in text
    expected_time = signing_time.astimezone(dt.timezone(dt.timedelta(hours=7))).isoformat()
    assert expected_time in text and expected_time.endswith("+07:00")
    assert "SAO Y" not in pdf_text(signed, 1)
    x, y = _text_position(signed, "SAO Y")
    assert x > 595 / 2 and y > 842 - 30 * 72 / 25.4, (x, y)


def test_attachment_stamp_text(pki: Pki, signing_time: dt.datetime) -> None:
    doc = make_document(with_signer_block=False)
    signed = sign_pdf(
        doc, pki.p12(pki.org, "org"), "attachment", document_number="12/QĐ-UBND",
        signing_time=signing_time,
    )
    text = pdf_text(signed, 0)
    assert text.count("12/QĐ-UBND") == 2  # the document's own header and the stamp
    assert "+07:00" in text
    x, y = _text_position(signed, "+07:00")
    assert x > 595 / 2 and y > 842 - 30 * 72 / 25.4, (x, y)


def _text_position(pdf: bytes, needle: str) -> tuple[float, float]:
    """Where ``needle`` is drawn on page 1, from poppler's word boxes (real rendering)."""
    import subprocess
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        path = f"{tmp}/doc.pdf"
        with open(path, "wb") as fh:
            fh.write(pdf)
        html = subprocess.run(
            ["pdftotext", "-bbox", "-f", "1", "-l", "1", path, "-"],
            capture_output=True, check=True,
        ).stdout.decode()
    for m in re.finditer(r'<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]*)</word>', html):
        if needle.split()[0] in m.group(3):
            # pdftotext's y grows downward; convert to PDF user space
            return float(m.group(1)), 842 - float(m.group(2))
    raise AssertionError(f"{needle!r} not drawn on page 1")


def test_token_session_is_kept_and_reused(
    document: bytes, chair_token: Pkcs11KeySource, signer_signed: bytes,
    signature_image: bytes, signing_time: dt.datetime, pki: Pki,
) -> None:
    from signing import keys
    from signing.appearance import Placement

    # a source with a wrong PIN still works while the token's session is open: no new login
    assert keys.is_logged_in(chair_token.module_path, chair_token.token_label)
    chair_token = Pkcs11KeySource(
        chair_token.module_path, chair_token.token_label, "not-used", key_id=chair_token.key_id
    )

    out = sign_pdf(
        document, chair_token, "signer", Placement(0, (60, 60, 200, 120)),
        image_png=signature_image, signing_time=signing_time,
    )
    assert verify_pdf(out, [pki.ca.cert_pem], []).ok


def test_vietnam_time_and_stamp_lines() -> None:
    t = dt.datetime(2026, 11, 21, 2, 30, tzinfo=dt.UTC)
    assert vn_time_iso(t) == "2026-11-21T09:30:00+07:00"
    assert stamp_lines("copy", t, copy_form="trích sao", copying_body="UBND xã Bình Phú") == [
        "TRÍCH SAO", "UBND xã Bình Phú", "2026-11-21T09:30:00+07:00"
    ]
    assert stamp_lines("attachment", t, document_number="12/QĐ-UBND") == [
        "12/QĐ-UBND", "2026-11-21T09:30:00+07:00"
    ]
    for kwargs in ({"copy_form": "BẢN CHỤP", "copying_body": "X"}, {"copy_form": "SAO Y"}):
        try:
            stamp_lines("copy", t, **kwargs)
        except SigningError as exc:
            assert exc.code == "bad_request"
        else:
            raise AssertionError(f"accepted {kwargs}")
