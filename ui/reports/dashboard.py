"""The report screen: the figures a commune quotes for a month, quarter or year, as large tiles
in the communes' own wording; a twelve-month trend; the documents behind each figure; the report
saved as PDF or Excel. The services count in SQL; this screen only shows their answers, fetched
in the background."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core.clock import vn_today
from desktop.core.numfmt import vn_int
from desktop.core.periods import Period, parse_period
from desktop.kernel.auth import Role
from desktop.kernel.office import Office
from desktop.reports.figures import (
    Figures,
    MonthPoint,
    compute,
    incoming_rows,
    monthly_trend,
    outgoing_rows,
)
from ui.kit.host import WindowHost, panel_of
from ui.kit.i18n import QT_TRANSLATE_NOOP, current_language
from ui.kit.months import month_name
from ui.kit.panels import PanelSpec
from ui.kit.worker import CancelToken, Operation, run_for
from ui.registers.model import DOC_ID_ROLE
from ui.registers.panel import RegisterView
from ui.reports.export import export_report
from ui.reports.figure_rows import FigureRow, FigureRowsModel, figure_rows
from ui.reports.tiles import DOSSIERS, TILES, FigureTile, TileArea, show_figures
from ui.reports.trend_chart import TrendChart

MONTH, QUARTER, YEAR = "month", "quarter", "year"
PERIOD_KINDS = (
    (MONTH, QT_TRANSLATE_NOOP("DashboardPanel", "Tháng")),
    (QUARTER, QT_TRANSLATE_NOOP("DashboardPanel", "Quý")),
    (YEAR, QT_TRANSLATE_NOOP("DashboardPanel", "Năm")),
)
ROMAN = ("I", "II", "III", "IV")

# What the list under a tile shows.
COUNTED, MISSING, EVERY = "counted", "missing", "all"
SHOW_CHOICES = (
    (COUNTED, QT_TRANSLATE_NOOP("DashboardPanel", "Văn bản được tính (tử số)")),
    (MISSING, QT_TRANSLATE_NOOP("DashboardPanel", "Văn bản chưa đạt")),
    (EVERY, QT_TRANSLATE_NOOP("DashboardPanel", "Mọi văn bản trong kỳ (mẫu số)")),
)


class DashboardPanel(QWidget):
    """Emits ``open_document`` with a document id (double-click in the list)."""

    open_document = Signal(int)

    def __init__(self, office: Office, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.office = office
        self.allowed = office.actor.has(Role.CLERK, Role.LEADER, Role.ADMIN)
        self.figures: Figures | None = None
        self.trend: list[MonthPoint] = []
        self.period: Period | None = None
        self.list_key: str | None = None
        self.list_rows: list[FigureRow] = []
        self.last: Operation | None = None
        self._generation = 0
        self._stale = True
        today = vn_today()

        self.kind = QComboBox()
        self.kind.setObjectName("period_kind")
        for value, _label in PERIOD_KINDS:
            self.kind.addItem("", value)
        self.part = QComboBox()
        self.part.setObjectName("period_part")
        self.year = QSpinBox()
        self.year.setObjectName("period_year")
        self.year.setRange(2000, today.year + 1)
        self.year.setValue(today.year)
        self.period_label = QLabel()
        self.period_label.setBuddy(self.kind)
        self.export_pdf = QPushButton()
        self.export_pdf.setObjectName("export_pdf")
        self.export_xlsx = QPushButton()
        self.export_xlsx.setObjectName("export_xlsx")
        self.export_pdf.clicked.connect(lambda: self.export("pdf"))
        self.export_xlsx.clicked.connect(lambda: self.export("xlsx"))
        bar = QHBoxLayout()
        bar.addWidget(self.period_label)
        bar.addWidget(self.kind)
        bar.addWidget(self.part)
        bar.addWidget(self.year)
        bar.addStretch(1)
        bar.addWidget(self.export_pdf)
        bar.addWidget(self.export_xlsx)

        self.heading = QLabel()
        self.heading.setObjectName("heading")
        heading_font = QFont(self.font())
        heading_font.setPointSizeF(heading_font.pointSizeF() * 1.3)
        heading_font.setBold(True)
        self.heading.setFont(heading_font)
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.setVisible(False)

        self.tiles: dict[str, FigureTile] = {}
        for key in (*TILES, DOSSIERS):
            tile = FigureTile(key, key in TILES)
            tile.clicked.connect(self.show_rows)
            tile.setVisible(key in TILES)
            self.tiles[key] = tile
        self.tile_area = TileArea(list(self.tiles.values()))

        self.chart = TrendChart()
        self.chart.setObjectName("trend_chart")
        self.chart.setMinimumHeight(190)
        self.list_heading = QLabel()
        self.list_heading.setWordWrap(True)
        self.show_choice = QComboBox()
        self.show_choice.setObjectName("show_choice")
        for value, _label in SHOW_CHOICES:
            self.show_choice.addItem("", value)
        self.show_choice.currentIndexChanged.connect(self._fill_list)
        self.rows_model = FigureRowsModel(self)
        self.rows_view = RegisterView(self)
        self.rows_view.setObjectName("figure_rows")
        self.rows_view.setModel(self.rows_model)
        for col, width in enumerate((50, 60, 90, 150, 420)):
            self.rows_view.setColumnWidth(col, width)
        self.rows_view.activated.connect(self._activated)
        list_page = QWidget()
        list_layout = QVBoxLayout(list_page)
        list_top = QHBoxLayout()
        list_top.addWidget(self.list_heading, 1)
        list_top.addWidget(self.show_choice)
        list_layout.addLayout(list_top)
        list_layout.addWidget(self.rows_view, 1)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.chart, "")
        self.tabs.addTab(list_page, "")
        self.list_page = list_page

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 0)
        layout.addLayout(bar)
        layout.addWidget(self.heading)
        layout.addWidget(self.notice)
        layout.addWidget(self.tile_area, 5)  # first served, up to its need
        layout.addWidget(self.tabs, 1)

        self._reload = QTimer(self, singleShot=True, interval=200)
        self._reload.timeout.connect(self.load)
        self._fill_parts(today.month)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.part.currentIndexChanged.connect(self._reload.start)
        self.year.valueChanged.connect(self._reload.start)
        self.retranslate()
        if not self.allowed:
            for widget in (self.kind, self.part, self.year, self.export_pdf, self.export_xlsx):
                widget.setEnabled(False)
            self.notice.setVisible(True)

    # -- texts ---------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.period_label.setText(self.tr("&Kỳ báo cáo:"))
        for i, (_value, label) in enumerate(PERIOD_KINDS):
            self.kind.setItemText(i, self.tr(label))
        self._name_parts()
        for i, (_value, label) in enumerate(SHOW_CHOICES):
            self.show_choice.setItemText(i, self.tr(label))
        self.export_pdf.setText(self.tr("Xuất PDF…"))
        self.export_xlsx.setText(self.tr("Xuất Excel…"))
        self.export_pdf.setToolTip(self.tr("Lưu báo cáo theo thể thức văn bản hành chính."))
        self.export_xlsx.setToolTip(
            self.tr("Lưu số liệu và danh sách văn bản làm căn cứ vào tệp Excel.")
        )
        self.tabs.setTabText(0, self.tr("Diễn biến 12 tháng"))
        self.tabs.setTabText(1, self.tr("Văn bản làm căn cứ"))
        self.notice.setText(self.tr("Báo cáo số liệu dành cho văn thư, lãnh đạo và quản trị."))
        self._show_figures()
        self._fill_list()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- the period ----------------------------------------------------------------------
    def _fill_parts(self, select: int) -> None:
        self.part.blockSignals(True)
        self.part.clear()
        kind = self.kind.currentData()
        count = 12 if kind == MONTH else 4 if kind == QUARTER else 0
        for n in range(1, count + 1):
            self.part.addItem("", n)
        self.part.setCurrentIndex(max(self.part.findData(select), 0))
        self.part.setVisible(count > 0)
        self._name_parts()
        self.part.blockSignals(False)

    def _name_parts(self) -> None:
        kind = self.kind.currentData()
        for i in range(self.part.count()):
            n = int(self.part.itemData(i))
            if kind == MONTH:
                self.part.setItemText(i, month_name(n))
            else:
                roman = current_language() == "vi"  # "Quý IV" / "Q4"
                self.part.setItemText(i, self.tr("Quý {quarter}").format(
                    quarter=ROMAN[n - 1] if roman else n))

    def _kind_changed(self) -> None:
        today = vn_today()
        kind = self.kind.currentData()
        self._fill_parts(today.month if kind == MONTH else (today.month - 1) // 3 + 1)
        self._reload.start()

    def period_text(self) -> str:
        """The period as the services spell it: ``2026-11``, ``2026-Q4`` or ``2026``."""
        year, kind, n = self.year.value(), self.kind.currentData(), self.part.currentData()
        if kind == MONTH:
            return f"{year}-{int(n):02d}"
        if kind == QUARTER:
            return f"{year}-Q{int(n)}"
        return str(year)

    def set_period(self, text: str) -> Operation | None:
        """Show the period written ``2026-11``, ``2026-Q4`` or ``2026`` (and load it)."""
        period = parse_period(text)
        months = period.months()
        kind = YEAR if len(months) == 12 else QUARTER if len(months) == 3 else MONTH
        for widget in (self.kind, self.year):
            widget.blockSignals(True)
        self.kind.setCurrentIndex(self.kind.findData(kind))
        self.year.setValue(period.start.year)
        self._fill_parts(period.start.month if kind == MONTH else (period.start.month - 1) // 3 + 1)
        for widget in (self.kind, self.year):
            widget.blockSignals(False)
        return self.load()

    # -- loading -------------------------------------------------------------------------
    def refresh(self) -> None:
        """Figures go stale when documents change; they are counted again when seen."""
        self._stale = True
        if self.isVisible():
            self.load()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.load()

    def load(self) -> Operation | None:
        self._reload.stop()
        self._stale = False
        if not self.allowed:
            return None
        period = parse_period(self.period_text())
        self._generation += 1
        generation = self._generation
        office = self.office

        def work(token: CancelToken) -> tuple[Figures, list[MonthPoint]]:
            figures = compute(office, period)
            return figures, monthly_trend(office, period.end, 12)

        self.last = run_for(
            self,
            work,
            label=self.tr("Đang tính số liệu báo cáo…"),
            on_success=lambda result: self._loaded(generation, period, result),
        )
        return self.last

    def _loaded(
        self, generation: int, period: Period, result: tuple[Figures, list[MonthPoint]]
    ) -> None:
        if generation != self._generation:  # a newer period was asked for meanwhile
            return
        self.period = period
        self.figures, self.trend = result
        self._show_figures()
        self.chart.set_points(self.trend)
        if self.list_key is not None:
            self.show_rows(self.list_key, switch=False)

    def _show_figures(self) -> None:
        fig, period = self.figures, self.period
        if fig is None or period is None:
            self.heading.setText("")
        else:  # named now, in the language of the moment (not the one it was counted in)
            self.heading.setText(self.tr("Số liệu {period}").format(period=period.label))
        show_figures(self.tiles, fig)
        self.fit_tiles()

    def fit_tiles(self) -> None:
        self.tile_area.fit()

    # -- the documents behind a figure ---------------------------------------------------
    def show_rows(self, key: str, switch: bool = True) -> Operation | None:
        period = self.period
        if period is None or key not in TILES:
            return None
        registers = TILES[key][2]
        office = self.office
        generation = self._generation

        def work(token: CancelToken) -> list[FigureRow]:
            incoming = incoming_rows(office, period) if "incoming" in registers else []
            outgoing = outgoing_rows(office, period) if "outgoing" in registers else []
            return figure_rows(key, incoming, outgoing)

        def done(rows: list[FigureRow]) -> None:
            if generation != self._generation:
                return
            self.list_key = key
            self.list_rows = rows
            self._fill_list()
            if switch:
                self.tabs.setCurrentWidget(self.list_page)
                self.rows_view.setFocus()

        self.last = run_for(
            self, work, label=self.tr("Đang lấy danh sách văn bản…"), on_success=done
        )
        return self.last

    def _fill_list(self) -> None:
        key = self.list_key
        if key is None or self.period is None:
            self.list_heading.setText(
                self.tr("Bấm vào một ô số liệu để xem các văn bản làm căn cứ.")
            )
            self.rows_model.set_rows([], "digitized")
            return
        choice = self.show_choice.currentData()
        rows = [r for r in self.list_rows if choice == EVERY or r.counted == (choice == COUNTED)]
        self.rows_model.set_rows(rows, TILES[key][1])
        self.list_heading.setText(
            self.tr("{figure} — {period}: {count} văn bản.").format(
                figure=self.tr(TILES[key][0]), period=self.period.label, count=vn_int(len(rows))
            )
        )

    def _activated(self, index: QModelIndex) -> None:
        value = self.rows_model.data(index, DOC_ID_ROLE)
        if value is not None:
            self.open_document.emit(int(value))

    # -- export --------------------------------------------------------------------------
    def export(self, kind: str, path: Path | None = None) -> Operation | None:
        """Save the report of the period shown as PDF (``kind="pdf"``) or Excel (``"xlsx"``)."""
        if not self.allowed:
            return None
        operation = export_report(self, self.office, self.period_text(), kind, path)
        if operation is not None:
            self.last = operation
        return operation


def _dashboard(office: Office, parent: QWidget | None) -> QWidget:
    return DashboardPanel(office, parent)


DASHBOARD_PANEL = PanelSpec(
    "dashboard", QT_TRANSLATE_NOOP("Panels", "Báo cáo"), "vanthu", _dashboard
)


def connect_dashboard(host: WindowHost) -> None:
    """A document behind a figure opens in the window, as from the registers."""
    panel_of(host, DASHBOARD_PANEL.key, DashboardPanel).open_document.connect(host.open_document)
