"""Case files at scale: opening the contents of a 2,000-document file and the hand-over list
with 50,000 files over the 1,000,000-document register, in-process, beside the bare SQL.

    python -m bench.casefile_bench [SIZE] [FILES]

The files are added once to a copy of the cached register (bench/.cache/casefiles-SIZE): one
file of 2,000 documents, the others with the rest spread over them, all closed, their end dates
over ten years; most files of 2016–2023 and a third of 2024's already handed over, so the
due list holds the backlog a district would have (several thousand files).
"""

from __future__ import annotations

import datetime as dt
import random
import shutil
import sys
import time
from pathlib import Path

from sqlalchemy import insert, select, text

from bench.generate import CACHE, generate
from bench.timing import measure

Row = tuple[str, str, str, str, str]
BIG = 2000


def build(size: int, files: int) -> Path:
    from desktop.kernel.office import Office
    from models.casefiles import CaseFile, CaseFileItem, FilePlan, PlanEntry
    from models.entities import Document

    folder = CACHE / f"casefiles-{size}-{files}"
    if (folder / ".complete").exists():
        return folder
    source = generate(size)
    shutil.rmtree(folder, ignore_errors=True)
    shutil.copytree(source, folder)
    (folder / ".complete").unlink(missing_ok=True)
    office = Office.open(folder)
    rnd = random.Random(7)
    try:
        with office.db.write() as s:
            ids = list(s.scalars(select(Document.id).order_by(Document.id)))
            plan_ids = {}
            for y in range(2016, 2026):
                plan = FilePlan(year=y, approved=True, approvals=1, approved_by="lanhdao")
                s.add(plan)
                s.flush()
                plan_ids[y] = plan.id
            s.execute(insert(PlanEntry), [
                {"plan_id": plan_ids[y], "heading_id": None, "position": i + 1,
                 "code": f"{i + 1:02d}.HS", "title": f"Hồ sơ công việc số {i + 1}",
                 "retention_years": rnd.choice([None, 5, 10, 20, 2]), "keeper": "",
                 "notes": "", "construction": i % 50 == 0}
                for y in range(2016, 2026) for i in range(files // 10)])
            rows = []
            for n in range(files):
                y = 2016 + n % 10
                end = dt.date(y, 1, 1) + dt.timedelta(days=rnd.randint(0, 364))
                # most files of past years are in the archive already; the rest are closed
                gone = rnd.random() < (0.98 if y <= 2023 else 0.3 if y == 2024 else 0.0)
                rows.append({"year": y, "code": f"{n // 10 + 1:02d}.HS",
                             "title": f"Hồ sơ công việc số {n // 10 + 1}", "entry_id": None,
                             "outside_plan": False,
                             "retention_years": rnd.choice([None, 5, 10, 20, 2]),
                             "construction": n % 50 == 0, "settled_date": None,
                             "keeper": "canbo", "rights": "",
                             "state": "da-nop-luu" if gone and n else "da-dong",
                             "opened_at": dt.datetime(y, 1, 1), "end_date": end,
                             "closed_at": dt.datetime(y, 12, 31), "handover_id": None,
                             "imported_from": "", "notes": ""})
            for i in range(0, len(rows), 10000):
                s.execute(insert(CaseFile), rows[i:i + 10000])
            file_ids = list(s.scalars(select(CaseFile.id).order_by(CaseFile.id)))
            big, rest = ids[:BIG], ids[BIG:]
            items = [{"case_file_id": file_ids[0], "position": p + 1, "document_id": d}
                     for p, d in enumerate(big)]
            per = max(1, len(rest) // (len(file_ids) - 1))
            for k, fid in enumerate(file_ids[1:]):
                chunk = rest[k * per:(k + 1) * per]
                items += [{"case_file_id": fid, "position": p + 1, "document_id": d}
                          for p, d in enumerate(chunk)]
            defaults = {"dossier_id": None, "symbol": "", "doc_date": None, "organ_name": "",
                        "type_name": "", "subject": "", "pages": None, "sha256": None,
                        "notes": "", "added_at": dt.datetime(2026, 1, 1), "added_by": "canbo"}
            for i in range(0, len(items), 20000):
                s.execute(insert(CaseFileItem), [r | defaults for r in items[i:i + 20000]])
    finally:
        office.close()
    (folder / ".complete").write_text(f"{size} documents, {files} files\n")
    return folder


def rows(size: int = 1_000_000, files: int = 50_000, repeat: int = 7) -> list[Row]:
    from desktop.casefiles.archive import due_files
    from desktop.casefiles.reading import get_file
    from desktop.casefiles.rules import add_months
    from desktop.kernel.office import Office

    folder = build(size, files)
    office = Office.open(folder)
    today = dt.date(2026, 12, 1)
    out: list[Row] = []
    try:
        view = get_file(office, "01.HS", 2016)
        assert view.doc_total == BIG, view.doc_total
        app = measure(lambda: get_file(office, "01.HS", 2016), repeat)

        def bare_contents() -> None:
            with office.db.engine.connect() as c:
                c.execute(text(
                    "SELECT i.position, d.id, d.direction, d.symbol, d.issued_date, d.subject, "
                    "d.organ_name, d.type_name, d.page_amount, d.notes FROM case_file_items i "
                    "JOIN documents d ON d.id = i.document_id WHERE i.case_file_id = "
                    "(SELECT id FROM case_files WHERE year = 2016 AND code = '01.HS') "
                    "ORDER BY i.position")).all()

        peer = measure(bare_contents, repeat)
        out.append((f"contents of a {BIG:,}-document file (casefile show)", app.ms(), peer.ms(),
                    f"{app.median / peer.median:.2f}×", "≤ 300 ms"))
        due = due_files(office, today)
        app = measure(lambda: due_files(office, today), repeat)
        horizon = today + dt.timedelta(days=30)

        def bare_due() -> None:
            with office.db.engine.connect() as c:
                c.execute(text(
                    "SELECT * FROM case_files WHERE state = 'da-dong' AND (retention_years IS "
                    "NULL OR retention_years >= 5) AND ((construction = 0 AND end_date <= :y) OR "
                    "(construction = 1 AND coalesce(settled_date, end_date) <= :c)) "
                    "ORDER BY end_date, code"),
                    {"y": add_months(horizon, -12), "c": add_months(horizon, -3)}).all()

        peer = measure(bare_due, repeat)
        out.append((f"hand-over list (archive due), {files:,} files, {len(due):,} due",
                    app.ms(), peer.ms(), f"{app.median / peer.median:.2f}×", "≤ 1 s"))
    finally:
        office.close()
    return out


if __name__ == "__main__":
    size = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
    files = int(sys.argv[2]) if len(sys.argv) > 2 else 50_000
    t0 = time.perf_counter()
    for r in rows(size, files):
        print(" | ".join(r))
    print(f"{time.perf_counter() - t0:.1f} s")
