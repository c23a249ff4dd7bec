"""Signing checks the certificate first (issue 13, finding 3): a revoked certificate, one from a
CA that is not trusted, and the chairperson's personal certificate used as the organisation's
are refused before anything is signed; refusals are audited and change nothing else; the
administrator can pin a certificate to an account or to the organisation."""

from __future__ import annotations

from pathlib import Path

import pytest
from sign_app_helpers import CHAIR_NAME, ORG_NAME, P12_PASSWORD, PASSWORD, as_user, scanned_pdf
from sqlalchemy import select

from desktop.registers.registry import (
    IncomingInput,
    OutgoingInput,
    register_incoming,
    register_outgoing,
)
from desktop.signatures.certcheck import CertificateRefused
from desktop.signatures.service import KeySpec, sign_document
from desktop.signatures.trust import add_crl, remove_trust_root
from models.entities import AuditEntry
from signing import testpki
from tests.conftest import Cli, snapshot

ENV = {"VANTHU_PASSWORD": PASSWORD, "P12_PASS": P12_PASSWORD}


def _scan(office, tmp_path: Path, n: int = 1) -> int:  # type: ignore[no-untyped-def]
    as_user(office, "van-thu")
    return register_incoming(office, IncomingInput(
        received="2026-03-02", organ_name="UBND huyện Chợ Gạo", symbol=f"{100 + n}/QĐ-UBND",
        issued="2026-02-27", type_name="Quyết định", subject="Về việc thành lập Ban chỉ đạo",
        files=[scanned_pdf(tmp_path / f"scan-{n}.pdf")])).id


def _refused(office, doc_id: int, kind: str, p12: Path, **kw) -> str:  # type: ignore[no-untyped-def]
    before = snapshot(office)
    with pytest.raises(CertificateRefused) as err:
        sign_document(office, doc_id, kind, KeySpec.pkcs12(p12, P12_PASSWORD), **kw)  # type: ignore[arg-type]
    after = snapshot(office)
    assert err.value.exit_code == 4
    # only the audit log grew: by the refusal
    log_before, log_after = before["tables"].pop("audit_log"), after["tables"].pop("audit_log")
    before["tables"].pop("number_series", None)
    after["tables"].pop("number_series", None)
    assert after == before
    assert len(log_after) == len(log_before) + 1
    with office.db.read() as s:
        last = s.scalars(select(AuditEntry).order_by(AuditEntry.seq.desc()).limit(1)).one()
    assert last.action == "tu-choi" and last.document_id == doc_id
    return err.value.message


def test_revoked_untrusted_and_foreign_certificates_never_sign(
    trusted, app_pki, tmp_path: Path  # type: ignore[no-untyped-def]
) -> None:
    office = trusted
    as_user(office, "quan-tri")
    add_crl(office, app_pki.crl)
    doc = _scan(office, tmp_path)
    as_user(office, "van-thu")
    assert "thu hồi" in _refused(office, doc, "copy", app_pki.revoked_p12)
    assert "không nối được" in _refused(office, doc, "copy", app_pki.stranger_p12)
    # the chairperson's personal certificate is not the organisation's
    message = _refused(office, doc, "copy", app_pki.chair_p12)
    assert ORG_NAME in message and CHAIR_NAME in message
    # the organisation's own certificate signs
    result = sign_document(office, doc, "copy", KeySpec.pkcs12(app_pki.org_p12, P12_PASSWORD))
    assert result.kind == "copy"


