"""One register on screen: search box, year and status filters, the table, the counts."""

from __future__ import annotations

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QPoint,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.core.clock import vn_today
from desktop.core.errors import VanThuError
from desktop.kernel.auth import Role
from desktop.kernel.office import Office
from desktop.registers.registry import get_document, register_stats, years
from desktop.shell.services import Direction, Status
from ui.kit import messages
from ui.kit.errors import on_error
from ui.kit.i18n import QT_TRANSLATE_NOOP
from ui.kit.panels import PanelSpec
from ui.kit.tables import current_value, select_row
from ui.registers.model import DOC_ID_ROLE, RegisterModel

OUTGOING_ONLY = (Status.SIGNED.value, Status.ISSUED.value)
ALL = "__all__"
URGENT = "__urgent__"
OVERDUE = "__overdue__"

# (value, Vietnamese label) of the status filter
STATUS_CHOICES: tuple[tuple[str, str], ...] = (
    (ALL, QT_TRANSLATE_NOOP("RegisterPanel", "Mọi tình trạng")),
    (URGENT, QT_TRANSLATE_NOOP("RegisterPanel", "Khẩn, thượng khẩn, hỏa tốc")),
    (OVERDUE, QT_TRANSLATE_NOOP("RegisterPanel", "Quá hạn giải quyết")),
    (Status.REGISTERED.value, QT_TRANSLATE_NOOP("RegisterPanel", "Đã đăng ký")),
    (Status.PROCESSING.value, QT_TRANSLATE_NOOP("RegisterPanel", "Đang xử lý")),
    (Status.DONE.value, QT_TRANSLATE_NOOP("RegisterPanel", "Đã xử lý")),
    (Status.SIGNED.value, QT_TRANSLATE_NOOP("RegisterPanel", "Đã ký, chờ phát hành")),
    (Status.ISSUED.value, QT_TRANSLATE_NOOP("RegisterPanel", "Đã phát hành")),
    (Status.CANCELLED.value, QT_TRANSLATE_NOOP("RegisterPanel", "Đã hủy")),
)

COLUMN_WIDTHS = {
    Direction.INCOMING: (100, 52, 170, 128, 84, 330, 140, 84, 70, 120),
    Direction.OUTGOING: (128, 84, 340, 130, 170, 110, 60, 84, 70, 120),
}


