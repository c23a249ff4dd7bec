"""What every processing step leaves besides its own columns: the numbered step row, the audit
entry with the handling's values before and after, the register's status for the new state, and
the hand-over to new handlers (Ngày chuyển, the handler column, the deadline)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from desktop.kernel import audit
from desktop.processing.checks import display_name
from desktop.processing.states import DOCUMENT_STATUS, LEAD, SUPPORT, HState, Step
from models.entities import Document, User
from models.processing import Handling, HandlingPerson, HandlingStep


def add_step(s: Session, h: Handling, step: Step, at: dt.datetime, actor: str, text: str = "",
              lead: str = "", support: Sequence[str] = (), reply_id: int | None = None) -> None:
    seq = (s.scalar(select(func.max(HandlingStep.seq))
                    .where(HandlingStep.document_id == h.document_id)) or 0) + 1
    s.add(HandlingStep(document_id=h.document_id, seq=seq, step=step.value, at=at, actor=actor,
                       text=text, due_date=h.due_date, lead=lead, support=",".join(support),
                       reply_id=reply_id))
    h.last_at = max(h.last_at, at)
    h.updated_at = dt.datetime.now(dt.UTC).replace(tzinfo=None)


def values_of(h: Handling | None) -> dict[str, Any]:
    if h is None:
        return {"trang_thai": HState.REGISTERED.value}
    return {"trang_thai": h.state, "chu_tri": h.lead, "han": h.due_date,
            "ky_nhan": h.accepted_at, "hoan_thanh": h.done_at, "tra_loi": h.reply_id}


def audit_step(s: Session, actor: str, step: Step, doc_id: int, before: dict[str, Any],
           h: Handling, at: dt.datetime, **extra: Any) -> None:
    audit.record(s, actor, f"xu-ly-{step.value.replace('_', '-')}", doc_id, before=before,
                 after=values_of(h) | {"luc": at.isoformat(), **extra})


def set_state(doc: Document, h: Handling, state: HState) -> None:
    h.state = state.value
    doc.status = DOCUMENT_STATUS[state]


def first_time(doc: Document) -> dt.datetime:
    day = doc.received_date or doc.issued_date
    return dt.datetime.combine(day, dt.time())


def hand_over(s: Session, doc: Document, h: Handling, lead: User, supports: list[User],
               moment: dt.datetime) -> None:
    """Chuyển giao: the handlers see it; the register's Ngày chuyển fills in and its handler
    column names the lead (the clerk's "Đơn vị hoặc người nhận" is kept as registered)."""
    s.execute(update(HandlingPerson).where(HandlingPerson.document_id == h.document_id,
                                           HandlingPerson.active.is_(True))
              .values(active=False))
    s.add(HandlingPerson(document_id=h.document_id, username=lead.username,
                         full_name=display_name(lead), part=LEAD, active=True, assigned_at=moment))
    for u in supports:
        s.add(HandlingPerson(document_id=h.document_id, username=u.username,
                             full_name=display_name(u), part=SUPPORT, active=True,
                             assigned_at=moment))
    h.lead = lead.username
    h.accepted_at = None
    doc.handler = display_name(lead)[:120]
    doc.transfer_date = moment.date()
    doc.receiver_sign = ""
    doc.due_date = h.due_date


