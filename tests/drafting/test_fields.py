"""signing/fields.py on its own: the blank lines found on page 1, the fields added before any
signature only, filled once only, and the exactness check of a signed draft."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest
from pypdf import PdfReader

from signing import testpki
from signing.appearance import find_signature_place
from signing.errors import SigningError
from signing.fields import (
    DATE_FIELD,
    NUMBER_FIELD,
    add_blank_fields,
    field_states,
    fill_fields,
    find_blank_lines,
    signed_exactly,
)
from signing.keys import Pkcs12KeySource
from signing.samples import signature_png
from signing.sign import sign_pdf
from tests.drafting.draft_helpers import draft_pdf

VALUES = {NUMBER_FIELD: "Số: 07/QĐ-UBND", DATE_FIELD: "Bình Phú, ngày 05 tháng 3 năm 2026"}


@pytest.fixture(scope="module")
def chair_key(tmp_path_factory: pytest.TempPathFactory) -> Pkcs12KeySource:
    d = tmp_path_factory.mktemp("fields")
    ca = testpki.make_ca("Test CA", "BCY")
    chair = testpki.issue_cert(ca, "Nguyễn Văn An", organisation="UBND xã Bình Phú")
    path = testpki.write_pkcs12(d / "c.p12", chair, b"pw", ca)
    return Pkcs12KeySource(path, b"pw")


def _signed(chair_key: Pkcs12KeySource) -> bytes:
    with_fields = add_blank_fields(draft_pdf())
    place = find_signature_place(with_fields)
    assert place is not None
    return sign_pdf(with_fields, chair_key, "signer", place, image_png=signature_png(),
                    signing_time=dt.datetime.now(dt.UTC).replace(microsecond=0))


def test_lines_found_in_the_top_half_of_page_1() -> None:
    lines = find_blank_lines(draft_pdf())
    assert set(lines) == {NUMBER_FIELD, DATE_FIELD}
    number, date = lines[NUMBER_FIELD], lines[DATE_FIELD]
    assert number.text.startswith("Số:") and "năm 2026" in date.text
    assert number.box[2] <= date.box[0] + 1  # number at the left, date at the right
    assert number.box[1] > 841.89 / 2
    assert find_blank_lines(draft_pdf(blanks=False)) == {}
    with pytest.raises(SigningError) as err:
        add_blank_fields(draft_pdf(blanks=False))
    assert err.value.code == "no_blank_lines"


def test_fields_added_then_filled_once(tmp_path: Path) -> None:
    original = draft_pdf()
    with_fields = add_blank_fields(original)
    assert with_fields.startswith(original)  # an incremental update, nothing rewritten
    states = field_states(with_fields)
    assert {n: s.value for n, s in states.items()} == {NUMBER_FIELD: None, DATE_FIELD: None}
    with pytest.raises(SigningError) as err:
        add_blank_fields(with_fields)
    assert err.value.code == "fields_present"
    filled = fill_fields(with_fields, VALUES)
    assert filled.startswith(with_fields)
    assert {n: s.value for n, s in field_states(filled).items()} == VALUES
    with pytest.raises(SigningError) as err:
        fill_fields(filled, VALUES)
    assert err.value.code == "fields_filled"
    with pytest.raises(SigningError):
        fill_fields(original, VALUES)  # no fields at all
    # the text is in the page's rendering (the widget appearances)
    path = tmp_path / "filled.pdf"
    path.write_bytes(filled)
    import subprocess

    text = subprocess.run(["pdftotext", "-f", "1", "-l", "1", str(path), "-"],
                          capture_output=True, text=True, check=True).stdout
    assert "Số: 07/QĐ-UBND" in text and "ngày 05 tháng 3 năm 2026" in text
    assert len(PdfReader(io.BytesIO(filled)).pages) == 1


def test_fields_only_before_a_signature(chair_key: Pkcs12KeySource) -> None:
    signed = _signed(chair_key)
    assert signed_exactly(signed)
    with pytest.raises(SigningError) as err:
        add_blank_fields(signed)
    assert err.value.code == "fields_present"
    plain_signed = sign_pdf(draft_pdf(), chair_key, "signer",
                            find_signature_place(draft_pdf()), image_png=signature_png())
    with pytest.raises(SigningError) as err:
        add_blank_fields(plain_signed)
    assert err.value.code == "already_signed"


def test_signed_exactly_sees_changes(chair_key: Pkcs12KeySource) -> None:
    signed = _signed(chair_key)
    assert signed_exactly(signed)
    assert not signed_exactly(fill_fields(signed, VALUES))  # a revision after the signature
    flipped = bytearray(signed)
    flipped[len(signed) // 3] ^= 1
    assert not signed_exactly(bytes(flipped))
    assert not signed_exactly(draft_pdf())  # no signature
    assert not signed_exactly(b"%PDF-1.7 broken")
