"""Who reads secret documents, through the services, on SQLite and PostgreSQL: every door (list,
search, show, export, book, edit, attach, work lists, case files, reports) asks one module."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from desktop.accounts.users import add_user
from desktop.core.errors import NotFound, PermissionDenied, UserError
from desktop.kernel.auth import Actor, Role
from desktop.kernel.office import Office
from desktop.registers import secrecy, visibility
from desktop.registers.book import render_book
from desktop.registers.edit import edit_document, history
from desktop.registers.registry import (
    IncomingInput,
    ListQuery,
    attach_files,
    count_documents,
    export,
    get_document,
    list_documents,
    register_incoming,
)
from desktop.registers.search import search, search_hits
from models.entities import AuditEntry, Direction
from tests.conftest import ORG, snapshot, tiny_pdf

ADMIN = Actor("quantri", frozenset({Role.ADMIN}), "Quản Trị")
CLERK = Actor("vanthu", frozenset({Role.CLERK}), "Trần Thị Văn")
LEADER = Actor("chutich", frozenset({Role.LEADER}), "Nguyễn Văn Chủ")
ONE = Actor("canbo1", frozenset({Role.OFFICER}), "Lê Văn Một")
TWO = Actor("canbo2", frozenset({Role.OFFICER}), "Phạm Thị Hai")
MASK = "(văn bản mật — không có quyền xem)"
LEVELS = ("mat", "toi-mat", "tuyet-mat")


def _people(office: Office) -> Office:
    for a in (ADMIN, CLERK, LEADER, ONE, TWO):
        add_user(office, a.username, "matkhau-chung", sorted(a.roles), a.full_name)
    return office


@pytest.fixture
def desk(data_dir: Path):  # type: ignore[no-untyped-def]
    """The people of a commune on SQLite (the rules per role and level)."""
    from desktop.accounts.organisation import OrgProfile, initialise

    o = Office.open(data_dir)
    initialise(o, OrgProfile(*ORG), None)
    yield _people(o)
    o.close()


@pytest.fixture
def desk_on_both(office: Office) -> Office:
    """The same on SQLite and on the suite's PostgreSQL server."""
    return _people(office)


def register(office: Office, tmp_path: Path, secret: str | None, subject: str,
             symbol: str = "15/UBND") -> int:
    office.actor = CLERK
    pdf = tmp_path / f"{symbol.replace('/', '-')}-{secret}.pdf"
    pdf.write_bytes(tiny_pdf(subject))
    return register_incoming(office, IncomingInput(
        received="2026-04-27", organ_name="Công an huyện", symbol=symbol, issued="2026-04-25",
        type_name="Công văn", subject=subject, secrecy=secret, notes="ghi chú kín",
        recipients="Chủ tịch", files=[pdf])).id


def as_(office: Office, actor: Actor) -> Office:
    office.actor = actor
    return office


@pytest.mark.parametrize("level", LEVELS)
@pytest.mark.parametrize(("actor", "sees"), [
    (CLERK, True), (LEADER, True), (ONE, False), (ADMIN, False)])
def test_each_role_at_each_level_by_default(desk: Office, tmp_path: Path, level: str,
                                            actor: Actor, sees: bool) -> None:
    plain = register(desk, tmp_path, None, "Lịch tiếp dân tháng năm", "10/UBND")
    doc = register(desk, tmp_path, level, "Phương án bảo vệ kho vũ khí", "11/UBND")
    as_(desk, actor)
    assert visibility.can_see(desk, doc) is sees
    assert visibility.can_see(desk, plain)
    view = get_document(desk, doc)
    assert view.masked is not sees
    rows = {v.id: v for v in list_documents(desk, ListQuery(Direction.INCOMING))}
    assert set(rows) == {plain, doc}  # the row exists for everyone
    assert rows[plain].subject == "Lịch tiếp dân tháng năm"
    if sees:
        assert view.subject == "Phương án bảo vệ kho vũ khí" and view.files
    else:
        assert (view.subject, view.symbol, view.organ_name, view.recipients, view.notes,
                view.files) == (MASK, "", "", "", "", ())
        # secret documents have their own series: number 01 of it
        assert (view.number, view.received_date, view.secrecy) == (1, dt.date(2026, 4, 27),
                                                                   level)
        assert rows[doc].masked and rows[doc].subject == MASK
        data = view.to_dict()
        assert data["masked"] is True and data["subject"] is None and data["symbol"] is None
        assert data["files"] == [] and data["arrival_number"] == 1


