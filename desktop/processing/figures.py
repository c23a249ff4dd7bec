"""The handling figures of a period (Phụ lục VI asks an e-office system for them).

Over the incoming documents received in the period that were given to a handler (not those
waiting for instruction, not those closed "for information"): done on time, done late, still
open within the deadline (in progress), open past it (overdue: the deadline before the period's
end or today, whichever is earlier, as the register's own overdue figure counts). The four add
up to ``to_handle``. Counted in SQL with conditional aggregates, in all and by lead handler; the
same conditions list the documents behind each figure.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import and_, case, func, select
from sqlalchemy.orm import Session

from desktop.processing.states import HState
from models.entities import User
from models.processing import Handling

HANDLED = (HState.ASSIGNED.value, HState.IN_PROGRESS.value, HState.DONE.value)
_OPEN = (HState.ASSIGNED.value, HState.IN_PROGRESS.value)
KEYS = ("done_on_time", "done_late", "in_progress", "overdue")


def conditions(as_of: dt.date) -> dict[str, Any]:
    is_open = Handling.state.in_(_OPEN)
    late = and_(Handling.due_date.is_not(None), Handling.due_date < as_of)
    return {
        "done_on_time": and_(Handling.state == HState.DONE.value, Handling.on_time.is_(True)),
        "done_late": and_(Handling.state == HState.DONE.value, Handling.on_time.is_(False)),
        "in_progress": and_(is_open, ~late),
        "overdue": and_(is_open, late),
    }


def _count(cond: Any) -> Any:
    return func.coalesce(func.sum(case((cond, 1), else_=0)), 0)


def in_period(start: dt.date, end: dt.date) -> Any:
    return and_(Handling.received_date >= start, Handling.received_date <= end,
                Handling.state.in_(HANDLED))


def handling_figures(s: Session, start: dt.date, end: dt.date, today: dt.date
                     ) -> dict[str, Any]:
    as_of = min(today, end)
    cond = conditions(as_of)
    where = in_period(start, end)
    # one GROUP BY over the period's range of the index; the totals are the sums of the groups
    # (every handled document has a lead)
    rows = s.execute(
        select(Handling.lead, func.count(), *(_count(cond[k]) for k in KEYS))
        .where(where).group_by(Handling.lead).order_by(func.count().desc(), Handling.lead)).all()
    names = dict(s.execute(select(User.username, User.full_name)
                           .where(User.username.in_([r[0] for r in rows]))).all())
    by_handler = [
        {"handler": u, "full_name": names.get(u) or u, "to_handle": int(c),
         **{k: int(v) for k, v in zip(KEYS, vals, strict=True)}}
        for u, c, *vals in rows
    ]
    return {"to_handle": sum(h["to_handle"] for h in by_handler),
            **{k: sum(h[k] for h in by_handler) for k in KEYS},
            "as_of": as_of.isoformat(), "by_handler": by_handler}


def handling_rows(s: Session, start: dt.date, end: dt.date, today: dt.date
                  ) -> list[dict[str, Any]]:
    """The documents behind the figures: each with the figure it counts in (the same
    conditions), for the report's Excel file."""
    from models.entities import Document

    cond = conditions(min(today, end))
    figure = case(*((cond[k], k) for k in KEYS), else_="")
    stmt = (select(Document.id, Document.number, Document.received_date, Document.symbol,
                   Document.organ_name, Document.subject, Handling.lead, Document.handler,
                   Handling.due_date, Handling.done_at, figure.label("figure"))
            .join(Handling, Handling.document_id == Document.id)
            .where(in_period(start, end))
            .order_by(Document.year, Document.series, Document.number))
    return [dict(r._mapping) for r in s.execute(stmt)]
