"""The leader's corrections to a handling under way (Nghị định 30, Điều 24): reopening a
closed document, extending its deadline, handing it to other people, taking it back. Each is one
write with its step row and audit entry, inside the caller's unit of work."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlalchemy import update

from desktop.core.clock import desk_now
from desktop.core.errors import UserError
from desktop.core.i18n import _
from desktop.kernel.auth import Role
from desktop.kernel.office import Office
from desktop.processing.checks import (
    clean_text,
    deadline,
    lead_and_support,
    open_handling,
    step_moment,
)
from desktop.processing.reading import view_of
from desktop.processing.states import CLOSED, OPEN, HState, Step
from desktop.processing.trail import add_step, audit_step, hand_over, set_state, values_of
from desktop.processing.views import HandlingView
from models.processing import HandlingPerson


def reopen(office: Office, doc_id: int, reason: str, *, at: str | dt.datetime | None = None,
           now: dt.datetime | None = None) -> HandlingView:
    office.require(Role.LEADER, action=_("mở lại văn bản đã xử lý"))
    reason = clean_text(reason, "reason", _("lý do mở lại"), required=True)
    actor = office.actor.username
    with office.db.write() as s:
        doc, h = open_handling(office, s, doc_id, Step.REOPEN, CLOSED)
        before = values_of(h)
        moment = step_moment(at, h.last_at, now or desk_now())
        h.done_at, h.done_by, h.reply_id, h.on_time, h.result_note = None, "", None, None, ""
        if not h.lead:
            state = HState.SUBMITTED  # closed for information: back to the leader
        else:
            state = HState.IN_PROGRESS if h.accepted_at is not None else HState.ASSIGNED
        set_state(doc, h, state)
        add_step(s, h, Step.REOPEN, moment, actor, reason)
        audit_step(s, actor, Step.REOPEN, doc_id, before, h, moment, ly_do=reason)
        s.flush()
        return view_of(s, doc_id)


def extend(office: Office, doc_id: int, reason: str, *, due: str | dt.date | None = None,
           days: int | None = None, at: str | dt.datetime | None = None,
           now: dt.datetime | None = None) -> HandlingView:
    office.require(Role.LEADER, action=_("gia hạn xử lý văn bản"))
    reason = clean_text(reason, "reason", _("lý do gia hạn"), required=True)
    actor = office.actor.username
    with office.db.write() as s:
        doc, h = open_handling(office, s, doc_id, Step.EXTEND, OPEN)
        before = values_of(h)
        moment = step_moment(at, h.last_at, now or desk_now())
        new = deadline(s, moment.date(), due, days)
        if h.due_date is not None and new <= h.due_date:
            raise UserError(_("Thời hạn mới {due} phải sau thời hạn hiện tại {old}.",
                              due=new.strftime("%d/%m/%Y"), old=h.due_date.strftime("%d/%m/%Y")),
                            field="due")
        h.due_date = doc.due_date = new
        add_step(s, h, Step.EXTEND, moment, actor, reason)
        audit_step(s, actor, Step.EXTEND, doc_id, before, h, moment, ly_do=reason)
        s.flush()
        return view_of(s, doc_id)


def reassign(office: Office, doc_id: int, *, lead: str, support: Sequence[str] = (),
             at: str | dt.datetime | None = None, now: dt.datetime | None = None
             ) -> HandlingView:
    office.require(Role.LEADER, action=_("giao lại người xử lý"))
    actor = office.actor.username
    with office.db.write() as s:
        doc, h = open_handling(office, s, doc_id, Step.REASSIGN, OPEN)
        before = values_of(h)
        moment = step_moment(at, h.last_at, now or desk_now())
        lead_user, supports = lead_and_support(s, lead, support)
        hand_over(s, doc, h, lead_user, supports, moment)
        set_state(doc, h, HState.ASSIGNED)
        names = [u.username for u in supports]
        add_step(s, h, Step.REASSIGN, moment, actor, "", lead_user.username, names)
        audit_step(s, actor, Step.REASSIGN, doc_id, before, h, moment, phoi_hop=names)
        s.flush()
        return view_of(s, doc_id)


def take_back(office: Office, doc_id: int, reason: str = "", *,
              at: str | dt.datetime | None = None, now: dt.datetime | None = None
              ) -> HandlingView:
    """Thu hồi: the leader takes the document back from its handlers; it waits for a new
    instruction."""
    office.require(Role.LEADER, action=_("thu hồi văn bản đã giao"))
    reason = clean_text(reason, "reason", _("lý do thu hồi"))
    actor = office.actor.username
    with office.db.write() as s:
        doc, h = open_handling(office, s, doc_id, Step.TAKE_BACK, OPEN)
        before = values_of(h)
        moment = step_moment(at, h.last_at, now or desk_now())
        s.execute(update(HandlingPerson).where(HandlingPerson.document_id == doc_id,
                                               HandlingPerson.active.is_(True))
                  .values(active=False))
        h.lead, h.accepted_at, h.due_date, h.assigned_at = "", None, None, None
        doc.handler, doc.receiver_sign = "", ""
        set_state(doc, h, HState.SUBMITTED)
        add_step(s, h, Step.TAKE_BACK, moment, actor, reason)
        audit_step(s, actor, Step.TAKE_BACK, doc_id, before, h, moment, ly_do=reason)
        s.flush()
        return view_of(s, doc_id)


