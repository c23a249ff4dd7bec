"""The issue's "Done when", through the CLI: officer drafts → the chairperson returns it once,
then approves → signs with the SoftHSM2 token (số and ngày blank) → the clerk issues it (number,
date, organisation signature) → dispatch by post → the post book. Checked with pyHanko's
difference analysis, poppler's pdfsig and pdftotext."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from sign_app_helpers import (
    CHAIR_KEY_ID,
    P12_PASSWORD,
    PASSWORD,
    TOKEN_LABEL,
    TOKEN_PIN,
    pdf_text,
    pdfsig_blocks,
    run_vanthu,
)
from sqlalchemy import func, select

from desktop.core.clock import vn_today
from desktop.core.pdfkit import date_line
from models.entities import AuditEntry, Document, NumberSeries
from tests.conftest import Cli
from tests.drafting.draft_helpers import draft_pdf

ENV = {"VANTHU_PASSWORD": PASSWORD, "P12_PASS": P12_PASSWORD}


def _ok(r):  # type: ignore[no-untyped-def]
    assert r.code == 0, r.out + r.err
    return r


def _modification_levels(pdf: bytes, ca_der: bytes) -> list[tuple[str, bool, str]]:
    """pyHanko's own validation: (field, intact and valid, modification level) per signature."""
    from asn1crypto import x509
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    reader = PdfFileReader(io.BytesIO(pdf))
    out = []
    for sig in reader.embedded_regular_signatures:
        status = validate_pdf_signature(
            sig, ValidationContext(trust_roots=[x509.Certificate.load(ca_der)], allow_fetching=False))
        level = status.modification_level
        out.append((str(sig.field_name), bool(status.intact and status.valid),
                    level.name if level is not None else ""))
    return out


def _numbers_taken(office) -> int:  # type: ignore[no-untyped-def]
    with office.db.read() as s:
        return int(s.scalar(select(func.coalesce(func.sum(NumberSeries.last_number), 0))
                            .where(NumberSeries.series != "audit")) or 0)


