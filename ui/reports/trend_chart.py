"""Twelve months at a glance: documents counted per month (bars, left axis) and the two shares
the reports quote (lines, right axis, 0–100 %): incoming digitised, outgoing issued in the
software. A month with nothing registered has no share, so its line point is left out rather
than drawn at 0 %."""

from __future__ import annotations

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QEvent, QMargins, Qt
from PySide6.QtGui import QColor, QCursor, QPainter, QPen
from PySide6.QtWidgets import QToolTip, QWidget

from desktop.core.numfmt import vn_int, vn_percent
from desktop.reports.figures import MonthPoint

INCOMING_COLOUR = QColor("#1f5fa8")
OUTGOING_COLOUR = QColor("#c0631b")


def _nice_max(value: int) -> int:
    """An axis top that is a round number a little above ``value``."""
    if value <= 4:
        return 4
    step = 1
    while step * 10 < value:
        step *= 10
    for factor in (1, 2, 5, 10):
        top = factor * step
        if top >= value:
            return top if top > value else top + step
    return value


class TrendChart(QChartView):
    def __init__(self, parent: QWidget | None = None) -> None:
        chart = QChart()
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        super().__init__(chart, parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(260)
        self.points: list[MonthPoint] = []
        self.categories: list[str] = []
        self.bars: QBarSeries | None = None
        self.lines: list[QLineSeries] = []

    def set_points(self, points: list[MonthPoint]) -> None:
        self.points = list(points)
        self._build()

    def _build(self) -> None:
        chart = self.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        chart.setTitle(self.tr("Mười hai tháng gần nhất"))
        self.categories = [f"{p.month:02d}/{p.year}" for p in self.points]

        incoming = QBarSet(self.tr("Văn bản đến"))
        outgoing = QBarSet(self.tr("Văn bản đi"))
        incoming.setColor(INCOMING_COLOUR.lighter(170))
        outgoing.setColor(OUTGOING_COLOUR.lighter(170))
        for p in self.points:
            incoming.append(p.incoming)
            outgoing.append(p.outgoing)
        bars = QBarSeries()
        bars.append(incoming)
        bars.append(outgoing)
        bars.hovered.connect(self._bar_hovered)

        digitised = QLineSeries()
        digitised.setName(self.tr("Tỷ lệ văn bản đến được số hóa (%)"))
        issued = QLineSeries()
        issued.setName(self.tr("Tỷ lệ văn bản đi phát hành trên phần mềm (%)"))
        for line, colour in ((digitised, INCOMING_COLOUR), (issued, OUTGOING_COLOUR)):
            line.setPen(QPen(colour, 2.5))
            line.setPointsVisible(True)
        for i, p in enumerate(self.points):
            if p.incoming_ratio is not None:
                digitised.append(i, p.incoming_ratio)
            if p.outgoing_ratio is not None:
                issued.append(i, p.outgoing_ratio)

        chart.addSeries(bars)
        chart.addSeries(digitised)
        chart.addSeries(issued)
        months = QBarCategoryAxis()
        months.append(self.categories)
        counts = QValueAxis()
        counts.setLabelFormat("%d")
        top = _nice_max(max([max(p.incoming, p.outgoing) for p in self.points] or [0]))
        counts.setRange(0, top)
        counts.setTickCount(5)
        counts.setTitleText(self.tr("Số văn bản"))
        shares = QValueAxis()
        shares.setRange(0, 100)
        shares.setLabelFormat("%d")
        shares.setTickCount(5)
        shares.setTitleText(self.tr("Tỷ lệ (%)"))
        chart.addAxis(months, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(counts, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(shares, Qt.AlignmentFlag.AlignRight)
        bars.attachAxis(months)
        bars.attachAxis(counts)
        for line in (digitised, issued):
            line.attachAxis(months)
            line.attachAxis(shares)
        self.bars = bars
        self.lines = [digitised, issued]

    def _bar_hovered(self, status: bool, index: int, _barset: QBarSet) -> None:
        if not status or not 0 <= index < len(self.points):
            QToolTip.hideText()
            return
        p = self.points[index]
        text = self.tr(
            "Tháng {month}/{year}: {incoming} văn bản đến, {digitized} được số hóa ({ratio_in}); "
            "{outgoing} văn bản đi, {issued} phát hành trên phần mềm ({ratio_out})."
        ).format(
            month=p.month,
            year=p.year,
            incoming=vn_int(p.incoming),
            digitized=vn_int(p.digitized),
            ratio_in=vn_percent(p.incoming_ratio),
            outgoing=vn_int(p.outgoing),
            issued=vn_int(p.issued),
            ratio_out=vn_percent(p.outgoing_ratio),
        )
        QToolTip.showText(QCursor.pos(), text, self)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and self.points:
            self._build()
        super().changeEvent(event)
