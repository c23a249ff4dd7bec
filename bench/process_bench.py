"""Processing at scale: 200,000 assignments over the 1,000,000-document register (one in five
of the size), 20 officers; the work list (``process mine``), the due list (``process due``) and
a year's handling figures, each beside the bare SQL that answers the same question.

Assignments are spread over the ten years; the older ones are done (nine in ten on time), those
received in the last two months of 2025 still open, so an officer holds about a hundred and
fifty, as in a commune. "Today" is fixed at 2025-12-15.
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from sqlalchemy import insert, select, text

from bench.timing import measure

TODAY = dt.date(2025, 12, 15)
OFFICERS = [f"canbo{i:02d}" for i in range(1, 21)]
Row = tuple[str, str, str, str, str]


def add_handlings(folder: Path, count: int, seed: int = 1) -> None:
    """Give ``count`` incoming documents a handling (once per data folder)."""
    from desktop.kernel.office import Office
    from models.entities import Document, User
    from models.processing import Handling, HandlingPerson

    marker = folder / f".processing-{count}"
    if marker.exists():
        return
    office = Office.open(folder)
    rnd = random.Random(seed)
    try:
        with office.db.write() as s:
            if not s.scalar(select(User.id).where(User.username == OFFICERS[0])):
                s.execute(insert(User), [
                    {"username": u, "full_name": f"Cán bộ {u[-2:]}", "title": "",
                     "password_hash": "-", "roles": "can-bo", "active": True,
                     "failed_logins": 0} for u in OFFICERS])
            ids = s.execute(select(Document.id, Document.received_date)
                            .where(Document.direction == "den")).all()
            chosen = rnd.sample(ids, min(count, len(ids)))
            open_from = dt.date(2025, 11, 1)
            handlings, people = [], []
            for doc_id, received in chosen:
                assigned = dt.datetime.combine(received, dt.time(9, 0))
                due = received + dt.timedelta(days=rnd.choice((3, 5, 7, 10, 15, 30)))
                lead = rnd.choice(OFFICERS)
                is_open = received >= open_from
                state = rnd.choice(("assigned", "in_progress", "in_progress")) if is_open \
                    else "done"
                done_at = None if is_open else assigned + dt.timedelta(
                    days=rnd.randint(1, 12), hours=rnd.randint(0, 6))
                on_time = None if done_at is None else done_at.date() <= due
                handlings.append({
                    "document_id": doc_id, "state": state, "received_date": received,
                    "instruction": "", "lead": lead, "due_date": due, "submitted_at": assigned,
                    "assigned_at": assigned, "assigned_by": "chutich",
                    "accepted_at": None if state == "assigned" else assigned,
                    "done_at": done_at, "done_by": lead if done_at else "", "reply_id": None,
                    "result_note": "", "on_time": on_time, "last_at": done_at or assigned,
                    "updated_at": assigned})
                people.append({"document_id": doc_id, "username": lead,
                               "full_name": f"Cán bộ {lead[-2:]}", "part": "chu-tri",
                               "active": True, "assigned_at": assigned,
                               "accepted_at": None if state == "assigned" else assigned})
                if rnd.random() < 0.3:
                    other = rnd.choice([o for o in OFFICERS if o != lead])
                    people.append({"document_id": doc_id, "username": other,
                                   "full_name": f"Cán bộ {other[-2:]}", "part": "phoi-hop",
                                   "active": True, "assigned_at": assigned,
                                   "accepted_at": None})
            for i in range(0, len(handlings), 20000):
                s.execute(insert(Handling), handlings[i:i + 20000])
            for i in range(0, len(people), 20000):
                s.execute(insert(HandlingPerson), people[i:i + 20000])
        with office.db.engine.connect() as c:
            c.exec_driver_sql("ANALYZE")
    finally:
        office.close()
    marker.write_text(f"{count}\n")


def rows(folder: Path, size: int, repeat: int) -> list[Row]:
    from desktop.kernel.auth import Actor, Role
    from desktop.kernel.office import Office
    from desktop.processing.figures import handling_figures
    from desktop.processing.lists import due_list, work_list

    count = size // 5
    add_handlings(folder, count)
    office = Office.open(folder)
    out: list[Row] = []
    try:
        office.actor = Actor("canbo07", frozenset({Role.OFFICER}), "Cán bộ 07")
        held = len(work_list(office, TODAY).lead)
        app = measure(lambda: work_list(office, TODAY), repeat)
        horizon = "2025-12-17"

        def bare_mine() -> None:
            with office.db.engine.connect() as c:
                c.execute(text(
                    "SELECT h.document_id, d.number, d.year, d.symbol, d.organ_name, d.subject, "
                    "d.received_date, h.state, h.lead, d.handler, h.due_date, h.accepted_at, "
                    "p.part, p.accepted_at FROM handling_people p JOIN handlings h "
                    "ON h.document_id = p.document_id JOIN documents d ON d.id = h.document_id "
                    "WHERE p.username = 'canbo07' AND p.active AND h.state IN "
                    "('assigned', 'in_progress') ORDER BY h.due_date, h.document_id LIMIT 2000"
                )).all()

        peer = measure(bare_mine, repeat)
        out.append((f"process mine, {count:,} assignments ({held} held by the officer)",
                    app.ms(), peer.ms(), f"{app.median / peer.median:.2f}×", "≤ 50 ms"))
        due = len(due_list(office, 2, TODAY))
        app = measure(lambda: due_list(office, 2, TODAY), repeat)

        def bare_due() -> None:
            with office.db.engine.connect() as c:
                c.execute(text(
                    "SELECT h.document_id, d.number, d.year, d.symbol, d.organ_name, d.subject, "
                    "d.received_date, h.state, h.lead, d.handler, h.due_date, h.accepted_at "
                    "FROM handlings h JOIN documents d ON d.id = h.document_id "
                    "WHERE h.state IN ('assigned', 'in_progress') AND h.due_date <= :h "
                    "AND h.document_id IN (SELECT document_id FROM handling_people WHERE "
                    "username = 'canbo07' AND active) ORDER BY h.due_date, h.document_id "
                    "LIMIT 2000"), {"h": horizon}).all()

        peer = measure(bare_due, repeat)
        out.append((f"process due, {count:,} assignments ({due} due or overdue)", app.ms(),
                    peer.ms(), f"{app.median / peer.median:.2f}×", "≤ 50 ms"))

        def figures() -> None:
            with office.db.read() as s:
                handling_figures(s, dt.date(2025, 1, 1), dt.date(2025, 12, 31), TODAY)

        app = measure(figures, repeat)

        def bare_figures() -> None:
            with office.db.engine.connect() as c:
                c.execute(text(
                    "SELECT lead, count(*), sum(state = 'done' AND on_time), "
                    "sum(state = 'done' AND NOT on_time), "
                    "sum(state IN ('assigned','in_progress') AND NOT due_date < :t), "
                    "sum(state IN ('assigned','in_progress') AND due_date < :t) FROM handlings "
                    "WHERE received_date BETWEEN '2025-01-01' AND '2025-12-31' AND state IN "
                    "('assigned','in_progress','done') GROUP BY lead"), {"t": TODAY}).all()

        peer = measure(bare_figures, repeat)
        out.append(("handling figures of 2025, by handler too", app.ms(), peer.ms(),
                    f"{app.median / peer.median:.2f}×", "≤ 200 ms"))
    finally:
        office.close()
    return out


if __name__ == "__main__":
    import sys

    from bench.generate import generate

    for arg in sys.argv[1:] or ["10000"]:
        for row in rows(generate(int(arg)), int(arg), 7):
            print(" | ".join(row))