class RegisterView(QTableView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(24)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        # Phụ lục IV headings are long: let them wrap on two lines instead of clipping.
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
        header.setMinimumHeight(2 * self.fontMetrics().height() + 10)
        header.setStretchLastSection(True)


class RegisterPanel(QWidget):
    """Shows one register; emits ``open_document`` with a document id."""

    open_document = Signal(int)
    counts_changed = Signal(str)

    def __init__(
        self, office: Office, direction: Direction | str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.office = office
        self.direction = Direction(direction)
        this_year = vn_today().year
        self.model = RegisterModel(office, self.direction, self, year=this_year)

        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)
        self.year = QComboBox()
        self.year.setObjectName("year")
        self.status = QComboBox()
        self.status.setObjectName("status")
        self.search_label = QLabel()
        self.year_label = QLabel()
        self.status_label = QLabel()
        self.search_label.setBuddy(self.search)
        self.year_label.setBuddy(self.year)
        self.status_label.setBuddy(self.status)

        bar = QHBoxLayout()
        bar.addWidget(self.search_label)
        bar.addWidget(self.search, 3)
        bar.addWidget(self.year_label)
        bar.addWidget(self.year)
        bar.addWidget(self.status_label)
        bar.addWidget(self.status, 1)

        self.view = RegisterView(self)
        self.view.setObjectName("register_view")
        self.view.setModel(self.model)
        for col, width in enumerate(COLUMN_WIDTHS[self.direction]):
            self.view.setColumnWidth(col, width)
        header = self.view.horizontalHeader()
        header.setSortIndicatorShown(True)
        header.setSortIndicator(self._number_column(), Qt.SortOrder.AscendingOrder)
        header.setSectionsClickable(True)
        header.sectionClicked.connect(self._header_clicked)
        self.view.activated.connect(self._activated)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)
        self.edit_dialog: QDialog | None = None
        edit_key = QShortcut(QKeySequence(Qt.Key.Key_F2), self.view)
        edit_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        edit_key.activated.connect(self.edit_current)

        self.legend = QLabel()
        self.legend.setObjectName("legend")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 0)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.legend)

        self._search_timer = QTimer(self, singleShot=True, interval=250)
        self._search_timer.timeout.connect(self.apply_filters)
        self.search.textChanged.connect(self._search_timer.start)
        self.search.returnPressed.connect(self.apply_filters)
        self._fill_years(this_year)
        self._fill_statuses()
        self.year.currentIndexChanged.connect(self.apply_filters)
        self.status.currentIndexChanged.connect(self.apply_filters)
        self.retranslate()
        self.update_counts()

    # -- texts ---------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.search.setPlaceholderText(
            self.tr("Số, ký hiệu, cơ quan, trích yếu… (gõ không dấu cũng được)")
        )
        self.search_label.setText(self.tr("&Tìm:"))
        self.year_label.setText(self.tr("&Năm:"))
        self.status_label.setText(self.tr("Tình t&rạng:"))
        self.year.setItemText(0, self.tr("Mọi năm"))
        for i, (_value, label) in enumerate(STATUS_CHOICES):
            self.status.setItemText(i, self.tr(label))
        self.legend.setText(
            self.tr(
                "Chú giải: chữ đỏ đậm có biểu tượng (!) là văn bản khẩn; nền cam có biểu tượng "
                "đồng hồ là văn bản quá hạn giải quyết; chữ gạch ngang là đăng ký đã hủy."
            )
        )
        self.model.headerDataChanged.emit(
            Qt.Orientation.Horizontal, 0, self.model.columnCount() - 1
        )
        self._show_counts()  # the same figures in the new language: no need to count again

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- filters -------------------------------------------------------------------------
    def _fill_years(self, select: int | None) -> None:
        self.year.blockSignals(True)
        self.year.clear()
        self.year.addItem(self.tr("Mọi năm"), None)
        known = set(years(self.office, self.direction)) | {vn_today().year}
        for y in sorted(known, reverse=True):
            self.year.addItem(str(y), y)
        index = self.year.findData(select) if select is not None else 0
        self.year.setCurrentIndex(max(index, 0))
        self.year.blockSignals(False)

    def _fill_statuses(self) -> None:
        self.status.blockSignals(True)
        for value, label in STATUS_CHOICES:
            if self.direction == Direction.INCOMING and value in OUTGOING_ONLY:
                continue  # an incoming document is never signed or issued here
            self.status.addItem(self.tr(label), value)
        self.status.blockSignals(False)

    def apply_filters(self) -> None:
        self._search_timer.stop()
        choice = self.status.currentData()
        self.model.set_query(
            year=self.year.currentData(),
            text=self.search.text().strip(),
            status=None if choice in (ALL, URGENT, OVERDUE) else choice,
            only_urgent=choice == URGENT,
            only_overdue=choice == OVERDUE,
        )
        self.update_counts()

    def show_year(self, year: int) -> None:
        """Make sure ``year`` is offered and shown (after registering into another year)."""
        current = self.year.currentData()
        if current is None or current == year:
            return
        self._fill_years(year)
        self.apply_filters()

    # -- sorting in the database ---------------------------------------------------------
    def _number_column(self) -> int:
        return 1 if self.direction == Direction.INCOMING else 0

    def _header_clicked(self, column: int) -> None:
        header = self.view.horizontalHeader()
        if not self.model.sortable(column):
            # The header moved its indicator already; put it back where the data is sorted.
            sorted_by = next(
                i for i, c in enumerate(self.model.columns) if c.sort == self.model.query.sort
            )
            order = (
                Qt.SortOrder.DescendingOrder
                if self.model.query.descending
                else Qt.SortOrder.AscendingOrder
            )
            header.setSortIndicator(sorted_by, order)
            return
        self.model.sort(column, header.sortIndicatorOrder())

    # -- rows ----------------------------------------------------------------------------
    def refresh(self) -> None:
        selected = self.current_document_id()
        self._fill_years(self.year.currentData())
        self.model.refresh()
        if selected is not None:
            self.select_document(selected)
        self.update_counts()

    def current_document_id(self) -> int | None:
        value = current_value(self.view, DOC_ID_ROLE)
        return int(value) if value is not None else None

    def select_document(self, doc_id: int) -> bool:
        return select_row(self.view, self.model.row_of(doc_id))

    def _activated(self, index: QModelIndex) -> None:
        value = self.model.data(index, DOC_ID_ROLE)
        if value is not None:
            self.open_document.emit(int(value))

    def _context_menu(self, pos: QPoint) -> None:
        index = self.view.indexAt(pos)
        if index.isValid():
            self.view.setCurrentIndex(index)
        doc_id = self.current_document_id()
        if doc_id is None:
            return
        menu = QMenu(self)
        menu.setObjectName("register_menu")
        open_action = menu.addAction(self.tr("&Mở văn bản"))
        open_action.triggered.connect(lambda: self.open_document.emit(doc_id))
        edit_action = menu.addAction(self.tr("&Sửa thông tin đã đăng ký… (F2)"))
        edit_action.setObjectName("edit_action")
        edit_action.setEnabled(self.office.actor.has(Role.CLERK))
        edit_action.triggered.connect(self.edit_current)
        self.menu = menu
        menu.popup(self.view.viewport().mapToGlobal(pos))

    def edit_current(self) -> None:
        """The correction form of the selected entry (context menu, F2)."""
        doc_id = self.current_document_id()
        if doc_id is None or not self.office.actor.has(Role.CLERK):
            return
        try:
            doc = get_document(self.office, doc_id)
        except VanThuError as exc:
            on_error(self, exc)
            return
        if doc.cancelled:
            messages.info(self, self.tr("Không sửa được"),
                          self.tr("Văn bản này đã bị hủy đăng ký; không sửa được."))
            return
        if doc.masked:
            messages.info(self, self.tr("Không sửa được"),
                          self.tr("Bạn không có quyền xem nội dung văn bản mật này; không sửa "
                                  "được."))
            return
        from ui.registers.edit_form import correction_dialog  # the forms: not for the first paint

        dialog = correction_dialog(self.office, doc, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self.refresh)
        self.edit_dialog = dialog
        dialog.open()

    def update_counts(self) -> None:
        q = self.model.query
        # Without status or text filters the model's own count is the register's total.
        total = self.model.rowCount() if not (q.status or q.text.strip()) else None
        self._stats = register_stats(
            self.office, self.direction, self.year.currentData(), total=total
        )
        self._show_counts()

    def _show_counts(self) -> None:
        stats = getattr(self, "_stats", None)
        if stats is None:
            return
        shown = self.model.rowCount()
        text = self.tr(
            "Đang hiện {shown} dòng · Tổng {total} văn bản · Khẩn: {urgent} · "
            "Quá hạn: {overdue} · Đã hủy: {cancelled}"
        ).format(
            shown=f"{shown:,}".replace(",", "."),
            total=f"{stats.total:,}".replace(",", "."),
            urgent=stats.urgent,
            overdue=stats.overdue,
            cancelled=stats.cancelled,
        )
        self.counts_text = text
        self.counts_changed.emit(text)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()


def _incoming(office: Office, parent: QWidget | None) -> QWidget:
    return RegisterPanel(office, Direction.INCOMING, parent)


def _outgoing(office: Office, parent: QWidget | None) -> QWidget:
    return RegisterPanel(office, Direction.OUTGOING, parent)


INCOMING_PANEL = PanelSpec(
    "incoming", QT_TRANSLATE_NOOP("Panels", "Văn bản đến"), "incoming", _incoming
)
OUTGOING_PANEL = PanelSpec(
    "outgoing", QT_TRANSLATE_NOOP("Panels", "Văn bản đi"), "outgoing", _outgoing
)
