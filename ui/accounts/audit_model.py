"""One page of the audit log as a table: time in Vietnam time, the person, the action in words,
the document, and what changed (the stored before/after values flattened)."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from desktop.core.clock import VN_TZ
from desktop.kernel.audit import ACTION_LABELS, EntryView
from ui.kit.i18n import QT_TRANSLATE_NOOP
from ui.registers.field_labels import entry_sentence
from ui.registers.model import DOC_ID_ROLE

SEQ_ROLE = DOC_ID_ROLE + 1
SUMMARY_CHARS = 160

# desktop.kernel.audit.ACTION_LABELS, marked here for the window's catalogue (a test keeps them equal).
ACTION_TEXT = (
    QT_TRANSLATE_NOOP("AuditModel", "Khởi tạo cơ quan"),
    QT_TRANSLATE_NOOP("AuditModel", "Đăng ký văn bản đến"),
    QT_TRANSLATE_NOOP("AuditModel", "Đăng ký văn bản đi"),
    QT_TRANSLATE_NOOP("AuditModel", "Hủy đăng ký"),
    QT_TRANSLATE_NOOP("AuditModel", "Đính kèm tệp"),
    QT_TRANSLATE_NOOP("AuditModel", "Xuất tệp"),
    QT_TRANSLATE_NOOP("AuditModel", "Nhập sổ từ tệp"),
    QT_TRANSLATE_NOOP("AuditModel", "Ký số"),
    QT_TRANSLATE_NOOP("AuditModel", "Nhận dạng chữ"),
    QT_TRANSLATE_NOOP("AuditModel", "Sao lưu"),
    QT_TRANSLATE_NOOP("AuditModel", "Đăng nhập"),
    QT_TRANSLATE_NOOP("AuditModel", "Đăng nhập sai"),
    QT_TRANSLATE_NOOP("AuditModel", "Bị từ chối"),
    QT_TRANSLATE_NOOP("AuditModel", "Thêm tài khoản"),
    QT_TRANSLATE_NOOP("AuditModel", "Vô hiệu hóa tài khoản"),
    QT_TRANSLATE_NOOP("AuditModel", "Đổi mật khẩu"),
    QT_TRANSLATE_NOOP("AuditModel", "Sửa thông tin cơ quan"),
    QT_TRANSLATE_NOOP("AuditModel", "Sửa văn bản đã đăng ký"),
    QT_TRANSLATE_NOOP("AuditModel", "Đặt ảnh chữ ký"),
    QT_TRANSLATE_NOOP("AuditModel", "Đặt ảnh con dấu"),
    QT_TRANSLATE_NOOP("AuditModel", "Tiếp nhận hồ sơ"),
    QT_TRANSLATE_NOOP("AuditModel", "Chuyển bước hồ sơ"),
    QT_TRANSLATE_NOOP("AuditModel", "Thêm thủ tục hành chính"),
    QT_TRANSLATE_NOOP("AuditModel", "Khởi tạo lịch ngày nghỉ"),
    QT_TRANSLATE_NOOP("AuditModel", "Nhập lịch ngày nghỉ"),
    QT_TRANSLATE_NOOP("AuditModel", "Nhận dạng chữ"),
    QT_TRANSLATE_NOOP("AuditModel", "Thêm chứng thư tin cậy"),
    QT_TRANSLATE_NOOP("AuditModel", "Xóa chứng thư tin cậy"),
    QT_TRANSLATE_NOOP("AuditModel", "Thêm danh sách thu hồi chứng thư"),
    QT_TRANSLATE_NOOP("AuditModel", "Xóa danh sách thu hồi chứng thư"),
    QT_TRANSLATE_NOOP("AuditModel", "Dọn tệp thừa trong kho"),
    QT_TRANSLATE_NOOP("AuditModel", "Gán chứng thư số"),
    QT_TRANSLATE_NOOP("AuditModel", "Gỡ chứng thư số đã gán"),
    QT_TRANSLATE_NOOP("AuditModel", "Sửa số cuối của sổ"),
    QT_TRANSLATE_NOOP("AuditModel", "Cấp quyền xem văn bản mật"),
    QT_TRANSLATE_NOOP("AuditModel", "Thu hồi quyền xem văn bản mật"),
    QT_TRANSLATE_NOOP("AuditModel", "Xuất khóa kiểm tra nhật ký"),
    QT_TRANSLATE_NOOP("AuditModel", "Nhập khóa kiểm tra nhật ký"),
)


def local_time(at: dt.datetime) -> dt.datetime:
    """Entries are stored in UTC without a zone; people read Vietnam time (UTC+07:00)."""
    return at.replace(tzinfo=dt.UTC).astimezone(VN_TZ)


def flatten(value: str) -> str:
    """A stored before/after value (canonical JSON) as ``key: value; …``."""
    if not value:
        return ""
    try:
        data = json.loads(value)
    except ValueError:
        return value
    if isinstance(data, dict):
        return "; ".join(f"{k}: {v}" for k, v in data.items() if v not in ("", None))
    return str(data)


def _parsed(value: str) -> object:
    if not value:
        return None
    try:
        return json.loads(value)
    except ValueError:
        return value


class AuditModel(QAbstractTableModel):
    """One page of the log (the service pages and filters in SQL)."""

    HEADINGS = (
        QT_TRANSLATE_NOOP("AuditModel", "Số thứ tự"),
        QT_TRANSLATE_NOOP("AuditModel", "Thời gian (giờ Việt Nam)"),
        QT_TRANSLATE_NOOP("AuditModel", "Người thực hiện"),
        QT_TRANSLATE_NOOP("AuditModel", "Thao tác"),
        QT_TRANSLATE_NOOP("AuditModel", "Văn bản"),
        QT_TRANSLATE_NOOP("AuditModel", "Nội dung"),
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entries: list[EntryView] = []
        self.total = 0
        self.offset = 0
        self.broken_seq: int | None = None

    def set_page(self, entries: list[EntryView], total: int, offset: int) -> None:
        self.beginResetModel()
        self.entries = list(entries)
        self.total = total
        self.offset = offset
        self.endResetModel()

    def row_of(self, seq: int) -> int | None:
        return next((i for i, e in enumerate(self.entries) if e.seq == seq), None)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.HEADINGS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.HEADINGS)
        ):
            return self.tr(self.HEADINGS[section])
        return None

    def action_text(self, action: str) -> str:
        label = ACTION_LABELS.get(action)
        return self.tr(label) if label else action

    def summary(self, entry: EntryView) -> str:
        """The entry's values as a sentence with field labels, not codes (issue 14, 10)."""
        return entry_sentence(_parsed(entry.before), _parsed(entry.after))

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.entries):
            return None
        e = self.entries[index.row()]
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if col == 0:
                return str(e.seq)
            if col == 1:
                return local_time(e.at).strftime("%d/%m/%Y %H:%M:%S")
            if col == 2:
                return e.actor
            if col == 3:
                return self.action_text(e.action)
            if col == 4:
                return str(e.document_id) if e.document_id is not None else ""
            text = self.summary(e)
            if role == Qt.ItemDataRole.DisplayRole and len(text) > SUMMARY_CHARS:
                return text[: SUMMARY_CHARS - 1] + "…"
            return text
        if role == DOC_ID_ROLE:
            return e.document_id
        if role == SEQ_ROLE:
            return e.seq
        if role == Qt.ItemDataRole.BackgroundRole and e.seq == self.broken_seq:
            return QColor("#f8d7da")
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (0, 4):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
