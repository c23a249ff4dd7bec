"""Small helpers shared by the table panels (registers, dossiers)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QItemSelectionModel
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
