"""The one-stop desk on screen (Hồ sơ một cửa): the dossiers of a month or a year, coloured by
their deadline, the period's figures (Quyết định 766), and a banner of those about to be late.

The window's share (the "Tiếp nhận hồ sơ…" action, the counts in its status bar) is in
``ui.dossiers.window_actions``.
"""

from __future__ import annotations

import calendar
import datetime as dt

from PySide6.QtCore import QEvent, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.core.clock import vn_today
from desktop.core.errors import VanThuError
from desktop.dossiers.service import DossierView, about_to_be_late, dossier_figures
from desktop.kernel.auth import Role
from desktop.kernel.office import Office
from ui.dossiers.apology import ask_apology
from ui.dossiers.form import DossierReceiptDialog
from ui.dossiers.form_printing import FormPrinter
from ui.dossiers.late_banner import LateBanner
from ui.dossiers.model import CODE_ROLE, STATE_TEXT, DossierModel, hm, now_vn, state_text
from ui.dossiers.view import DossierDialog
from ui.kit import messages
from ui.kit.dialogs import open_tracked
from ui.kit.errors import on_error
from ui.kit.i18n import QT_TRANSLATE_NOOP
from ui.kit.icons import icon
from ui.kit.months import month_name
from ui.kit.panels import PanelSpec
from ui.kit.tables import current_value, select_row
from ui.registers.panel import RegisterView

ALL = "__all__"
# (value, Vietnamese label) of the state filter; the states' own labels come after these
FILTERS: tuple[tuple[str, str], ...] = (
    (ALL, QT_TRANSLATE_NOOP("DossierPanel", "Mọi trạng thái")),
    (DossierModel.OPEN, QT_TRANSLATE_NOOP("DossierPanel", "Chưa có kết quả")),
    (DossierModel.LATE, QT_TRANSLATE_NOOP("DossierPanel", "Quá hạn")),
)
COLUMN_WIDTHS = (235, 250, 170, 120, 120, 200, 140)


def _period(year: int, month: int) -> tuple[dt.date, dt.date]:
    if month == 0:
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])


def may_receive(office: Office) -> bool:
    return office.actor.has(Role.CLERK) or office.actor.has(Role.OFFICER)


def same_day_in_time(v: DossierView, now: dt.datetime | None = None) -> bool:
    """A "Trong ngày" dossier received today is due today by its nature: not a warning at
    reception, only once its appointment has passed (issue 14, "Also seen")."""
    now = now or now_vn()
    return v.days == 0 and v.received_at.date() == now.date() and v.appointment > now


