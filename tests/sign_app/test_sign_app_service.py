"""desktop.signatures.service as the window calls it: workflow, images, placement, attachments, errors."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest
from PIL import Image
from sign_app_helpers import (
    CHAIR_NAME,
    ORG_NAME,
    P12_PASSWORD,
    PASSWORD,
    as_user,
    decision_pdf,
    pdf_text,
)

from desktop.accounts.users import add_user
from desktop.core.errors import EnvironmentProblem, PermissionDenied, UserError
from desktop.kernel.auth import Role
from desktop.registers.registry import OutgoingInput, get_document, register_outgoing
from desktop.signatures.certcheck import CertificateRefused
from desktop.signatures.service import (
    KeySpec,
    check_png,
    list_signatures,
    parse_place,
    set_signature_image,
    sign_document,
    verify_document,
)
from desktop.signatures.trust import add_trust_root, remove_trust_root
from signing import testpki
from signing.appearance import Placement
from tests.conftest import snapshot


def _p12(path: Path, password: str = P12_PASSWORD) -> KeySpec:
    return KeySpec.pkcs12(path, password)


def _outgoing(office, files: list[Path]) -> int:  # type: ignore[no-untyped-def]
    as_user(office, "van-thu")
    view = register_outgoing(office, OutgoingInput(
        issued="2026-01-05", type_name="Quyết định", subject="Về việc khen thưởng",
        signer_name=CHAIR_NAME, signer_title="Chủ tịch", files=files))
    return view.id


def _pdf(tmp_path: Path, name: str, **kw: object) -> Path:
    path = tmp_path / name
    path.write_bytes(decision_pdf(**kw))  # type: ignore[arg-type]
    return path


def test_organisation_step_signs_attachments_with_the_document_number(
    trusted, app_pki, tmp_path: Path  # type: ignore[no-untyped-def]
) -> None:
    office = trusted
    main = _pdf(tmp_path, "quyet-dinh.pdf")
    annex = _pdf(tmp_path, "phu-luc.pdf", signer_block=False, pages=1)
    note = tmp_path / "ghi-chu.txt"
    note.write_text("bản nháp")
    doc_id = _outgoing(office, [main, annex, note])
    symbol = get_document(office, doc_id).symbol

    assert verify_document(office, doc_id).badge == "Chưa ký số"
    as_user(office, "chu-tich")
    first = sign_document(office, doc_id, "signer", _p12(app_pki.chair_p12))
    assert first.attachments == ()  # only the organisation signs attachments
    as_user(office, "van-thu")
    when = dt.datetime.now(dt.UTC).replace(microsecond=0) - dt.timedelta(minutes=30)
    vn_time = when.astimezone(dt.timezone(dt.timedelta(hours=7))).isoformat(timespec="seconds")
    result = sign_document(office, doc_id, "organisation", _p12(app_pki.org_p12),
                           signing_time=when)
    assert result.status == "da-phat-hanh"
    assert [a.kind for a in result.attachments] == ["attachment"]
    assert any("ghi-chu.txt" in w for w in result.warnings)
    annex_signed = office.files.read(result.attachments[0].sha256_after)
    text = pdf_text(annex_signed)
    assert symbol in text and vn_time in text and vn_time.endswith("+07:00")

    files = {f.name: f for f in get_document(office, doc_id).files}
    assert set(files) == {"quyet-dinh_ky-so.pdf", "phu-luc_ky-so.pdf", "ghi-chu.txt"}
    assert files["quyet-dinh_ky-so.pdf"].role == "ky-so"
    assert files["phu-luc_ky-so.pdf"].role == "dinh-kem"
    kinds = [(s.kind, s.actor) for s in list_signatures(office, doc_id)]
    assert kinds == [("signer", "chu-tich"), ("organisation", "van-thu"),
                     ("attachment", "van-thu")]

    # the badge: untrusted without the root, valid with it
    as_user(office, "quan-tri")
    remove_trust_root(office, "1")
    assert verify_document(office, doc_id).badge == "Không tin cậy"
    add_trust_root(office, app_pki.ca_pem)
    check = verify_document(office, doc_id)
    assert check.ok and check.badge == "Hợp lệ" and len(check.report.signatures) == 2


def test_signer_needs_a_place_when_the_document_has_no_signer_block(
    trusted, app_pki, tmp_path: Path  # type: ignore[no-untyped-def]
) -> None:
    office = trusted
    doc_id = _outgoing(office, [_pdf(tmp_path, "to-trinh.pdf", signer_block=False)])
    as_user(office, "chu-tich")
    before = snapshot(office)
    with pytest.raises(UserError) as err:
        sign_document(office, doc_id, "signer", _p12(app_pki.chair_p12))
    assert err.value.field == "place" and "vị trí ký" in err.value.message
    assert snapshot(office) == before
    # a position outside the page is refused too
    with pytest.raises(UserError) as err:
        sign_document(office, doc_id, "signer", _p12(app_pki.chair_p12),
                      place=parse_place("1:590,800"))
    assert err.value.field == "place"
    result = sign_document(office, doc_id, "signer", _p12(app_pki.chair_p12),
                           place=parse_place("2:330,140"))
    signed = office.files.read(result.sha256_after)
    from signing.sign import existing_signature_boxes, open_for_signing

    (box,) = existing_signature_boxes(open_for_signing(signed))
    assert box.page == 1
    assert 330 <= box.box[0] and box.box[2] <= 500 and 140 <= box.box[1] and box.box[3] <= 210


@pytest.mark.parametrize("text", ["", "0:10,10", "1:abc", "1;10,10", "2:10"])
def test_bad_place_text(text: str) -> None:
    with pytest.raises(UserError) as err:
        parse_place(text)
    assert err.value.field == "place"


def test_place_text_makes_a_box_from_the_bottom_left() -> None:
    assert parse_place("1:350,120.5") == Placement(0, (350.0, 120.5, 520.0, 190.5))


def test_signer_without_an_image_is_refused_unless_one_is_given(
    trusted, app_pki, images, decision: Path, tmp_path: Path  # type: ignore[no-untyped-def]
) -> None:
    office = trusted
    add_user(office, "pho-chu-tich", PASSWORD, [Role.LEADER], "Lê Văn Phó", "Phó Chủ tịch")
    doc_id = _outgoing(office, [decision])
    as_user(office, "pho-chu-tich")
    with pytest.raises(UserError) as err:
        sign_document(office, doc_id, "signer", _p12(app_pki.chair_p12))
    assert err.value.field == "image" and "chưa có ảnh chữ ký" in err.value.message
    # the chairperson's certificate is not the deputy's: refused, audited, nothing signed
    with pytest.raises(CertificateRefused) as refused:
        sign_document(office, doc_id, "signer", _p12(app_pki.chair_p12),
                      image_png=images["signature"].read_bytes())
    assert CHAIR_NAME in refused.value.message and "cert pin" in refused.value.message
    deputy = tmp_path / "pho-chu-tich.p12"
    testpki.write_pkcs12(deputy, testpki.issue_cert(app_pki.ca, "Lê Văn Phó",
                                                    organisation=ORG_NAME),
                         P12_PASSWORD.encode(), app_pki.ca)
    result = sign_document(office, doc_id, "signer", _p12(deputy),
                           image_png=images["signature"].read_bytes())
    # the registered signer differs from the person signing: said, not refused
    assert any(CHAIR_NAME in w for w in result.warnings)


def test_wrong_password_expired_certificate_and_bad_pdf_change_nothing(
    trusted, app_pki, decision: Path, tmp_path: Path  # type: ignore[no-untyped-def]
) -> None:
    office = trusted
    doc_id = _outgoing(office, [decision])
    as_user(office, "chu-tich")
    before = snapshot(office)
    with pytest.raises(UserError) as err:
        sign_document(office, doc_id, "signer", _p12(app_pki.chair_p12, "sai-mat-khau"))
    assert err.value.field == "pin" and "Không thử lại" in err.value.message
    assert "sai-mat-khau" not in err.value.details

    expired = tmp_path / "het-han.p12"
    testpki.write_pkcs12(expired, testpki.issue_cert(app_pki.ca, "Hết Hạn", expired=True),
                         P12_PASSWORD.encode(), app_pki.ca)
    with pytest.raises(UserError) as err:
        sign_document(office, doc_id, "signer", _p12(expired))
    assert err.value.field == "key" and "hết hạn" in err.value.message
    assert err.value.details  # the technician's details are kept

    asked: list[int] = []

    def ask() -> str:
        asked.append(1)
        return P12_PASSWORD

    with pytest.raises(PermissionDenied):  # refused before anyone is asked for a PIN
        sign_document(office, doc_id, "organisation", KeySpec.pkcs12(app_pki.org_p12, ask))
    assert asked == []
    skip = {"audit_log", "number_series"}  # the refusal itself is audited
    assert {k: v for k, v in snapshot(office)["tables"].items() if k not in skip} == {
        k: v for k, v in before["tables"].items() if k not in skip}
    assert snapshot(office)["files"] == before["files"]

    bad = tmp_path / "hong.pdf"
    bad.write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer\n%%EOF\n")
    bad_id = _outgoing(office, [bad])
    as_user(office, "chu-tich")
    with pytest.raises(UserError) as err:
        sign_document(office, bad_id, "signer", _p12(app_pki.chair_p12),
                      place=parse_place("1:100,100"))
    assert err.value.field == "file"


def test_missing_pkcs11_module_is_an_environment_problem(
    trusted, decision: Path  # type: ignore[no-untyped-def]
) -> None:
    office = trusted
    doc_id = _outgoing(office, [decision])
    as_user(office, "chu-tich")
    spec = KeySpec.pkcs11("/khong/co/libpkcs11.so", "Token", "123456", key_id=b"\x01")
    with pytest.raises(EnvironmentProblem) as err:
        sign_document(office, doc_id, "signer", spec)
    assert "thiết bị ký số" in err.value.message and "123456" not in err.value.details


def test_key_spec_never_shows_the_secret(app_pki) -> None:  # type: ignore[no-untyped-def]
    spec = KeySpec.pkcs11("/lib.so", "Token", "999111", key_label="k")
    assert "999111" not in repr(spec) and "999111" not in str(spec.describe())
    with pytest.raises(UserError):
        KeySpec(secret="x").check()
    with pytest.raises(UserError):
        KeySpec(module="/lib.so", token="T", secret="x").check()


def _png(mode: str, alpha: int | None = None) -> bytes:
    """A small PNG; RGBA with ``alpha`` None has one transparent pixel."""
    colour = (10, 20, 200, 255 if alpha is None else alpha) if mode == "RGBA" else (10, 20, 200)
    img = Image.new(mode, (40, 20), colour)
    if mode == "RGBA" and alpha is None:
        img.putpixel((0, 0), (0, 0, 0, 0))
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    return buf.getvalue()


def test_images_must_be_png_with_a_transparent_background(
    trusted, images, tmp_path: Path  # type: ignore[no-untyped-def]
) -> None:
    check_png(_png("RGBA"), "Ảnh chữ ký")
    for bad in (_png("RGB"), _png("RGBA", 255), b"\xff\xd8\xff\xe0 not a png", b""):
        with pytest.raises(UserError) as err:
            check_png(bad, "Ảnh chữ ký")
        assert err.value.field == "image"
    office = trusted
    opaque = tmp_path / "nen-trang.png"
    opaque.write_bytes(_png("RGB"))
    with pytest.raises(UserError):
        set_signature_image(office, "chu-tich", opaque)
    # a person sets their own image; only the administrator sets someone else's
    as_user(office, "van-thu")
    with pytest.raises(PermissionDenied):
        set_signature_image(office, "chu-tich", images["signature"])
    as_user(office, "chu-tich")
    assert set_signature_image(office, "chu-tich", images["signature"])
