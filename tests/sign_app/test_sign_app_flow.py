"""The issue's "Done when", through the CLI: a decision signed by the chairperson on a SoftHSM2
token, then by the organisation with a PKCS#12 file, verified by vanthu and by poppler's pdfsig;
a SAO Y copy of a scanned incoming document."""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

import pytest
from sign_app_helpers import (
    CHAIR_KEY_ID,
    CHAIR_NAME,
    ORG_NAME,
    P12_PASSWORD,
    PASSWORD,
    TOKEN_LABEL,
    TOKEN_PIN,
    pdf_text,
    pdfsig_blocks,
    run_vanthu,
    scanned_pdf,
)
from sqlalchemy import select

from models.entities import AuditEntry
from models.signatures import SignatureRecord
from tests.conftest import Cli, snapshot

ENV = {"VANTHU_PASSWORD": PASSWORD, "P12_PASS": P12_PASSWORD}


def _register_decision(cli: Cli, pdf: Path) -> int:
    r = cli("--user", "van-thu", "outgoing", "add", "--date", "2026-01-05", "--type",
            "Quyết định", "--summary", "Về việc phê duyệt kế hoạch cải cách hành chính năm 2026",
            "--signer", CHAIR_NAME, "--signer-title", "Chủ tịch", "--file", str(pdf), "--json",
            env=ENV)
    assert r.code == 0, r.err
    return int(r.json["id"])


def _show(cli: Cli, doc_id: int) -> dict:  # type: ignore[type-arg]
    r = cli("--user", "van-thu", "show", str(doc_id), "--json", env=ENV)
    assert r.code == 0, r.err
    return r.json  # type: ignore[no-any-return]


def _sign_with_token(office, token, doc_id: int, pin: str,  # type: ignore[no-untyped-def]
                     user: str = "chu-tich", *extra: str):
    return run_vanthu(
        office, "--user", user, "sign", str(doc_id), "--as", "signer",
        "--pkcs11", token.module, "--token", TOKEN_LABEL, "--key-id", CHAIR_KEY_ID,
        "--pin-env", "TOKEN_PIN", *extra,
        env={"VANTHU_PASSWORD": PASSWORD, "TOKEN_PIN": pin, "SOFTHSM2_CONF": str(token.conf)},
    )


def _flip_one_byte(pdf: bytes) -> bytes:
    """Change one digit of the creation date (inside the signed byte ranges)."""
    m = re.search(rb"/CreationDate \(D:(\d+)", pdf)
    assert m is not None
    i = m.start(1) + 3
    buf = bytearray(pdf)
    buf[i] = ord("7") if buf[i] != ord("7") else ord("3")
    return bytes(buf)


