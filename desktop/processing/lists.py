"""The work lists: the officer's "Văn bản cần xử lý" (lead and support apart), the leader's
"Chờ cho ý kiến" and what each handler holds, the clerk's everything; what is due.

Each list is one indexed query (``handling_people`` by person, ``handlings`` by state and
deadline) joined to the register for the columns shown.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import and_, case, func, select
from sqlalchemy.orm import Session

from desktop.core.clock import vn_today
from desktop.core.errors import UserError
from desktop.core.i18n import _
from desktop.kernel.auth import Role
from desktop.kernel.office import Office
from desktop.processing.states import (
    DUE_SOON,
    LEAD,
    NO_DEADLINE,
    ON_TRACK,
    OPEN,
    OVERDUE,
    SOON_DAYS,
    SUPPORT,
    HState,
)
from desktop.processing.views import WorkItem
from desktop.registers import visibility
from desktop.workdays.calendar import Calendar, load_calendar
from models.entities import Document
from models.processing import Handling, HandlingPerson

_OPEN = [s.value for s in OPEN]
MAX_ROWS = 2000  # a list longer than this is cut (the count says how many there are)


def deadline_kind(due: dt.date | None, today: dt.date, horizon: dt.date) -> str:
    if due is None:
        return NO_DEADLINE
    if due < today:
        return OVERDUE
    if due <= horizon:
        return DUE_SOON
    return ON_TRACK


def _horizon(cal: Calendar, today: dt.date, days: int = SOON_DAYS) -> dt.date:
    return cal.add_working_days(today, days)


_COLUMNS = (Handling.document_id, Document.number, Document.year, Document.symbol,
            Document.organ_name, Document.subject, Document.received_date, Handling.state,
            Handling.lead, Document.handler, Handling.due_date, Handling.accepted_at)


def _item(row: Any, part: str, today: dt.date, horizon: dt.date,
          accepted: bool | None = None) -> WorkItem:
    state = row.state
    kind = deadline_kind(row.due_date, today, horizon) if state in _OPEN else NO_DEADLINE
    return WorkItem(row.document_id, row.number, row.year, row.symbol, row.organ_name,
                    row.subject, row.received_date, state, row.lead, row.handler, part,
                    row.due_date, kind,
                    accepted if accepted is not None else row.accepted_at is not None)


@dataclass(frozen=True)
class WorkList:
    """What one person sees; which parts are filled depends on the role."""

    today: dt.date
    lead: tuple[WorkItem, ...] = ()  # the officer's own, as chủ trì
    support: tuple[WorkItem, ...] = ()  # the officer's own, as phối hợp
    waiting: tuple[WorkItem, ...] = ()  # the leader's "Chờ cho ý kiến"
    held: tuple[dict[str, Any], ...] = ()  # the leader's: what each handler holds
    everything: tuple[WorkItem, ...] = ()  # the clerk's: every open document
    handled: tuple[WorkItem, ...] = ()  # the leader's: every document with its handlers now
    overdue: int = 0
    due_soon: int = 0
    roles: tuple[str, ...] = field(default_factory=tuple)

    def items(self) -> list[WorkItem]:
        return [*self.lead, *self.support, *self.waiting, *self.everything, *self.handled]

    def to_dict(self) -> dict[str, Any]:
        return {"today": self.today.isoformat(), "lead": [i.to_dict() for i in self.lead],
                "support": [i.to_dict() for i in self.support],
                "waiting": [i.to_dict() for i in self.waiting], "held": list(self.held),
                "all": [i.to_dict() for i in self.everything],
                "handled": [i.to_dict() for i in self.handled], "overdue": self.overdue,
                "due_soon": self.due_soon}


def _own(s: Session, username: str, today: dt.date, horizon: dt.date
         ) -> tuple[list[WorkItem], list[WorkItem]]:
    stmt = (select(*_COLUMNS, HandlingPerson.part, HandlingPerson.accepted_at.label("mine"))
            .select_from(HandlingPerson)
            .join(Handling, Handling.document_id == HandlingPerson.document_id)
            .join(Document, Document.id == Handling.document_id)
            .where(HandlingPerson.username == username, HandlingPerson.active.is_(True),
                   Handling.state.in_(_OPEN))
            .order_by(Handling.due_date.is_(None), Handling.due_date, Handling.document_id)
            .limit(MAX_ROWS))
    lead: list[WorkItem] = []
    support: list[WorkItem] = []
    for r in s.execute(stmt):
        item = _item(r, r.part, today, horizon, r.mine is not None)
        (lead if r.part == LEAD else support).append(item)
    return lead, support


def _by_state(s: Session, states: list[str], today: dt.date, horizon: dt.date
              ) -> list[WorkItem]:
    stmt = (select(*_COLUMNS).select_from(Handling)
            .join(Document, Document.id == Handling.document_id)
            .where(Handling.state.in_(states))
            .order_by(Handling.due_date.is_(None), Handling.due_date, Handling.document_id)
            .limit(MAX_ROWS))
    return [_item(r, "", today, horizon) for r in s.execute(stmt)]


def _held(s: Session, today: dt.date, horizon: dt.date) -> list[dict[str, Any]]:
    rows = s.execute(
        select(HandlingPerson.username, HandlingPerson.full_name, func.count(),
               _count(Handling.due_date < today),
               _count(and_(Handling.due_date >= today, Handling.due_date <= horizon)))
        .select_from(HandlingPerson)
        .join(Handling, Handling.document_id == HandlingPerson.document_id)
        .where(HandlingPerson.active.is_(True), HandlingPerson.part == LEAD,
               Handling.state.in_(_OPEN))
        .group_by(HandlingPerson.username, HandlingPerson.full_name)
        .order_by(func.count().desc(), HandlingPerson.username))
    return [{"handler": u, "full_name": n, "count": int(c), "overdue": int(o or 0),
             "due_soon": int(d or 0)} for u, n, c, o, d in rows]


def _count(cond: Any) -> Any:
    return func.coalesce(func.sum(case((cond, 1), else_=0)), 0)


def _counts(s: Session, today: dt.date, horizon: dt.date, username: str | None
            ) -> tuple[int, int]:
    overdue = _count(Handling.due_date < today)
    soon = _count(and_(Handling.due_date >= today, Handling.due_date <= horizon))
    stmt = select(overdue, soon).select_from(Handling).where(Handling.state.in_(_OPEN),
                                                             Handling.due_date <= horizon)
    if username is not None:
        stmt = stmt.join(HandlingPerson, HandlingPerson.document_id == Handling.document_id
                         ).where(HandlingPerson.username == username,
                                 HandlingPerson.active.is_(True))
    o, d = s.execute(stmt).one()
    return int(o or 0), int(d or 0)


def _masked(office: Office, items: list[WorkItem]) -> list[WorkItem]:
    """Secret documents this reader may not read keep their row, not their content."""
    return visibility.mask_rows(office, items, lambda i: i.document_id,
                                ("symbol", "organ_name", "subject"))


def _sees_all(office: Office) -> bool:
    return office.actor.has(Role.CLERK, Role.LEADER)


def work_list(office: Office, today: dt.date | None = None) -> WorkList:
    """The person's work list: their own documents for everyone who handles any; for a leader
    also what waits for instruction and what each handler holds; for the clerk everything."""
    office.require(Role.OFFICER, Role.LEADER, Role.CLERK, action=_("xem văn bản cần xử lý"))
    today = today or vn_today()
    actor = office.actor
    with office.db.read() as s:
        horizon = _horizon(load_calendar(s), today)
        lead, support = _own(s, actor.username, today, horizon)
        waiting: list[WorkItem] = []
        held: list[dict[str, Any]] = []
        everything: list[WorkItem] = []
        handled: list[WorkItem] = []
        if actor.has(Role.LEADER):
            waiting = _by_state(s, [HState.SUBMITTED.value], today, horizon)
            held = _held(s, today, horizon)
            handled = _by_state(s, _OPEN, today, horizon)
        if actor.has(Role.CLERK):
            everything = _by_state(s, [HState.SUBMITTED.value, *_OPEN], today, horizon)
        own = [*lead, *support]
        if not _sees_all(office) and len(lead) < MAX_ROWS and len(support) < MAX_ROWS:
            # the officer's whole list is at hand: count it instead of asking again
            overdue = sum(1 for i in own if i.urgency == OVERDUE)
            soon = sum(1 for i in own if i.urgency == DUE_SOON)
        else:
            overdue, soon = _counts(s, today, horizon,
                                    None if _sees_all(office) else actor.username)
    waiting, everything, handled = (_masked(office, rows)
                                    for rows in (waiting, everything, handled))
    return WorkList(today, tuple(lead), tuple(support), tuple(waiting), tuple(held),
                    tuple(everything), tuple(handled), overdue, soon,
                    tuple(sorted(r.value for r in actor.roles)))


def due_list(office: Office, days: int = SOON_DAYS, today: dt.date | None = None
             ) -> list[WorkItem]:
    """Open documents overdue or due within ``days`` working days: the officer's own; every
    one for a leader or the clerk (who follows up, Điều 24)."""
    office.require(Role.OFFICER, Role.LEADER, Role.CLERK, action=_("xem văn bản sắp đến hạn"))
    if days < 0 or days > 366:
        raise UserError(_("Số ngày làm việc phải từ 0 đến 366: {value}.", value=days),
                        field="days")
    today = today or vn_today()
    with office.db.read() as s:
        horizon = _horizon(load_calendar(s), today, days)
        stmt = (select(*_COLUMNS).select_from(Handling)
                .join(Document, Document.id == Handling.document_id)
                .where(Handling.state.in_(_OPEN), Handling.due_date <= horizon)
                .order_by(Handling.due_date, Handling.document_id).limit(MAX_ROWS))
        if not _sees_all(office):
            stmt = stmt.where(Handling.document_id.in_(
                select(HandlingPerson.document_id).where(
                    HandlingPerson.username == office.actor.username,
                    HandlingPerson.active.is_(True))))
        items = [_item(r, "", today, horizon) for r in s.execute(stmt)]
    return _masked(office, items)


def counts(office: Office, today: dt.date | None = None) -> tuple[int, int]:
    """(overdue, due soon) for the status bar and the navigation entry: the person's own, or
    every open document for a leader or the clerk."""
    today = today or vn_today()
    with office.db.read() as s:
        horizon = _horizon(load_calendar(s), today)
        return _counts(s, today, horizon, None if _sees_all(office)
                       else office.actor.username)


__all__ = ["SUPPORT", "WorkList", "counts", "deadline_kind", "due_list", "work_list"]
