"""The dossier figures of Decision 766/QĐ-TTg, counted in SQL."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import and_, case, func, or_, select
from sqlalchemy.orm import Session

from desktop.core.clock import vn_today
from desktop.dossiers.reading import period_bounds
from desktop.dossiers.states import RESULT_STATES, State
from desktop.kernel.office import Office
from models.dossiers import Dossier, DossierComponent


# -- the 766 figures -----------------------------------------------------------------------------
def _ratio(part: int, whole: int) -> float | None:
    return None if whole == 0 else round(100.0 * part / whole, 2)


def dossier_figures(source: Session | Office, start: dt.date, end: dt.date,
                    today: dt.date | None = None) -> dict[str, Any]:
    """The dossier figures of Decision 766/QĐ-TTg for the period ``start``–``end`` (inclusive),
    in one aggregate query (GROUP BY over the components, SUM(CASE …) over the dossiers).

    - ``received``: received in the period; ``digitized`` / ``reused`` count among them:
      every component scanned at receipt (and an electronic result where one was issued) /
      at least one component reused from an earlier dossier.
    - ``handled``: received in the period or carried over open into it (``carried_over``;
      withdrawn ones are left out); it splits into ``on_time`` (finished in the period no later than the
      appointment, ``early`` among them), ``late`` (finished after it) and ``in_progress``
      (still open at the period's end), itself split into ``in_progress_on_time`` and
      ``in_progress_late``: an open dossier is judged at the period's last day, or today while the period runs (late when its
      appointment day is before that day; one waiting for a supplement is judged when the
      clock stopped).
    - ``on_time_ratio`` = (on_time + in_progress_on_time) ÷ handled; ``digitized_ratio`` and
      ``reused_ratio`` ÷ received. Percent, 2 decimals; None when the denominator is 0.

    Appointments already include the waits for supplements, so waiting time is not counted.
    """
    if isinstance(source, Office):
        with source.db.read() as s:
            return _figures(s, start, end, today)
    return _figures(source, start, end, today)


def _figures(s: Session, start: dt.date, end: dt.date, today: dt.date | None) -> dict[str, Any]:
    lo, hi = period_bounds(start, end)
    # A period still running is judged today, not at its (future) last day.
    judged = min(end, today or vn_today())
    D, C = Dossier, DossierComponent
    comp = (
        select(
            C.dossier_id.label("dossier_id"),
            func.count(C.id).label("n"),
            func.sum(case((C.sha256.is_(None), 1), else_=0)).label("missing"),
            func.sum(case((C.reused.is_(True), 1), else_=0)).label("reused"),
        )
        .group_by(C.dossier_id)
        .subquery()
    )
    received_in = and_(D.received_at >= lo, D.received_at < hi)
    handled = and_(D.status != State.WITHDRAWN.value,
                   or_(D.finished_at.is_(None), D.finished_at >= lo))
    finished = and_(handled, D.finished_at.is_not(None), D.finished_at < hi)
    open_at_end = and_(handled, or_(D.finished_at.is_(None), D.finished_at >= hi))
    paused = and_(D.paused_at.is_not(None), D.paused_at < hi)
    open_late = and_(open_at_end, or_(and_(paused, D.paused_at > D.due_at),
                                      and_(~paused, D.due_date < judged)))
    result_ok = or_(D.status.not_in([st.value for st in RESULT_STATES]),
                    D.result_sha256.is_not(None))
    digitized = and_(received_in, comp.c.n > 0, comp.c.missing == 0, result_ok)
    reused = and_(received_in, comp.c.reused > 0)

    def count(cond: Any) -> Any:
        return func.coalesce(func.sum(case((cond, 1), else_=0)), 0)

    row = s.execute(
        select(
            count(received_in), count(handled), count(digitized), count(reused),
            count(finished), count(and_(finished, D.finished_at < D.due_date)),
            count(and_(finished, D.finished_at <= D.due_at)),
            count(and_(finished, D.finished_at > D.due_at)),
            count(open_at_end), count(open_late),
            count(and_(D.status == State.WITHDRAWN.value, D.finished_at >= lo,
                       D.finished_at < hi)),
            count(and_(handled, D.received_at < lo)),
        )
        .select_from(D)
        .outerjoin(comp, comp.c.dossier_id == D.id)
        .where(D.received_at < hi)
    ).one()
    (n_received, n_handled, n_digitized, n_reused, n_finished, n_early, n_on_time, n_late,
     n_open, n_open_late, n_withdrawn, n_carried) = (int(v or 0) for v in row)
    n_open_on_time = n_open - n_open_late
    return {
        "received": n_received,
        "handled": n_handled,
        "carried_over": n_carried,
        "digitized": n_digitized,
        "reused": n_reused,
        "finished": n_finished,
        "early": n_early,
        "on_time": n_on_time,
        "late": n_late,
        "in_progress": n_open,
        "in_progress_on_time": n_open_on_time,
        "in_progress_late": n_open_late,
        "withdrawn": n_withdrawn,
        "on_time_ratio": _ratio(n_on_time + n_open_on_time, n_handled),
        "digitized_ratio": _ratio(n_digitized, n_received),
        "reused_ratio": _ratio(n_reused, n_received),
    }
