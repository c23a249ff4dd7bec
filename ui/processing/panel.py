"""Văn bản cần xử lý: the work list on screen.

An officer sees their own documents, lead and support in separate lists; a leader what waits
for an instruction and what each handler holds; the clerk every open document. Rows are coloured
by deadline as in the dossier list. The steps (assign, accept, done, submit) are dialogs; the
counts of overdue and due-soon go to the status bar and the navigation entry (``window_hook``),
and a reminder banner shows at start and every hour, once a day per person.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import UserError, VanThuError
from desktop.kernel.auth import Role
from desktop.kernel.office import Office
from desktop.processing import corrections, service
from desktop.processing.lists import WorkList, work_list
from desktop.processing.reminders import reminder
from desktop.processing.views import WorkItem
from ui.kit import messages
from ui.kit.dialogs import open_tracked
from ui.kit.errors import on_error
from ui.kit.i18n import QT_TRANSLATE_NOOP
from ui.kit.panels import PanelSpec
from ui.processing.dialogs import EXTEND, REASSIGN, AssignDialog, DoneDialog
from ui.processing.widgets import ReminderBanner, WorkTable
from ui.registers.model import masked_text

HOUR_MS = 60 * 60 * 1000


class WorkPanel(QWidget):
    counts_changed = Signal(str)  # the status bar's line
    badge_changed = Signal(str)  # the navigation entry's count
    message = Signal(str)
    reminded = Signal(str)  # the reminder's text, for the tray

    def __init__(self, office: Office, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.office = office
        self.dialog: QDialog | None = None
        self.work: WorkList | None = None
        self.counts_text = ""
        actor = office.actor
        self.is_leader = actor.has(Role.LEADER)
        self.is_clerk = actor.has(Role.CLERK)

        self.banner = ReminderBanner()
        self.tabs = QTabWidget()
        self.tabs.setObjectName("work_tabs")
        self.lead_table = WorkTable("lead_list")
        self.support_table = WorkTable("support_list")
        self.waiting_table = WorkTable("waiting_list")
        self.all_table = WorkTable("all_list")
        self.handled_table = WorkTable("handled_list")
        self.held_table = QTableWidget(0, 4)
        self.held_table.setObjectName("held_list")
        self.held_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.held_table.horizontalHeader().setStretchLastSection(True)
        self._tabs: list[tuple[QWidget, str]] = []
        if self.is_leader:
            self._add_tab(self.waiting_table, QT_TRANSLATE_NOOP("WorkPanel", "Chờ cho ý kiến"))
            self._add_tab(self.held_table,
                          QT_TRANSLATE_NOOP("WorkPanel", "Người xử lý đang giữ"))
            self._add_tab(self.handled_table, QT_TRANSLATE_NOOP("WorkPanel", "Đang giao xử lý"))
        self._add_tab(self.lead_table, QT_TRANSLATE_NOOP("WorkPanel", "Chủ trì xử lý"))
        self._add_tab(self.support_table, QT_TRANSLATE_NOOP("WorkPanel", "Phối hợp"))
        if self.is_clerk:
            self._add_tab(self.all_table, QT_TRANSLATE_NOOP("WorkPanel", "Tất cả"))
        for table in (self.lead_table, self.support_table, self.waiting_table, self.all_table,
                      self.handled_table):
            table.selectionModel().currentRowChanged.connect(self._update_buttons)
            table.activated.connect(self._activated)

        self.submit_button = QPushButton()
        self.submit_button.setObjectName("submit")
        self.submit_button.setVisible(self.is_clerk)
        self.submit_button.clicked.connect(self.submit_document)
        self.submit_all_button = QPushButton()
        self.submit_all_button.setObjectName("submit_all")
        self.submit_all_button.setVisible(self.is_clerk)
        self.submit_all_button.clicked.connect(self.submit_addressed)
        self.assign_button = QPushButton()
        self.assign_button.setObjectName("assign")
        self.assign_button.setVisible(self.is_leader)
        self.assign_button.clicked.connect(self.assign_current)
        self.accept_button = QPushButton()
        self.accept_button.setObjectName("accept")
        self.accept_button.clicked.connect(self.accept_current)
        self.done_button = QPushButton()
        self.done_button.setObjectName("done")
        self.done_button.clicked.connect(self.done_current)
        self.extend_button = QPushButton()
        self.extend_button.setObjectName("extend")
        self.extend_button.clicked.connect(lambda: self._leader_dialog(EXTEND))
        self.reassign_button = QPushButton()
        self.reassign_button.setObjectName("reassign")
        self.reassign_button.clicked.connect(lambda: self._leader_dialog(REASSIGN))
        self.take_back_button = QPushButton()
        self.take_back_button.setObjectName("take_back")
        self.take_back_button.clicked.connect(self.take_back_current)
        for b in (self.extend_button, self.reassign_button, self.take_back_button):
            b.setVisible(self.is_leader)
        self.slip_button = QPushButton()
        self.slip_button.setObjectName("slip")
        self.slip_button.clicked.connect(self.slip_current)
        self.refresh_button = QPushButton()
        self.refresh_button.clicked.connect(self.refresh)
        # Two rows: the flow, then the leader's corrections, so that every button fits a
        # 1366 px screen in English too (one row of ten needed 1,268 px beside the navigation).
        bar = QHBoxLayout()
        for b in (self.submit_button, self.submit_all_button, self.assign_button,
                  self.accept_button, self.done_button):
            bar.addWidget(b)
        bar.addStretch(1)
        bar.addWidget(self.slip_button)
        bar.addWidget(self.refresh_button)
        corrections = QHBoxLayout()
        for b in (self.extend_button, self.reassign_button, self.take_back_button):
            corrections.addWidget(b)
        corrections.addStretch(1)
        self.counts = QLabel()
        self.counts.setObjectName("work_counts")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 0)
        layout.addLayout(bar)
        layout.addLayout(corrections)
        layout.addWidget(self.banner)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.counts)
        self.tabs.currentChanged.connect(lambda _i: self._update_buttons())
        self.timer = QTimer(self, interval=HOUR_MS)
        self.timer.timeout.connect(self.remind)
        self.retranslate()
        self.refresh()

    def _add_tab(self, widget: QWidget, title: str) -> None:
        self._tabs.append((widget, title))
        self.tabs.addTab(widget, self.tr(title))

    # -- texts ---------------------------------------------------------------------------
    def retranslate(self) -> None:
        for i, (_w, title) in enumerate(self._tabs):
            self.tabs.setTabText(i, self.tr(title))
        self.submit_button.setText(self.tr("&Trình lãnh đạo…"))
        self.submit_all_button.setText(self.tr("Trình &văn bản gửi Chủ tịch"))
        self.assign_button.setText(self.tr("&Giao xử lý…"))
        self.accept_button.setText(self.tr("&Ký nhận"))
        self.done_button.setText(self.tr("&Hoàn thành…"))
        self.refresh_button.setText(self.tr("&Làm mới"))
        self.slip_button.setText(self.tr("In &phiếu giải quyết…"))
        self.extend_button.setText(self.tr("Gia &hạn…"))
        self.reassign_button.setText(self.tr("Giao &lại…"))
        self.take_back_button.setText(self.tr("Thu &hồi…"))
        self.banner.close_button.setText(self.tr("Đóng"))
        self.held_table.setHorizontalHeaderLabels([
            self.tr("Người xử lý"), self.tr("Đang giữ"), self.tr("Quá hạn"),
            self.tr("Sắp đến hạn")])
        for table in (self.lead_table, self.support_table, self.waiting_table, self.all_table,
                      self.handled_table):
            table.work.headerDataChanged.emit(Qt.Orientation.Horizontal, 0,
                                              table.work.columnCount() - 1)
        self._show_counts()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- data ----------------------------------------------------------------------------
    def refresh(self) -> None:
        self.work = None  # a role without a work list (the administrator): no refusal logged
        if self.office.actor.has(Role.OFFICER, Role.LEADER, Role.CLERK):
            try:
                self.work = work_list(self.office)
            except VanThuError as exc:
                on_error(self, exc)
        w = self.work
        self.lead_table.work.set_items(w.lead if w else ())
        self.support_table.work.set_items(w.support if w else ())
        self.waiting_table.work.set_items(w.waiting if w else ())
        self.all_table.work.set_items(w.everything if w else ())
        self.handled_table.work.set_items(w.handled if w else ())
        held = w.held if w else ()
        self.held_table.setRowCount(len(held))
        for row, h in enumerate(held):
            for col, value in enumerate((h["full_name"], h["count"], h["overdue"],
                                         h["due_soon"])):
                self.held_table.setItem(row, col, QTableWidgetItem(str(value)))
        self._show_counts()
        self._update_buttons()

    def _show_counts(self) -> None:
        w = self.work
        overdue, soon = (w.overdue, w.due_soon) if w else (0, 0)
        self.counts_text = self.tr("Văn bản quá hạn: {overdue}; sắp đến hạn: {soon}").format(
            overdue=overdue, soon=soon)
        self.counts.setText(self.counts_text)
        self.counts_changed.emit(self.counts_text)
        self.badge_changed.emit(f"{overdue}/{soon}" if overdue or soon else "")

    def current_table(self) -> WorkTable | None:
        widget = self.tabs.currentWidget()
        return widget if isinstance(widget, WorkTable) else None

    def current_item(self) -> WorkItem | None:
        table = self.current_table()
        return table.current_item() if table is not None else None

    def select(self, key: str, doc_id: int) -> bool:
        tables = {"lead": self.lead_table, "support": self.support_table,
                  "waiting": self.waiting_table, "all": self.all_table,
                  "handled": self.handled_table}
        table = tables[key]
        self.tabs.setCurrentWidget(table)
        return table.select_document(doc_id)

    def _update_buttons(self, *_args: object) -> None:
        item = self.current_item()
        table = self.current_table()
        me = self.office.actor.username
        self.assign_button.setEnabled(item is not None and table is self.waiting_table)
        own = item is not None and table in (self.lead_table, self.support_table)
        self.accept_button.setEnabled(own and item is not None and not item.accepted)
        may_finish = item is not None and item.state in ("assigned", "in_progress") and (
            self.is_leader or (table is self.lead_table and item.lead == me))
        self.done_button.setEnabled(bool(may_finish))
        self.slip_button.setEnabled(item is not None)
        leading = item is not None and table is self.handled_table
        for b in (self.extend_button, self.reassign_button, self.take_back_button):
            b.setEnabled(leading)

    def _title(self, item: WorkItem) -> str:
        return self.tr("Số đến {number}/{year} — {symbol}: {subject}").format(
            number=f"{item.number:02d}", year=item.year, symbol=item.symbol,
            subject=masked_text() if item.masked else item.subject)

    def _activated(self, _index: QModelIndex) -> None:
        table = self.current_table()
        if table is self.waiting_table:
            self.assign_current()
        elif self.done_button.isEnabled():
            self.done_current()

    # -- steps ---------------------------------------------------------------------------
    def _open(self, dialog: QDialog) -> None:
        open_tracked(self, dialog)

    def assign_current(self) -> None:
        item = self.current_item()
        if item is None or not self.is_leader:
            return
        try:
            dialog = AssignDialog(self.office, item.document_id, self._title(item), self)
        except VanThuError as exc:
            on_error(self, exc)
            return
        dialog.accepted.connect(lambda: self._changed(self.tr("Đã giao xử lý văn bản.")))
        self._open(dialog)

    def _leader_dialog(self, mode: str) -> None:
        item = self.current_item()
        if item is None or not self.is_leader:
            return
        try:
            dialog = AssignDialog(self.office, item.document_id, self._title(item), self, mode)
        except VanThuError as exc:
            on_error(self, exc)
            return
        text = self.tr("Đã gia hạn xử lý văn bản.") if mode == EXTEND else self.tr(
            "Đã giao lại người xử lý.")
        dialog.accepted.connect(lambda: self._changed(text))
        self._open(dialog)

    def slip_current(self) -> None:
        item = self.current_item()
        if item is None:
            return
        from ui.processing.slip import SlipDialog

        try:
            dialog = SlipDialog(self.office, item.document_id, self)
        except VanThuError as exc:
            on_error(self, exc)
            return
        self._open(dialog)

    def take_back_current(self) -> None:
        item = self.current_item()
        if item is None or not self.is_leader:
            return
        reason = messages.ask_text(self, self.tr("Thu hồi văn bản"),
                                   self.tr("Lý do thu hồi văn bản đã giao:"))
        if reason is None:
            return
        try:
            with self.office.unit():
                corrections.take_back(self.office, item.document_id, reason)
        except VanThuError as exc:
            on_error(self, exc)
            return
        self._changed(self.tr("Đã thu hồi văn bản; văn bản chờ cho ý kiến lại."))

    def done_current(self) -> None:
        item = self.current_item()
        if item is None:
            return
        dialog = DoneDialog(self.office, item.document_id, self._title(item), self)
        dialog.accepted.connect(lambda: self._changed(self.tr("Đã hoàn thành xử lý văn bản.")))
        self._open(dialog)

    def accept_current(self) -> None:
        item = self.current_item()
        if item is None:
            return
        try:
            with self.office.unit():
                service.accept(self.office, item.document_id)
        except VanThuError as exc:
            on_error(self, exc)
            return
        self._changed(self.tr("Đã ký nhận văn bản."))

    def submit_document(self) -> None:
        text = messages.ask_text(self, self.tr("Trình lãnh đạo"),
                                 self.tr("Mã văn bản đến cần trình:"))
        if text is None:
            return
        try:
            value = text.strip().lstrip("#")
            if not value.isdigit():
                raise UserError(self.tr("Mã văn bản phải là số: “{value}”.").format(value=text))
            with self.office.unit():
                service.submit(self.office, int(value))
        except VanThuError as exc:
            on_error(self, exc)
            return
        self._changed(self.tr("Đã trình văn bản lên lãnh đạo."))

    def submit_addressed(self) -> None:
        """The clerk's choice: every registered document addressed to the chairperson."""
        try:
            with self.office.unit():
                ids = service.submit_addressed(self.office)
        except VanThuError as exc:
            on_error(self, exc)
            return
        self._changed(self.tr("Đã trình {count} văn bản gửi Chủ tịch.", "", len(ids)).format(
            count=len(ids)))

    def _changed(self, text: str) -> None:
        self.refresh()
        self.message.emit(text)

    # -- reminders -----------------------------------------------------------------------
    def remind(self) -> None:
        """At start and every hour: the overdue and due-soon documents, once a day."""
        try:
            items = reminder(self.office)
        except VanThuError:
            return
        if not items:
            return
        overdue = sum(1 for i in items if i.urgency == "overdue")
        text = self.tr("Nhắc việc: {overdue} văn bản quá hạn và {soon} văn bản sắp đến hạn xử lý "
                       "(trong 2 ngày làm việc).", "", overdue).format(overdue=overdue,
                                                                      soon=len(items) - overdue)
        self.banner.text.setText(text)
        self.banner.setVisible(True)
        self.reminded.emit(text)


def _work(office: Office, parent: QWidget | None) -> QWidget:
    return WorkPanel(office, parent)


PROCESSING_PANEL = PanelSpec(
    "processing", QT_TRANSLATE_NOOP("Panels", "Văn bản cần xử lý"), "incoming", _work
)
