"""The "Hồ sơ" panel: the year's file plan as a tree, the files with their counts and state,
the banner of files due for hand-over, and the selected file's table of contents, reordered
with Ctrl+Up / Ctrl+Down. Documents dragged from a register onto a file are added to it.

The lists are short (a commune's plan holds tens of files), so they are plain widgets filled
from the services; the window's share (the add-to-file action) is ``ui.casefiles.window_actions``.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.casefiles.archive import DueFile, due_files
from desktop.casefiles.filling import add_documents, move_document
from desktop.casefiles.plan import get_plan
from desktop.casefiles.reading import FileRow, get_file, list_files
from desktop.casefiles.service import close_file, open_file
from desktop.casefiles.views import STATE_OPEN, CaseFileView, EntryView, HeadingView, PlanView
from desktop.core.clock import vn_today
from desktop.core.errors import NotFound, VanThuError
from desktop.kernel.office import Office
from ui.casefiles.files_table import CODE_ROLE, ID_ROLE, YEAR_ROLE, FilesTable, cell
from ui.kit import messages
from ui.kit.errors import on_error
from ui.kit.i18n import QT_TRANSLATE_NOOP
from ui.kit.panels import PanelSpec
from ui.registers.model import masked_text

STATE_TEXT = {
    "dang-mo": QT_TRANSLATE_NOOP("CaseFilePanel", "Đang mở"),
    "da-dong": QT_TRANSLATE_NOOP("CaseFilePanel", "Đã đóng"),
    "da-nop-luu": QT_TRANSLATE_NOOP("CaseFilePanel", "Đã nộp lưu"),
}


def _d(day: dt.date | None) -> str:
    return day.strftime("%d/%m/%Y") if day else ""


class CaseFilePanel(QWidget):
    counts_changed = Signal(str)
    message = Signal(str)

    def __init__(self, office: Office, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.office = office
        self.plan: PlanView | None = None
        self.files: list[FileRow] = []
        self.due: list[DueFile] = []
        self.current: CaseFileView | None = None
        self.counts_text = ""

        self.year_label = QLabel()
        self.year = QSpinBox()
        self.year.setObjectName("year")
        self.year.setRange(1945, 2200)
        self.year.setValue(vn_today().year)
        self.year_label.setBuddy(self.year)
        self.open_button = QPushButton()
        self.open_button.setObjectName("open_file")
        self.open_button.clicked.connect(self.open_selected_entry)
        self.close_button = QPushButton()
        self.close_button.setObjectName("close_file")
        self.close_button.clicked.connect(self.close_current)
        bar = QHBoxLayout()
        bar.addWidget(self.year_label)
        bar.addWidget(self.year)
        bar.addSpacing(12)
        bar.addWidget(self.open_button)
        bar.addWidget(self.close_button)
        bar.addStretch(1)

        self.banner = QLabel()
        self.banner.setObjectName("due_banner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet("background:#fff3cd; color:#7a4b00; padding:4px;")

        self.tree = QTreeWidget()
        self.tree.setObjectName("plan_tree")
        self.tree.setColumnCount(3)
        self.tree.itemActivated.connect(lambda *_a: self.open_selected_entry())
        self.table = FilesTable()
        self.table.setObjectName("files")
        self.table.documents_dropped.connect(self.add_dropped)
        self.table.itemSelectionChanged.connect(self._file_selected)
        self.contents = QTableWidget(0, 7)
        self.contents.setObjectName("contents")
        self.contents.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.contents.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.contents.installEventFilter(self)
        self.up_button, self.down_button = QPushButton(), QPushButton()
        self.up_button.setObjectName("move_up")
        self.down_button.setObjectName("move_down")
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button.clicked.connect(lambda: self.move_selected(1))
        self.summary = QLabel()
        self.summary.setObjectName("file_summary")
        self.summary.setWordWrap(True)
        moves = QHBoxLayout()
        moves.addWidget(self.summary, 1)
        moves.addWidget(self.up_button)
        moves.addWidget(self.down_button)
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self.table, 2)
        rl.addLayout(moves)
        rl.addWidget(self.contents, 3)
        split = QSplitter()
        split.addWidget(self.tree)
        split.addWidget(right)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 0)
        layout.addLayout(bar)
        layout.addWidget(self.banner)
        layout.addWidget(split, 1)
        self.retranslate()
        self.year.valueChanged.connect(lambda _y: self.refresh())
        self.refresh()

    # -- texts ---------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.year_label.setText(self.tr("&Năm:"))
        self.open_button.setText(self.tr("&Lập hồ sơ theo danh mục"))
        self.close_button.setText(self.tr("Đó&ng hồ sơ…"))
        self.up_button.setText(self.tr("Lên (Ctrl+↑)"))
        self.down_button.setText(self.tr("Xuống (Ctrl+↓)"))
        self.tree.setHeaderLabels([self.tr("Danh mục hồ sơ"), self.tr("Thời hạn bảo quản"),
                                   self.tr("Người lập")])
        self.table.setHorizontalHeaderLabels([
            self.tr("Số và ký hiệu"), self.tr("Tiêu đề hồ sơ"), self.tr("Trạng thái"),
            self.tr("Số văn bản"), self.tr("Hạn nộp lưu")])
        self.contents.setHorizontalHeaderLabels([
            self.tr("STT"), self.tr("Số, ký hiệu"), self.tr("Ngày"), self.tr("Trích yếu"),
            self.tr("Cơ quan ban hành"), self.tr("Số trang"), self.tr("Ghi chú")])
        self._show_banner()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.refresh()
        super().changeEvent(event)

    # -- loading -------------------------------------------------------------------------
    def refresh(self) -> None:
        keep = self.current_code()
        year = self.year.value()
        try:
            try:
                self.plan = get_plan(self.office, year)
            except NotFound:
                self.plan = None
            self.files = list_files(self.office, year)
            self.due = due_files(self.office)
        except VanThuError as exc:
            on_error(self, exc)
            return
        self._fill_tree()
        self._fill_files()
        self._show_banner()
        if keep is not None:
            self.select_file(*keep)
        else:
            self._file_selected()
        self.counts_text = self.tr("{files} hồ sơ năm {year} · {due} hồ sơ đến hạn nộp lưu").format(
            files=len(self.files), year=year, due=len(self.due))
        self.counts_changed.emit(self.counts_text)

    def _fill_tree(self) -> None:
        self.tree.clear()
        if self.plan is None:
            self.tree.addTopLevelItem(QTreeWidgetItem([self.tr("Chưa có danh mục hồ sơ năm "
                                                               "này")]))
            return
        state = self.tr("đã duyệt") if self.plan.approved else self.tr("dự thảo")
        root = QTreeWidgetItem([self.tr("Danh mục hồ sơ năm {year} ({state})").format(
            year=self.plan.year, state=state)])
        self.tree.addTopLevelItem(root)
        parents: dict[int | None, QTreeWidgetItem] = {None: root}
        for x in self.plan.ordered():
            if isinstance(x, HeadingView):
                item = QTreeWidgetItem([f"{x.label}. {x.title}"])
                parents.get(x.parent_id, root).addChild(item)
                parents[x.id] = item
            else:
                assert isinstance(x, EntryView)
                item = QTreeWidgetItem([f"{x.code} — {x.title}", x.retention, x.keeper])
                item.setData(0, CODE_ROLE, x.code)
                parents.get(x.heading_id, root).addChild(item)
        self.tree.expandAll()
        self.tree.resizeColumnToContents(0)

    def _fill_files(self) -> None:
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.files))
        for row, f in enumerate(self.files):
            first = cell(f.code + (" *" if f.outside_plan else ""))
            first.setData(CODE_ROLE, f.code)
            first.setData(YEAR_ROLE, f.year)
            values = [first, cell(f.title), cell(self.tr(STATE_TEXT[f.state])),
                      cell(str(f.doc_total)), cell(_d(f.due))]
            for col, item in enumerate(values):
                self.table.setItem(row, col, item)
        self.table.blockSignals(False)
        self.table.resizeColumnsToContents()

    def _show_banner(self) -> None:
        if not self.due:
            self.banner.setVisible(False)
            return
        late = sum(1 for d in self.due if d.overdue)
        codes = ", ".join(f"{d.code} ({_d(d.due)})" for d in self.due[:8])
        self.banner.setText(self.tr(
            "{n} hồ sơ đến hạn nộp lưu trong 30 ngày hoặc đã quá hạn ({late} quá hạn): "
            "{codes}", "", len(self.due)).format(n=len(self.due), late=late, codes=codes))
        self.banner.setVisible(True)

    # -- the selected file ---------------------------------------------------------------
    def current_code(self) -> tuple[str, int] | None:
        row = self.table.currentRow()
        item = self.table.item(row, 0) if row >= 0 else None
        if item is None:
            return None
        return str(item.data(CODE_ROLE)), int(item.data(YEAR_ROLE))

    def select_file(self, code: str, year: int) -> bool:
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            if item is not None and item.data(CODE_ROLE) == code and item.data(YEAR_ROLE) == year:
                self.table.selectRow(row)
                self._file_selected()
                return True
        self._file_selected()
        return False

    def _file_selected(self) -> None:
        key = self.current_code()
        self.current = None
        if key is not None:
            try:
                self.current = get_file(self.office, key[0], key[1])
            except VanThuError as exc:
                on_error(self, exc)
        self._fill_contents()

    def _fill_contents(self) -> None:
        v = self.current
        docs = v.documents if v is not None else ()
        self.contents.setRowCount(len(docs))
        for row, d in enumerate(docs):
            first = cell(str(d.order))
            first.setData(ID_ROLE, d.id)
            for col, item in enumerate([first, cell(d.symbol), cell(_d(d.date)),
                                        cell(masked_text() if d.masked else d.subject),
                                        cell(d.organ_name),
                                        cell(str(d.pages)), cell(d.notes)]):
                self.contents.setItem(row, col, item)
        writable = v is not None and v.state == STATE_OPEN
        for b in (self.up_button, self.down_button, self.close_button):
            b.setEnabled(writable)
        if v is None:
            self.summary.setText("")
            return
        self.summary.setText(self.tr(
            "{code}: {title} — {docs} văn bản, {pages} trang; từ {start} đến {end}").format(
            code=v.code, title=v.title, docs=v.doc_total, pages=v.page_total,
            start=_d(v.start_date) or "…", end=_d(v.end_date) or "…"))

    # -- actions -------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.contents and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                if event.key() == Qt.Key.Key_Up:
                    self.move_selected(-1)
                    return True
                if event.key() == Qt.Key.Key_Down:
                    self.move_selected(1)
                    return True
        return super().eventFilter(watched, event)

    def move_selected(self, step: int) -> None:
        v, row = self.current, self.contents.currentRow()
        if v is None or row < 0 or v.state != STATE_OPEN:
            return
        target = row + step
        if not 0 <= target < len(v.documents):
            return
        ref = v.documents[row].id
        if ref is None:
            return
        try:
            with self.office.unit():
                self.current = move_document(self.office, v.code, str(ref), target + 1,
                                             v.year)
        except VanThuError as exc:
            on_error(self, exc)
            return
        self._fill_contents()
        self.contents.selectRow(target)

    def add_dropped(self, code: str, year: int, ids: list[int]) -> None:
        self.add_to_file(code, year, ids)

    def add_to_file(self, code: str, year: int, ids: list[int]) -> bool:
        try:
            with self.office.unit():
                view = add_documents(self.office, code, [str(i) for i in ids], year)
        except VanThuError as exc:
            on_error(self, exc)
            return False
        self.refresh()
        self.select_file(code, year)
        self.message.emit(self.tr("Đã đưa {n} văn bản vào hồ sơ {code}.", "", len(ids)).format(
            n=len(ids), code=view.code))
        return True

    def open_selected_entry(self) -> None:
        item = self.tree.currentItem()
        code = item.data(0, CODE_ROLE) if item is not None else None
        if not code:
            return
        year = self.year.value()
        try:
            with self.office.unit():
                view = open_file(self.office, str(code), year)
        except VanThuError as exc:
            on_error(self, exc)
            return
        self.refresh()
        self.select_file(view.code, view.year)
        self.message.emit(self.tr("Đã lập hồ sơ {code}.").format(code=view.code))

    def close_current(self) -> None:
        v = self.current
        if v is None or v.state != STATE_OPEN:
            return
        text = messages.ask_text(self, self.tr("Đóng hồ sơ"), self.tr(
            "Ngày kết thúc công việc (DD/MM/YYYY):"))
        if not text:
            return
        try:
            with self.office.unit():
                closed = close_file(self.office, v.code, text, v.year)
        except VanThuError as exc:
            on_error(self, exc)
            return
        self.refresh()
        self.select_file(closed.code, closed.year)
        self.message.emit(self.tr("Đã đóng hồ sơ {code}.").format(code=closed.code))


def _casefiles(office: Office, parent: QWidget | None) -> QWidget:
    return CaseFilePanel(office, parent)


CASEFILES_PANEL = PanelSpec("casefiles", QT_TRANSLATE_NOOP("Panels", "Hồ sơ"), "vanthu",
                            _casefiles)