def test_the_officer_finds_no_masked_subject_but_the_leader_does(desk: Office,
                                                                 tmp_path: Path) -> None:
    doc = register(desk, tmp_path, "tuyet-mat", "Phương án bảo vệ kho vũ khí")
    assert [v.id for v in search(as_(desk, LEADER), "kho vu khi")] == [doc]
    assert search(as_(desk, ONE), "kho vu khi") == []
    assert search_hits(desk, "vũ khí") == []
    q = ListQuery(Direction.INCOMING, text="vu khi")
    assert list_documents(desk, q) == [] and count_documents(desk, q) == 0
    assert count_documents(desk, ListQuery(Direction.INCOMING)) == 1
    from desktop.registers.registry import agencies

    assert "Công an huyện" not in agencies(desk)  # the completion list shows everyone


def test_export_is_refused_and_the_refusal_audited(desk: Office, tmp_path: Path) -> None:
    doc = register(desk, tmp_path, "tuyet-mat", "Phương án bảo vệ kho vũ khí")
    out = tmp_path / "out"
    before = snapshot(desk)
    with pytest.raises(PermissionDenied) as refused, as_(desk, ONE).unit():
        export(desk, doc, out)
    assert "không có quyền xem nội dung văn bản mật" in str(refused.value)
    assert not out.exists()
    after = snapshot(desk)
    with desk.db.read() as s:
        entry = s.scalars(select(AuditEntry).order_by(AuditEntry.seq.desc())).first()
    assert entry is not None and (entry.actor, entry.action, entry.document_id) == (
        "canbo1", "tu-choi", doc)
    assert json.loads(entry.after)["ly_do"] == "van-ban-mat"
    # nothing but the refusal's own audit entry changed
    assert {k: v for k, v in after["tables"].items() if k not in ("audit_log", "number_series")
            } == {k: v for k, v in before["tables"].items()
                  if k not in ("audit_log", "number_series")}
    assert [p.name for p in export(as_(desk, LEADER), doc, out)]  # the leader may


def test_a_named_handler_sees_it_and_another_officer_does_not(desk_on_both: Office,
                                                              tmp_path: Path) -> None:
    from desktop.processing import service

    desk = desk_on_both
    doc = register(desk, tmp_path, "tuyet-mat", "Phương án bảo vệ kho vũ khí")
    now = dt.datetime(2026, 4, 28, 9, 0)
    with as_(desk, CLERK).unit():
        service.submit(desk, doc, at="2026-04-27 15:00", now=now)
    with as_(desk, LEADER).unit():
        service.assign(desk, doc, lead="canbo1", support=[], days=3, instruction="Bảo mật",
                       at="2026-04-28 08:00", now=now)
    assert not get_document(as_(desk, ONE), doc).masked
    assert [v.id for v in search(desk, "vu khi")] == [doc]
    assert export(desk, doc, tmp_path / "out1")
    assert get_document(as_(desk, TWO), doc).masked
    with pytest.raises(PermissionDenied):
        export(desk, doc, tmp_path / "out2")


def test_grants_and_revocations_are_audited_and_imply_lower_levels(desk: Office,
                                                                   tmp_path: Path) -> None:
    mat = register(desk, tmp_path, "mat", "Danh sách quân nhân dự bị", "1/UBND")
    top = register(desk, tmp_path, "tuyet-mat", "Phương án bảo vệ kho vũ khí", "2/UBND")
    with pytest.raises(PermissionDenied), as_(desk, CLERK).unit():
        secrecy.grant(desk, "mat", user="canbo2")  # only the administrator
    as_(desk, ADMIN)
    g = secrecy.grant(desk, "toi-mat", user="canbo2")
    assert g.to_dict()["covers"] == ["mat", "toi-mat"]
    as_(desk, TWO)
    assert visibility.can_see(desk, mat) and not visibility.can_see(desk, top)
    as_(desk, ADMIN)
    with pytest.raises(UserError):
        secrecy.grant(desk, "mat", user="canbo2")  # already implied
    with pytest.raises(NotFound):
        secrecy.grant(desk, "mat", user="khong-co")
    assert secrecy.revoke(desk, "mat", user="canbo2") == ["toi-mat"]
    assert not visibility.can_see(as_(desk, TWO), mat)
    as_(desk, ADMIN)
    assert secrecy.revoke(desk, "toi-mat", role="van-thu") == ["tuyet-mat"]
    # the clerk registered both, and the one who registered a document always sees it
    assert visibility.can_see(as_(desk, CLERK), top)
    with desk.db.read() as s:
        actions = [(e.action, json.loads(e.after)) for e in s.scalars(
            select(AuditEntry).where(AuditEntry.action.in_(["cap-quyen-mat", "thu-quyen-mat"]))
            .order_by(AuditEntry.seq))]
    assert actions == [
        ("cap-quyen-mat", {"muc": "toi-mat", "tai_khoan": "canbo2"}),
        ("thu-quyen-mat", {"muc": "mat", "tai_khoan": "canbo2"}),
        ("thu-quyen-mat", {"muc": "toi-mat", "vai_tro": "van-thu"}),
    ]
    rows = [(g.level, g.role, g.username) for g in secrecy.list_grants(as_(desk, ADMIN))]
    assert rows == [("tuyet-mat", "lanh-dao", "")]


