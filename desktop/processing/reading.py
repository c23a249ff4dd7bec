"""Reading a document's handling: the view the CLI, the work lists and the window show, and
who may see it (an officer only what is assigned to them)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.errors import NotFound
from desktop.core.i18n import _
from desktop.kernel.auth import Role
from desktop.kernel.office import Office
from desktop.processing.checks import active_handlers, refuse
from desktop.processing.states import LEAD, SUPPORT, HState
from desktop.processing.views import HandlingView, StepView
from models.entities import Direction, Document, User
from models.processing import Handling, HandlingPerson, HandlingStep


def view_of(s: Session, doc_id: int) -> HandlingView:
    h = s.get(Handling, doc_id)
    if h is None:
        return HandlingView(doc_id, HState.REGISTERED.value)
    people = active_handlers(s, doc_id)
    lead = next((p for p in people if p.part == LEAD), None)
    supports = [p for p in people if p.part == SUPPORT]
    steps = tuple(
        StepView(r.seq, r.step, r.at, r.actor, r.text, r.due_date, r.lead,
                 tuple(x for x in r.support.split(",") if x), r.reply_id, r.recorded_at)
        for r in s.scalars(select(HandlingStep).where(HandlingStep.document_id == doc_id)
                           .order_by(HandlingStep.seq)))
    reply_symbol = ""
    if h.reply_id is not None:
        reply_symbol = s.scalar(select(Document.symbol).where(Document.id == h.reply_id)) or ""
    return HandlingView(
        doc_id, h.state, h.instruction, h.lead, lead.full_name if lead else "",
        tuple(p.username for p in supports), tuple(p.full_name for p in supports), h.due_date,
        h.submitted_at, h.assigned_at, h.assigned_by, h.accepted_at, h.done_at, h.done_by,
        h.reply_id, reply_symbol, h.result_note, h.on_time, steps)


def handling_of(office: Office, doc_id: int) -> HandlingView:
    """One document's handling; an officer sees only what is assigned to them."""
    with office.db.read() as s:
        doc = s.get(Document, doc_id)
        if doc is None:
            raise NotFound(_("Không có văn bản mã {id}.", id=doc_id), field="id")
        if may_see(office, s, doc_id):
            return view_of(s, doc_id)
    raise refuse(office, doc_id, _("xem xử lý văn bản"), _(
        "Tài khoản {user} không được giao xử lý văn bản mã {id}.",
        user=office.actor.username, id=doc_id))


def may_see(office: Office, s: Session, doc_id: int) -> bool:
    if office.actor.has(Role.CLERK, Role.LEADER, Role.ADMIN):
        return True
    return s.scalar(select(HandlingPerson.id).where(
        HandlingPerson.document_id == doc_id,
        HandlingPerson.username == office.actor.username).limit(1)) is not None


def handling_if_seen(office: Office, doc_id: int) -> HandlingView | None:
    """An incoming document's handling, or None — for an outgoing or unknown document, and for
    an officer who does not handle it — without a refusal (a page or a JSON key leaves it out;
    :func:`handling_of` is the request that is refused and audited)."""
    with office.db.read() as s:
        doc = s.get(Document, doc_id)
        if doc is None or doc.direction != Direction.INCOMING.value:
            return None
        if not may_see(office, s, doc_id):
            return None
        return view_of(s, doc_id)


def processing_json(office: Office, doc_id: int) -> dict[str, Any] | None:
    """The ``"processing"`` key of ``vanthu show ID --json``: None for an outgoing document,
    and for an officer who does not handle it."""
    view = handling_if_seen(office, doc_id)
    return view.to_dict() if view is not None else None


def people(office: Office) -> list[tuple[str, str]]:
    """The active accounts a leader may assign (username, full name), by name."""
    office.require(Role.LEADER, action=_("giao xử lý văn bản đến"))
    with office.db.read() as s:
        return [(u, n or u) for u, n in s.execute(
            select(User.username, User.full_name).where(User.active.is_(True))
            .order_by(User.full_name, User.username))]