@pytest.mark.slow
def test_decision_signed_by_chair_on_token_then_by_organisation(
    trusted, vcli: Cli, decision: Path, app_pki, app_token,  # type: ignore[no-untyped-def]
    nss_dir: Path, tmp_path: Path,
) -> None:
    office, cli = trusted, vcli
    original = decision.read_bytes()
    doc_id = _register_decision(cli, decision)
    original_sha = _show(cli, doc_id)["files"][0]["sha256"]
    assert original_sha == hashlib.sha256(original).hexdigest()
    org_args = ("sign", str(doc_id), "--as", "organisation", "--p12", str(app_pki.org_p12),
                "--pin-env", "P12_PASS")

    # the clerk cannot apply the organisation signature before the chairperson signed
    r = cli("--user", "van-thu", *org_args, env=ENV)
    assert r.code == 2, r.out + r.err
    assert "chưa có chữ ký số của người có thẩm quyền" in r.err
    # an officer may not sign at all, the clerk not as the competent person
    for user in ("can-bo", "van-thu"):
        r = cli("--user", user, "sign", str(doc_id), "--as", "signer", "--p12",
                str(app_pki.chair_p12), "--pin-env", "P12_PASS", env=ENV)
        assert r.code == 4, (user, r.err)
        assert "không có quyền" in r.err
    assert _show(cli, doc_id)["files"][0]["sha256"] == original_sha

    # the chairperson signs with the USB token (SoftHSM2), in a separate process
    r = _sign_with_token(office, app_token, doc_id, TOKEN_PIN, "chu-tich", "--json")
    assert r.code == 0, r.err
    signed = json.loads(r.out)
    assert signed["kind"] == "signer" and signed["signer_name"] == CHAIR_NAME
    assert signed["main"]["sha256_before"] == original_sha
    assert TOKEN_PIN not in r.out + r.err

    # the clerk adds the organisation signature with the PKCS#12 file: the document is issued
    r = cli("--user", "van-thu", *org_args, "--json", env=ENV)
    assert r.code == 0, r.err
    org = r.json
    assert org["main"]["sha256_before"] == signed["main"]["sha256_after"]
    assert org["status"] == "da-phat-hanh"
    view = _show(cli, doc_id)
    assert view["status"] == "da-phat-hanh"
    assert [(f["role"], f["sha256"]) for f in view["files"]] == [
        ("ky-so", org["main"]["sha256_after"])]

    # a second organisation signature is refused (already issued)
    r = cli("--user", "van-thu", *org_args, env=ENV)
    assert r.code == 2 and "đã được ký số của cơ quan và phát hành" in r.err

    # export yields the signed PDF only
    out = tmp_path / "out"
    r = cli("--user", "van-thu", "export", str(doc_id), "--out", str(out), "--json", env=ENV)
    assert r.code == 0, r.err
    exported = [Path(p) for p in r.json["files"]]
    assert len(exported) == 1
    final = exported[0].read_bytes()
    assert hashlib.sha256(final).hexdigest() == org["main"]["sha256_after"]
    assert final.startswith(original)  # incremental revisions over the original bytes

    # every revision stays in the store; the original is byte-identical
    assert office.files.read(original_sha) == original
    if office.location.is_sqlite:
        on_disk = office.location.files_dir / original_sha[:2] / original_sha[2:4] / original_sha
        assert on_disk.read_bytes() == original
    for sha in (signed["main"]["sha256_after"], org["main"]["sha256_after"]):
        assert office.files.exists(sha)

    # without the root the signatures are not trusted; only the administrator imports it again
    r = cli("--user", "quan-tri", "trust", "remove", "1", env=ENV)
    assert r.code == 0, r.err
    r = cli("--user", "van-thu", "verify", str(exported[0]), env=ENV)
    assert r.code != 0 and "Không tin cậy" in r.out
    r = cli("--user", "van-thu", "trust", "add", str(app_pki.ca_pem), env=ENV)
    assert r.code == 4
    r = cli("--user", "quan-tri", "trust", "add", str(app_pki.ca_pem), env=ENV)
    assert r.code == 0, r.err
    r = cli("--user", "van-thu", "verify", str(exported[0]), env=ENV)
    assert r.code == 0, r.out + r.err
    assert r.out.count("Hợp lệ") == 2 and CHAIR_NAME in r.out and ORG_NAME in r.out
    r = cli("--user", "van-thu", "verify", str(exported[0]), "--json", env=ENV)
    assert r.code == 0 and r.json["ok"]
    sigs = r.json["signatures"]
    assert [s["signer_name"] for s in sigs] == [CHAIR_NAME, ORG_NAME]
    assert all(not s["modified_after_signing"] and s["signer_reported_time"].endswith("+07:00")
               for s in sigs)

    # an independent validator agrees
    blocks = pdfsig_blocks(exported[0], nss_dir)
    assert len(blocks) == 2
    for block in blocks:
        assert "Signature Validation: Signature is Valid." in block
        assert "Certificate Validation: Certificate is Trusted." in block
    assert CHAIR_NAME in blocks[0] and "Total document signed" in blocks[1]

    # one flipped byte breaks it
    tampered = tmp_path / "tampered.pdf"
    tampered.write_bytes(_flip_one_byte(final))
    r = cli("--user", "van-thu", "verify", str(tampered), env=ENV)
    assert r.code != 0
    assert "Không toàn vẹn" in r.out

    # the signatures and the audit trail are recorded
    with office.db.read() as s:
        rows = [tuple(r) for r in s.execute(
            select(SignatureRecord.kind, SignatureRecord.actor, SignatureRecord.signer_name)
            .order_by(SignatureRecord.id))]
        actors = list(s.scalars(select(AuditEntry.actor).where(AuditEntry.action == "ky-so")
                                .order_by(AuditEntry.seq)))
    assert rows == [("signer", "chu-tich", CHAIR_NAME), ("organisation", "van-thu", ORG_NAME)]
    assert actors == ["chu-tich", "van-thu"]
    r = cli("--user", "van-thu", "audit", "verify", env=ENV)
    assert r.code == 0, r.out


