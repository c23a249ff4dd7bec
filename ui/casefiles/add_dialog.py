"""Put a document into one of the open files the person keeps: a list, Enter to choose."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.casefiles.filling import add_documents
from desktop.casefiles.reading import FileRow, files_of_document, list_files
from desktop.casefiles.views import STATE_OPEN, CaseFileView
from desktop.core.errors import VanThuError
from desktop.kernel.auth import SYSTEM
from desktop.kernel.office import Office
from ui.kit.errors import on_error

KEY_ROLE = Qt.ItemDataRole.UserRole + 1


def open_files_of(office: Office) -> list[FileRow]:
    """The open files this person may fill (all of them for the built-in actor)."""
    mine = office.actor == SYSTEM
    return [f for f in list_files(office)
            if f.state == STATE_OPEN and (mine or f.keeper == office.actor.username)]


class AddToFileDialog(QDialog):
    def __init__(self, office: Office, doc_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.office = office
        self.doc_id = doc_id
        self.saved: CaseFileView | None = None
        self.setWindowTitle(self.tr("Đưa văn bản vào hồ sơ"))
        already = {(f.code, f.year) for f in files_of_document(office, doc_id)}
        self.label = QLabel(self.tr("Chọn hồ sơ đang mở để đưa văn bản mã {id} vào:").format(
            id=doc_id))
        self.list = QListWidget()
        self.list.setObjectName("open_files")
        for f in open_files_of(office):
            item = QListWidgetItem(f"{f.year} · {f.code} — {f.title}")
            item.setData(KEY_ROLE, (f.code, f.year))
            if (f.code, f.year) in already:
                item.setText(item.text() + self.tr(" (đã có)"))
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            self.list.addItem(item)
        self.list.itemActivated.connect(lambda _i: self.accept())
        self.empty = QLabel(self.tr("Chưa có hồ sơ đang mở nào do bạn lập."))
        self.empty.setVisible(self.list.count() == 0)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Đưa vào"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Hủy bỏ"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        layout.addWidget(buttons)
        for row in range(self.list.count()):
            if self.list.item(row).flags() & Qt.ItemFlag.ItemIsEnabled:
                self.list.setCurrentRow(row)
                break
        self.list.setFocus()

    def accept(self) -> None:
        item = self.list.currentItem()
        if item is None or not item.flags() & Qt.ItemFlag.ItemIsEnabled:
            return
        code, year = item.data(KEY_ROLE)
        try:
            with self.office.unit():
                self.saved = add_documents(self.office, code, [str(self.doc_id)], year)
        except VanThuError as exc:
            on_error(self, exc)
            return
        super().accept()
