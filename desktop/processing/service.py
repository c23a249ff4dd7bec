"""Processing an incoming document after registration (Nghị định 30, Điều 20–24).

Every step is one write: the handling row, its people, the step row, the register's columns it
fills (status, Đơn vị hoặc người nhận, Ngày chuyển, Ký nhận, the deadline) and the audit entry,
inside the caller's unit of work, so a refused or bad step writes nothing.

A step may be recorded late (``at``): never in the future, never before the previous step;
deadlines and "on time" are judged from the recorded times. ``now`` is the desk's clock
(Vietnam time), a parameter so tests fix "today" instead of sleeping.

Roles: the clerk submits; only a leader assigns, extends, reassigns, takes back and reopens;
the lead handler or a leader marks done; a handler (lead or support) accepts and writes notes;
an officer sees and changes only what is assigned to them. Refusals are audited.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Sequence
from typing import Any

from sqlalchemy import select

from desktop.core.clock import desk_now
from desktop.core.errors import UserError
from desktop.core.i18n import _
from desktop.kernel.auth import Role
from desktop.kernel.office import Office
from desktop.processing.checks import (
    check_handler,
    clean_text,
    deadline,
    fmt_time,
    is_handler,
    lead_and_support,
    lock_document,
    open_handling,
    state_of,
    step_moment,
    wrong_state,
)
from desktop.processing.reading import view_of
from desktop.processing.states import (
    LEAD,
    OPEN,
    HState,
    Step,
)
from desktop.processing.trail import (
    add_step,
    audit_step,
    first_time,
    hand_over,
    set_state,
    values_of,
)
from desktop.processing.views import HandlingView
from models.entities import Direction, Document, Status
from models.processing import Handling, HandlingPerson


def _answers_sender(code: str) -> Any:
    """After the step, the status package QCVN 102 expects (04 assigned, 05 in progress, 06
    done) for a document that came in as an edXML package; nothing for any other document."""

    def wrap(step: Any) -> Any:
        @functools.wraps(step)
        def run(office: Office, doc_id: int, *args: Any, **kwargs: Any) -> Any:
            view = step(office, doc_id, *args, **kwargs)
            from desktop.interchange.status import answer_if_received

            answer_if_received(office, doc_id, code)
            return view

        return run

    return wrap


# -- the steps ----------------------------------------------------------------------------------
def submit(office: Office, doc_id: int, *, at: str | dt.datetime | None = None,
           now: dt.datetime | None = None) -> HandlingView:
    """Trình: the clerk puts a registered document before the leader."""
    office.require(Role.CLERK, action=_("trình văn bản đến"))
    actor = office.actor.username
    with office.db.write() as s:
        doc = lock_document(s, doc_id)
        h = s.get(Handling, doc_id)
        if h is not None:
            raise wrong_state(doc_id, h, Step.SUBMIT, (HState.REGISTERED,))
        moment = step_moment(at, first_time(doc), now or desk_now())
        h = Handling(document_id=doc_id, state=HState.SUBMITTED.value,
                     received_date=doc.received_date or doc.issued_date, instruction="",
                     lead="", assigned_by="", done_by="", result_note="", submitted_at=moment,
                     last_at=moment)
        s.add(h)
        s.flush()
        set_state(doc, h, HState.SUBMITTED)
        add_step(s, h, Step.SUBMIT, moment, actor)
        audit_step(s, actor, Step.SUBMIT, doc_id, values_of(None), h, moment)
        s.flush()
        return view_of(s, doc_id)


CHAIRPERSON = ("chu tich",)  # folded words naming the chairperson in "Đơn vị hoặc người nhận"


def submit_addressed(office: Office, *, now: dt.datetime | None = None) -> list[int]:
    """The clerk's choice to submit at once every registered incoming document addressed to
    the chairperson (its "Đơn vị hoặc người nhận" names the Chủ tịch) that is not in the flow
    yet; each gets its own step and audit entry, all in the caller's unit of work."""
    office.require(Role.CLERK, action=_("trình văn bản đến"))
    from desktop.core.textfold import fold

    with office.db.read() as s:
        candidates = s.execute(
            select(Document.id, Document.recipients)
            .outerjoin(Handling, Handling.document_id == Document.id)
            .where(Document.direction == Direction.INCOMING.value,
                   Document.status == Status.REGISTERED.value, Handling.document_id.is_(None))
            .order_by(Document.id)).all()
    chosen = [i for i, to in candidates if any(w in fold(to or "") for w in CHAIRPERSON)]
    for doc_id in chosen:
        submit(office, doc_id, now=now)
    return chosen


