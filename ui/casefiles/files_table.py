"""The table of the year's files as a drop target: documents dragged from a register (their ids,
as ``MIME_DOCUMENTS`` carries them) and dropped on a row go into that file. The item roles the
panel's tables keep a file's number, year and id under are here too."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QAbstractItemView, QTableWidget, QTableWidgetItem, QWidget

#: What a register row carries when dragged onto a file: the document ids, one per line.
MIME_DOCUMENTS = "application/x-vanthu-document-ids"
CODE_ROLE = Qt.ItemDataRole.UserRole + 1
YEAR_ROLE = Qt.ItemDataRole.UserRole + 2
ID_ROLE = Qt.ItemDataRole.UserRole + 3


def cell(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    return item


class FilesTable(QTableWidget):
    """The files of the year; documents dropped on a row go into that file."""

    documents_dropped = Signal(str, int, list)  # code, year, document ids

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 5, parent)
        self.setAcceptDrops(True)
        self.viewport().setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

    def _accepts(self, event: QDragEnterEvent | QDragMoveEvent | QDropEvent) -> bool:
        return event.mimeData().hasFormat(MIME_DOCUMENTS)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._accepts(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if self._accepts(event) and self.itemAt(event.position().toPoint()) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        item = self.itemAt(event.position().toPoint())
        if not self._accepts(event) or item is None:
            event.ignore()
            return
        raw = bytes(event.mimeData().data(MIME_DOCUMENTS).data()).decode("ascii", "replace")
        ids = [int(x) for x in raw.split() if x.isdigit()]
        first = self.item(item.row(), 0)
        if ids and first is not None:
            event.acceptProposedAction()
            self.documents_dropped.emit(str(first.data(CODE_ROLE)), int(first.data(YEAR_ROLE)),
                                        ids)


