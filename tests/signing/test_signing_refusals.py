"""What signing must refuse: wrong PIN (once, never retried), unusable certificates, and PDFs
that cannot be signed safely. The input is never changed."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import zlib

import pkcs11
import pytest
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.sign import fields, signers
from pypdf import PdfReader, PdfWriter
from signing_helpers import TOKEN_LABEL, TOKEN_PIN, Pki

from signing import keys, testpki
from signing.appearance import Placement
from signing.errors import MESSAGES_VI, SigningError
from signing.keys import Pkcs11KeySource, Pkcs12KeySource
from signing.sign import sign_pdf
from signing.verify import STATUS_VALID, verify_pdf

PLACE = Placement(0, (350, 150, 510, 200))


def _token_flags(module: str) -> int:
    return int(pkcs11.lib(module).get_token(token_label=TOKEN_LABEL).flags)


def test_wrong_pin_one_attempt_then_correct_pin_works(
    softhsm: testpki.SoftHsmToken, document: bytes, signature_image: bytes,
    signing_time: dt.datetime, pki: Pki,
) -> None:
    keys.forget_session(softhsm.module_path, softhsm.label)  # force a fresh login
    before = _token_flags(softhsm.module_path)
    assert not before & pkcs11.TokenFlag.USER_PIN_COUNT_LOW
    wrong = Pkcs11KeySource(softhsm.module_path, softhsm.label, "000000", key_id=b"\x01")
    with pytest.raises(SigningError) as info:
        sign_pdf(document, wrong, "signer", PLACE, image_png=signature_image,
                 signing_time=signing_time)
    assert info.value.code == "wrong_pin"
    assert "000000" not in str(info.value) and "000000" not in repr(wrong)
    assert "thử lại" in info.value.message_vi
    after = _token_flags(softhsm.module_path)
    # one failed login recorded; not at final try, not locked
    assert after & pkcs11.TokenFlag.USER_PIN_COUNT_LOW
    assert not after & pkcs11.TokenFlag.USER_PIN_FINAL_TRY
    assert not after & pkcs11.TokenFlag.USER_PIN_LOCKED
    right = Pkcs11KeySource(softhsm.module_path, softhsm.label, TOKEN_PIN, key_id=b"\x01")
    out = sign_pdf(document, right, "signer", PLACE, image_png=signature_image,
                   signing_time=signing_time)
    assert verify_pdf(out, [pki.ca.cert_pem], []).ok


def test_wrong_p12_password(pki: Pki, document: bytes, signature_image: bytes) -> None:
    good = pki.p12(pki.chair, "chair")
    bad = Pkcs12KeySource(good.path, b"sai-mat-khau")
    with pytest.raises(SigningError) as info:
        sign_pdf(document, bad, "signer", PLACE, image_png=signature_image)
    assert info.value.code == "wrong_pin"


def test_unknown_token_and_key(softhsm: testpki.SoftHsmToken, document: bytes,
                               signature_image: bytes) -> None:
    nowhere = Pkcs11KeySource(softhsm.module_path, "KhongCo", TOKEN_PIN, key_id=b"\x01")
    with pytest.raises(SigningError) as info:
        sign_pdf(document, nowhere, "signer", PLACE, image_png=signature_image)
    assert info.value.code == "token_not_found"
    no_key = Pkcs11KeySource(softhsm.module_path, softhsm.label, TOKEN_PIN, key_id=b"\x09")
    with pytest.raises(SigningError) as info:
        sign_pdf(document, no_key, "signer", PLACE, image_png=signature_image)
    assert info.value.code == "key_not_found"


@pytest.mark.parametrize(
    ("which", "code"),
    [
        ("expired", "cert_expired"),
        ("not_yet_valid", "cert_not_yet_valid"),
        ("no_ds", "no_signing_key_usage"),
    ],
)
def test_unusable_certificate_refused(
    pki: Pki, document: bytes, signature_image: bytes, which: str, code: str
) -> None:
    source = pki.p12(getattr(pki, which), which)
    data = bytearray(document)
    with pytest.raises(SigningError) as info:
        sign_pdf(data, source, "signer", PLACE, image_png=signature_image)  # type: ignore[arg-type]
    assert info.value.code == code
    assert code in MESSAGES_VI
    assert bytes(data) == document


def _encrypted(document: bytes) -> bytes:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(document)))
    writer.encrypt(user_password="", owner_password="chu-so-huu", algorithm="AES-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _hybrid_xref() -> bytes:
    """A classic xref table whose trailer points (/XRefStm) at an xref stream holding object 4:
    the hybrid-reference layout that readers interpret differently."""
    objs = {
        1: b"<< /Type /Catalog /Pages 2 0 R >>",
        2: b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        3: b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
        4: b"<< /Length 0 >>\nstream\n\nendstream",
    }
    out = bytearray(b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n")
    offsets: dict[int, int] = {}
    for num, body in objs.items():
        offsets[num] = len(out)
        out += b"%d 0 obj\n" % num + body + b"\nendobj\n"
    # xref stream listing object 4 (type 1, offset, gen 0)
    xs_num = 5
    xs_offset = len(out)
    rows = bytes([1]) + offsets[4].to_bytes(4, "big") + bytes([0])
    data = zlib.compress(rows)
    out += (
        b"%d 0 obj\n<< /Type /XRef /Size 6 /Index [4 1] /W [1 4 1] /Filter /FlateDecode "
        b"/Length %d >>\nstream\n" % (xs_num, len(data))
        + data
        + b"\nendstream\nendobj\n"
    )
    xref_offset = len(out)
    out += b"xref\n0 4\n0000000000 65535 f \n"
    for num in (1, 2, 3):
        out += b"%010d 00000 n \n" % offsets[num]
    out += (
        b"trailer\n<< /Size 6 /Root 1 0 R /XRefStm %d >>\nstartxref\n%d\n%%%%EOF\n"
        % (xs_offset, xref_offset)
    )
    return bytes(out)


def _certified_no_changes(document: bytes, pki: Pki) -> bytes:
    signer = pki.p12(pki.org, "org").signer()
    meta = signers.PdfSignatureMetadata(
        field_name="ChungThuc",
        certify=True,
        docmdp_permissions=fields.MDPPerm.NO_CHANGES,
        subfilter=fields.SigSeedSubFilter.PADES,
    )
    out = signers.PdfSigner(meta, signer).sign_pdf(
        IncrementalPdfFileWriter(io.BytesIO(document))
    )
    return bytes(out.getvalue())


@pytest.mark.parametrize(
    ("variant", "code"),
    [
        ("encrypted", "encrypted_pdf"),
        ("truncated", "broken_pdf"),
        ("garbage", "broken_pdf"),
        ("hybrid", "hybrid_xref"),
        ("certified", "certified_no_changes"),
    ],
)
def test_unsignable_pdf_refused(
    pki: Pki, document: bytes, signature_image: bytes, tmp_path: object,
    variant: str, code: str,
) -> None:
    if variant == "encrypted":
        pdf = _encrypted(document)
    elif variant == "truncated":
        pdf = document[: len(document) * 2 // 3]
    elif variant == "garbage":
        pdf = b"%PDF-1.7\n" + b"\x00rubbish" * 100 + b"\n%%EOF\n"
    elif variant == "hybrid":
        pdf = _hybrid_xref()
        assert len(PdfReader(io.BytesIO(pdf)).pages) == 1  # a readable PDF otherwise
    else:
        pdf = _certified_no_changes(document, pki)
        assert verify_pdf(pdf, [pki.ca.cert_pem], []).signatures[0].status == STATUS_VALID
    digest = hashlib.sha256(pdf).hexdigest()
    data = bytearray(pdf)
    with pytest.raises(SigningError) as info:
        sign_pdf(
            data, pki.p12(pki.chair, "chair"), "signer", PLACE,  # type: ignore[arg-type]
            image_png=signature_image,
        )
    assert info.value.code == code, info.value.details
    assert hashlib.sha256(data).hexdigest() == digest


def test_signer_needs_place_and_organisation_needs_prior_signature(
    pki: Pki, document: bytes, signature_image: bytes, seal_image: bytes
) -> None:
    with pytest.raises(SigningError) as info:
        sign_pdf(document, pki.p12(pki.chair, "chair"), "signer", None,
                 image_png=signature_image)
    assert info.value.code == "no_signature_place"
    with pytest.raises(SigningError) as info:
        sign_pdf(document, pki.p12(pki.org, "org"), "organisation", seal_png=seal_image)
    assert info.value.code == "no_signer_signature"
    with pytest.raises(SigningError) as info:
        sign_pdf(document, pki.p12(pki.chair, "chair"), "signer",
                 Placement(0, (500, 150, 700, 200)), image_png=signature_image)
    assert info.value.code == "no_signature_place"


def test_every_code_has_a_vietnamese_message() -> None:
    for code in (
        "wrong_pin", "cert_expired", "cert_not_yet_valid", "no_signing_key_usage",
        "encrypted_pdf", "broken_pdf", "hybrid_xref", "certified_no_changes",
        "token_not_found", "key_not_found", "no_signature_place",
    ):
        assert MESSAGES_VI[code]
        assert SigningError(code).message_vi == MESSAGES_VI[code]
