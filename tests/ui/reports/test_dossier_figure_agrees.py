"""Issue 14, finding 4: the dossier figure of the monthly report is one figure. The report
screen's tile, ``vanthu report --format json``, the Excel workbook and the PDF's text say the
same numbers, and those are Decision 766's (domain.md): dossiers settled or still open no
later than the appointment ÷ every dossier received or handled in the period."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from desktop.dossiers.service import DossierInput, advance, receive
from tests.conftest import Cli
from ui.reports.dashboard import DashboardPanel

PROCEDURE = "Xác nhận tình trạng hôn nhân"  # 3 working days


def _receive(office: Any, when: str) -> str:
    return receive(office, DossierInput(received=when, procedure=PROCEDURE,
                                        applicant="Nguyễn Thị Lan")).code


def _tile(qtbot: Any, office: Any) -> tuple[str, str, str]:
    panel = DashboardPanel(office)
    qtbot.addWidget(panel)
    panel.resize(1366, 700)
    panel.show()
    op = panel.set_period("2026-05")
    assert op is not None
    qtbot.waitUntil(lambda: op.done and panel.figures is not None, timeout=10000)
    tile = panel.tiles["dossiers"]
    assert tile.isVisible()
    return tile.value.text(), tile.ratio.text(), tile.note.text()


def _pdf_text(cli: Cli, out: Path) -> str:
    r = cli("report", "--period", "2026-05", "--format", "pdf", "--out", str(out))
    assert r.code == 0, r.err
    text = "\n".join(page.extract_text() or "" for page in PdfReader(out).pages)
    return re.sub(r"\s+", " ", text)


def _xlsx_row(cli: Cli, out: Path, title: str) -> tuple[Any, ...]:
    assert cli("report", "--period", "2026-05", "--format", "xlsx", "--out", str(out)).code == 0
    sheet = load_workbook(out).worksheets[0]
    rows = [tuple(c.value for c in row[:4]) for row in sheet.iter_rows()]
    return next(row for row in rows if row[0] == title)


def _agree(qtbot: Any, office: Any, cli: Cli, tmp: Path, expected: dict[str, Any]) -> None:
    value, result, note = _tile(qtbot, office)
    r = cli("report", "--period", "2026-05", "--format", "json")
    assert r.code == 0, r.err
    figure = r.json["dossiers"]["figure"]
    pdf = _pdf_text(cli, tmp / "report.pdf")
    fraction = f"{expected['numerator']}/{expected['denominator']}"

    for key, number in expected.items():
        if key != "pct":
            assert figure[key] == number, key
    # the tile, the JSON and the PDF print the same words …
    assert (value, result, note) == (figure["value"], figure["result"], figure["breakdown_text"])
    assert value == fraction and result == expected["result"]
    assert figure["breakdown_text"] in pdf
    # … and the PDF's table row has the same numerator, denominator and percent
    row = f"{figure['title']} {expected['numerator']} {expected['denominator']} {expected['pct']}"
    assert row in pdf, pdf
    assert f"{fraction}, {expected['result']}" in pdf  # the report's sentence
    title, part, whole, share = _xlsx_row(cli, tmp / "report.xlsx", figure["title"])
    assert (part, whole, share) == (expected["numerator"], expected["denominator"],
                                    figure["percent"])
    # the breakdown adds up to the denominator, and its on-time parts to the numerator
    parts = ("settled_early", "settled_on_time", "settled_late", "in_progress_on_time",
             "in_progress_overdue")
    assert sum(figure[k] for k in parts) == figure["denominator"]
    assert (figure["settled_early"] + figure["settled_on_time"]
            + figure["in_progress_on_time"]) == figure["numerator"]


@pytest.mark.slow
def test_tile_json_excel_and_pdf_say_the_same_dossier_figure(
    qtbot: Any, ui_office: Any, tmp_path: Path
) -> None:
    cli = Cli(tmp_path / "data")
    # The finding: one dossier received in May, not settled, its appointment (3/6) after May.
    _receive(ui_office, "2026-05-29 09:00")
    _agree(qtbot, ui_office, cli, tmp_path, {
        "numerator": 1, "denominator": 1, "percent": 100.0, "received": 1,
        "settled_early": 0, "settled_on_time": 0, "settled_late": 0,
        "in_progress_on_time": 1, "in_progress_overdue": 0,
        "result": "đạt 100%", "pct": "100%",
    })

    # Received Monday 4/5 at 09:00, appointment Thursday 7/5 at 09:00.
    early = _receive(ui_office, "2026-05-04 09:00")
    advance(ui_office, early, "done", at="2026-05-05 10:00")
    on_time = _receive(ui_office, "2026-05-04 09:00")
    advance(ui_office, on_time, "done", at="2026-05-07 09:00")
    late = _receive(ui_office, "2026-05-04 09:00")
    advance(ui_office, late, "done", at="2026-05-08 10:00")
    _receive(ui_office, "2026-05-04 09:00")  # still open on 31/5: overdue
    _receive(ui_office, "2026-05-28 09:00")  # appointment 2/6: in progress, in time
    carried = _receive(ui_office, "2026-04-29 09:00")  # April's, settled early in May
    advance(ui_office, carried, "done", at="2026-05-04 08:00")

    _agree(qtbot, ui_office, cli, tmp_path, {
        "numerator": 5, "denominator": 7, "percent": 71.43, "received": 6, "carried_over": 1,
        "settled_early": 2, "settled_on_time": 1, "settled_late": 1,
        "in_progress_on_time": 2, "in_progress_overdue": 1,
        "result": "đạt 71,43%", "pct": "71,43%",
    })