def test_a_role_grant_opens_it_for_every_officer(desk: Office, tmp_path: Path) -> None:
    doc = register(desk, tmp_path, "mat", "Danh sách quân nhân dự bị")
    secrecy.grant(as_(desk, ADMIN), "mat", role="can-bo")
    assert visibility.can_see(as_(desk, ONE), doc) and visibility.can_see(as_(desk, TWO), doc)
    assert not visibility.can_see(as_(desk, ADMIN), doc)  # the administrator is not an officer


def test_book_edit_attach_and_history_respect_the_mask(desk: Office, tmp_path: Path) -> None:
    import io

    from pypdf import PdfReader

    def book_text(actor: Actor) -> tuple[str, int]:
        data, rows, _pages = render_book(as_(desk, actor), "incoming", 2026)
        return "".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages), rows

    doc = register(desk, tmp_path, "tuyet-mat", "Phương án bảo vệ kho vũ khí")
    edit_document(as_(desk, CLERK), doc, {"subject": "Phương án bảo vệ kho đạn"}, "sai chữ")
    assert len(history(desk, doc)) == 1
    text, rows = book_text(ONE)
    assert rows == 1 and "kho đạn" not in text and "Công an huyện" not in text
    assert "không có quyền xem" in text and "Tuyệt mật" in text
    assert history(desk, doc) == []  # the corrections carry the content
    assert "kho đạn" in book_text(LEADER)[0]
    # a second clerk, once the clerks' grant is revoked, may neither correct nor attach
    add_user(as_(desk, ADMIN), "vanthu2", "matkhau-chung", [Role.CLERK], "")
    secrecy.revoke(as_(desk, ADMIN), "tuyet-mat", role="van-thu")
    other = Actor("vanthu2", frozenset({Role.CLERK}), "")
    pdf = tmp_path / "more.pdf"
    pdf.write_bytes(tiny_pdf("more"))
    with pytest.raises(PermissionDenied):
        edit_document(as_(desk, other), doc, {"subject": "x"}, "thử")
    with pytest.raises(PermissionDenied):
        attach_files(desk, doc, [pdf])
    assert "kho đạn" not in book_text(other)[0]
    assert "kho đạn" in book_text(CLERK)[0]  # the one who registered it still sees it


def test_work_lists_case_files_and_report_rows_are_masked(desk: Office, tmp_path: Path) -> None:
    from desktop.casefiles import filling, reading
    from desktop.casefiles import service as casefiles
    from desktop.core.periods import Period
    from desktop.processing import lists, service
    from desktop.reports.figures import incoming_rows

    doc = register(desk, tmp_path, "toi-mat", "Phương án bảo vệ kho vũ khí")
    now = dt.datetime(2026, 4, 28, 9, 0)
    with as_(desk, CLERK).unit():
        service.submit(desk, doc, at="2026-04-27 15:00", now=now)
    secrecy.revoke(as_(desk, ADMIN), "mat", role="lanh-dao")
    waiting = lists.work_list(as_(desk, LEADER), today=now.date()).waiting
    assert [(i.document_id, i.subject, i.symbol) for i in waiting] == [(doc, MASK, "")]
    clerk_list = lists.work_list(as_(desk, CLERK), today=now.date()).everything
    assert clerk_list[0].subject == "Phương án bảo vệ kho vũ khí"
    period = Period(dt.date(2026, 4, 1), dt.date(2026, 4, 30), "4/2026")
    rows = incoming_rows(as_(desk, LEADER), period, today=now.date())
    assert rows[0]["subject"] == MASK and rows[0]["masked"] and rows[0]["organ_name"] == ""
    assert incoming_rows(as_(desk, CLERK), period, today=now.date())[0]["subject"] != MASK
    _case_file(desk, casefiles, filling, doc)
    seen = reading.get_file(as_(desk, CLERK), "01.VP", 2026).documents[0]
    assert seen.subject == "Phương án bảo vệ kho vũ khí" and seen.sha256
    hidden = reading.get_file(as_(desk, LEADER), "01.VP", 2026).documents[0]
    assert (hidden.subject, hidden.symbol, hidden.sha256) == (MASK, "", "")


