"""Reading dossiers: one by its code, those received in a period, those about to be late."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.clock import vn_today
from desktop.core.errors import NotFound
from desktop.core.i18n import _
from desktop.dossiers.intake import parse_state
from desktop.dossiers.states import OPEN_STATES, State
from desktop.dossiers.views import ComponentView, DossierView, EventView
from desktop.kernel.office import Office
from desktop.workdays.calendar import load_calendar
from models.dossiers import Dossier, DossierComponent, DossierEvent


# -- reading ------------------------------------------------------------------------------------
def view_of(s: Session, d: Dossier, warnings: tuple[str, ...] = (), full: bool = True
          ) -> DossierView:
    comps: tuple[ComponentView, ...] = ()
    events: tuple[EventView, ...] = ()
    if full:
        comps = tuple(
            ComponentView(c.position, c.name, c.form, c.count, c.sha256, c.file_name, c.reused,
                          c.reused_from)
            for c in s.scalars(select(DossierComponent).where(DossierComponent.dossier_id == d.id)
                               .order_by(DossierComponent.position))
        )
        events = tuple(
            EventView(e.seq, e.at, e.from_status, e.to_status, e.giver, e.receiver, e.result,
                      e.due_at, e.note, e.actor)
            for e in s.scalars(select(DossierEvent).where(DossierEvent.dossier_id == d.id)
                               .order_by(DossierEvent.seq))
        )
    return DossierView(
        d.id, d.code, d.procedure_name, d.days, d.applicant_name, d.applicant_address,
        d.applicant_phone, d.applicant_email, d.channel, d.received_at, d.first_due_at, d.due_at,
        d.status, d.handler, d.paused_days, d.paused_at, d.finished_at, d.returned_at,
        d.result_sha256, d.result_name, d.notes, comps, events, warnings,
    )


def get_dossier(office: Office, code: str) -> DossierView:
    with office.db.read() as s:
        d = s.scalar(select(Dossier).where(Dossier.code == code.strip()))
        if d is None:
            raise NotFound(_("Không có hồ sơ mã {code}.", code=code), field="code")
        return view_of(s, d)


def period_bounds(start: dt.date, end: dt.date) -> tuple[dt.datetime, dt.datetime]:
    return dt.datetime.combine(start, dt.time()), dt.datetime.combine(end + dt.timedelta(days=1),
                                                                      dt.time())


def list_dossiers(office: Office, start: dt.date | None = None, end: dt.date | None = None,
                  status: str | None = None, full: bool = False) -> list[DossierView]:
    """Dossiers received in the period (all when no period), in order of receipt."""
    stmt = select(Dossier).order_by(Dossier.received_at, Dossier.id)
    if start is not None and end is not None:
        lo, hi = period_bounds(start, end)
        stmt = stmt.where(Dossier.received_at >= lo, Dossier.received_at < hi)
    if status:
        stmt = stmt.where(Dossier.status == parse_state(status).value)
    with office.db.read() as s:
        return [view_of(s, d, full=full) for d in s.scalars(stmt)]


def about_to_be_late(office: Office, today: dt.date | None = None) -> list[DossierView]:
    """Open dossiers due within one working day, or already overdue (the clock running: not
    those waiting for a supplement) — the ones that may need a letter of apology."""
    today = today or vn_today()
    with office.db.read() as s:
        cal = load_calendar(s)
        horizon = cal.add_working_days(today, 1)
        running = [st.value for st in OPEN_STATES if st is not State.SUPPLEMENT]
        stmt = (select(Dossier).where(Dossier.status.in_(running), Dossier.due_date <= horizon)
                .order_by(Dossier.due_at, Dossier.id))
        return [view_of(s, d, full=False) for d in s.scalars(stmt)]
