"""Reminders: documents overdue or due within 2 working days, announced once per day per
person (the window asks at start and every hour; only the first answer of a day has items)."""

from __future__ import annotations

import datetime as dt

from desktop.core.clock import vn_today
from desktop.kernel.auth import Role
from desktop.kernel.office import Office
from desktop.processing.lists import due_list
from desktop.processing.states import SOON_DAYS
from desktop.processing.views import WorkItem
from models.processing import HandlingReminder


def reminder(office: Office, today: dt.date | None = None) -> list[WorkItem]:
    """What to announce to the person now: empty when nothing is due, when they were already
    reminded today, or when their role handles no documents. Remembers the day it answered."""
    if not office.actor.has(Role.OFFICER, Role.LEADER, Role.CLERK):
        return []
    today = today or vn_today()
    username = office.actor.username
    with office.db.read() as s:
        row = s.get(HandlingReminder, username)
        if row is not None and row.day >= today:
            return []
    items = due_list(office, SOON_DAYS, today)
    if not items:
        return []
    with office.db.write() as s:
        row = s.get(HandlingReminder, username)
        if row is None:
            s.add(HandlingReminder(username=username, day=today))
        elif row.day >= today:
            return []  # another seat of the same person announced it meanwhile
        else:
            row.day = today
    return items
