"""The report screen over a real office: tiles in the communes' wording, the twelve-month
chart, the documents behind a figure, the report saved as PDF and Excel."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt

from desktop.registers.registry import (
    IncomingInput,
    OutgoingInput,
    cancel,
    register_incoming,
    register_outgoing,
)
from tests.ui.conftest import make_pdf
from ui.documents.view import DocumentDialog
from ui.kit import messages, worker
from ui.reports.dashboard import MISSING, DashboardPanel
from ui.reports.figure_rows import FigureRowsModel, figure_rows
from ui.shell.main_window import MainWindow

MARCH = dt.date(2025, 3, 10)


@pytest.fixture(scope="module")
def signed_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from tests.core.samples import signed_pdfs

    return signed_pdfs(tmp_path_factory.mktemp("signed"), 1)[0]


@pytest.fixture
def march(ui_office, tmp_path: Path, signed_pdf: Path):
    """March 2025: 3 incoming (2 digitised), 2 outgoing (1 signed), 1 cancelled incoming."""
    scan = make_pdf(tmp_path / "scan.pdf")

    def incoming(symbol: str, **extra: object) -> int:
        values: dict[str, object] = dict(
            received=MARCH,
            organ_name="Sở Tài chính",
            symbol=symbol,
            issued=MARCH,
            type_name="Công văn",
            subject=f"Công văn {symbol} về việc lập dự toán",
        )
        values.update(extra)
        return register_incoming(ui_office, IncomingInput(**values)).id  # type: ignore[arg-type]

    ids = {
        "scanned": incoming("10/STC-NS", files=[scan]),
        "electronic": incoming("11/STC-NS", electronic=True),
        "paper": incoming("12/STC-NS"),
    }
    cancel(ui_office, incoming("13/STC-NS", electronic=True), "Đăng ký nhầm")
    for files in ([signed_pdf], []):
        register_outgoing(
            ui_office,
            OutgoingInput(
                issued=MARCH,
                type_name="Quyết định",
                subject="Về việc giao chỉ tiêu",
                signer_name="Nguyễn Văn An",
                signer_title="Chủ tịch",
                files=files,
            ),
        )
    return ids


def _panel(qtbot, office, period: str) -> DashboardPanel:
    panel = DashboardPanel(office)
    qtbot.addWidget(panel)
    panel.resize(1200, 800)
    panel.show()
    op = panel.set_period(period)
    assert op is not None
    qtbot.waitUntil(lambda: op.done and panel.figures is not None, timeout=10000)
    return panel


def test_tiles_show_the_figures_in_the_communes_wording(qtbot, ui_office, march) -> None:
    panel = _panel(qtbot, ui_office, "2025-03")
    assert panel.heading.text() == "Số liệu tháng 3 năm 2025"
    incoming = panel.tiles["incoming"]
    assert incoming.value.text() == "2/3"
    assert incoming.ratio.text() == "đạt 66,67%"
    assert "Văn bản đến được số hóa" in incoming.title.text()
    assert incoming.accessibleName().endswith("2/3 — đạt 66,67%")
    assert panel.tiles["outgoing"].value.text() == "1/2"
    assert panel.tiles["outgoing"].ratio.text() == "đạt 50%"
    assert panel.tiles["signed"].value.text() == "1/5"
    assert panel.tiles["signed"].ratio.text() == "đạt 20%"
    dossiers = panel.tiles["dossiers"]
    assert dossiers.isVisible() and dossiers.ratio.text() == "không phát sinh"


def test_an_empty_month_says_not_applicable(qtbot, ui_office, march) -> None:
    panel = _panel(qtbot, ui_office, "2025-04")
    for key in ("incoming", "standard", "outgoing", "signed"):
        assert panel.tiles[key].value.text() == "0/0"
        assert panel.tiles[key].ratio.text() == "không phát sinh"


def test_quarter_and_year_are_offered(qtbot, ui_office, march) -> None:
    panel = _panel(qtbot, ui_office, "2025-Q1")
    assert panel.period_text() == "2025-Q1"
    assert panel.part.currentText() == "Quý I"
    assert panel.tiles["incoming"].value.text() == "2/3"
    panel.kind.setCurrentIndex(panel.kind.findData("year"))
    assert panel.period_text() == "2025"
    assert not panel.part.isVisibleTo(panel)


def test_the_chart_has_twelve_months(qtbot, ui_office, march) -> None:
    panel = _panel(qtbot, ui_office, "2025-03")
    chart = panel.chart
    assert len(chart.points) == 12 and len(chart.categories) == 12
    assert chart.categories[0] == "04/2024" and chart.categories[-1] == "03/2025"
    assert chart.bars is not None
    assert [s.count() for s in chart.bars.barSets()] == [12, 12]
    assert chart.bars.barSets()[0].at(11) == 3
    digitised, issued = chart.lines
    assert digitised.count() == 1  # months with nothing registered have no share
    assert digitised.at(0).x() == 11 and round(digitised.at(0).y(), 2) == 66.67
    assert issued.at(0).y() == 50


def test_clicking_a_tile_lists_the_documents_behind_it(qtbot, ui_office, march) -> None:
    panel = _panel(qtbot, ui_office, "2025-03")
    qtbot.mouseClick(panel.tiles["incoming"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.rows_model.rowCount() == 2, timeout=5000)
    assert panel.tabs.currentWidget() is panel.list_page
    model = panel.rows_model
    assert [model.data(model.index(r, 3)) for r in range(2)] == ["10/STC-NS", "11/STC-NS"]
    assert model.headerData(5, Qt.Orientation.Horizontal) == "Đã số hóa"
    assert "2 văn bản" in panel.list_heading.text()
    panel.show_choice.setCurrentIndex(panel.show_choice.findData(MISSING))
    assert model.rowCount() == 1 and model.data(model.index(0, 3)) == "12/STC-NS"
    assert model.data(model.index(0, 5)) == "Chưa"

    with qtbot.waitSignal(panel.open_document) as opened:
        rect = panel.rows_view.visualRect(model.index(0, 4))
        qtbot.mouseClick(panel.rows_view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(panel.rows_view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened.args == [march["paper"]]


def test_keyboard_reaches_a_tile(qtbot, ui_office, march) -> None:
    panel = _panel(qtbot, ui_office, "2025-03")
    tile = panel.tiles["outgoing"]
    tile.setFocus()
    qtbot.keyClick(tile, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.rows_model.rowCount() == 1, timeout=5000)
    assert panel.rows_model.headerData(5, Qt.Orientation.Horizontal) == "Có ký số"


def test_rows_model_passes_qtmodeltester(qtmodeltester, ui_office, march) -> None:
    from desktop.core.periods import parse_period
    from desktop.reports.figures import incoming_rows, outgoing_rows

    period = parse_period("2025-03")
    rows = figure_rows("signed", incoming_rows(ui_office, period), outgoing_rows(ui_office, period))
    assert len(rows) == 5 and sum(r.counted for r in rows) == 1
    model = FigureRowsModel()
    model.set_rows(rows, "signed")
    qtmodeltester.check(model, force_py=True)


def test_double_click_in_the_window_opens_the_document(qtbot, ui_office, march) -> None:
    window = MainWindow(ui_office)
    qtbot.addWidget(window)
    window.show()
    window.show_panel("dashboard")
    panel = window.panel("dashboard")
    assert isinstance(panel, DashboardPanel)
    assert window.nav.currentItem().text() == "Báo cáo"
    op = panel.set_period("2025-03")
    qtbot.waitUntil(lambda: op.done, timeout=10000)
    op = panel.show_rows("incoming")
    qtbot.waitUntil(lambda: op.done, timeout=5000)
    panel.rows_view.activated.emit(panel.rows_model.index(1, 0))
    assert isinstance(window.dialog, DocumentDialog)
    assert window.dialog.doc_id == march["electronic"]
    window.dialog.close()


@pytest.mark.parametrize("kind", ["pdf", "xlsx"])
def test_export_writes_the_report(qtbot, ui_office, march, tmp_path, recorded, kind) -> None:
    panel = _panel(qtbot, ui_office, "2025-03")
    out = tmp_path / f"bao-cao.{kind}"
    messages.answers.append(str(out))
    button = panel.export_pdf if kind == "pdf" else panel.export_xlsx
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert recorded[0].kind == "save" and recorded[0].text == f"bao-cao-2025-03.{kind}"
    assert panel.last is not None
    qtbot.waitUntil(lambda: panel.last.done, timeout=20000)
    worker.wait_all()
    assert recorded[-1].kind == "info", recorded
    assert str(out) in recorded[-1].text
    if kind == "pdf":
        assert out.read_bytes().startswith(b"%PDF")
    else:
        book = load_workbook(out)
        assert len(book.sheetnames) >= 1


def test_cancelling_the_save_dialog_exports_nothing(qtbot, ui_office, recorded) -> None:
    panel = DashboardPanel(ui_office)
    qtbot.addWidget(panel)
    assert panel.export("pdf") is None
    assert [m.kind for m in recorded] == ["save"]


def test_an_officer_is_told_reports_are_not_for_them(qtbot, ui_office) -> None:
    from desktop.accounts.users import add_user
    from desktop.kernel.auth import Role

    add_user(ui_office, "canbo", "mat-khau-cb", [Role.OFFICER])
    ui_office.sign_in("canbo", "mat-khau-cb")
    panel = DashboardPanel(ui_office)
    qtbot.addWidget(panel)
    panel.show()
    assert panel.last is None and panel.notice.isVisible()
    assert panel.tiles["incoming"].value.text() == "…"
    assert not panel.export_pdf.isEnabled()
