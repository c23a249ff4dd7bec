"""A work list as a table model, coloured by deadline the way the dossier list is: overdue in
bold dark red with the (!) icon, due within 2 working days bold on orange with the clock."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QFont

from desktop.processing.states import DUE_SOON, OVERDUE
from desktop.processing.views import WorkItem
from ui.documents.handling_box import state_text
from ui.dossiers.model import DUE_TODAY_BACKGROUND, LATE_TEXT
from ui.kit.i18n import QT_TRANSLATE_NOOP
from ui.kit.icons import icon
from ui.registers.model import masked_text

Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1
DEADLINE_ROLE = Qt.ItemDataRole.UserRole + 2

COLUMNS = (
    QT_TRANSLATE_NOOP("WorkModel", "Số đến"),
    QT_TRANSLATE_NOOP("WorkModel", "Số, ký hiệu"),
    QT_TRANSLATE_NOOP("WorkModel", "Trích yếu"),
    QT_TRANSLATE_NOOP("WorkModel", "Chủ trì"),
    QT_TRANSLATE_NOOP("WorkModel", "Hạn xử lý"),
    QT_TRANSLATE_NOOP("WorkModel", "Trạng thái"),
)


def _t(text: str) -> str:
    return QCoreApplication.translate("WorkModel", text)


class WorkModel(QAbstractTableModel):
    """The items of one list (a few hundred at most: the service cuts at 2,000)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.items: list[WorkItem] = []

    def set_items(self, items: list[WorkItem] | tuple[WorkItem, ...]) -> None:
        self.beginResetModel()
        self.items = list(items)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(COLUMNS)):
            return _t(COLUMNS[section])
        return None

    def _text(self, item: WorkItem, column: int) -> str:
        if column == 0:
            return f"{item.number:02d}/{item.year}"
        if column == 1:
            return item.symbol
        if column == 2:
            return masked_text() if item.masked else item.subject
        if column == 3:
            return item.lead_name or item.lead
        if column == 4:
            return item.due_date.strftime("%d/%m/%Y") if item.due_date else ""
        text = state_text(item.state)
        if item.urgency == OVERDUE:
            return QCoreApplication.translate("WorkModel", "{state} — quá hạn").format(
                state=text)
        if item.urgency == DUE_SOON:
            return QCoreApplication.translate("WorkModel", "{state} — sắp đến hạn").format(
                state=text)
        return text

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.items):
            return None
        item, column = self.items[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(item, column)
        if role == ID_ROLE:
            return item.document_id
        if role == DEADLINE_ROLE:
            return item.urgency
        if role == Qt.ItemDataRole.DecorationRole and column == 0:
            if item.urgency == OVERDUE:
                return icon("urgent")
            if item.urgency == DUE_SOON:
                return icon("overdue")
            return None
        if role == Qt.ItemDataRole.FontRole and item.urgency in (OVERDUE, DUE_SOON):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and item.urgency == OVERDUE:
            return QBrush(LATE_TEXT)
        if role == Qt.ItemDataRole.BackgroundRole and item.urgency == DUE_SOON:
            return QBrush(DUE_TODAY_BACKGROUND)
        return None
