"""The documents behind one figure of the report screen: each document of the figure's
denominator, marked counted or not, and the table model that lists them."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from desktop.core.validate import format_number
from desktop.shell.services import Status
from ui.kit.i18n import QT_TRANSLATE_NOOP
from ui.registers.model import DOC_ID_ROLE, masked_text
from ui.reports.tiles import TILES

FLAG_HEADINGS = {
    "digitized": QT_TRANSLATE_NOOP("FigureRowsModel", "Đã số hóa"),
    "meets": QT_TRANSLATE_NOOP("FigureRowsModel", "Đạt chuẩn"),
    "signed": QT_TRANSLATE_NOOP("FigureRowsModel", "Có ký số"),
    "handled_on_time": QT_TRANSLATE_NOOP("FigureRowsModel", "Giải quyết đúng hạn"),
}


@dataclass(frozen=True)
class FigureRow:
    doc_id: int
    register: str  # "incoming" | "outgoing"
    number: str
    date: dt.date | None
    symbol: str
    subject: str
    counted: bool
    masked: bool = False  # a secret document this reader may not read

    @property
    def shown_subject(self) -> str:
        """The subject, or the mask in the window's language."""
        return masked_text() if self.masked else self.subject


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
                    bool(r.get("masked")),
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
                return row.shown_subject
            return self.tr("Có") if row.counted else self.tr("Chưa")
        if role == DOC_ID_ROLE:
            return row.doc_id
        if role == Qt.ItemDataRole.ForegroundRole and col == 5 and not row.counted:
            return QColor("#b00020")
        if role == Qt.ItemDataRole.ToolTipRole and col == 4:
            return row.shown_subject
        return None
