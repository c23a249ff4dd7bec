"""A panel over a watched folder's waiting items — pending scans, electronic packages: a table
with its buttons on the left, a line when it is empty and the folder's path below it, a preview
of the current item on the right. The subclass reads the items, names the columns and acts."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.kit import messages

# The colour of a cell that names a problem (quality not met, a signature that fails).
PROBLEM = QColor("#b71c1c")
ITEM_ROLE = Qt.ItemDataRole.UserRole


class FolderQueuePanel(QWidget):
    # The column titles, marked with QT_TRANSLATE_NOOP in the subclass's context.
    HEADERS: tuple[str, ...] = ()

    def __init__(self, parent: QWidget | None, *, table_name: str, widths: Sequence[int],
                 preview: QWidget) -> None:
        super().__init__(parent)
        self.items: list[Any] = []
        self.table = QTableWidget(0, len(self.HEADERS))
        self.table.setObjectName(table_name)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for col, width in enumerate(widths):
            self.table.setColumnWidth(col, width)
        self.table.currentCellChanged.connect(lambda *_a: self.current_changed())
        self.table.cellActivated.connect(lambda *_a: self.register_current())
        self.folder_label = QLabel()
        self.folder_label.setObjectName("folder")
        self.folder_label.setWordWrap(True)
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.empty = QLabel()
        self.empty.setObjectName("empty")
        self.preview = preview

        self.bar = QHBoxLayout()
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(self.bar)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.empty)
        left_layout.addWidget(self.folder_label)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(preview)
        splitter.setSizes([760, 420])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 0)
        layout.addWidget(splitter, 1)

    # -- what the subclass gives -----------------------------------------------------------
    def retranslate(self) -> None:
        raise NotImplementedError

    def current_changed(self) -> None:
        """The current row changed (or the list was filled): buttons and preview."""
        raise NotImplementedError

    def register_current(self) -> None:
        """A row was activated (double click, Enter)."""
        raise NotImplementedError

    # -- shared ----------------------------------------------------------------------------
    def place_buttons(self, left: Sequence[QPushButton],
                      right: Sequence[QPushButton] = ()) -> None:
        for button in left:
            self.bar.addWidget(button)
        self.bar.addStretch(1)
        for button in right:
            self.bar.addWidget(button)

    def retranslate_headers(self) -> None:
        self.table.setHorizontalHeaderLabels([self.tr(h) for h in self.HEADERS])

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def fill_table(self, rows: Sequence[Sequence[str]], keys: Sequence[object],
                   select: object = None,
                   decorate: Callable[[int, int, QTableWidgetItem], None] | None = None) -> None:
        """Show ``rows`` (one per item of :attr:`items`), each cell carrying its item's key;
        the row whose key is ``select`` becomes current (else the first)."""
        self.table.blockSignals(True)
        self.table.setRowCount(len(rows))
        row_to_select = 0
        for row, (values, key) in enumerate(zip(rows, keys, strict=True)):
            for col, value in enumerate(values):
                cell = QTableWidgetItem(str(value))
                cell.setData(ITEM_ROLE, key)
                if decorate is not None:
                    decorate(row, col, cell)
                self.table.setItem(row, col, cell)
            if select is not None and key == select:
                row_to_select = row
        self.table.blockSignals(False)
        has = bool(rows)
        self.empty.setVisible(not has)
        if has:
            self.table.setCurrentCell(row_to_select, 0)
        self.current_changed()

    def current_item(self) -> Any:
        row = self.table.currentRow()
        return self.items[row] if 0 <= row < len(self.items) else None

    def warn_files(self, title: str, text: str, entries: Sequence[dict[str, str]]) -> None:
        """One warning listing files the folder could not take (``text`` has ``{lines}``)."""
        line = QCoreApplication.translate("FolderQueuePanel", "{file}: {message}")
        lines = "\n".join(line.format(file=e["file"], message=e["message"]) for e in entries)
        messages.warning(self, title, text.format(lines=lines))
