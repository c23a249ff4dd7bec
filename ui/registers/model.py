"""A register as a lazy table model: it knows the row count and fetches windows of rows.

Like Anki's browser ``DataModel``: nothing but the count is loaded up front; ``data()`` asks
for the window (``BLOCK`` rows) holding the row, from ``list_documents`` with an offset, and
keeps the last few windows in a small LRU cache. Sorting and filtering change the
``ListQuery``, so the database does them. A window that fails to load shows its rows as
disabled rows, never a crash.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
from collections import OrderedDict
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

from desktop.core.clock import vn_today
from desktop.core.records import DocumentView
from desktop.kernel.office import Office
from desktop.registers.registry import ListQuery, count_documents, list_documents
from desktop.shell.services import Direction
from ui.kit.i18n import QT_TRANSLATE_NOOP
from ui.kit.icons import icon

logger = logging.getLogger("vanthu.ui")

Index = QModelIndex | QPersistentModelIndex
DOC_ID_ROLE = Qt.ItemDataRole.UserRole + 1

URGENT_TEXT = QColor("#b71c1c")
OVERDUE_BACKGROUND = QColor("#ffe0b2")
CANCELLED_TEXT = QColor("#757575")


def _d(value: dt.date | None) -> str:
    return value.strftime("%d/%m/%Y") if value else ""


@dataclass(frozen=True)
class Column:
    title: str  # Vietnamese source, translated at display (context "RegisterModel")
    value: Callable[[DocumentView], str]
    sort: str | None = None  # ListQuery.sort key, or None when the database cannot sort it


def masked_text() -> str:
    """What stands in a secret row's content for a reader without the right."""
    return QCoreApplication.translate("RegisterModel", "(văn bản mật — không có quyền xem)")


def _subject(d: DocumentView) -> str:
    if d.masked:
        return masked_text()
    return f"{d.type_name}: {d.subject}" if d.type_name else d.subject


def _notes(d: DocumentView) -> str:
    if d.cancelled:
        mark = QCoreApplication.translate("RegisterModel", "ĐÃ HỦY: {reason}").format(
            reason=d.cancel_reason
        )
        return f"{mark}. {d.notes}" if d.notes else mark
    return d.notes


INCOMING: tuple[Column, ...] = (
    Column(
        QT_TRANSLATE_NOOP("RegisterModel", "Ngày đến"),
        lambda d: _d(d.received_date),
        "received_date",
    ),
    Column(QT_TRANSLATE_NOOP("RegisterModel", "Số đến"), lambda d: d.number_text, "number"),
    Column(QT_TRANSLATE_NOOP("RegisterModel", "Tác giả"), lambda d: d.organ_name, "organ_name"),
    Column(QT_TRANSLATE_NOOP("RegisterModel", "Số, ký hiệu văn bản"), lambda d: d.symbol, "symbol"),
    Column(
        QT_TRANSLATE_NOOP("RegisterModel", "Ngày tháng văn bản"),
        lambda d: _d(d.issued_date),
        "issued_date",
    ),
    Column(
        QT_TRANSLATE_NOOP("RegisterModel", "Tên loại và trích yếu nội dung"), _subject, "subject"
    ),
    Column(
        QT_TRANSLATE_NOOP("RegisterModel", "Đơn vị hoặc người nhận"),
        lambda d: d.recipients or d.handler,
        "recipients",
    ),
    Column(QT_TRANSLATE_NOOP("RegisterModel", "Ngày chuyển"), lambda d: _d(d.transfer_date)),
    Column(QT_TRANSLATE_NOOP("RegisterModel", "Ký nhận"), lambda d: d.receiver_sign),
    Column(QT_TRANSLATE_NOOP("RegisterModel", "Ghi chú"), _notes),
)
OUTGOING: tuple[Column, ...] = (
    Column(QT_TRANSLATE_NOOP("RegisterModel", "Số, ký hiệu văn bản"),
           lambda d: d.number_text if d.masked else d.symbol, "number"),
    Column(
        QT_TRANSLATE_NOOP("RegisterModel", "Ngày tháng văn bản"),
        lambda d: _d(d.issued_date),
        "issued_date",
    ),
    Column(
        QT_TRANSLATE_NOOP("RegisterModel", "Tên loại và trích yếu nội dung"), _subject, "subject"
    ),
    Column(QT_TRANSLATE_NOOP("RegisterModel", "Người ký"), lambda d: d.signer_name, "signer_name"),
    Column(
        QT_TRANSLATE_NOOP("RegisterModel", "Nơi nhận văn bản"), lambda d: d.recipients, "recipients"
    ),
    Column(
        QT_TRANSLATE_NOOP("RegisterModel", "Đơn vị, người nhận bản lưu"), lambda d: d.archive_unit
    ),
    Column(
        QT_TRANSLATE_NOOP("RegisterModel", "Số lượng bản"),
        lambda d: str(d.copies) if d.copies else "",
    ),
    Column(QT_TRANSLATE_NOOP("RegisterModel", "Ngày chuyển"), lambda d: _d(d.transfer_date)),
    Column(QT_TRANSLATE_NOOP("RegisterModel", "Ký nhận"), lambda d: d.receiver_sign),
    Column(QT_TRANSLATE_NOOP("RegisterModel", "Ghi chú"), _notes),
)