def test_no_trust_root_no_signature(trusted, app_pki, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    office = trusted
    as_user(office, "quan-tri")
    remove_trust_root(office, "1")
    doc = _scan(office, tmp_path)
    as_user(office, "van-thu")
    assert "vanthu trust add" in _refused(office, doc, "copy", app_pki.org_p12)


def test_a_stale_crl_warns(trusted, app_pki, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    office = trusted
    stale = tmp_path / "cu.crl"
    stale.write_bytes(testpki.make_crl(app_pki.ca, [app_pki.revoked], next_update_days=-1,
                                       issued_days_ago=40))
    as_user(office, "quan-tri")
    add_crl(office, stale)
    doc = _scan(office, tmp_path)
    as_user(office, "van-thu")
    # what a stale CRL lists is still revoked
    assert "thu hồi" in _refused(office, doc, "copy", app_pki.revoked_p12)
    result = sign_document(office, doc, "copy", KeySpec.pkcs12(app_pki.org_p12, P12_PASSWORD))
    assert any("quá hạn cập nhật" in w for w in result.warnings)


def test_pinned_certificates_through_the_cli(trusted, vcli: Cli, app_pki, images,  # type: ignore[no-untyped-def]
                                            decision: Path, tmp_path: Path) -> None:
    office, cli = trusted, vcli
    # the CA writes the chairperson's name without diacritics and in capitals: folded, it matches
    ascii_name = testpki.issue_cert(app_pki.ca, "NGUYEN VAN AN", organisation=ORG_NAME)
    other = testpki.issue_cert(app_pki.ca, "Chứng thư Khác", organisation=ORG_NAME)
    other_p12 = testpki.write_pkcs12(tmp_path / "khac.p12", other, P12_PASSWORD.encode(),
                                     app_pki.ca)
    other_pem = tmp_path / "khac.pem"
    other_pem.write_bytes(other.cert_pem)
    as_user(office, "van-thu")
    doc = register_outgoing(office, OutgoingInput(
        issued="2026-01-05", type_name="Quyết định", subject="Về việc khen thưởng",
        signer_name=CHAIR_NAME, signer_title="Chủ tịch", files=[decision])).id
    sign = ("--user", "chu-tich", "sign", str(doc), "--as", "signer", "--p12", str(other_p12),
            "--pin-env", "P12_PASS")
    r = cli(*sign, env=ENV)
    assert r.code == 4 and "vanthu cert pin" in r.err, r.err

    # only the administrator pins
    r = cli("--user", "van-thu", "cert", "pin", str(other_pem), "--user", "chu-tich", env=ENV)
    assert r.code == 4
    r = cli("--user", "quan-tri", "cert", "pin", str(other_pem), "--user", "khong-co", env=ENV)
    assert r.code == 3
    r = cli("--user", "quan-tri", "cert", "pin", str(other_pem), "--user", "chu-tich", "--json",
            env=ENV)
    assert r.code == 0, r.err
    pin = r.json
    assert pin["username"] == "chu-tich" and pin["subject"] == "Chứng thư Khác"
    r = cli("--user", "quan-tri", "cert", "pin", str(other_pem), "--user", "chu-tich", env=ENV)
    assert r.code == 2  # already pinned

    # pinned: only that certificate signs for the chairperson, whatever its name
    ascii_p12 = testpki.write_pkcs12(tmp_path / "ascii.p12", ascii_name, P12_PASSWORD.encode(),
                                     app_pki.ca)
    r = cli("--user", "chu-tich", "sign", str(doc), "--as", "signer", "--p12", str(ascii_p12),
            "--pin-env", "P12_PASS", env=ENV)
    assert r.code == 4 and "đã gán" in r.err
    r = cli(*sign, "--json", env=ENV)
    assert r.code == 0, r.err
    r = cli("--user", "quan-tri", "cert", "list", "--json", env=ENV)
    assert [p["id"] for p in r.json] == [pin["id"]]
    r = cli("--user", "quan-tri", "cert", "unpin", str(pin["id"]), env=ENV)
    assert r.code == 0
    assert cli("--user", "quan-tri", "cert", "list", "--json", env=ENV).json == []
    with office.db.read() as s:
        actions = list(s.scalars(select(AuditEntry.action).where(AuditEntry.actor == "quan-tri")))
    assert "gan-chung-thu" in actions and "go-chung-thu" in actions


def test_a_folded_name_matches(trusted, app_pki, images, decision: Path,  # type: ignore[no-untyped-def]
                               tmp_path: Path) -> None:
    office = trusted
    folded = testpki.issue_cert(app_pki.ca, CHAIR_NAME.upper(), organisation=ORG_NAME)
    p12 = testpki.write_pkcs12(tmp_path / "hoa.p12", folded, P12_PASSWORD.encode(), app_pki.ca)
    as_user(office, "van-thu")
    doc = register_outgoing(office, OutgoingInput(
        issued="2026-01-05", type_name="Quyết định", subject="Về việc khen thưởng",
        signer_name=CHAIR_NAME, signer_title="Chủ tịch", files=[decision])).id
    as_user(office, "chu-tich")
    result = sign_document(office, doc, "signer", KeySpec.pkcs12(p12, P12_PASSWORD))
    assert result.kind == "signer"
