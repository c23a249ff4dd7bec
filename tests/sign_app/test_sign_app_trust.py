"""The trust store: CA certificates and CRLs imported by the administrator; revoked and unknown
signers; the CLI's trust, crl and verify commands."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from sign_app_helpers import P12_PASSWORD, PASSWORD, as_user, scanned_pdf
from sqlalchemy import select

from desktop.core.errors import NotFound, PermissionDenied, UserError
from desktop.signatures.service import verify_file
from desktop.signatures.trust import (
    add_crl,
    add_trust_root,
    list_crls,
    list_trust_roots,
    remove_crl,
    remove_trust_root,
    trust_material,
)
from models.entities import AuditEntry
from signing import testpki
from tests.conftest import Cli

ENV = {"VANTHU_PASSWORD": PASSWORD}


def _copy_signed(office, p12: Path, tmp_path: Path, n: int = 1) -> bytes:  # type: ignore[no-untyped-def]
    """A scanned page SAO Y signed with ``p12`` by the signing library itself: the app refuses
    to sign with an untrusted or revoked certificate, but such files still arrive to verify."""
    import datetime as dt

    from signing.keys import Pkcs12KeySource
    from signing.sign import sign_pdf

    data = scanned_pdf(tmp_path / f"scan-{n}.pdf").read_bytes()
    return sign_pdf(data, Pkcs12KeySource(p12, P12_PASSWORD.encode()), "copy",
                    copy_form="SAO Y", copying_body="UBND xã Bình Phú",
                    signing_time=dt.datetime.now(dt.UTC))


def test_trust_roots_are_ca_certificates_imported_by_the_administrator(
    staffed, app_pki, tmp_path: Path  # type: ignore[no-untyped-def]
) -> None:
    office = staffed
    as_user(office, "van-thu")
    with pytest.raises(PermissionDenied):
        add_trust_root(office, app_pki.ca_pem)
    as_user(office, "quan-tri")
    # an end-entity certificate is not a trust root
    leaf = tmp_path / "chu-tich.pem"
    leaf.write_bytes(app_pki.chair.cert_pem)
    with pytest.raises(UserError) as err:
        add_trust_root(office, leaf)
    assert "không phải chứng thư của tổ chức cấp chứng thư số" in err.value.message
    junk = tmp_path / "rac.cer"
    junk.write_bytes(b"not a certificate")
    with pytest.raises(UserError):
        add_trust_root(office, junk)
    with pytest.raises(UserError):
        add_trust_root(office, tmp_path / "khong-co.pem")

    # PEM, and DER for the other CA
    (info,) = add_trust_root(office, app_pki.ca_pem)
    assert info.self_signed and "Test RootCA" in info.subject
    assert info.serial == format(app_pki.ca.cert.serial_number, "x")
    assert info.not_after > dt.datetime.now() + dt.timedelta(days=3000)
    der = tmp_path / "other.cer"
    der.write_bytes(app_pki.stranger_ca.cert_der)
    (other,) = add_trust_root(office, der)
    with pytest.raises(UserError) as err:
        add_trust_root(office, app_pki.ca_pem)
    assert "đã có" in err.value.message
    assert [t.subject for t in list_trust_roots(office)] == [info.subject, other.subject]
    removed = remove_trust_root(office, other.sha256[:12])
    assert removed.id == other.id
    with pytest.raises(NotFound):
        remove_trust_root(office, "999")
    assert len(trust_material(office).roots) == 1
    with office.db.read() as s:
        actions = list(s.scalars(
            select(AuditEntry.action).where(AuditEntry.actor == "quan-tri")))
    assert actions.count("them-chung-thu-tin-cay") == 2
    assert actions.count("xoa-chung-thu-tin-cay") == 1


def _forged_crl(app_pki) -> bytes:  # type: ignore[no-untyped-def]
    """A CRL naming our test CA as issuer but signed with another key."""
    now = dt.datetime.now(dt.UTC)
    crl = (x509.CertificateRevocationListBuilder()
           .issuer_name(app_pki.ca.cert.subject)
           .last_update(now - dt.timedelta(minutes=5))
           .next_update(now + dt.timedelta(days=7))
           .sign(app_pki.stranger_ca.key, hashes.SHA256()))
    return crl.public_bytes(serialization.Encoding.DER)


def test_crls_revoke_signers_and_forged_crls_are_refused(
    staffed, app_pki, tmp_path: Path  # type: ignore[no-untyped-def]
) -> None:
    office = staffed
    revoked_copy = _copy_signed(office, app_pki.revoked_p12, tmp_path, 1)
    good_copy = _copy_signed(office, app_pki.org_p12, tmp_path, 2)
    stranger_copy = _copy_signed(office, app_pki.stranger_p12, tmp_path, 3)

    as_user(office, "quan-tri")
    # a CRL before its CA is imported: kept, with a warning that it could not be checked
    early = add_crl(office, app_pki.crl)
    assert early.checked_by is None and early.warnings and early.revoked_count == 1
    remove_crl(office, early.id)
    add_trust_root(office, app_pki.ca_pem)
    assert verify_file(office, revoked_copy).ok  # not revoked as far as we know yet

    forged = tmp_path / "gia.crl"
    forged.write_bytes(_forged_crl(app_pki))
    with pytest.raises(UserError) as err:
        add_crl(office, forged)
    assert "giả mạo" in err.value.message
    pem_crl = tmp_path / "ca.crl.pem"
    pem_crl.write_bytes(x509.load_der_x509_crl(app_pki.crl.read_bytes()).public_bytes(
        serialization.Encoding.PEM))
    info = add_crl(office, pem_crl)
    assert info.checked_by is not None and "Test RootCA" in info.checked_by
    assert info.warnings == ()
    with pytest.raises(UserError):
        add_crl(office, app_pki.crl)  # the same CRL again (DER this time)
    assert [c.id for c in list_crls(office)] == [info.id]

    (sig,) = verify_file(office, revoked_copy).signatures
    assert sig.status == "Đã thu hồi" and sig.revoked
    assert verify_file(office, good_copy).ok
    (sig,) = verify_file(office, stranger_copy).signatures
    assert sig.status == "Không tin cậy" and sig.intact

    # a newer CRL of the same CA replaces the older one for verification
    newer = tmp_path / "moi.crl"
    newer.write_bytes(testpki.make_crl(app_pki.ca, []))
    add_crl(office, newer)
    assert len(trust_material(office).crls) == 1


def test_trust_crl_and_verify_commands(
    staffed, vcli: Cli, app_pki, tmp_path: Path  # type: ignore[no-untyped-def]
) -> None:
    cli = vcli
    r = cli("--user", "quan-tri", "trust", "add", str(app_pki.ca_pem), "--json", env=ENV)
    assert r.code == 0, r.err
    assert r.json[0]["serial"] == format(app_pki.ca.cert.serial_number, "x")
    r = cli("--user", "van-thu", "trust", "list", env=ENV)
    assert r.code == 0 and "Test RootCA" in r.out
    r = cli("--user", "van-thu", "crl", "add", str(app_pki.crl), env=ENV)
    assert r.code == 4
    r = cli("--user", "quan-tri", "crl", "add", str(app_pki.crl), env=ENV)
    assert r.code == 0, r.err
    assert "1 chứng thư bị thu hồi" in r.out
    r = cli("--user", "quan-tri", "crl", "list", "--json", env=ENV)
    assert r.code == 0 and r.json[0]["revoked_count"] == 1

    unsigned = tmp_path / "chua-ky.pdf"
    scanned_pdf(unsigned)
    r = cli("--user", "van-thu", "verify", str(unsigned), env=ENV)
    assert r.code == 1 and "không có chữ ký số" in r.out
    r = cli("--user", "van-thu", "verify", str(tmp_path / "khong-co.pdf"), env=ENV)
    assert r.code == 2
    notpdf = tmp_path / "rac.pdf"
    notpdf.write_bytes(b"hello")
    r = cli("--user", "van-thu", "verify", str(notpdf), env=ENV)
    assert r.code == 2, r.err

    revoked = tmp_path / "thu-hoi.pdf"
    revoked.write_bytes(_copy_signed(staffed, app_pki.revoked_p12, tmp_path))
    r = cli("--user", "van-thu", "verify", str(revoked), env=ENV)
    assert r.code == 1 and "Đã thu hồi" in r.out and "Trần Văn Thu Hồi" in r.out

    r = cli("--user", "quan-tri", "trust", "remove", "1", env=ENV)
    assert r.code == 0, r.err
    assert cli("--user", "quan-tri", "trust", "list", env=ENV).out.strip() == (
        "Chưa có chứng thư tin cậy nào.")
