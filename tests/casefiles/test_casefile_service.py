"""The file plan and case files through the services, on SQLite and PostgreSQL: headings,
approval and its fixity, copy forward, opening, filling, ordering, closing, reopening, the
hand-over rules, roles, and refusals that leave everything as it was."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from desktop.casefiles import archive, filling, plan, reading, service
from desktop.casefiles.plan import EntryInput
from desktop.casefiles.rules import add_months, due_date, parse_heading, parse_retention
from desktop.core.errors import NotFound, PermissionDenied, UserError
from desktop.kernel.auth import SYSTEM, Actor, Role
from desktop.registers.registry import (
    IncomingInput,
    OutgoingInput,
    register_incoming,
    register_outgoing,
)
from models.entities import AuditEntry
from tests.conftest import snapshot

LEADER = Actor("lanhdao", frozenset({Role.LEADER}), "Lê Văn A")
CLERK = Actor("vanthu", frozenset({Role.CLERK}), "Trần Thị B")
OFFICER = Actor("canbo", frozenset({Role.OFFICER}), "Phạm Văn C")
OTHER = Actor("canbo2", frozenset({Role.OFFICER}))


def _incoming(office: Any, issued: str = "2025-03-10", symbol: str = "15/QĐ-UBND") -> int:
    who, office.actor = office.actor, SYSTEM
    try:
        return register_incoming(office, IncomingInput(
            received=dt.date(2025, 3, 12), organ_name="UBND huyện Chợ Gạo", symbol=symbol,
            issued=issued, type_name="Quyết định", subject="Về việc tuyển dụng")).id
    finally:
        office.actor = who


def _outgoing(office: Any, issued: str = "2025-04-15") -> int:
    who, office.actor = office.actor, SYSTEM
    try:
        return register_outgoing(office, OutgoingInput(
            issued=issued, type_name="Thông báo", subject="Kết quả tuyển dụng",
            signer_name="Lê Văn A", signer_title="Chủ tịch")).id
    finally:
        office.actor = who


def _plan(office: Any, year: int = 2026, approve: bool = True) -> None:
    plan.add_entry(office, EntryInput(year, "01.TCCB", "Hồ sơ tuyển dụng", "Vĩnh viễn",
                                      heading="I. Tổ chức, cán bộ"))
    plan.add_entry(office, EntryInput(year, "02.TCCB", "Hồ sơ nâng lương", "10",
                                      heading="I > 1. Tiền lương"))
    plan.add_entry(office, EntryInput(year, "01.XD", "Hồ sơ xây nhà văn hóa", "20",
                                      heading="II. Xây dựng", construction=True))
    plan.add_entry(office, EntryInput(year, "09.VP", "Sổ theo dõi công văn", "2",
                                      heading="II"))
    if approve:
        plan.approve(office, year)


@pytest.mark.parametrize(("text", "years"), [
    ("Vĩnh viễn", None), ("vinh vien", None), ("10", 10), ("05 năm", 5), (" 70 ", 70)])
def test_retention_is_permanent_or_whole_years(text: str, years: int | None) -> None:
    assert parse_retention(text) == years


@pytest.mark.parametrize("text", ["", "1.5", "0", "mười", "-3", "101", "10 tháng"])
def test_bad_retention_is_refused(text: str) -> None:
    with pytest.raises(UserError) as err:
        parse_retention(text)
    assert err.value.field == "retention" and "Vĩnh viễn" in err.value.message


def test_headings_roman_above_arabic() -> None:
    parts = parse_heading("IV. Văn hóa > 2. Thể thao")
    assert [(p.number, p.title) for p in parts] == [(4, "Văn hóa"), (2, "Thể thao")]
    for bad in ("1. Văn hóa", "I > II. X", "A > B > C", "IIII. X"):
        with pytest.raises(UserError):
            parse_heading(bad)


def test_due_dates() -> None:
    assert due_date(dt.date(2025, 6, 30), False, None) == dt.date(2026, 6, 30)
    assert due_date(dt.date(2024, 2, 29), False, None) == dt.date(2025, 2, 28)
    assert due_date(dt.date(2025, 6, 30), True, dt.date(2025, 11, 30)) == dt.date(2026, 2, 28)
    assert add_months(dt.date(2025, 1, 31), 1) == dt.date(2025, 2, 28)


def test_plan_tree_approval_and_fixity(office: Any) -> None:
    _plan(office, approve=False)
    p = plan.get_plan(office, 2026)
    order = [getattr(x, "code", None) or f"{x.label}. {x.title}" for x in p.ordered()]
    assert order == ["I. Tổ chức, cán bộ", "01.TCCB", "1. Tiền lương", "02.TCCB",
                     "II. Xây dựng", "01.XD", "09.VP"]
    office.actor = CLERK
    with pytest.raises(PermissionDenied):
        plan.approve(office, 2026)
    office.actor = LEADER
    assert plan.approve(office, 2026).approvals == 1
    office.actor = CLERK
    before = snapshot(office)
    with pytest.raises(UserError) as err:
        plan.add_entry(office, EntryInput(2026, "03.TCCB", "Hồ sơ khác", "5"))
    assert "đã được duyệt" in err.value.message and snapshot(office) == before
    with pytest.raises(PermissionDenied):
        plan.add_entry(office, EntryInput(2026, "03.TCCB", "Hồ sơ khác", "5"), amend=True)
    office.actor = LEADER
    plan.add_entry(office, EntryInput(2026, "03.TCCB", "Hồ sơ khác", "5"), amend=True)
    assert plan.get_plan(office, 2026).approvals == 2
    with office.db.read() as s:
        actions = list(s.scalars(select(AuditEntry.action).order_by(AuditEntry.seq)))
    assert actions.count("danh-muc-duyet") == 2 and "tu-choi" in actions


def test_copy_forward_is_a_draft(office: Any) -> None:
    _plan(office)
    copy = plan.copy_plan(office, 2026, 2027)
    assert not copy.approved and [e.code for e in copy.entries] == [
        "01.TCCB", "02.TCCB", "01.XD", "09.VP"]
    assert [(h.label, h.title) for h in copy.ordered() if not hasattr(h, "code")] == [
        ("I", "Tổ chức, cán bộ"), ("1", "Tiền lương"), ("II", "Xây dựng")]
    assert copy.entries[2].construction
    with pytest.raises(UserError):
        plan.copy_plan(office, 2026, 2027)


def test_open_fill_order_close_reopen(office: Any) -> None:
    _plan(office)
    a, b, c = _incoming(office), _outgoing(office), _incoming(office, "2025-01-05", "3/TB-UBND")
    office.actor = OFFICER
    v = service.open_file(office, "01.TCCB", 2026)
    assert (v.title, v.retention, v.keeper, v.outside_plan) == (
        "Hồ sơ tuyển dụng", "Vĩnh viễn", "canbo", False)
    v = filling.add_documents(office, "01.TCCB", [str(a), str(b), str(c)])
    assert [d.id for d in v.documents] == [a, b, c] and v.start_date == dt.date(2025, 1, 5)
    v = filling.move_document(office, "01.TCCB", str(c), 1)
    assert [(d.order, d.id) for d in v.documents] == [(1, c), (2, a), (3, b)]
    # one document in several files
    office.actor = OTHER
    service.open_file(office, "02.TCCB", 2026)
    assert filling.add_documents(office, "02.TCCB", [str(a)]).doc_total == 1
    with pytest.raises(PermissionDenied):  # not the keeper of 01.TCCB
        filling.add_documents(office, "01.TCCB", [str(b)])
    assert {f.code for f in reading.files_of_document(office, a)} == {"01.TCCB", "02.TCCB"}
    office.actor = OFFICER
    with pytest.raises(UserError):
        service.close_file(office, "01.TCCB", "2024-12-31")  # before the first document
    closed = service.close_file(office, "01.TCCB", "2025-06-30")
    assert closed.state == "da-dong" and closed.due == dt.date(2026, 6, 30)
    with pytest.raises(UserError) as err:
        filling.add_documents(office, "01.TCCB", [str(b)])
    assert "đã đóng" in err.value.message
    with pytest.raises(PermissionDenied):
        service.reopen_file(office, "01.TCCB", "Bổ sung văn bản")
    office.actor = LEADER
    with pytest.raises(UserError):
        service.reopen_file(office, "01.TCCB", "  ")
    again = service.reopen_file(office, "01.TCCB", "Bổ sung văn bản")
    assert again.state == "dang-mo" and again.end_date is None


def test_bad_input_writes_nothing(office: Any) -> None:
    _plan(office)
    doc = _incoming(office)
    service.open_file(office, "01.TCCB", 2026)
    before = snapshot(office)
    cases = [
        lambda: service.open_file(office, "99.ABC", 2026),  # not in the approved plan
        lambda: service.open_file(office, "01.TCCB", 2026),  # already open
        lambda: service.open_file(office, "01.TCCB", 2026, outside_plan=True),
        lambda: service.open_file(office, "X Y", 2026, outside_plan=True, title="t"),
        lambda: service.open_file(office, "05.X", 2026, outside_plan=True, title="t",
                                  retention="mãi mãi"),
        lambda: service.open_file(office, "02.TCCB", 2027),  # no plan for 2027
        lambda: filling.add_documents(office, "01.TCCB", [str(doc), "999"]),
        lambda: filling.add_documents(office, "01.TCCB", [str(doc), str(doc)]),
        lambda: filling.add_documents(office, "01.TCCB", []),
        lambda: filling.add_documents(office, "77.NONE", [str(doc)]),
        lambda: service.close_file(office, "01.TCCB", "2025-06-30"),  # empty file
        lambda: service.close_file(office, "01.TCCB", "2999-01-01"),
        lambda: service.close_file(office, "01.TCCB", "30-06-2025"),
        lambda: plan.add_entry(office, EntryInput(2028, "1.A", "T", "1.5")),
        lambda: plan.add_entry(office, EntryInput(2028, "1.A", "", "5")),
        lambda: plan.add_entry(office, EntryInput(1800, "1.A", "T", "5")),
        lambda: plan.approve(office, 2030),
    ]
    for case in cases:
        with pytest.raises(UserError) as err, office.unit():
            case()
        assert err.value.message and err.value.exit_code in (2, 3)
    assert snapshot(office) == before
    outside = service.open_file(office, "05.X", 2026, outside_plan=True, title="Việc đột xuất",
                                retention="15")
    assert outside.outside_plan and outside.retention_years == 15


def test_plan_keeper_account_opens_its_file(office: Any) -> None:
    from desktop.accounts.users import add_user

    add_user(office, "canbo", "matkhau1", [Role.OFFICER])
    plan.add_entry(office, EntryInput(2026, "01.VP", "Hồ sơ hội nghị", "10", keeper="canbo"))
    plan.approve(office, 2026)
    office.actor = OTHER
    with pytest.raises(PermissionDenied):
        service.open_file(office, "01.VP", 2026)
    office.actor = OFFICER
    assert service.open_file(office, "01.VP", 2026).keeper == "canbo"


def test_due_list_and_handover(office: Any, tmp_path: Path) -> None:
    _plan(office)
    doc = _incoming(office)
    for code in ("01.TCCB", "02.TCCB", "01.XD", "09.VP"):
        service.open_file(office, code, 2026)
        filling.add_documents(office, code, [str(doc)])
    service.close_file(office, "01.TCCB", "2025-06-30")  # due 2026-06-30
    service.close_file(office, "02.TCCB", "2025-12-15")  # due 2026-12-15
    service.close_file(office, "01.XD", "2025-06-30", settled="2025-09-10")  # due 2025-12-10
    service.close_file(office, "09.VP", "2025-03-31")  # kept 2 years: stays
    due = archive.due_files(office, "2026-11-20")
    assert [(d.code, d.due, d.overdue) for d in due] == [
        ("01.XD", dt.date(2025, 12, 10), True), ("01.TCCB", dt.date(2026, 6, 30), True),
        ("02.TCCB", dt.date(2026, 12, 15), False)]
    assert [d.code for d in archive.due_files(office, "2026-06-01")] == ["01.XD", "01.TCCB"]
    assert archive.due_count(office, dt.date(2026, 11, 20)) == 3
    office.actor = OFFICER
    with pytest.raises(PermissionDenied):
        archive.handover(office, ["01.TCCB"], tmp_path / "x")
    office.actor = CLERK
    before = snapshot(office)
    for codes in (["09.VP"], ["01.TCCB", "01.TCCB"], ["01.TCCB", "NOPE"], []):
        with pytest.raises(UserError), office.unit():
            archive.handover(office, codes, tmp_path / "x")
    assert snapshot(office) == before and not (tmp_path / "x").exists()
    result = archive.handover(office, ["01.TCCB", "01.XD"], tmp_path / "x")
    assert (result.number, result.codes) == (1, ("01.TCCB", "01.XD"))
    assert all(p.is_file() and p.read_bytes().startswith(b"%PDF") for p in result.paths)
    assert [d.code for d in archive.due_files(office, "2026-11-20")] == ["02.TCCB"]
    office.actor = LEADER
    with pytest.raises(UserError):
        service.reopen_file(office, "01.TCCB", "sửa")
    assert reading.get_file(office, "01.TCCB").state == "da-nop-luu"
    with pytest.raises(NotFound):
        reading.get_file(office, "01.TCCB", 2020)


def test_one_stop_dossier_in_a_file(office: Any) -> None:
    from desktop.dossiers.service import DossierInput, receive

    d = receive(office, DossierInput(received="2026-04-29 09:00",
                                     procedure="Xác nhận tình trạng hôn nhân",
                                     applicant="Nguyễn Thị Lan"))
    service.open_file(office, "HT.01", 2026, outside_plan=True, title="Hộ tịch")
    v = filling.add_documents(office, "HT.01", [d.code])
    assert v.documents[0].kind == "mot-cua" and v.documents[0].symbol == d.code
    assert "Nguyễn Thị Lan" in v.documents[0].subject


def test_migration_matches_the_models_and_downgrades(tmp_path: Path) -> None:
    from models.db import sqlite_url
    from tests.migrations import assert_migration_round_trip

    mine = ("file_plans", "plan_headings", "plan_entries", "archive_handovers", "case_files",
            "case_file_items")
    assert_migration_round_trip(sqlite_url(tmp_path / "m.sqlite3"), mine, "0008")