_FAILED = None  # a window that could not be loaded
_MASKED_ROLES = (Qt.ItemDataRole.FontRole, Qt.ItemDataRole.ForegroundRole,
                 Qt.ItemDataRole.ToolTipRole)


def _masked_look(doc: DocumentView, role: int) -> Any:
    """A secret row the reader may not read: grey italics, and a tooltip saying why."""
    if role == Qt.ItemDataRole.FontRole:
        font = QFont()
        font.setItalic(True)
        font.setStrikeOut(doc.cancelled)
        return font
    if role == Qt.ItemDataRole.ForegroundRole:
        return QBrush(CANCELLED_TEXT)
    return QCoreApplication.translate(
        "RegisterModel", "Văn bản {level}: bạn không có quyền xem nội dung. Quản trị viên cấp "
        "quyền theo vai trò hoặc tài khoản; người xử lý và người đăng ký luôn xem được."
    ).format(level=doc.secrecy_label)


class RegisterModel(QAbstractTableModel):
    BLOCK = 200
    MAX_BLOCKS = 8

    def __init__(
        self,
        office: Office,
        direction: Direction | str,
        parent: QObject | None = None,
        *,
        year: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.office = office
        self.direction = Direction(direction)
        self.columns = INCOMING if self.direction == Direction.INCOMING else OUTGOING
        self.query = ListQuery(direction=self.direction, year=year)
        self.today = vn_today()
        self._count = 0
        self._blocks: OrderedDict[int, list[DocumentView] | None] = OrderedDict()
        self.fetches = 0  # how many windows were read (the benchmark and tests look)
        self.refresh()

    # -- what to show ------------------------------------------------------------------
    def set_query(self, **changes: Any) -> None:
        """Change filters or sorting (fields of ``ListQuery``) and reload from the database."""
        self.query = dataclasses.replace(self.query, offset=0, limit=None, **changes)
        self.refresh()

    def refresh(self) -> None:
        self.beginResetModel()
        self._blocks.clear()
        self.today = vn_today()
        try:
            self._count = count_documents(self.office, self.query)
        except Exception:  # a register that cannot be counted shows empty, and says so in the log
            logger.exception("counting the register failed")
            self._count = 0
        self.endResetModel()

    def document(self, row: int) -> DocumentView | None:
        if row < 0 or row >= self._count:
            return None
        block_no, offset = divmod(row, self.BLOCK)
        block = self._block(block_no)
        if block is None or offset >= len(block):
            return None
        return block[offset]

    def _block(self, block_no: int) -> list[DocumentView] | None:
        if block_no in self._blocks:
            self._blocks.move_to_end(block_no)
            return self._blocks[block_no]
        q = dataclasses.replace(self.query, offset=block_no * self.BLOCK, limit=self.BLOCK)
        self.fetches += 1
        block: list[DocumentView] | None
        try:
            block = list_documents(self.office, q, total=self._count)
        except Exception:
            logger.exception("loading rows %s..%s failed", q.offset, q.offset + self.BLOCK)
            block = _FAILED
        self._blocks[block_no] = block
        while len(self._blocks) > self.MAX_BLOCKS:
            self._blocks.popitem(last=False)
        return block

    def row_of(self, doc_id: int) -> int | None:
        """Where a document is, looking in the cache and at both ends (new rows land there)."""
        for block_no, block in list(self._blocks.items()):
            for i, doc in enumerate(block or ()):
                if doc.id == doc_id:
                    return block_no * self.BLOCK + i
        if self._count == 0:
            return None
        last = (self._count - 1) // self.BLOCK
        for block_no in dict.fromkeys((last, 0)):
            for i, doc in enumerate(self._block(block_no) or ()):
                if doc.id == doc_id:
                    return block_no * self.BLOCK + i
        return None

    # -- Qt model interface ------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                return QCoreApplication.translate("RegisterModel", self.columns[section].title)
            return None
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self.document(index.row()) is None:  # failed to load: shown, but disabled
            return Qt.ItemFlag.ItemNeverHasChildren
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not self.checkIndex(index):
            return None
        doc = self.document(index.row())
        column = index.column()
        if doc is None:
            if role == Qt.ItemDataRole.DisplayRole and column == 0:
                return QCoreApplication.translate("RegisterModel", "(không tải được dòng này)")
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(CANCELLED_TEXT)
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self.columns[column].value(doc)
        if role == DOC_ID_ROLE:
            return doc.id
        if doc.masked and role in _MASKED_ROLES:
            return _masked_look(doc, role)
        overdue = doc.overdue(self.today)
        if self.columns[column].sort == "subject" and doc.has_file:
            # which entries have files (issue 14, "Also seen"): a paperclip, green if signed
            if role == Qt.ItemDataRole.DecorationRole:
                return icon("signed" if doc.signed else "attached")
            if role == Qt.ItemDataRole.ToolTipRole:
                mark = (QCoreApplication.translate("RegisterModel", "Có tệp đã ký số") if doc.signed
                        else QCoreApplication.translate("RegisterModel", "Có tệp đính kèm"))
                return "\n".join((self.columns[column].value(doc), mark))
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(doc, overdue, column)
        return self._look(doc, overdue, column, role)

    @staticmethod
    def _look(doc: DocumentView, overdue: bool, column: int, role: int) -> Any:
        """Icon, font and colours of a row: cancelled, urgent or overdue."""
        if role == Qt.ItemDataRole.DecorationRole and column == 0:
            if doc.cancelled:
                return icon("cancelled")
            if doc.urgent:
                return icon("urgent")
            if overdue:
                return icon("overdue")
            return None
        if role == Qt.ItemDataRole.FontRole and (doc.urgent or overdue or doc.cancelled):
            font = QFont()
            font.setBold((doc.urgent or overdue) and not doc.cancelled)
            font.setStrikeOut(doc.cancelled)
            return font
        if role == Qt.ItemDataRole.ForegroundRole:
            if doc.cancelled:
                return QBrush(CANCELLED_TEXT)
            if doc.urgent:
                return QBrush(URGENT_TEXT)
            return None
        if role == Qt.ItemDataRole.BackgroundRole and overdue and not doc.cancelled:
            return QBrush(OVERDUE_BACKGROUND)
        return None

    def _tooltip(self, doc: DocumentView, overdue: bool, column: int) -> str:
        notes: list[str] = []
        if doc.urgent:
            notes.append(
                QCoreApplication.translate("RegisterModel", "Độ khẩn: {label}").format(
                    label=doc.urgency_label
                )
            )
        if overdue and doc.due_date is not None:
            notes.append(
                QCoreApplication.translate("RegisterModel", "Quá hạn giải quyết ({date})").format(
                    date=_d(doc.due_date)
                )
            )
        if doc.cancelled:
            notes.append(QCoreApplication.translate("RegisterModel", "Đã hủy đăng ký"))
        text = self.columns[column].value(doc)
        return "\n".join([text, *notes]) if notes else text

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns):
            return
        key = self.columns[column].sort
        if key is None:
            return
        self.set_query(sort=key, descending=order == Qt.SortOrder.DescendingOrder)

    def sortable(self, column: int) -> bool:
        return 0 <= column < len(self.columns) and self.columns[column].sort is not None
