"""The one-stop dossiers of a period as a table model, coloured by their deadline.

``list_dossiers`` has no paging (a commune receives a few hundred dossiers a month), so the model
holds the period's rows as the service returns them (plain ``DossierView`` objects, without
components or events); the search box filters them here, folding diacritics like the registers.
Sorting is done here too, text columns with ``QCollator`` in the Vietnamese locale.
"""

from __future__ import annotations

import datetime as dt
import functools
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from desktop.core.clock import desk_now as now_vn  # the desk's clock, to the minute
from desktop.core.textfold import fold
from desktop.dossiers.service import OPEN_STATES, DossierView, State, judge, list_dossiers
from desktop.kernel.office import Office
from ui.kit.i18n import QT_TRANSLATE_NOOP
from ui.kit.icons import icon
from ui.kit.tables import collator

logger = logging.getLogger("vanthu.ui")

Index = QModelIndex | QPersistentModelIndex
CODE_ROLE = Qt.ItemDataRole.UserRole + 1
DEADLINE_ROLE = Qt.ItemDataRole.UserRole + 2

# How a row stands against its appointment
NORMAL = "normal"
DUE_TODAY = "due-today"
LATE = "late"

LATE_TEXT = QColor("#b71c1c")
DUE_TODAY_BACKGROUND = QColor("#ffe0b2")

