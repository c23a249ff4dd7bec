"""The flow's rules in the service, on SQLite and PostgreSQL, with a fixed clock."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from desktop.accounts.users import add_user
from desktop.core.errors import NotFound, PermissionDenied, UserError
from desktop.kernel.auth import Actor, Role
from desktop.kernel.office import Office
from desktop.processing import corrections, lists, reading, service
from desktop.registers.registry import (
    IncomingInput,
    OutgoingInput,
    cancel,
    register_incoming,
    register_outgoing,
)
from tests.conftest import snapshot

NOW = dt.datetime(2026, 5, 10, 9, 0)  # a Sunday
CLERK = Actor("vanthu", frozenset({Role.CLERK}), "Trần Thị Văn")
LEADER = Actor("chutich", frozenset({Role.LEADER}), "Nguyễn Văn Chủ")
ONE = Actor("canbo1", frozenset({Role.OFFICER}), "Lê Văn Một")
TWO = Actor("canbo2", frozenset({Role.OFFICER}), "Phạm Thị Hai")


@pytest.fixture
def desk(office: Office) -> Office:
    for a in (CLERK, LEADER, ONE, TWO):
        add_user(office, a.username, "matkhau-chung", sorted(a.roles), a.full_name)
    return office


def incoming(office: Office, received: str = "2026-04-27", symbol: str = "15/UBND") -> int:
    office.actor = CLERK
    return register_incoming(office, IncomingInput(
        received=received, organ_name="UBND huyện", symbol=symbol, issued=received,
        type_name="Công văn", subject="Về việc báo cáo")).id


def as_(office: Office, actor: Actor) -> Office:
    office.actor = actor
    return office


def step(office: Office, actor: Actor, fn: Any, *args: Any, **kw: Any) -> Any:
    with as_(office, actor).unit():
        return fn(office, *args, now=NOW, **kw)


def test_the_whole_flow_fills_the_register(desk: Office) -> None:
    doc = incoming(desk)
    v = step(desk, CLERK, service.submit, doc, at="2026-04-27 15:00")
    assert v.state == "submitted"
    v = step(desk, LEADER, service.assign, doc, lead="canbo1", support=["canbo2"], days=3,
             instruction="Chủ trì tham mưu", at="2026-04-28 09:00")
    # 30/4 and 1/5 are holidays, then the weekend: three working days end on Tuesday 5/5
    assert v.due_date == dt.date(2026, 5, 5) and v.state == "assigned"
    assert v.lead == "canbo1" and v.support == ("canbo2",)
    v = step(desk, TWO, service.accept, doc, at="2026-04-28 10:00")
    assert v.state == "assigned"  # a support handler's receipt does not start the handling
    v = step(desk, ONE, service.accept, doc, at="2026-04-28 14:00")
    assert v.state == "in_progress"
    step(desk, TWO, service.note, doc, "Đã gửi số liệu", at="2026-04-29 08:00")
    with as_(desk, CLERK).unit():
        out = register_outgoing(desk, OutgoingInput(
            issued="2026-05-04", type_name="Công văn", subject="Báo cáo",
            signer_name="Nguyễn Văn Chủ", signer_title="Chủ tịch")).id
    v = step(desk, ONE, service.done, doc, reply=out, at="2026-05-04 16:00")
    assert v.state == "done" and v.on_time is True and v.reply_id == out
    d = as_(desk, CLERK)
    from desktop.registers.registry import get_document

    reg = get_document(d, doc)
    assert reg.status == "da-xu-ly" and reg.transfer_date == dt.date(2026, 4, 28)
    assert reg.receiver_sign == "Lê Văn Một (14:00 28/04/2026)"
    assert reg.due_date == dt.date(2026, 5, 5) and reg.handler == "Lê Văn Một"
    assert [h.step for h in v.history] == ["submit", "assign", "accept", "accept", "note",
                                           "done"]
    assert [h.actor for h in v.history][-1] == "canbo1"
    # the leader reopens with a reason; it is open again and no longer judged
    v = step(desk, LEADER, corrections.reopen, doc, "Thiếu số liệu quý I", at="2026-05-06 08:00")
    assert v.state == "in_progress" and v.on_time is None and v.done_at is None
    v = step(desk, LEADER, service.done, doc, note="Đã bổ sung", at="2026-05-07 08:00")
    assert v.on_time is False  # after 5/5: late


def test_extend_reassign_take_back_and_info_only(desk: Office) -> None:
    doc = incoming(desk)
    step(desk, LEADER, service.assign, doc, lead="canbo1", due="2026-05-05",
         at="2026-04-28 09:00")
    v = step(desk, LEADER, corrections.extend, doc, "Chờ số liệu", days=2, at="2026-05-04 09:00")
    assert v.due_date == dt.date(2026, 5, 6)
    with pytest.raises(UserError, match="phải sau thời hạn"):
        step(desk, LEADER, corrections.extend, doc, "lùi", due="2026-05-05", at="2026-05-04 09:30")
    v = step(desk, LEADER, corrections.reassign, doc, lead="canbo2", at="2026-05-04 10:00")
    assert v.lead == "canbo2" and v.accepted_at is None
    assert lists.work_list(as_(desk, ONE), NOW.date()).lead == ()
    assert [i.document_id for i in lists.work_list(as_(desk, TWO), NOW.date()).lead] == [doc]
    v = step(desk, LEADER, corrections.take_back, doc, "Giao phòng khác", at="2026-05-04 11:00")
    assert v.state == "submitted" and v.lead == ""
    assert [i.document_id for i in lists.work_list(as_(desk, LEADER), NOW.date()).waiting] == [
        doc]
    other = incoming(desk, symbol="16/UBND")
    v = step(desk, LEADER, service.assign, other, info_only=True, instruction="Để biết")
    assert v.state == "info_only" and v.done_at == NOW


def test_roles_are_enforced_and_refusals_audited(desk: Office) -> None:
    doc = incoming(desk)
    with pytest.raises(PermissionDenied):
        step(desk, ONE, service.submit, doc)
    with pytest.raises(PermissionDenied):
        step(desk, CLERK, service.assign, doc, lead="canbo1", days=3)
    step(desk, LEADER, service.assign, doc, lead="canbo1", days=3, at="2026-04-28 09:00")
    before = snapshot(desk)
    for actor, fn, args, kw in (
        (TWO, service.accept, (), {}),
        (TWO, service.note, ("xem",), {}),
        (TWO, service.done, (), {"note": "xong"}),
        (CLERK, service.done, (), {"note": "xong"}),
        (ONE, corrections.extend, ("lý do",), {"days": 2}),
        (ONE, corrections.reassign, (), {"lead": "canbo2"}),
    ):
        with pytest.raises(PermissionDenied):
            step(desk, actor, fn, doc, *args, **kw)
    after = snapshot(desk)
    assert after["tables"]["handling_steps"] == before["tables"]["handling_steps"]
    assert after["tables"]["handlings"] == before["tables"]["handlings"]
    refusals = [r for r in after["tables"]["audit_log"] if "tu-choi" in r]
    assert len(refusals) == len([r for r in before["tables"]["audit_log"] if "tu-choi" in r]) + 6
    with pytest.raises(PermissionDenied):
        reading.handling_of(as_(desk, TWO), doc)
    assert reading.processing_json(as_(desk, TWO), doc) is None
    assert reading.processing_json(as_(desk, ONE), doc)["lead"] == "canbo1"  # type: ignore[index]


@pytest.mark.parametrize(("actor", "fn", "kw", "needle"), [
    (LEADER, service.assign, {"lead": "khongco", "days": 3}, "khongco"),
    (LEADER, service.assign, {"lead": "canbo1", "due": "2026-04-01",
                              "at": "2026-04-28 09:00"}, "trước ngày giao"),
    (LEADER, service.assign, {"lead": "canbo1"}, "--due"),
    (LEADER, service.assign, {"lead": "canbo1", "days": 0}, "từ 1"),
    (LEADER, service.assign, {"days": 3}, "chủ trì"),
    (LEADER, service.assign, {"lead": "canbo1", "days": 3, "at": "2026-06-01 09:00"},
     "tương lai"),
    (LEADER, service.assign, {"lead": "canbo1", "days": 3, "at": "2026-04-20 09:00"},
     "sớm hơn"),
    (LEADER, service.assign, {"lead": "canbo1", "days": 3, "at": "hôm qua"}, "YYYY-MM-DD"),
    (LEADER, service.done, {"note": "xong"}, "chưa được giao"),
    (CLERK, service.submit, {"at": "2026-04-26 09:00"}, "sớm hơn"),
])
def test_bad_input_is_named_and_writes_nothing(desk: Office, actor: Actor, fn: Any,
                                               kw: dict[str, Any], needle: str) -> None:
    doc = incoming(desk)
    before = snapshot(desk)
    with pytest.raises(UserError, match=needle) as caught:
        step(desk, actor, fn, doc, **kw)
    assert caught.value.exit_code == 2
    assert snapshot(desk) == before


def test_cancelled_outgoing_and_missing_documents(desk: Office) -> None:
    doc = incoming(desk)
    with as_(desk, CLERK).unit():
        cancel(desk, doc, "Đăng ký nhầm")
    with pytest.raises(UserError, match="hủy"):
        step(desk, LEADER, service.assign, doc, lead="canbo1", days=3)
    with as_(desk, CLERK).unit():
        out = register_outgoing(desk, OutgoingInput(
            issued="2026-05-04", type_name="Công văn", subject="Báo cáo",
            signer_name="A", signer_title="Chủ tịch")).id
    with pytest.raises(UserError, match="văn bản đi"):
        step(desk, CLERK, service.submit, out)
    with pytest.raises(NotFound):
        step(desk, CLERK, service.submit, 99999)
    live = incoming(desk, symbol="17/UBND")
    step(desk, LEADER, service.assign, live, lead="canbo1", days=3, at="2026-04-28 09:00")
    with pytest.raises(UserError, match="không phải văn bản đi"):
        step(desk, ONE, service.done, live, reply=live)
    with pytest.raises(UserError, match="--reply"):
        step(desk, ONE, service.done, live)


def test_lists_and_figures(desk: Office) -> None:
    from desktop.processing.figures import handling_figures

    a = incoming(desk, symbol="1/A")
    b = incoming(desk, symbol="2/B")
    c = incoming(desk, symbol="3/C")
    step(desk, LEADER, service.assign, a, lead="canbo1", support=["canbo2"], days=3,
         at="2026-04-28 09:00")  # due 5/5: overdue on 10/5
    step(desk, LEADER, service.assign, b, lead="canbo2", due="2026-05-12",
         at="2026-04-28 09:00")  # due soon
    step(desk, LEADER, service.assign, c, lead="canbo1", due="2026-05-29",
         at="2026-04-28 09:00")
    step(desk, ONE, service.done, c, note="Để biết, lưu", at="2026-05-08 09:00")
    wl = lists.work_list(as_(desk, ONE), NOW.date())
    assert [i.document_id for i in wl.lead] == [a] and wl.lead[0].urgency == "overdue"
    wl2 = lists.work_list(as_(desk, TWO), NOW.date())
    assert [i.document_id for i in wl2.lead] == [b] and wl2.lead[0].urgency == "due_soon"
    assert [i.document_id for i in wl2.support] == [a]
    assert (wl2.overdue, wl2.due_soon) == (1, 1)
    lw = lists.work_list(as_(desk, LEADER), NOW.date())
    assert {h["handler"]: h["count"] for h in lw.held} == {"canbo1": 1, "canbo2": 1}
    assert [i.document_id for i in lists.due_list(as_(desk, CLERK), 2, NOW.date())] == [a, b]
    assert [i.document_id for i in lists.due_list(as_(desk, ONE), 2, NOW.date())] == [a]
    with desk.db.read() as s:
        f = handling_figures(s, dt.date(2026, 4, 1), dt.date(2026, 5, 31), NOW.date())
    assert (f["to_handle"], f["done_on_time"], f["done_late"], f["in_progress"],
            f["overdue"]) == (3, 1, 0, 1, 1)
    by = {h["handler"]: h for h in f["by_handler"]}
    assert by["canbo1"]["overdue"] == 1 and by["canbo1"]["done_on_time"] == 1
    assert by["canbo2"]["in_progress"] == 1
    with desk.db.read() as s:  # judged at the end of April, nothing was late yet
        f = handling_figures(s, dt.date(2026, 4, 1), dt.date(2026, 4, 30), NOW.date())
    assert (f["in_progress"], f["overdue"]) == (2, 0)
