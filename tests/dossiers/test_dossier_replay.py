"""A replay of Bình Phú's published 2023 figures: 1.195 dossiers received and kept in the
software, 1.184 solved early or on time, 0 late, 11 still in progress.

The year is built with bulk inserts (executemany), not 1.195 service calls; the figures must come
out of one aggregate query.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import event, insert, select

from desktop.dossiers.service import State, dossier_figures
from desktop.workdays.calendar import Calendar, CalendarEntry
from models.dossiers import Dossier, DossierComponent, DossierEvent, Procedure
from models.entities import StoredFile

# 2023 is not in the shipped table; the replay uses the holidays that matter for it.
CAL_2023 = Calendar([
    CalendarEntry(dt.date(2023, 1, 2), "nghi", "Nghỉ bù Tết Dương lịch"),
    *(CalendarEntry(dt.date(2023, 1, d), "nghi", "Tết Nguyên đán Quý Mão") for d in (20, 23, 24,
                                                                                     25, 26)),
    CalendarEntry(dt.date(2023, 5, 1), "nghi", "Quốc tế Lao động"),
    CalendarEntry(dt.date(2023, 5, 2), "nghi", "Nghỉ bù"),
    CalendarEntry(dt.date(2023, 5, 3), "nghi", "Nghỉ bù"),
    CalendarEntry(dt.date(2023, 9, 1), "nghi", "Quốc khánh"),
    CalendarEntry(dt.date(2023, 9, 4), "nghi", "Nghỉ bù Quốc khánh"),
    CalendarEntry(dt.date(2024, 1, 1), "nghi", "Tết Dương lịch"),
])
RECEIVED, ON_TIME, LATE, OPEN = 1195, 1184, 0, 11
DIGITISED = 1000  # of the received, every component scanned and an electronic result


def build_year(office: Any) -> int:
    """1.184 dossiers solved on time through 2023, then 11 received in the last days of
    December and still open at the year's end (their appointments fall in January 2024)."""
    working = [d for d in (dt.date(2023, 1, 1) + dt.timedelta(n) for n in range(365))
               if CAL_2023.is_working_day(d)]
    last_days = working[-3:]
    early_days = working[:-3]
    dossiers: list[dict[str, Any]] = []
    for i in range(RECEIVED):
        is_open = i >= ON_TIME
        day = last_days[i % 3] if is_open else early_days[i % len(early_days)]
        received = dt.datetime.combine(day, dt.time(8 + i % 8, (i * 7) % 60))
        days = 5 if is_open else (0, 3, 5)[i % 3]
        due_at = CAL_2023.due(received, days)
        finished = None
        status = State.PROCESSING.value if is_open else State.RETURNED.value
        if not is_open:  # early for two thirds, exactly at the appointment for the rest
            finished = due_at if i % 3 == 0 else min(due_at, received + dt.timedelta(hours=2))
        dossiers.append(dict(
            id=i + 1, code=f"000.17.22.H56-{received:%y%m%d}-{i + 1:04d}", procedure_id=1,
            procedure_name="Chứng thực bản sao từ bản chính", days=days,
            applicant_name=f"Công dân {i + 1}", applicant_address="", applicant_phone="",
            applicant_email="", channel="truc-tiep", received_at=received, first_due_at=due_at,
            due_at=due_at, due_date=due_at.date(), status=status, handler="", paused_days=0,
            finished_at=finished, returned_at=finished,
            result_sha256=("a" * 64) if finished and i < DIGITISED else None, result_name="",
            notes="", created_by="replay",
        ))
    components = [dict(dossier_id=i + 1, position=1, name="Bản chính", form="ban-chinh", count=1,
                       sha256=("b" * 64) if (i < DIGITISED) else None, file_name="",
                       reused=i % 5 == 0, reused_from="")
                  for i in range(RECEIVED)]
    events = [dict(dossier_id=d["id"], seq=1, at=d["received_at"], from_status="",
                   to_status="received", giver=d["applicant_name"], receiver="Bộ phận một cửa",
                   result="", due_at=d["due_at"], note="", actor="replay") for d in dossiers]
    # Outside the year: one dossier of 2022 closed in 2022, one received in 2024.
    before = dt.datetime(2022, 12, 1, 9)
    after = dt.datetime(2024, 1, 3, 9)
    extra = [
        dict(dossiers[0], id=RECEIVED + 1, code="OLD-1", received_at=before, first_due_at=before,
             due_at=before, due_date=before.date(), finished_at=before, returned_at=before),
        dict(dossiers[0], id=RECEIVED + 2, code="NEW-1", received_at=after, first_due_at=after,
             due_at=after, due_date=after.date(), finished_at=None, returned_at=None,
             status=State.RECEIVED.value),
    ]
    with office.db.write() as s:
        s.add(Procedure(id=1, name="Chứng thực bản sao từ bản chính", folded="x", days=0))
        s.add_all([StoredFile(sha256="a" * 64, size=1, media_type="application/pdf"),
                   StoredFile(sha256="b" * 64, size=1, media_type="application/pdf")])
        s.flush()
        s.execute(insert(Dossier), dossiers + extra)
        s.execute(insert(DossierComponent), components)
        s.execute(insert(DossierEvent), events)
        if s.get_bind().dialect.name == "postgresql":
            from sqlalchemy import text

            s.execute(text("SELECT setval('dossiers_id_seq', (SELECT max(id) FROM dossiers))"))
    return sum(1 for d in dossiers
               if d["finished_at"] is not None and d["finished_at"].date() < d["due_date"])


def test_binh_phu_2023(office: Any) -> None:
    early = build_year(office)
    with office.db.read() as s:
        assert s.scalar(select(Dossier.id).order_by(Dossier.id.desc()).limit(1)) == RECEIVED + 2
        statements: list[str] = []

        def count(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
            statements.append(statement)

        engine = s.get_bind()
        event.listen(engine, "before_cursor_execute", count)
        try:
            figures = dossier_figures(s, dt.date(2023, 1, 1), dt.date(2023, 12, 31))
        finally:
            event.remove(engine, "before_cursor_execute", count)
    assert len(statements) == 1 and "GROUP BY" in statements[0] and "CASE" in statements[0]
    assert figures["received"] == 1195
    assert figures["on_time"] == 1184
    assert figures["late"] == 0
    assert figures["in_progress"] == 11
    assert figures["in_progress_late"] == 0
    assert figures["handled"] == 1195
    assert figures["on_time_ratio"] == 100.0
    assert figures["digitized"] == DIGITISED
    assert figures["digitized_ratio"] == round(100 * DIGITISED / 1195, 2) == 83.68
    assert figures["reused"] == 239 and figures["reused_ratio"] == 20.0
    assert 0 < figures["early"] == early < 1184


def test_the_first_quarter_and_the_open_ones_in_january(office: Any) -> None:
    build_year(office)
    q1 = dossier_figures(office, dt.date(2023, 1, 1), dt.date(2023, 3, 31))
    assert q1["late"] == 0 and q1["on_time"] + q1["in_progress"] == q1["handled"]
    assert q1["received"] > 0 and q1["on_time_ratio"] == 100.0
    # Judged at 31/1/2024 the 11 open dossiers of December are past their appointments.
    jan = dossier_figures(office, dt.date(2024, 1, 1), dt.date(2024, 1, 31))
    assert jan["received"] == 1 and jan["in_progress_late"] == 12
    assert jan["handled"] == 12 and jan["on_time_ratio"] == 0.0