class DossierPanel(QWidget):
    counts_changed = Signal(str)
    message = Signal(str)  # a line for the status bar

    def __init__(self, office: Office, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.office = office
        self.dialog: QDialog | None = None  # the dialog open now (tests drive it)
        self.counts_text = ""
        self.figures: dict[str, object] = {}
        self.late: list[DossierView] = []
        self.printer = FormPrinter(self, office)
        self.model = DossierModel(office, self)

        self.receive_button = QPushButton(icon("incoming"), "")
        self.receive_button.setObjectName("receive")
        self.receive_button.clicked.connect(self.new_dossier)
        self.receive_button.setVisible(may_receive(office))
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)
        self.month = QComboBox()
        self.month.setObjectName("month")
        self.year = QSpinBox()
        self.year.setObjectName("year")
        self.year.setRange(2000, 2100)
        self.status = QComboBox()
        self.status.setObjectName("status")
        self.search_label, self.month_label = QLabel(), QLabel()
        self.year_label, self.status_label = QLabel(), QLabel()
        for label, buddy in (
            (self.search_label, self.search),
            (self.month_label, self.month),
            (self.year_label, self.year),
            (self.status_label, self.status),
        ):
            label.setBuddy(buddy)
        bar = QHBoxLayout()
        bar.addWidget(self.receive_button)
        bar.addSpacing(12)
        bar.addWidget(self.search_label)
        bar.addWidget(self.search, 3)
        bar.addWidget(self.month_label)
        bar.addWidget(self.month)
        bar.addWidget(self.year_label)
        bar.addWidget(self.year)
        bar.addWidget(self.status_label)
        bar.addWidget(self.status, 1)

        self.banner = LateBanner()
        self.late_list = self.banner.late_list
        self.apology_button = self.banner.apology_button
        self.banner.open_late_button.clicked.connect(self._open_late)
        self.apology_button.clicked.connect(self.apologise)

        self.view = RegisterView(self)
        self.view.setObjectName("dossier_view")
        self.view.setModel(self.model)
        for col, width in enumerate(COLUMN_WIDTHS):
            self.view.setColumnWidth(col, width)
        self.view.setSortingEnabled(True)
        self.view.horizontalHeader().setSortIndicator(3, Qt.SortOrder.AscendingOrder)
        self.view.activated.connect(self._activated)

        self.legend = QLabel()
        self.legend.setObjectName("legend")
        self.legend.setWordWrap(True)
        self.counts = QLabel()
        self.counts.setObjectName("dossier_counts")
        self.counts.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 0)
        layout.addLayout(bar)
        layout.addWidget(self.banner)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.legend)
        layout.addWidget(self.counts)

        self._search_timer = QTimer(self, singleShot=True, interval=250)
        self._search_timer.timeout.connect(self._search)
        self.search.textChanged.connect(self._search_timer.start)
        self.search.returnPressed.connect(self._search)
        today = vn_today()
        self.month.addItem("", 0)
        for m in range(1, 13):
            self.month.addItem("", m)
        self.month.setCurrentIndex(today.month)
        self.year.setValue(today.year)
        for value, label in FILTERS:
            self.status.addItem(self.tr(label), value)
        for state in STATE_TEXT:
            self.status.addItem(state_text(state), state)
        self.retranslate()
        self.month.currentIndexChanged.connect(self.apply_filters)
        self.year.valueChanged.connect(self.apply_filters)
        self.status.currentIndexChanged.connect(self.apply_filters)
        self.apply_filters()

    # -- texts ---------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.receive_button.setText(self.tr("Tiếp nhận hồ sơ… (Ctrl+H)"))
        self.search.setPlaceholderText(
            self.tr("Mã hồ sơ hoặc tên người nộp (gõ không dấu cũng được)")
        )
        self.search_label.setText(self.tr("&Tìm:"))
        self.month_label.setText(self.tr("Th&áng:"))
        self.year_label.setText(self.tr("&Năm:"))
        self.status_label.setText(self.tr("T&rạng thái:"))
        self.month.setItemText(0, self.tr("Cả năm"))
        for m in range(1, 13):
            self.month.setItemText(m, month_name(m))
        filters = dict(FILTERS)
        for i in range(self.status.count()):
            value = self.status.itemData(i)
            label = filters.get(value)
            self.status.setItemText(i, self.tr(label) if label else state_text(value))
        self.banner.retranslate()
        self.legend.setText(
            self.tr(
                "Chú giải: chữ đỏ đậm có biểu tượng (!) và chữ “quá hạn” là hồ sơ quá hạn; nền cam "
                "có biểu tượng đồng hồ và chữ “đến hạn hôm nay” là hồ sơ đến hạn trả hôm nay."
            )
        )
        self.model.headerDataChanged.emit(
            Qt.Orientation.Horizontal, 0, self.model.columnCount() - 1
        )
        self._update_banner()
        self.update_counts()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- filters -------------------------------------------------------------------------
    def period(self) -> tuple[dt.date, dt.date]:
        return _period(self.year.value(), int(self.month.currentData() or 0))

    def apply_filters(self) -> None:
        self._search_timer.stop()
        start, end = self.period()
        choice = self.status.currentData()
        self.model.set_query(
            start, end, None if choice == ALL else choice, self.search.text().strip()
        )
        self.update_counts()

    def _search(self) -> None:
        self._search_timer.stop()
        self.model.set_text(self.search.text().strip())
        self.update_counts()

    def show_period_of(self, day: dt.date) -> None:
        """Make sure the period shown holds ``day`` (after receiving into another month)."""
        start, end = self.period()
        if start <= day <= end:
            return
        for w in (self.month, self.year):
            w.blockSignals(True)
        self.year.setValue(day.year)
        if self.month.currentData():
            self.month.setCurrentIndex(day.month)
        for w in (self.month, self.year):
            w.blockSignals(False)
        self.apply_filters()

    # -- rows ----------------------------------------------------------------------------
    def refresh(self) -> None:
        selected = self.current_code()
        self.model.refresh()
        if selected is not None:
            self.select_dossier(selected)
        self.update_counts()

    def current_code(self) -> str | None:
        value = current_value(self.view, CODE_ROLE)
        return str(value) if value is not None else None

    def select_dossier(self, code: str) -> bool:
        return select_row(self.view, self.model.row_of(code))

    def _activated(self, index: QModelIndex) -> None:
        value = self.model.data(index, CODE_ROLE)
        if value is not None:
            self.open_dossier(str(value))

    def update_counts(self) -> None:
        start, end = self.period()
        try:
            self.figures = dossier_figures(self.office, start, end)
        except VanThuError:  # the line can do without figures
            self.figures = {}
        f = self.figures
        shown = self.model.rowCount()
        if f:
            text = self.tr(
                "Đang hiện {shown} hồ sơ · Trong kỳ: tiếp nhận {received} · đã giải quyết đúng "
                "hạn {on_time} · quá hạn {late} · đang giải quyết {in_progress} (quá hạn "
                "{in_progress_late})"
            ).format(
                shown=shown,
                received=f["received"],
                on_time=f["on_time"],
                late=f["late"],
                in_progress=f["in_progress"],
                in_progress_late=f["in_progress_late"],
            )
        else:
            text = self.tr("Đang hiện {shown} hồ sơ").format(shown=shown)
        self.counts_text = text
        self.counts.setText(text)
        self.counts_changed.emit(text)
        self._update_banner(reload=True)

    # -- about to be late ----------------------------------------------------------------
    def _update_banner(self, reload: bool = False) -> None:
        if reload:
            try:
                self.late = [v for v in about_to_be_late(self.office) if not same_day_in_time(v)]
            except VanThuError:  # the banner can do without
                self.late = []
        self.banner.show_late(self.late, may_receive(self.office))

    def _late_chosen(self) -> DossierView | None:
        code = self.banner.chosen_code()
        return next((v for v in self.late if v.code == code), None)

    def _open_late(self) -> None:
        v = self._late_chosen()
        if v is not None:
            self.open_dossier(v.code)

    def apologise(self) -> None:
        v = self._late_chosen()
        if v is None:
            return
        self._open(ask_apology(self, self.office, v, self.printer), delete=False)

    # -- dialogs -------------------------------------------------------------------------
    def _open(self, dialog: QDialog, delete: bool = True) -> None:
        open_tracked(self, dialog, delete=delete, show=delete)

    def new_dossier(self) -> None:
        if not may_receive(self.office):
            return
        try:
            dialog = DossierReceiptDialog(self.office, self)
        except VanThuError as exc:
            on_error(self, exc)
            return
        dialog.accepted.connect(lambda: self._received(dialog.saved))
        self._open(dialog)

    def _received(self, view: object) -> None:
        if not isinstance(view, DossierView):
            return
        self.show_period_of(view.received_at.date())
        self.refresh()
        if not self.select_dossier(view.code) and self.status.currentData() != ALL:
            self.status.setCurrentIndex(0)
            self.select_dossier(view.code)
        self.message.emit(
            self.tr("Đã tiếp nhận hồ sơ {code}. Hẹn trả kết quả: {time}.").format(
                code=view.code, time=hm(view.appointment)
            )
        )
        if view.warnings:
            messages.warning(self, self.tr("Cần kiểm tra hạn trả"), "\n".join(view.warnings))
        if messages.ask(
            self,
            self.tr("In giấy tiếp nhận"),
            self.tr(
                "Đã tiếp nhận hồ sơ {code}, hẹn trả kết quả lúc {time}. In giấy tiếp nhận hồ sơ "
                "và hẹn trả kết quả cho người nộp?"
            ).format(code=view.code, time=hm(view.appointment)),
        ):
            self.printer.preview(view.code, "receipt")

    def open_dossier(self, code: str) -> None:
        try:
            dialog = DossierDialog(self.office, code, self)
        except VanThuError as exc:
            on_error(self, exc)
            return
        dialog.changed.connect(lambda _code: self.refresh())
        self._open(dialog)

    def open_current(self) -> None:
        code = self.current_code()
        if code is not None:
            self.open_dossier(code)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()


def _dossiers(office: Office, parent: QWidget | None) -> QWidget:
    return DossierPanel(office, parent)


DOSSIERS_PANEL = PanelSpec(
    "dossiers", QT_TRANSLATE_NOOP("Panels", "Hồ sơ một cửa"), "overdue", _dossiers
)