@_answers_sender("04")
def assign(office: Office, doc_id: int, *, lead: str | None = None,
           support: Sequence[str] = (), due: str | dt.date | None = None,
           days: int | None = None, instruction: str = "", info_only: bool = False,
           at: str | dt.datetime | None = None, now: dt.datetime | None = None) -> HandlingView:
    """The leader's instruction: who leads, who supports, the deadline; or "for information
    only", which closes the document at once."""
    office.require(Role.LEADER, action=_("giao xử lý văn bản đến"))
    instruction = clean_text(instruction, "instruction", _("ý kiến chỉ đạo"))
    actor = office.actor.username
    with office.db.write() as s:
        doc = lock_document(s, doc_id)
        h = s.get(Handling, doc_id)
        if state_of(h) not in (HState.REGISTERED, HState.SUBMITTED):
            raise wrong_state(doc_id, h, Step.ASSIGN, (HState.REGISTERED, HState.SUBMITTED))
        before = values_of(h)
        moment = step_moment(at, h.last_at if h is not None else first_time(doc), now or desk_now())
        if h is None:
            h = Handling(document_id=doc_id, state=HState.SUBMITTED.value,
                         received_date=doc.received_date or doc.issued_date, instruction="",
                         lead="", assigned_by="", done_by="", result_note="", last_at=moment)
            s.add(h)
            s.flush()
        h.instruction = instruction
        h.assigned_at, h.assigned_by = moment, actor
        if info_only:
            if lead or support or due is not None or days is not None:
                raise UserError(_("Văn bản để biết (--info-only) không giao người xử lý và không "
                                  "có thời hạn."), field="info_only")
            h.done_at, h.done_by, h.on_time = moment, actor, None
            set_state(doc, h, HState.INFO_ONLY)
            add_step(s, h, Step.INFO_ONLY, moment, actor, instruction)
            audit_step(s, actor, Step.INFO_ONLY, doc_id, before, h, moment, y_kien=instruction)
            s.flush()
            return view_of(s, doc_id)
        if not lead:
            raise UserError(_("Thiếu người chủ trì xử lý (--lead TÊN_ĐĂNG_NHẬP)."), field="lead")
        lead_user, supports = lead_and_support(s, lead, support)
        h.due_date = deadline(s, moment.date(), due, days)
        hand_over(s, doc, h, lead_user, supports, moment)
        set_state(doc, h, HState.ASSIGNED)
        names = [u.username for u in supports]
        add_step(s, h, Step.ASSIGN, moment, actor, instruction, lead_user.username, names)
        audit_step(s, actor, Step.ASSIGN, doc_id, before, h, moment, y_kien=instruction,
               phoi_hop=names)
        s.flush()
        return view_of(s, doc_id)


@_answers_sender("05")
def accept(office: Office, doc_id: int, *, at: str | dt.datetime | None = None,
           now: dt.datetime | None = None) -> HandlingView:
    """Ký nhận: a handler confirms they received the document; the lead's fills the
    register's Ký nhận column and starts the handling."""
    actor = office.actor
    check_handler(office, doc_id, Step.ACCEPT, _("ký nhận văn bản"), _(
        "Tài khoản {user} không được giao xử lý văn bản mã {id}, nên không ký nhận được.",
        user=actor.username, id=doc_id), leader_may=False)
    with office.db.write() as s:
        doc, h = open_handling(office, s, doc_id, Step.ACCEPT, OPEN)
        person = s.scalar(select(HandlingPerson).where(
            HandlingPerson.document_id == doc_id, HandlingPerson.username == actor.username,
            HandlingPerson.active.is_(True)))
        assert person is not None
        if person.accepted_at is not None:
            raise UserError(_("Tài khoản {user} đã ký nhận văn bản mã {id} lúc {at}.",
                              user=actor.username, id=doc_id, at=fmt_time(person.accepted_at)),
                            field="id")
        before = values_of(h)
        moment = step_moment(at, h.last_at, now or desk_now())
        person.accepted_at = moment
        if person.part == LEAD:
            h.accepted_at = moment
            doc.receiver_sign = _("{name} ({time})", name=person.full_name or actor.username,
                                  time=fmt_time(moment))[:200]
            set_state(doc, h, HState.IN_PROGRESS)
        add_step(s, h, Step.ACCEPT, moment, actor.username)
        audit_step(s, actor.username, Step.ACCEPT, doc_id, before, h, moment, phan=person.part)
        s.flush()
        return view_of(s, doc_id)