def _unchanged_except_logins(before: dict, after: dict) -> None:  # type: ignore[type-arg]
    """Everything but the audit log (a login writes "dang-nhap") is as it was."""
    skip = {"audit_log", "number_series"}
    assert {k: v for k, v in after["tables"].items() if k not in skip} == {
        k: v for k, v in before["tables"].items() if k not in skip}
    assert after["files"] == before["files"]
    added = set(after["tables"]["audit_log"]) - set(before["tables"]["audit_log"])
    assert all("'dang-nhap'" in row for row in added), added


@pytest.mark.slow
def test_wrong_pin_exits_non_zero_and_changes_nothing(
    trusted, vcli: Cli, decision: Path, app_token  # type: ignore[no-untyped-def]
) -> None:
    office = trusted
    doc_id = _register_decision(vcli, decision)
    before = snapshot(office)
    r = _sign_with_token(office, app_token, doc_id, "000000")
    assert r.code == 2, r.err
    assert "Mã PIN hoặc mật khẩu không đúng" in r.err
    assert "000000" not in r.out + r.err
    _unchanged_except_logins(before, snapshot(office))
    log = (office.location.data_dir / "vanthu.log").read_text(encoding="utf-8")
    assert "000000" not in log and TOKEN_PIN not in log
    # the right PIN then works (nothing was locked or half-done)
    r = _sign_with_token(office, app_token, doc_id, TOKEN_PIN)
    assert r.code == 0, r.err


def test_missing_token_is_an_environment_problem(
    trusted, vcli: Cli, decision: Path, app_token  # type: ignore[no-untyped-def]
) -> None:
    office = trusted
    doc_id = _register_decision(vcli, decision)
    before = snapshot(office)
    r = run_vanthu(
        office, "--user", "chu-tich", "sign", str(doc_id), "--as", "signer", "--pkcs11",
        app_token.module, "--token", "KhongCoThietBi", "--key-id", CHAIR_KEY_ID,
        "--pin-env", "TOKEN_PIN",
        env={"VANTHU_PASSWORD": PASSWORD, "TOKEN_PIN": TOKEN_PIN,
             "SOFTHSM2_CONF": str(app_token.conf)},
    )
    assert r.code == 5, r.err
    assert "Không tìm thấy thiết bị ký số" in r.err
    _unchanged_except_logins(before, snapshot(office))


def test_sao_y_copy_of_a_scanned_incoming_document(
    trusted, vcli: Cli, app_pki, tmp_path: Path  # type: ignore[no-untyped-def]
) -> None:
    office, cli = trusted, vcli
    scan = scanned_pdf(tmp_path / "ban-quet.pdf")
    r = cli("--user", "van-thu", "incoming", "add", "--received", "2026-03-02", "--from",
            "UBND huyện Chợ Gạo", "--symbol", "101/QĐ-UBND", "--date", "2026-02-27", "--type",
            "Quyết định", "--summary", "Về việc thành lập Ban chỉ đạo", "--file", str(scan),
            "--json", env=ENV)
    assert r.code == 0, r.err
    doc_id = r.json["id"]
    # the competent-person signature makes no sense on an incoming document
    r = cli("--user", "chu-tich", "sign", str(doc_id), "--as", "signer", "--p12",
            str(app_pki.chair_p12), "--pin-env", "P12_PASS", env=ENV)
    assert r.code == 2 and "văn bản đến" in r.err
    r = cli("--user", "van-thu", "sign", str(doc_id), "--as", "copy", "--p12",
            str(app_pki.org_p12), "--pin-env", "P12_PASS", "--json", env=ENV)
    assert r.code == 0, r.err
    assert r.json["kind"] == "copy" and r.json["status"] == "da-dang-ky"
    signed = office.files.read(r.json["main"]["sha256_after"])
    text = pdf_text(signed)
    assert "SAO Y" in text and ORG_NAME in text and "+07:00" in text
    assert "SAO Y" not in pdf_text(scan.read_bytes())
    # a second copy signature is refused
    r = cli("--user", "van-thu", "sign", str(doc_id), "--as", "copy", "--p12",
            str(app_pki.org_p12), "--pin-env", "P12_PASS", env=ENV)
    assert r.code == 2 and "sao y" in r.err
    out = tmp_path / "signed.pdf"
    out.write_bytes(signed)
    r = cli("--user", "van-thu", "verify", str(out), env=ENV)
    assert r.code == 0, r.out + r.err