STATE_TEXT: dict[str, str] = {
    State.RECEIVED.value: QT_TRANSLATE_NOOP("DossierModel", "Đã tiếp nhận"),
    State.PROCESSING.value: QT_TRANSLATE_NOOP("DossierModel", "Đang giải quyết"),
    State.SUPPLEMENT.value: QT_TRANSLATE_NOOP("DossierModel", "Chờ bổ sung, hoàn thiện"),
    State.SUPPLEMENTED.value: QT_TRANSLATE_NOOP("DossierModel", "Đã bổ sung"),
    State.DONE.value: QT_TRANSLATE_NOOP("DossierModel", "Đã có kết quả"),
    State.RETURNED.value: QT_TRANSLATE_NOOP("DossierModel", "Đã trả kết quả"),
    State.REJECTED.value: QT_TRANSLATE_NOOP("DossierModel", "Từ chối giải quyết"),
    State.WITHDRAWN.value: QT_TRANSLATE_NOOP("DossierModel", "Công dân rút hồ sơ"),
    State.STOPPED.value: QT_TRANSLATE_NOOP("DossierModel", "Dừng giải quyết"),
}
JUDGEMENT_TEXT: dict[str, str] = {
    "truoc-han": QT_TRANSLATE_NOOP("DossierModel", "Trước hạn"),
    "dung-han": QT_TRANSLATE_NOOP("DossierModel", "Đúng hạn"),
    "qua-han": QT_TRANSLATE_NOOP("DossierModel", "Quá hạn"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate("DossierModel", text)


def state_text(status: str) -> str:
    return tr(STATE_TEXT.get(status, status))


def judgement_text(result: str) -> str:
    return tr(JUDGEMENT_TEXT[result]) if result in JUDGEMENT_TEXT else ""


def hm(moment: dt.datetime | None) -> str:
    """'09:00 06/05/2026', as the desk reads a time."""
    return moment.strftime("%H:%M %d/%m/%Y") if moment else ""


def deadline(v: DossierView, now: dt.datetime) -> str:
    """Late, due today or normal: a closed dossier as it closed; one waiting for a supplement
    as it stood when its clock stopped; an open one now."""
    if v.finished_at is not None:
        return LATE if judge(v.finished_at, v.appointment) == "qua-han" else NORMAL
    if v.paused_at is not None:
        return LATE if v.paused_at > v.appointment else NORMAL
    if State(v.status) not in OPEN_STATES:
        return NORMAL
    if now > v.appointment:
        return LATE
    if now.date() == v.appointment.date():
        return DUE_TODAY
    return NORMAL


@dataclass(frozen=True)
class Column:
    title: str  # Vietnamese source, translated at display (context "DossierModel")
    value: Callable[[DossierView], str]
    key: Callable[[DossierView], Any] | None = None  # sort key; None: by the collated text


COLUMNS: tuple[Column, ...] = (
    Column(QT_TRANSLATE_NOOP("DossierModel", "Mã hồ sơ"), lambda v: v.code, lambda v: v.code),
    Column(QT_TRANSLATE_NOOP("DossierModel", "Thủ tục hành chính"), lambda v: v.procedure),
    Column(QT_TRANSLATE_NOOP("DossierModel", "Người nộp"), lambda v: v.applicant_name),
    Column(
        QT_TRANSLATE_NOOP("DossierModel", "Tiếp nhận"),
        lambda v: hm(v.received_at),
        lambda v: v.received_at,
    ),
    Column(
        QT_TRANSLATE_NOOP("DossierModel", "Hẹn trả kết quả"),
        lambda v: hm(v.appointment),
        lambda v: v.appointment,
    ),
    Column(QT_TRANSLATE_NOOP("DossierModel", "Trạng thái"), lambda v: state_text(v.status)),
    Column(QT_TRANSLATE_NOOP("DossierModel", "Người xử lý"), lambda v: v.handler),
)
STATE_COLUMN = 5

class DossierModel(QAbstractTableModel):
    """The dossiers received in ``start``–``end`` (all when both are None), filtered by state
    (a service state, or :data:`OPEN` / :data:`LATE` here) and by a search text."""

    OPEN = "__open__"
    LATE = "__late__"

    def __init__(self, office: Office, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.office = office
        self.columns = COLUMNS
        self.start: dt.date | None = None
        self.end: dt.date | None = None
        self.status: str | None = None
        self.text = ""
        self.now = now_vn()
        self.fixed_now: dt.datetime | None = None  # tests pin the clock
        self.failed = False
        self._all: list[DossierView] = []
        self._rows: list[DossierView] = []
        self._sort: tuple[int, Qt.SortOrder] | None = None

    # -- what to show ------------------------------------------------------------------
    def set_query(
        self,
        start: dt.date | None,
        end: dt.date | None,
        status: str | None = None,
        text: str = "",
    ) -> None:
        self.start, self.end, self.status, self.text = start, end, status, text
        self.refresh()

    def refresh(self) -> None:
        self.beginResetModel()
        self.now = self.fixed_now or now_vn()
        service_status = self.status if self.status not in (None, self.OPEN, self.LATE) else None
        try:
            self._all = list_dossiers(self.office, self.start, self.end, status=service_status)
            self.failed = False
        except Exception:  # a list that cannot be read shows empty, and says so in the log
            logger.exception("listing the dossiers failed")
            self._all, self.failed = [], True
        self._rows = self._filtered()
        self._apply_sort()
        self.endResetModel()

    def set_text(self, text: str) -> None:
        """Filter the loaded rows by applicant or code, without reading again."""
        self.beginResetModel()
        self.text = text
        self._rows = self._filtered()
        self._apply_sort()
        self.endResetModel()

    def _filtered(self) -> list[DossierView]:
        rows = self._all
        if self.status == self.OPEN:
            open_values = {s.value for s in OPEN_STATES}
            rows = [v for v in rows if v.status in open_values]
        elif self.status == self.LATE:
            rows = [v for v in rows if deadline(v, self.now) == LATE]
        words = fold(self.text).split()
        if words:
            rows = [
                v for v in rows if all(w in fold(f"{v.code} {v.applicant_name}") for w in words)
            ]
        return list(rows)

    def dossier(self, row: int) -> DossierView | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, code: str) -> int | None:
        return next((i for i, v in enumerate(self._rows) if v.code == code), None)

    def deadline(self, row: int) -> str:
        v = self.dossier(row)
        return deadline(v, self.now) if v is not None else NORMAL

    # -- Qt model interface ------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                return tr(self.columns[section].title)
            return None
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not self.checkIndex(index):
            return None
        v = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            text = self.columns[column].value(v)
            if column == STATE_COLUMN:
                mark = deadline(v, self.now)
                if mark == LATE:
                    return QCoreApplication.translate("DossierModel", "{state} — quá hạn").format(
                        state=text
                    )
                if mark == DUE_TODAY:
                    return QCoreApplication.translate(
                        "DossierModel", "{state} — đến hạn hôm nay"
                    ).format(state=text)
            return text
        if role == CODE_ROLE:
            return v.code
        mark = deadline(v, self.now)
        if role == DEADLINE_ROLE:
            return mark
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(v, mark, column)
        if role == Qt.ItemDataRole.DecorationRole and column == 0:
            if mark == LATE:
                return icon("urgent")
            if mark == DUE_TODAY:
                return icon("overdue")
            return None
        if role == Qt.ItemDataRole.FontRole and mark != NORMAL:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and mark == LATE:
            return QBrush(LATE_TEXT)
        if role == Qt.ItemDataRole.BackgroundRole and mark == DUE_TODAY:
            return QBrush(DUE_TODAY_BACKGROUND)
        return None

    def _tooltip(self, v: DossierView, mark: str, column: int) -> str:
        text = self.columns[column].value(v)
        if mark == LATE:
            note = QCoreApplication.translate(
                "DossierModel", "Quá hạn: hẹn trả kết quả lúc {time}."
            ).format(time=hm(v.appointment))
        elif mark == DUE_TODAY:
            note = QCoreApplication.translate(
                "DossierModel", "Đến hạn trả kết quả hôm nay lúc {time}."
            ).format(time=v.appointment.strftime("%H:%M"))
        else:
            return text
        return f"{text}\n{note}" if text else note

    # -- sorting, here: the list is one period's ---------------------------------------
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns):
            return
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        before = [(self._rows[i.row()].code, i.column()) for i in persistent]
        self._sort = (column, order)
        self._apply_sort()
        after = [self.index(self.row_of(code) or 0, col) for code, col in before]
        self.changePersistentIndexList(persistent, after)
        self.layoutChanged.emit()

    def _apply_sort(self) -> None:
        if self._sort is None:
            return
        column, order = self._sort
        spec = self.columns[column]
        reverse = order == Qt.SortOrder.DescendingOrder
        if spec.key is not None:
            self._rows.sort(key=spec.key, reverse=reverse)
        else:
            compare = collator().compare
            self._rows.sort(
                key=functools.cmp_to_key(lambda a, b: compare(spec.value(a), spec.value(b))),
                reverse=reverse,
            )