def note(office: Office, doc_id: int, text: str, *, at: str | dt.datetime | None = None,
         now: dt.datetime | None = None) -> HandlingView:
    """Tiến độ: a note by a handler (lead or support) or a leader."""
    text = clean_text(text, "text", _("nội dung ghi tiến độ"), required=True)
    actor = office.actor.username
    check_handler(office, doc_id, Step.NOTE, _("ghi tiến độ xử lý"), _(
        "Tài khoản {user} không được giao xử lý văn bản mã {id}.", user=actor, id=doc_id))
    with office.db.write() as s:
        doc, h = open_handling(office, s, doc_id, Step.NOTE, OPEN)
        before = values_of(h)
        moment = step_moment(at, h.last_at, now or desk_now())
        add_step(s, h, Step.NOTE, moment, actor, text)
        audit_step(s, actor, Step.NOTE, doc_id, before, h, moment, ghi_chu=text)
        s.flush()
        return view_of(s, doc_id)


@_answers_sender("06")
def done(office: Office, doc_id: int, *, reply: int | None = None, note: str = "",
         at: str | dt.datetime | None = None, now: dt.datetime | None = None) -> HandlingView:
    """Hoàn thành, by the lead handler or a leader: with the outgoing reply, or "để biết /
    lưu" with a note."""
    text = clean_text(note, "note", _("ghi chú kết quả"))
    actor = office.actor.username
    check_handler(office, doc_id, Step.DONE, _("hoàn thành xử lý văn bản"), _(
        "Tài khoản {user} không phải người chủ trì xử lý văn bản mã {id}; chỉ người chủ "
        "trì hoặc lãnh đạo mới đánh dấu hoàn thành.", user=actor, id=doc_id), lead_only=True)
    with office.db.write() as s:
        doc, h = open_handling(office, s, doc_id, Step.DONE, OPEN)
        is_lead = is_handler(s, doc_id, actor, lead_only=True)
        if reply is None and not text:
            raise UserError(_("Cần văn bản trả lời (--reply MÃ_VĂN_BẢN_ĐI) hoặc ghi chú kết quả "
                              "(--note, ví dụ “để biết, lưu”)."), field="reply")
        if reply is not None:
            out = s.get(Document, reply)
            if out is None or out.direction != Direction.OUTGOING.value:
                raise UserError(_("Văn bản trả lời mã {id} không phải văn bản đi đã đăng ký.",
                                  id=reply), field="reply")
            if out.status == Status.CANCELLED.value:
                raise UserError(_("Văn bản trả lời mã {id} đã bị hủy đăng ký.", id=reply),
                                field="reply")
        before = values_of(h)
        moment = step_moment(at, h.last_at, now or desk_now())
        if is_lead and h.accepted_at is None:  # doing it is receiving it
            person = s.scalar(select(HandlingPerson).where(
                HandlingPerson.document_id == doc_id, HandlingPerson.username == actor,
                HandlingPerson.active.is_(True), HandlingPerson.part == LEAD))
            assert person is not None
            person.accepted_at = h.accepted_at = moment
            doc.receiver_sign = _("{name} ({time})", name=person.full_name or actor,
                                  time=fmt_time(moment))[:200]
        h.done_at, h.done_by, h.reply_id, h.result_note = moment, actor, reply, text
        h.on_time = h.due_date is None or moment.date() <= h.due_date
        set_state(doc, h, HState.DONE)
        add_step(s, h, Step.DONE, moment, actor, text, reply_id=reply)
        audit_step(s, actor, Step.DONE, doc_id, before, h, moment, dung_han=h.on_time,
               ghi_chu=text)
        s.flush()
        return view_of(s, doc_id)