def _case_file(desk: Office, casefiles: Any, filling: Any, doc: int) -> None:
    as_(desk, CLERK)
    casefiles.open_file(desk, "01.VP", 2026, title="Hồ sơ quốc phòng", outside_plan=True)
    filling.add_documents(desk, "01.VP", [doc], 2026)


def test_an_office_without_accounts_sees_everything(office: Office, tmp_path: Path) -> None:
    pdf = tmp_path / "a.pdf"
    pdf.write_bytes(tiny_pdf("a"))
    doc = register_incoming(office, IncomingInput(
        received="2026-04-27", organ_name="Công an huyện", symbol="1/CA", issued="2026-04-25",
        type_name="Công văn", subject="Kho vũ khí", secrecy="tuyet-mat", files=[pdf])).id
    assert not get_document(office, doc).masked
    assert export(office, doc, tmp_path / "out")


def test_the_report_lists_a_cancelled_secret_number_without_its_content(desk: Office,
                                                                       tmp_path: Path) -> None:
    from desktop.core.periods import Period
    from desktop.registers.registry import cancel
    from desktop.reports.figures import compute

    doc = register(desk, tmp_path, "mat", "Danh sách quân nhân dự bị", "7/CA")
    cancel(as_(desk, CLERK), doc, "Đăng ký nhầm sổ")
    period = Period(dt.date(2026, 4, 1), dt.date(2026, 4, 30), "4/2026")
    [seen] = compute(as_(desk, CLERK), period, dt.date(2026, 5, 1)).cancelled
    assert (seen["symbol"], seen["reason"]) == ("7/CA", "Đăng ký nhầm sổ")
    [hidden] = compute(as_(desk, ADMIN), period, dt.date(2026, 5, 1)).cancelled
    assert (hidden["id"], hidden["number"], hidden["symbol"], hidden["reason"]) == (
        doc, 1, "", MASK)


def test_the_slip_and_the_follow_up_book_respect_the_mask(desk: Office, tmp_path: Path) -> None:
    import io

    from pypdf import PdfReader

    from desktop.processing import forms, service

    doc = register(desk, tmp_path, "tuyet-mat", "Phương án bảo vệ kho vũ khí")
    now = dt.datetime(2026, 4, 28, 9, 0)
    with as_(desk, CLERK).unit():
        service.submit(desk, doc, at="2026-04-27 15:00", now=now)
    secrecy.revoke(as_(desk, ADMIN), "tuyet-mat", role="lanh-dao")
    with pytest.raises(PermissionDenied):
        forms.render_slip(as_(desk, LEADER), doc)
    assert forms.render_slip(as_(desk, CLERK), doc)[0]

    def book(actor: Actor) -> str:
        data, rows, _pages = forms.render_book(as_(desk, actor), dt.date(2026, 4, 1),
                                               dt.date(2026, 4, 30))
        assert rows == 1
        return "".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages)

    assert "kho vũ khí" not in book(LEADER) and "không có quyền xem" in book(LEADER)
    assert "kho vũ khí" in book(CLERK)


def test_signing_is_refused_before_the_key_is_asked(desk: Office, tmp_path: Path) -> None:
    from desktop.signatures.keys import KeySpec
    from desktop.signatures.service import sign_document

    doc = register(desk, tmp_path, "tuyet-mat", "Phương án bảo vệ kho vũ khí")
    secrecy.revoke(as_(desk, ADMIN), "tuyet-mat", role="lanh-dao")
    asked: list[bool] = []
    key = KeySpec.pkcs12(tmp_path / "khong-co.p12", lambda: asked.append(True) or "x")
    with pytest.raises(PermissionDenied, match="ký số văn bản mật"):
        sign_document(as_(desk, LEADER), doc, "signer", key)
    assert asked == []
