"""Small helpers shared by the table panels (registers, dossiers): the current row, and
Vietnamese sorting (``QCollator``) for every table and list."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCollator,
    QItemSelectionModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import QTableView


def current_value(view: QTableView, role: int) -> Any:
    """The ``role`` data of the current row, or None when nothing is selected."""
    index = view.currentIndex()
    if not index.isValid():
        return None
    return view.model().data(index, role)


def select_row(view: QTableView, row: int | None) -> bool:
    """Make ``row`` the current, selected and visible row."""
    if row is None:
        return False
    index = view.model().index(row, 0)
    view.selectionModel().setCurrentIndex(
        index,
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    view.scrollTo(index)
    return True


_collator: QCollator | None = None


def collator() -> QCollator:
    """Vietnamese order for every table and list of the window (issue 14, 9): Đ after D, not
    after U; case ignored; numbers by value (2 before 10)."""
    global _collator
    if _collator is None:
        _collator = QCollator(QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam))
        _collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        _collator.setNumericMode(True)
    return _collator


def vietnamese_sorted(texts: Iterable[str]) -> list[str]:
    return sorted(texts, key=collator().sortKey)


class VietnameseSortProxy(QSortFilterProxyModel):
    """A sort (and filter) proxy comparing text with :func:`collator`; numbers, dates and
    other values keep Qt's own comparison. Every small table or list sorted in the window goes
    through one (large registers sort in SQL, by a folded key)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def lessThan(self, left: QModelIndex | QPersistentModelIndex,  # noqa: N802 (Qt's name)
                 right: QModelIndex | QPersistentModelIndex) -> bool:
        role = self.sortRole()
        a, b = left.data(role), right.data(role)
        if isinstance(a, str) and isinstance(b, str):
            return collator().compare(a, b) < 0
        return super().lessThan(left, right)


def sortable(view: QTableView, model: QAbstractItemModel) -> VietnameseSortProxy:
    """Put ``model`` behind a Vietnamese sort proxy on ``view`` with header sorting on."""
    proxy = VietnameseSortProxy(view)
    proxy.setSourceModel(model)
    view.setModel(proxy)
    view.setSortingEnabled(True)
    return proxy
