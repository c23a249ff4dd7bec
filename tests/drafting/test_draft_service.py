"""Drafts through the services and the CLI (PKCS#12 keys, in-process): roles and refusals,
versions and history, numbering only at issue, nothing numbered when issue fails, a changed
signed draft refused, links, and migration 0013 against the models."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from sign_app_helpers import P12_PASSWORD, PASSWORD, as_user
from sqlalchemy import func, select, update

from desktop.core.clock import vn_today
from desktop.core.errors import IntegrityProblem, PermissionDenied, UserError
from desktop.drafting import issue as issuing
from desktop.drafting import service
from desktop.signatures.keys import KeySpec
from models.db import sqlite_url
from models.drafting import Draft
from models.entities import AuditEntry, Document
from tests.conftest import Cli, snapshot
from tests.drafting.draft_helpers import draft_pdf
from tests.migrations import assert_migration_round_trip

ENV = {"VANTHU_PASSWORD": PASSWORD, "P12_PASS": P12_PASSWORD}
OURS = ("drafts", "draft_versions", "draft_events", "dispatches", "document_links")


def _without_audit(snap: dict) -> dict:  # type: ignore[type-arg]
    """A snapshot without the audit log (each CLI call's sign-in and refusal are audited)."""
    tables = {k: v for k, v in snap["tables"].items() if k != "audit_log"}
    tables["number_series"] = [r for r in tables["number_series"] if "'audit'" not in r]
    return {**snap, "tables": tables}


def _pdf(tmp_path: Path, name: str = "du-thao.pdf", **kw: object) -> Path:
    path = tmp_path / name
    path.write_bytes(draft_pdf(**kw))  # type: ignore[arg-type]
    return path


def _new(office, tmp_path: Path, user: str = "can-bo") -> int:  # type: ignore[no-untyped-def]
    as_user(office, user)
    with office.unit():
        v = service.create_draft(office, service.DraftInput(
            "Quyết định", "Về việc thành lập tổ công tác", "chu-tich", _pdf(tmp_path)))
    return v.id


def _approved(office, tmp_path: Path) -> int:  # type: ignore[no-untyped-def]
    draft_id = _new(office, tmp_path)
    with office.unit():
        service.submit(office, draft_id)
    as_user(office, "chu-tich")
    with office.unit():
        service.approve(office, draft_id)
    return draft_id


def _signed(office, tmp_path: Path, app_pki) -> int:  # type: ignore[no-untyped-def]
    draft_id = _approved(office, tmp_path)
    with office.unit():
        issuing.sign_draft(office, draft_id, KeySpec.pkcs12(app_pki.chair_p12, P12_PASSWORD))
    return draft_id


def _issue(office, draft_id: int, app_pki, password: str = P12_PASSWORD,  # type: ignore[no-untyped-def]
           login: bool = True):
    if login:
        as_user(office, "van-thu")
    with office.unit():
        return issuing.issue_draft(office, draft_id, KeySpec.pkcs12(app_pki.org_p12, password))


def test_migration_0013_matches_the_models_and_goes_down_and_up(
    db_url: str | None, tmp_path: Path
) -> None:
    assert_migration_round_trip(db_url or sqlite_url(tmp_path / "m.sqlite3"), OURS, "0008")


def test_versions_history_and_roles(staffed, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    office = staffed
    draft_id = _new(office, tmp_path)
    # the clerk may not approve, the officer may not approve or return; refusals audited
    for user, action in (("van-thu", service.approve), ("can-bo", service.approve)):
        as_user(office, user)
        with pytest.raises(PermissionDenied):
            action(office, draft_id)
    as_user(office, "can-bo")
    with pytest.raises(PermissionDenied):
        service.return_draft(office, draft_id, "không")
    with office.db.read() as s:
        assert s.scalar(select(func.count()).select_from(AuditEntry)
                        .where(AuditEntry.action == "tu-choi")) == 3
    # a leader cannot approve a draft that was not submitted
    as_user(office, "chu-tich")
    with pytest.raises(UserError, match="Đang soạn"):
        service.approve(office, draft_id)
    # new versions are kept, each checked
    as_user(office, "can-bo")
    with office.unit():
        v = service.add_version(office, draft_id, _pdf(tmp_path, "v2.pdf", letter=True))
    assert v.version == 2 and any("không phải A4" in w for w in v.warnings)
    with office.unit():
        service.submit(office, draft_id)
    with pytest.raises(UserError, match="Chờ duyệt"):
        service.add_version(office, draft_id, _pdf(tmp_path, "v3.pdf"))
    # another officer may not touch it
    from desktop.accounts.users import add_user
    from desktop.kernel.auth import Role

    as_user(office, "quan-tri")
    add_user(office, "can-bo-2", PASSWORD, [Role.OFFICER], "Vũ Cán Bộ Hai")
    as_user(office, "can-bo-2")
    with pytest.raises(PermissionDenied):
        service.submit(office, draft_id)
    as_user(office, "chu-tich")
    with office.unit():
        service.return_draft(office, draft_id, "Bổ sung căn cứ")
    view = service.get_draft(office, draft_id)
    assert view.status == "tra-lai"
    assert [ver.version for ver in view.versions] == [1, 2]
    assert view.versions[0].sha256 != view.versions[1].sha256
    assert office.files.read(view.versions[0].sha256) == (tmp_path / "du-thao.pdf").read_bytes()
    assert [(e.action, e.comment) for e in view.history][-1] == ("tra-lai", "Bổ sung căn cứ")
    # a draft is not in the outgoing register
    with office.db.read() as s:
        assert s.scalar(select(func.count()).select_from(Document)) == 0


def test_number_only_at_issue_and_after_other_registrations(
    staffed, vcli: Cli, app_pki, tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    office, cli = staffed, vcli
    returned = _new(office, tmp_path)
    with office.unit():
        service.submit(office, returned)
    as_user(office, "chu-tich")
    with office.unit():
        service.return_draft(office, returned, "Chưa đạt")
    # a paper document registered the old way takes number 1
    r = cli("--user", "van-thu", "outgoing", "add", "--date", vn_today().isoformat(),
            "--type", "Quyết định", "--summary", "Văn bản giấy", "--signer", "Nguyễn Văn An",
            "--signer-title", "Chủ tịch", "--json", env=ENV)
    assert r.code == 0, r.err
    assert r.json["number"] == 1
    draft_id = _signed(office, tmp_path, app_pki)
    result = _issue(office, draft_id, app_pki)
    assert (result.number, result.symbol) == (2, "02/QĐ-UBND")
    # the returned draft took none; the register holds the two documents only
    r = cli("--user", "van-thu", "outgoing", "list", "--json", env=ENV)
    assert [d["symbol"] for d in r.json] == ["01/QĐ-UBND", "02/QĐ-UBND"]
    assert service.get_draft(office, returned).symbol == ""
    # a second issue of the same draft is refused
    with pytest.raises(UserError, match="đã được phát hành"):
        _issue(office, draft_id, app_pki)
    # the document's signatures are recorded: chairperson, then organisation
    from desktop.signatures.service import list_signatures, verify_document

    assert [sig.kind for sig in list_signatures(office, result.document_id)] == [
        "signer", "organisation"]
    assert verify_document(office, result.document_id).report.signatures[0].intact


def test_failed_issue_numbers_nothing_and_leaves_everything(
    staffed, app_pki, tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    office = staffed
    draft_id = _signed(office, tmp_path, app_pki)
    as_user(office, "van-thu")
    before = snapshot(office)
    with pytest.raises(UserError, match="Mã PIN hoặc mật khẩu không đúng"):
        _issue(office, draft_id, app_pki, password="sai-mat-khau", login=False)
    after = snapshot(office)
    assert after == before
    assert service.get_draft(office, draft_id).status == "da-ky"
    # then it issues with number 1
    assert _issue(office, draft_id, app_pki).number == 1


def test_changed_signed_draft_is_refused(staffed, app_pki, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A revision added after the chairperson's signature (here: another incremental update
    pointed at by the draft) is refused before any number is taken."""
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    office = staffed
    draft_id = _signed(office, tmp_path, app_pki)
    signed = service.current_pdf(office, draft_id)
    writer = IncrementalPdfFileWriter(io.BytesIO(signed))
    writer.root["/Lang"] = generic.TextStringObject("vi")
    writer.update_root()
    out = io.BytesIO()
    writer.write(out)
    put = office.files.put_bytes(out.getvalue())
    from desktop.signatures.images import ensure_stored_file

    with office.db.write() as s:
        ensure_stored_file(s, put, "application/pdf", 1)
        s.execute(update(Draft).where(Draft.id == draft_id).values(signed_sha256=put.sha256))
    as_user(office, "van-thu")
    before = snapshot(office)
    with pytest.raises(IntegrityProblem, match="bị thay đổi sau khi lãnh đạo ký"):
        _issue(office, draft_id, app_pki, login=False)
    assert snapshot(office) == before


def test_tampered_stored_draft_is_refused(staffed, app_pki, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    office = staffed
    draft_id = _signed(office, tmp_path, app_pki)
    with office.db.read() as s:
        sha = s.scalar(select(Draft.signed_sha256).where(Draft.id == draft_id))
    assert sha is not None
    data = bytearray(office.files.read(sha))
    data[200] ^= 1
    if office.location.is_sqlite:
        path = office.location.files_dir / sha[:2] / sha[2:4] / sha
        path.chmod(0o600)
        path.write_bytes(bytes(data))
    else:
        from models.entities import Blob

        with office.db.write() as s:
            s.execute(update(Blob).where(Blob.sha256 == sha).values(data=bytes(data)))
    with pytest.raises(IntegrityProblem):
        _issue(office, draft_id, app_pki)
    with office.db.read() as s:
        assert s.scalar(select(func.count()).select_from(Document)) == 0


def test_cli_refusals_and_check(staffed, vcli: Cli, app_pki, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    office, cli = staffed, vcli
    no_blanks = _pdf(tmp_path, "khong-so.pdf", blanks=False, letter=True)
    # the check warns and never blocks
    r = cli("--user", "can-bo", "draft", "check", str(no_blanks), "--json", env=ENV)
    assert r.code == 0, r.err
    problems = r.json["problems"]
    assert any("không phải A4" in p for p in problems)
    assert any("“Số: …/…”" in p for p in problems)
    r = cli("--user", "can-bo", "draft", "check", str(_pdf(tmp_path)), "--json", env=ENV)
    assert r.code == 0 and r.json["number_line"] and r.json["date_line"]
    # bad input: a signer who is not a leader, not a PDF, an unknown type
    bad_file = tmp_path / "x.txt"
    bad_file.write_text("không phải PDF")
    for extra, needle in (
        (("--signer", "van-thu", "--file", str(no_blanks)), "không phải lãnh đạo"),
        (("--signer", "chu-tich", "--file", str(bad_file)), "phải là tệp PDF"),
    ):
        r = cli("--user", "can-bo", "draft", "add", "--type", "Quyết định", "--summary", "S",
                *extra, env=ENV)
        assert r.code == 2 and needle in r.err, r.err
    r = cli("--user", "chu-tich", "draft", "add", "--type", "Quyết định", "--summary", "S",
            "--signer", "chu-tich", "--file", str(no_blanks), env=ENV)
    assert r.code == 4
    # a draft without the số/ngày lines is accepted with warnings, but cannot be signed
    r = cli("--user", "can-bo", "draft", "add", "--type", "Quyết định", "--summary", "S",
            "--signer", "chu-tich", "--file", str(no_blanks), "--json", env=ENV)
    assert r.code == 0 and r.json["warnings"]
    draft = str(r.json["id"])
    assert cli("--user", "can-bo", "draft", "submit", draft, env=ENV).code == 0
    assert cli("--user", "chu-tich", "draft", "approve", draft, env=ENV).code == 0
    before = snapshot(office)
    r = cli("--user", "chu-tich", "sign", f"DT-{draft}", "--as", "signer", "--p12",
            str(app_pki.chair_p12), "--pin-env", "P12_PASS", env=ENV)
    assert r.code == 2 and "Không tìm thấy dòng “Số: …/…”" in r.err, r.err
    # the clerk may not sign a draft as signer, nor issue it before the signature
    r = cli("--user", "van-thu", "sign", f"DT-{draft}", "--as", "signer", "--p12",
            str(app_pki.chair_p12), "--pin-env", "P12_PASS", env=ENV)
    assert r.code == 4
    r = cli("--user", "van-thu", "sign", f"DT-{draft}", "--as", "organisation", "--p12",
            str(app_pki.org_p12), "--pin-env", "P12_PASS", env=ENV)
    assert r.code == 2 and "vanthu issue" in r.err
    r = cli("--user", "chu-tich", "issue", draft, "--p12", str(app_pki.org_p12), "--pin-env",
            "P12_PASS", env=ENV)
    assert r.code == 4
    r = cli("--user", "van-thu", "issue", "DT-x", "--p12", str(app_pki.org_p12), "--pin-env",
            "P12_PASS", env=ENV)
    assert r.code == 2 and "Mã dự thảo không hợp lệ" in r.err
    r = cli("--user", "van-thu", "issue", "999", "--p12", str(app_pki.org_p12), "--pin-env",
            "P12_PASS", env=ENV)
    assert r.code == 3
    after = snapshot(office)
    a, b = _without_audit(after)["tables"], _without_audit(before)["tables"]
    assert {k for k in a if a[k] != b.get(k)} == set()
    r = cli("--user", "can-bo", "draft", "list", "--json", env=ENV)
    assert [d["status"] for d in r.json] == ["da-duyet"]


def test_links_shown_on_both(staffed, vcli: Cli) -> None:  # type: ignore[no-untyped-def]
    cli = vcli
    ids = []
    for summary in ("Quyết định gốc", "Quyết định thay thế"):
        r = cli("--user", "van-thu", "outgoing", "add", "--date", vn_today().isoformat(),
                "--type", "Quyết định", "--summary", summary, "--signer", "Nguyễn Văn An",
                "--signer-title", "Chủ tịch", "--json", env=ENV)
        assert r.code == 0, r.err
        ids.append(str(r.json["id"]))
    r = cli("--user", "van-thu", "outgoing", "link", ids[1], "--replaces", ids[0], "--reason",
            "Sai căn cứ", env=ENV)
    assert r.code == 0, r.err
    assert "thay thế" in r.out
    for doc in ids:
        r = cli("--user", "van-thu", "outgoing", "links", doc, "--json", env=ENV)
        assert r.code == 0, r.out + r.err
        assert [(x["symbol"], x["kind"], x["other_symbol"]) for x in r.json] == [
            ("02/QĐ-UBND", "thay-the", "01/QĐ-UBND")]
    r = cli("--user", "van-thu", "outgoing", "link", ids[1], "--replaces", ids[0], env=ENV)
    assert r.code == 2
    r = cli("--user", "can-bo", "outgoing", "link", ids[1], "--recalls", ids[0], env=ENV)
    assert r.code == 4
    r = cli("--user", "van-thu", "outgoing", "link", ids[1], "--recalls", ids[1], env=ENV)
    assert r.code == 2
