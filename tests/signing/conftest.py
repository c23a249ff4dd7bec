"""Fixtures for the signing tests: one test PKI, one SoftHSM2 token and a few PDFs per session."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator

import pytest
from signing_helpers import (
    CHAIR_KEY_ID,
    TOKEN_LABEL,
    TOKEN_PIN,
    TOKEN_SO_PIN,
    Pki,
    make_document,
)

from signing import keys, testpki
from signing.appearance import find_signature_place
from signing.keys import Pkcs11KeySource
from signing.samples import seal_png, signature_png
from signing.sign import sign_pdf


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
