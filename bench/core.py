"""Search, yearly report and bulk import at scale, each beside the raw SQL doing the same work."""

from __future__ import annotations

import csv
import datetime as dt
import shutil
import tempfile
import time
from pathlib import Path

from sqlalchemy import text

from bench.timing import measure

TYPICAL = ["quyet dinh kinh phi", "dang uy", "cai cach hanh chinh", "thien tai"]
WORST = ["v", "ve viec"]  # one-letter prefix and the phrase in nearly every row


def search_rows(office, repeat: int) -> list[tuple[str, str, str, str, str]]:  # type: ignore[no-untyped-def]
    from desktop.core.textfold import tokens
    from desktop.registers.search import _fts_query, search

    rows = []
    for kind, queries in (("typical", TYPICAL), ("worst", WORST)):
        for q in queries:
            app = measure(lambda q=q: search(office, q, limit=50), repeat)
            fts = _fts_query(tokens(q))

            def raw(fts: str = fts) -> None:
                with office.db.engine.connect() as c:
                    c.execute(text("SELECT rowid FROM documents_fts WHERE documents_fts MATCH :q "
                                   "ORDER BY bm25(documents_fts) LIMIT 50"), {"q": fts}).all()

            peer = measure(raw, repeat)
            rows.append((f"search “{q}” ({kind})", app.ms(), peer.ms(),
                         f"{app.median / peer.median:.2f}×", "median ≤ 50 ms"))
    return rows


def report_row(office, year: int, repeat: int) -> tuple[str, str, str, str, str]:  # type: ignore[no-untyped-def]
    from desktop.core.periods import parse_period
    from desktop.reports.figures import compute

    period = parse_period(str(year))
    app = measure(lambda: compute(office, period), repeat)
    start, end = period.start.isoformat(), period.end.isoformat()

    def raw() -> None:
        with office.db.engine.connect() as c:
            c.execute(text(
                "SELECT count(*), sum(CASE WHEN electronic OR EXISTS (SELECT 1 FROM document_files f "
                "WHERE f.document_id = d.id AND f.current) THEN 1 ELSE 0 END) FROM documents d "
                "WHERE direction='den' AND received_date BETWEEN :a AND :b AND status != 'da-huy'"),
                {"a": start, "b": end}).all()
            c.execute(text(
                "SELECT count(*) FROM documents d WHERE direction='di' AND issued_date BETWEEN :a "
                "AND :b AND status != 'da-huy'"), {"a": start, "b": end}).all()

    peer = measure(raw, repeat)
    return (f"yearly report {year}", app.ms(), peer.ms(), f"{app.median / peer.median:.2f}×",
            "≤ 200 ms")


def import_row(rows: int) -> tuple[str, str, str, str, str]:
    from desktop.accounts.organisation import OrgProfile, initialise
    from desktop.kernel.office import Office
    from desktop.registers.importer import import_register

    tmp = Path(tempfile.mkdtemp(prefix="vanthu-bench-import-"))
    try:
        path = tmp / "den.csv"
        with open(path, "w", newline="", encoding="utf-8") as f:
            w = csv.writer(f)
            w.writerow(["Ngày đến", "Số đến", "Tác giả", "Số, ký hiệu văn bản",
                        "Ngày tháng văn bản", "Tên loại và trích yếu nội dung",
                        "Đơn vị hoặc người nhận"])
            for i in range(1, rows + 1):
                d = dt.date(2024, 1, 2) + dt.timedelta(days=i * 360 // rows)
                w.writerow([d.strftime("%d/%m/%Y"), i, "UBND huyện Chợ Gạo", f"{i}/QĐ-UBND",
                            d.strftime("%d/%m/%Y"), f"Quyết định về việc phân bổ kinh phí {i}",
                            "Văn phòng"])
        office = Office.open(tmp / "data")
        initialise(office, OrgProfile("UBND xã A", "UBND", "A"), None)
        t0 = time.perf_counter()
        import_register(office, "incoming", path)
        elapsed = time.perf_counter() - t0
        office.close()
        return (f"bulk import {rows:,} rows (CSV, no files)", f"{rows / elapsed:,.0f} rows/s",
                "—", "—", "≥ 2,000 rows/s")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