@pytest.mark.slow
def test_draft_returned_approved_signed_on_token_issued_dispatched(
    staffed, vcli: Cli, app_pki, app_token, nss_dir: Path, tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    office, cli = staffed, vcli
    today = vn_today()
    v1 = tmp_path / "du-thao-v1.pdf"
    v1.write_bytes(draft_pdf())
    v2 = tmp_path / "du-thao-v2.pdf"
    v2.write_bytes(draft_pdf(title="QUYẾT ĐỊNH (sửa)"))
    with office.db.read() as s:
        outgoing_before = s.scalar(select(func.count()).select_from(Document))
    numbers_before = _numbers_taken(office)

    # the officer drafts
    r = _ok(cli("--user", "can-bo", "draft", "add", "--type", "Quyết định", "--summary",
                "Về việc phê duyệt kế hoạch cải cách hành chính năm 2026", "--signer",
                "chu-tich", "--unit", "VP", "--to", "UBND huyện", "--file", str(v1), "--json",
                env=ENV))
    created = r.json
    assert (created["status"], created["version"]) == ("du-thao", 1)
    draft = str(created["id"])
    _ok(cli("--user", "can-bo", "draft", "submit", draft, env=ENV))

    # the chairperson returns it once, with a comment
    r = _ok(cli("--user", "chu-tich", "draft", "return", draft, "--reason",
                "Sửa lại Điều 2 cho rõ thời hạn", "--json", env=ENV))
    assert r.json["status"] == "tra-lai"
    # a returned draft cannot be signed or issued, and consumed no number
    r = cli("--user", "van-thu", "issue", draft, "--p12", str(app_pki.org_p12), "--pin-env",
            "P12_PASS", env=ENV)
    assert r.code == 2 and "Bị trả lại" in r.err, r.err
    assert _numbers_taken(office) == numbers_before

    # a new version, submitted again, approved
    r = _ok(cli("--user", "can-bo", "draft", "version", draft, "--file", str(v2), "--json",
                env=ENV))
    assert r.json["version"] == 2
    _ok(cli("--user", "can-bo", "draft", "submit", draft, env=ENV))
    # the officer cannot approve
    r = cli("--user", "can-bo", "draft", "approve", draft, env=ENV)
    assert r.code == 4
    _ok(cli("--user", "chu-tich", "draft", "approve", draft, env=ENV))
    # the clerk cannot issue before the chairperson signed
    r = cli("--user", "van-thu", "issue", draft, "--p12", str(app_pki.org_p12), "--pin-env",
            "P12_PASS", env=ENV)
    assert r.code == 2 and "đã được lãnh đạo ký số" in r.err, r.err

    # a wrong PIN on the token: refused, one attempt, the draft as it was
    token_env = {"VANTHU_PASSWORD": PASSWORD, "TOKEN_PIN": "000000",
                 "SOFTHSM2_CONF": str(app_token.conf)}
    r = run_vanthu(office, "--user", "chu-tich", "sign", f"DT-{draft}", "--as", "signer",
                   "--pkcs11", app_token.module, "--token", TOKEN_LABEL, "--key-id",
                   CHAIR_KEY_ID, "--pin-env", "TOKEN_PIN", env=token_env)
    assert r.code != 0 and "Mã PIN hoặc mật khẩu không đúng" in r.err, r.err
    shown = _ok(cli("--user", "can-bo", "draft", "show", draft, "--json", env=ENV)).json
    assert shown["status"] == "da-duyet" and not shown["signed"]

    # the chairperson signs the draft with the USB token (SoftHSM2), in its own process
    r = run_vanthu(office, "--user", "chu-tich", "sign", f"DT-{draft}", "--as", "signer",
                   "--pkcs11", app_token.module, "--token", TOKEN_LABEL, "--key-id",
                   CHAIR_KEY_ID, "--pin-env", "TOKEN_PIN", "--json",
                   env={"VANTHU_PASSWORD": PASSWORD, "TOKEN_PIN": TOKEN_PIN,
                        "SOFTHSM2_CONF": str(app_token.conf)})
    assert r.code == 0, r.err
    assert json.loads(r.out)["status"] == "da-ky"
    assert TOKEN_PIN not in r.out + r.err

    # still nothing in the register, no number taken
    listed = _ok(cli("--user", "van-thu", "outgoing", "list", "--json", env=ENV)).json
    assert listed == []
    assert _numbers_taken(office) == numbers_before

    # the clerk issues: next number, số and ngày filled, organisation signature, registered
    r = _ok(cli("--user", "van-thu", "issue", draft, "--p12", str(app_pki.org_p12),
                "--pin-env", "P12_PASS", "--date", today.isoformat(), "--json", env=ENV))
    issued = r.json
    assert issued["number"] == 1
    assert issued["symbol"] == "01/QĐ-UBND"
    assert issued["issued_date"] == today.isoformat()
    assert issued["status"] == "da-phat-hanh"
    doc_id = issued["id"]
    listed = _ok(cli("--user", "van-thu", "outgoing", "list", "--json", env=ENV)).json
    assert [d["id"] for d in listed] == [doc_id]
    with office.db.read() as s:
        assert s.scalar(select(func.count()).select_from(Document)) == outgoing_before + 1
        actions = set(s.scalars(select(AuditEntry.action)))
    assert {"du-thao-tao", "du-thao-tra-lai", "du-thao-duyet", "du-thao-ky", "phat-hanh",
            "dang-ky-di"} <= actions

    out = tmp_path / "out"
    exported = _ok(cli("--user", "van-thu", "export", str(doc_id), "--out", str(out), "--json",
                       env=ENV)).json["files"]
    final_path = Path(exported[0])
    final = final_path.read_bytes()

    # page 1 reads the number and the place-and-date line
    text = " ".join(pdf_text(final).split())
    assert "Số: 01/QĐ-UBND" in text
    assert date_line("Bình Phú", today) in text

    # pyHanko: the chairperson's signature saw form filling only, then the organisation's
    levels = _modification_levels(final, app_pki.ca.cert_der)
    assert [(intact, level) for _f, intact, level in levels] == [
        (True, "FORM_FILLING"), (True, "NONE")]

    # vanthu verify and pdfsig: two valid signatures
    _ok(cli("--user", "quan-tri", "trust", "add", str(app_pki.ca_pem), env=ENV))
    r = _ok(cli("--user", "van-thu", "verify", str(final_path), "--json", env=ENV))
    assert [s["status"] for s in r.json["signatures"]] == ["Hợp lệ", "Hợp lệ"]
    blocks = pdfsig_blocks(final_path, nss_dir)
    assert len(blocks) == 2
    assert all("Signature is Valid." in b for b in blocks), blocks

    # dispatch by post and by hand; the register fills Nơi nhận, Ngày chuyển, Ký nhận
    _ok(cli("--user", "van-thu", "dispatch", str(doc_id), "--to", "UBND huyện Chợ Gạo",
            "--via", "buu-dien", "--date", today.isoformat(), "--receipt", "RR123456789VN", env=ENV))
    _ok(cli("--user", "van-thu", "dispatch", str(doc_id), "--to", "Công an xã", "--via",
            "truc-tiep", env=ENV))
    view = _ok(cli("--user", "van-thu", "show", str(doc_id), "--json", env=ENV)).json
    assert "UBND huyện Chợ Gạo" in view["recipients"] and "Công an xã" in view["recipients"]
    assert view["transfer_date"] == today.isoformat()
    assert "RR123456789VN" in view["receiver_sign"]
    # the clerk only
    r = cli("--user", "can-bo", "dispatch", str(doc_id), "--to", "X", "--via", "dien-tu",
            env=ENV)
    assert r.code == 4

    # the post book lists the post dispatch only
    book = tmp_path / "so-gui-buu-dien.pdf"
    r = _ok(cli("--user", "van-thu", "book", "post", "--year", str(today.year), "--out", str(book),
                "--json", env=ENV))
    assert r.json["rows"] == 1
    book_text = " ".join(pdf_text(book, page=2).split())
    assert "SỔ GỬI VĂN BẢN ĐI BƯU ĐIỆN" in " ".join(pdf_text(book, page=1).split())
    assert "01/QĐ-UBND" in book_text and "UBND huyện Chợ Gạo" in book_text
    assert "RR123456789VN" in book_text and "Công an xã" not in book_text

    # the history keeps the return and its comment
    shown = _ok(cli("--user", "can-bo", "draft", "show", draft, "--json", env=ENV)).json
    assert [e["action"] for e in shown["history"]] == [
        "tao", "trinh", "tra-lai", "phien-ban", "trinh", "duyet", "ky", "phat-hanh"]
    assert shown["history"][2]["comment"] == "Sửa lại Điều 2 cho rõ thời hạn"
    assert [v["version"] for v in shown["versions"]] == [1, 2]
    assert shown["status"] == "da-phat-hanh" and shown["symbol"] == "01/QĐ-UBND"
