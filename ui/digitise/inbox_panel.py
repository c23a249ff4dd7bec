"""Pending scans ("Bản quét chờ xử lý"): what the scanner dropped in the watched folder, picked
up automatically (or by a button, or by dropping files here), checked against Phụ lục I, read
by OCR, then registered as incoming documents or attached to a document already registered."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QFileSystemWatcher, QTimer, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QDialog,
    QPushButton,
    QTableWidgetItem,
    QWidget,
)

from desktop.core.errors import VanThuError
from desktop.core.records import DocumentView
from desktop.digitise.inbox import (
    PendingItem,
    PickedUp,
    attach_pending,
    pending,
    pick_up,
)
from desktop.kernel.auth import Role
from desktop.kernel.office import Office
from ui.digitise.document_picker import DocumentPicker
from ui.digitise.pending_form import PendingIncomingDialog, pending_field
from ui.digitise.scanner_folder import copy_into, waiting_files, watch_folder
from ui.kit import worker
from ui.kit.dialogs import open_tracked
from ui.kit.errors import on_error
from ui.kit.file_picker import dropped_paths
from ui.kit.folder_queue import PROBLEM, FolderQueuePanel
from ui.kit.host import WindowHost, panel_of
from ui.kit.i18n import QT_TRANSLATE_NOOP
from ui.kit.panels import PanelSpec
from ui.kit.pdf_preview import PdfPreview

#: Files the scanner is still writing change size; wait this long after the last change.
DEBOUNCE_MS = 2000


class InboxPanel(FolderQueuePanel):
    """Emits ``registered`` with the new document after a registration, ``attached`` with the
    document a scan was attached to."""

    registered = Signal(object)
    attached = Signal(object)
    preview: PdfPreview
    HEADERS = (
        QT_TRANSLATE_NOOP("InboxPanel", "Tệp quét"),
        QT_TRANSLATE_NOOP("InboxPanel", "Số trang"),
        QT_TRANSLATE_NOOP("InboxPanel", "Chất lượng (Phụ lục I)"),
        QT_TRANSLATE_NOOP("InboxPanel", "Số, ký hiệu"),
        QT_TRANSLATE_NOOP("InboxPanel", "Tác giả"),
        QT_TRANSLATE_NOOP("InboxPanel", "Trích yếu"),
    )

    def __init__(self, office: Office, parent: QWidget | None = None) -> None:
        super().__init__(parent, table_name="pending", widths=(150, 60, 200, 120, 170),
                         preview=PdfPreview())
        self.office = office
        self.folder = watch_folder(office)
        self.items: list[PendingItem] = []
        self.dialog: QDialog | None = None  # the dialog open now (tests drive it)
        self.operation: worker.Operation | None = None
        self._again = False
        self.extract = True  # read the first page (OCR) while picking up
        self._sizes: dict[str, int] = {}
        clerk = office.actor.has(Role.CLERK)
        self.setAcceptDrops(clerk)

        self.pick_button = QPushButton()
        self.pick_button.setObjectName("pick_up")
        self.pick_button.clicked.connect(self.pick_up_now)
        self.register_button = QPushButton()
        self.register_button.setObjectName("register_pending")
        self.register_button.clicked.connect(self.register_current)
        self.attach_button = QPushButton()
        self.attach_button.setObjectName("attach_pending")
        self.attach_button.clicked.connect(self.attach_current)
        for b in (self.pick_button, self.register_button, self.attach_button):
            b.setVisible(clerk)
        self.place_buttons((self.pick_button, self.register_button, self.attach_button))

        self._debounce = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._debounce.timeout.connect(self._folder_settled)
        self.watcher = QFileSystemWatcher(self)
        self.watcher.directoryChanged.connect(lambda _path: self._folder_changed())
        if clerk:
            self._watch()
        self.retranslate()
        self.refresh()

    # -- texts ---------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.retranslate_headers()
        self.pick_button.setText(self.tr("&Nhận bản quét"))
        self.pick_button.setToolTip(
            self.tr(
                "Nhận ngay các tệp trong thư mục máy quét (việc này cũng tự chạy khi có tệp mới)."
            )
        )
        self.register_button.setText(self.tr("Đăng ký văn bản đến…"))
        self.attach_button.setText(self.tr("Đính kèm vào văn bản…"))
        self.folder_label.setText(
            self.tr(
                "Thư mục máy quét: {path}. Tệp mới được nhận tự động; có thể kéo thả tệp hoặc "
                "thư mục vào đây."
            ).format(path=str(self.folder))
        )
        self.empty.setText(self.tr("Không có bản quét nào đang chờ."))
        self._fill()

    def quality_text(self, item: PendingItem) -> str:
        if item.quality == "dat":
            return self.tr("Đạt")
        if item.quality == "khong-dat":
            return self.tr("Chưa đạt: {reasons}").format(reasons=item.quality_reasons)
        return self.tr("Không xác định (không phải ảnh quét)")

    # -- the list ------------------------------------------------------------------------
    def refresh(self) -> None:
        selected = self.current_item()
        try:
            self.items = pending(self.office)
        except VanThuError as exc:
            on_error(self, exc)
            return
        self._fill(selected.id if selected else None)

    def _fill(self, select: int | None = None) -> None:
        rows = [(item.name, str(item.pages or ""), self.quality_text(item),
                 pending_field(item, "symbol"), pending_field(item, "organ_name"),
                 pending_field(item, "subject")) for item in self.items]

        def decorate(row: int, col: int, cell: QTableWidgetItem) -> None:
            if col == 2:
                cell.setToolTip(cell.text())
                if self.items[row].quality == "khong-dat":
                    cell.setForeground(PROBLEM)

        self.fill_table(rows, [item.id for item in self.items], select, decorate)

    def current_item(self) -> PendingItem | None:
        item: PendingItem | None = super().current_item()
        return item

    def select_item(self, item_id: int) -> bool:
        for row, item in enumerate(self.items):
            if item.id == item_id:
                self.table.setCurrentCell(row, 0)
                return True
        return False

    def current_changed(self) -> None:
        item = self.current_item()
        self.register_button.setEnabled(item is not None)
        self.attach_button.setEnabled(item is not None)
        if item is None:
            self.preview.clear()
            return
        try:
            data = self.office.files.read(item.sha256)
        except VanThuError as exc:
            self.preview.clear()
            on_error(self, exc)
            return
        self.preview.load_bytes(data)

    # -- picking up ----------------------------------------------------------------------
    def _watch(self) -> None:
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except OSError:
            return  # shown when the person asks for a pick-up
        if str(self.folder) not in self.watcher.directories():
            self.watcher.addPath(str(self.folder))
        if waiting_files(self.folder):  # left there while the program was closed
            self._folder_changed()

    def _folder_changed(self) -> None:
        self._sizes = waiting_files(self.folder)
        if self._sizes:
            self._debounce.start()

    def _folder_settled(self) -> None:
        now = waiting_files(self.folder)
        if not now:
            return
        if now != self._sizes:  # still being written
            self._sizes = now
            self._debounce.start()
            return
        self.pick_up_now()

    def pick_up_now(self, copy: list[Path] | None = None) -> None:
        """Pick up the watched folder in the background (after copying ``copy`` into it)."""
        if self.operation is not None:
            self._again = True
            return
        folder, office, extract = self.folder, self.office, self.extract
        paths = list(copy or [])

        def work(_token: worker.CancelToken) -> PickedUp:
            if paths:
                copy_into(folder, paths)
            return pick_up(office, folder, extract=extract)

        self.operation = worker.run_in_background(
            self,
            work,
            label=self.tr("Đang nhận bản quét và đọc chữ trang đầu…"),
            on_success=self._picked_up,
            on_failure=self._pick_up_failed,
        )
        self.operation.finished.connect(self._operation_done)
        self.destroyed.connect(self.operation.cancel)  # a closed panel drops the result

    def _operation_done(self) -> None:
        self.operation = None
        if self._again:
            self._again = False
            if waiting_files(self.folder):
                self.pick_up_now()

    def _picked_up(self, result: PickedUp) -> None:
        self.refresh()
        if result.items:
            self.select_item(int(result.items[-1]["id"]))
        if result.failures:
            self.warn_files(
                self.tr("Có tệp quét không nhận được"),
                self.tr(
                    "Các tệp sau được chuyển vào thư mục “loi” trong thư mục máy quét:\n{lines}"
                ),
                result.failures,
            )

    def _pick_up_failed(self, exc: BaseException) -> None:
        self.refresh()
        on_error(self, exc)

    # -- drag and drop -------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if dropped_paths(event):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = dropped_paths(event)
        if paths:
            event.acceptProposedAction()
            self.pick_up_now(paths)

    # -- per item ------------------------------------------------------------------------
    def _open(self, dialog: QDialog) -> None:
        open_tracked(self, dialog)

    def register_current(self) -> None:
        item = self.current_item()
        if item is None or not self.office.actor.has(Role.CLERK):
            return
        dialog = PendingIncomingDialog(self.office, item, self)
        dialog.accepted.connect(lambda: self._done(dialog.saved, self.registered))
        self._open(dialog)

    def attach_current(self) -> None:
        item = self.current_item()
        if item is None:
            return
        picker = DocumentPicker(self.office, self)
        picker.accepted.connect(lambda: self._attach(item, picker.chosen))
        self._open(picker)

    def _attach(self, item: PendingItem, doc_id: int | None) -> None:
        if doc_id is None:
            return
        try:
            view = attach_pending(self.office, item.id, doc_id)
        except VanThuError as exc:
            on_error(self, exc)
            self.refresh()
            return
        self._done(view, self.attached)

    def _done(self, view: DocumentView | None, signal: Any) -> None:
        self.refresh()
        if view is not None:
            signal.emit(view)


def _inbox(office: Office, parent: QWidget | None) -> QWidget:
    return InboxPanel(office, parent)


INBOX_PANEL = PanelSpec(
    "inbox", QT_TRANSLATE_NOOP("Panels", "Bản quét chờ xử lý"), "incoming", _inbox
)


def connect_inbox(host: WindowHost) -> None:
    """A registration from a pending scan shows in the incoming register like any other."""
    panel = panel_of(host, INBOX_PANEL.key, InboxPanel)
    panel.registered.connect(host.show_registered)
    panel.attached.connect(lambda _view: host.refresh())
