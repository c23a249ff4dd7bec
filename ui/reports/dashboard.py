"""The report screen: the figures a commune quotes for a month, quarter or year, as large tiles
in the communes' own wording; a twelve-month trend; the documents behind each figure; the report
saved as PDF or Excel. The services count in SQL; this screen only shows their answers, fetched
in the background."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QKeyEvent, QMouseEvent, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core.numfmt import vn_int, vn_percent
from desktop.core.periods import Period, parse_period
from desktop.core.validate import format_number
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
from desktop.shell.services import Status
from ui.kit import messages
from ui.kit.choosers import ask_save_path
from ui.kit.i18n import QT_TRANSLATE_NOOP
from ui.kit.panels import PanelSpec, opens_documents, register_panel, register_window_hook
from ui.kit.worker import CancelToken, Operation, run_for
from ui.registers.model import DOC_ID_ROLE
from ui.registers.panel import RegisterView
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

# The tiles: key → (title, name of the flag behind it, registers, only rows with this flag)
TILES: dict[str, tuple[str, str, tuple[str, ...], str | None]] = {
    "incoming": (
        QT_TRANSLATE_NOOP("DashboardPanel", "Văn bản đến được số hóa, xử lý trên phần mềm"),
        "digitized",
        ("incoming",),
        None,
    ),
    "standard": (
        QT_TRANSLATE_NOOP(
            "DashboardPanel", "Văn bản đến số hóa đạt chuẩn Phụ lục I Nghị định 30/2020/NĐ-CP"
        ),
        "meets",
        ("incoming",),
        "digitized",
    ),
    "outgoing": (
        QT_TRANSLATE_NOOP("DashboardPanel", "Văn bản đi được phát hành trên phần mềm (có ký số)"),
        "signed",
        ("outgoing",),
        None,
    ),
    "signed": (
        QT_TRANSLATE_NOOP("DashboardPanel", "Văn bản đến và đi được ký số"),
        "signed",
        ("incoming", "outgoing"),
        None,
    ),
}
DOSSIERS = "dossiers"
DOSSIER_TITLE = QT_TRANSLATE_NOOP(
    "DashboardPanel", "Hồ sơ thủ tục hành chính giải quyết trước và đúng hạn"
)
FLAG_HEADINGS = {
    "digitized": QT_TRANSLATE_NOOP("FigureRowsModel", "Đã số hóa"),
    "meets": QT_TRANSLATE_NOOP("FigureRowsModel", "Đạt chuẩn"),
    "signed": QT_TRANSLATE_NOOP("FigureRowsModel", "Có ký số"),
}


class FigureTile(QFrame):
    """One figure, large: its title, ``part/whole`` and the share (or "không phát sinh").
    A tile with documents behind it can be clicked, or reached with Tab and Enter/Space."""

    clicked = Signal(str)

    def __init__(self, key: str, clickable: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.clickable = clickable
        self.setObjectName(f"tile_{key}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            "FigureTile { background: palette(base); border: 1px solid #c5ceda;"
            " border-radius: 6px; }"
            "FigureTile:focus { border: 2px solid #1f5fa8; }"
        )
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.value = QLabel()
        self.value.setObjectName("value")
        self.ratio = QLabel()
        self.ratio.setObjectName("ratio")
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #555;")
        base = self.font().pointSizeF()
        big = QFont(self.font())
        big.setPointSizeF(base * 2.2)
        big.setBold(True)
        self.value.setFont(big)
        medium = QFont(self.font())
        medium.setPointSizeF(base * 1.4)
        self.ratio.setFont(medium)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addWidget(self.title)
        layout.addWidget(self.value)
        layout.addWidget(self.ratio)
        layout.addWidget(self.note)
        layout.addStretch(1)
        if clickable:
            self.setCursor(Qt.CursorShape.PointingHandCursor)
            self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def show_waiting(self, title: str) -> None:
        """Before the first figures arrive: the title only, no misleading 0/0."""
        self.title.setText(title)
        self.value.setText("…")
        self.ratio.setText("")
        self.note.setVisible(False)

    def show_figure(
        self, title: str, part: int, whole: int, share: float | None, result: str, note: str
    ) -> None:
        self.title.setText(title)
        self.value.setText(f"{vn_int(part)}/{vn_int(whole)}")
        self.ratio.setText(result)
        self.ratio.setStyleSheet("color: #777;" if share is None else "")
        self.note.setText(note)
        self.note.setVisible(bool(note))
        self.setAccessibleName(f"{title}: {self.value.text()} — {result}")

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self.clickable and event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit(self.key)
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.clickable and event.key() in (
            Qt.Key.Key_Return,
            Qt.Key.Key_Enter,
            Qt.Key.Key_Space,
        ):
            self.clicked.emit(self.key)
            return
        super().keyPressEvent(event)


@dataclass(frozen=True)
class FigureRow:
    doc_id: int
    register: str  # "incoming" | "outgoing"
    number: str
    date: dt.date | None
    symbol: str
    subject: str
    counted: bool


def figure_rows(
    key: str, incoming: list[dict[str, Any]], outgoing: list[dict[str, Any]]
) -> list[FigureRow]:
    """The documents in a figure's denominator, each marked counted or not (the service's own
    flags; cancelled registrations are left out, as in the figures)."""
    _title, flag, registers, within = TILES[key]
    rows: list[FigureRow] = []
    for register, source, date_key in (
        ("incoming", incoming, "received_date"),
        ("outgoing", outgoing, "issued_date"),
    ):
        if register not in registers:
            continue
        for r in source:
            if r["status"] == Status.CANCELLED.value or (within and not r[within]):
                continue
            rows.append(
                FigureRow(
                    int(r["id"]),
                    register,
                    format_number(int(r["number"])) if r["number"] is not None else "",
                    r[date_key],
                    r["symbol"] or "",
                    r["subject"] or "",
                    bool(r[flag]),
                )
            )
    return rows


class FigureRowsModel(QAbstractTableModel):
    """The documents behind one figure (a short list, held whole)."""

    HEADINGS = (
        QT_TRANSLATE_NOOP("FigureRowsModel", "Sổ"),
        QT_TRANSLATE_NOOP("FigureRowsModel", "Số"),
        QT_TRANSLATE_NOOP("FigureRowsModel", "Ngày"),
        QT_TRANSLATE_NOOP("FigureRowsModel", "Số, ký hiệu"),
        QT_TRANSLATE_NOOP("FigureRowsModel", "Trích yếu nội dung"),
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[FigureRow] = []
        self.flag = "digitized"

    def set_rows(self, rows: list[FigureRow], flag: str) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.flag = flag
        self.endResetModel()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.HEADINGS) + 1

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if 0 <= section < len(self.HEADINGS):
            return self.tr(self.HEADINGS[section])
        if section == len(self.HEADINGS):
            return self.tr(FLAG_HEADINGS[self.flag])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return self.tr("Đến") if row.register == "incoming" else self.tr("Đi")
            if col == 1:
                return row.number
            if col == 2:
                return row.date.strftime("%d/%m/%Y") if row.date else ""
            if col == 3:
                return row.symbol
            if col == 4:
                return row.subject
            return self.tr("Có") if row.counted else self.tr("Chưa")
        if role == DOC_ID_ROLE:
            return row.doc_id
        if role == Qt.ItemDataRole.ForegroundRole and col == 5 and not row.counted:
            return QColor("#b00020")
        if role == Qt.ItemDataRole.ToolTipRole and col == 4:
            return row.subject
        return None


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
        today = dt.date.today()

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
        grid = QGridLayout()
        grid.setSpacing(10)
        for i, key in enumerate((*TILES, DOSSIERS)):
            tile = FigureTile(key, key in TILES)
            tile.clicked.connect(self.show_rows)
            tile.setVisible(key in TILES)
            self.tiles[key] = tile
            grid.addWidget(tile, i // 3, i % 3)

        self.chart = TrendChart()
        self.chart.setObjectName("trend_chart")
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
        layout.addLayout(grid)
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
                self.part.setItemText(i, self.tr("Tháng {month}").format(month=n))
            else:
                self.part.setItemText(i, self.tr("Quý {quarter}").format(quarter=ROMAN[n - 1]))

    def _kind_changed(self) -> None:
        today = dt.date.today()
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

    def _result(self, share: float | None) -> str:
        if share is None:
            return self.tr("không phát sinh")
        return self.tr("đạt {percent}").format(percent=vn_percent(share))

    def _show_figures(self) -> None:
        fig = self.figures
        if fig is None:
            self.heading.setText("")
            for tile in self.tiles.values():
                tile.show_waiting(self.tr(self._title(tile.key)))
            return
        self.heading.setText(self.tr("Số liệu {period}").format(period=fig.period["label"]))
        i, o, s = fig.incoming, fig.outgoing, fig.signed
        figures = {
            "incoming": (i["digitized"], i["total"], i["ratio"], ""),
            "standard": (
                i["meeting_standard"],
                i["digitized"],
                i["standard_ratio"],
                self.tr("Tính trên số văn bản đến đã số hóa."),
            ),
            "outgoing": (o["issued_electronically"], o["total"], o["ratio"], ""),
            "signed": (s["total"], s["of"], s["ratio"], ""),
        }
        for key, (part, whole, share, note) in figures.items():
            tile = self.tiles[key]
            tile.show_figure(
                self.tr(self._title(key)), part, whole, share, self._result(share), note
            )
            tile.setToolTip(self.tr("Bấm để xem các văn bản làm căn cứ cho số liệu này."))
        d = fig.dossiers
        tile = self.tiles[DOSSIERS]
        tile.setVisible(d is not None)
        if d is not None:
            share = d.get("on_time_ratio")
            tile.show_figure(
                self.tr(DOSSIER_TITLE),
                int(d.get("on_time", 0)) + int(d.get("in_progress_on_time", 0)),
                int(d.get("handled", 0)),
                share,
                self._result(share),
                self.tr(
                    "Tiếp nhận {received} hồ sơ; giải quyết trước và đúng hạn {on_time}, "
                    "quá hạn {late}, đang giải quyết {in_progress}."
                ).format(
                    received=vn_int(int(d.get("received", 0))),
                    on_time=vn_int(int(d.get("on_time", 0))),
                    late=vn_int(int(d.get("late", 0))),
                    in_progress=vn_int(int(d.get("in_progress", 0))),
                ),
            )

    @staticmethod
    def _title(key: str) -> str:
        return DOSSIER_TITLE if key == DOSSIERS else TILES[key][0]

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
        text = self.period_text()
        period = parse_period(text)
        if path is None:
            if kind == "pdf":
                title, wanted = self.tr("Xuất báo cáo ra PDF"), self.tr("Tệp PDF (*.pdf)")
            else:
                title, wanted = self.tr("Xuất báo cáo ra Excel"), self.tr("Tệp Excel (*.xlsx)")
            path = ask_save_path(self, title, f"bao-cao-{text}.{kind}", wanted)
            if path is None:
                return None
        office, out = self.office, path

        def work(token: CancelToken) -> Path:
            figures = compute(office, period)
            if kind == "pdf":
                from desktop.reports.files import write_pdf  # fpdf: when exporting, not at start

                return write_pdf(figures, out)
            from desktop.reports.files import write_xlsx

            return write_xlsx(office, figures, period, out)

        def saved(written: Path) -> None:
            messages.info(
                self,
                self.tr("Đã lưu báo cáo"),
                self.tr("Đã lưu báo cáo {period} vào {path}.").format(
                    period=period.label, path=str(written)
                ),
            )

        self.last = run_for(self, work, label=self.tr("Đang lưu báo cáo…"), on_success=saved)
        return self.last


def _dashboard(office: Office, parent: QWidget | None) -> QWidget:
    return DashboardPanel(office, parent)


register_panel(
    PanelSpec("dashboard", QT_TRANSLATE_NOOP("Panels", "Báo cáo"), "vanthu", 40, _dashboard)
)
register_window_hook(opens_documents("dashboard"))
