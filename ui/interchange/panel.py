"""Electronic documents ("Văn bản điện tử đến"): the edXML packages waiting in the exchange
folder, each read and checked (XML signature, the PDF signatures of its attachments), shown
as the registration it will become, registered with one click or refused (status 02 into the
outbox). The folder is watched: a package saved there appears without a click; packages
dropped on the panel (from a USB stick) are copied into it; the folder can be changed."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QFileSystemWatcher, QTimer, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QPushButton,
    QTableWidgetItem,
    QTextBrowser,
    QWidget,
)

from desktop.core.errors import VanThuError
from desktop.interchange import folder as exchange
from desktop.kernel.auth import Role
from desktop.kernel.office import Office
from ui.kit import messages, worker
from ui.kit.choosers import ask_folder
from ui.kit.errors import on_error
from ui.kit.file_picker import dropped_paths
from ui.kit.folder_queue import PROBLEM, FolderQueuePanel
from ui.kit.host import WindowHost, panel_of
from ui.kit.i18n import QT_TRANSLATE_NOOP
from ui.kit.panels import PanelSpec

DEBOUNCE_MS = 1500
SIGNATURE_TEXT = {
    "valid": QT_TRANSLATE_NOOP("ExchangePanel", "Hợp lệ"),
    "invalid": QT_TRANSLATE_NOOP("ExchangePanel", "KHÔNG HỢP LỆ"),
    "absent": QT_TRANSLATE_NOOP("ExchangePanel", "Không có"),
    "weak": QT_TRANSLATE_NOOP("ExchangePanel", "Hợp lệ, SHA-1 (yếu)"),
}


class ExchangePanel(FolderQueuePanel):
    """Emits ``registered`` with the new document (a DocumentView) after a one-click
    registration."""

    registered = Signal(object)
    preview: QTextBrowser
    #: A package changed documents already registered (a revocation) or answered an outgoing one.
    changed = Signal()
    HEADERS = (
        QT_TRANSLATE_NOOP("ExchangePanel", "Gói"),
        QT_TRANSLATE_NOOP("ExchangePanel", "Số, ký hiệu"),
        QT_TRANSLATE_NOOP("ExchangePanel", "Tác giả"),
        QT_TRANSLATE_NOOP("ExchangePanel", "Trích yếu"),
        QT_TRANSLATE_NOOP("ExchangePanel", "Chữ ký XML"),
    )

    def __init__(self, office: Office, parent: QWidget | None = None) -> None:
        preview = QTextBrowser()
        preview.setObjectName("preview")
        super().__init__(parent, table_name="packages", widths=(150, 120, 170, 300),
                         preview=preview)
        self.office = office
        self.clerk = office.actor.has(Role.CLERK)
        self.where = exchange.exchange_folder(office)
        self.items: list[exchange.PendingPackage] = []
        self.moved: list[dict[str, str]] = []
        self.operation: worker.Operation | None = None

        self.refresh_button = QPushButton()
        self.refresh_button.setObjectName("refresh")
        self.refresh_button.clicked.connect(self.refresh)
        self.register_button = QPushButton()
        self.register_button.setObjectName("register")
        self.register_button.clicked.connect(self.register_current)
        self.refuse_button = QPushButton()
        self.refuse_button.setObjectName("refuse")
        self.refuse_button.clicked.connect(self.refuse_current)
        self.folder_button = QPushButton()
        self.folder_button.setObjectName("change_folder")
        self.folder_button.clicked.connect(self.change_folder)
        for b in (self.register_button, self.refuse_button, self.folder_button):
            b.setVisible(self.clerk)
        self.setAcceptDrops(self.clerk)
        self.place_buttons((self.refresh_button, self.register_button, self.refuse_button),
                           (self.folder_button,))

        self._debounce = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._debounce.timeout.connect(self.refresh)
        self.watcher = QFileSystemWatcher(self)
        self.watcher.directoryChanged.connect(lambda _p: self._debounce.start())
        if self.clerk:
            self.watcher.addPath(str(self.where.inbox))
        self.retranslate()
        if self.clerk:
            self.refresh()

    # -- texts ---------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.retranslate_headers()
        self.refresh_button.setText(self.tr("&Làm mới"))
        self.register_button.setText(self.tr("Đăng ký văn bản đến"))
        self.register_button.setToolTip(self.tr("Đăng ký gói đang chọn vào sổ văn bản đến."))
        self.refuse_button.setText(self.tr("Từ chối tiếp nhận…"))
        self.folder_button.setText(self.tr("Đổi thư mục liên thông…"))
        self.folder_label.setText(self.tr(
            "Thư mục liên thông: {inbox}. Gói trả lời và gói bị từ chối được ghi vào {outbox}."
        ).format(inbox=str(self.where.inbox), outbox=str(self.where.outbox)))
        self.empty.setText(self.tr("Không có gói văn bản điện tử nào đang chờ."))
        self._fill()

    def signature_text(self, item: exchange.PendingPackage) -> str:
        if item.kind == "status":
            return ""
        return self.tr(SIGNATURE_TEXT.get(item.interchange["xml_signature"]["status"], "?"))

    # -- the list ------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the folder in the background (each package is parsed and checked)."""
        if self.operation is not None or not self.clerk:
            return
        office, where = self.office, self.where

        def work(_token: worker.CancelToken) -> exchange.InboxReport:
            return exchange.scan(office, where)

        self.operation = worker.run_in_background(
            self, work, label=self.tr("Đang đọc các gói văn bản điện tử…"),
            on_success=self._scanned, on_failure=self._failed,
            quiet=True)  # the folder is read by itself: closing the window does not ask
        self.operation.finished.connect(self._operation_done)
        self.destroyed.connect(self.operation.cancel)

    def _operation_done(self) -> None:
        self.operation = None

    def _failed(self, exc: BaseException) -> None:
        on_error(self, exc)

    def _scanned(self, report: exchange.InboxReport) -> None:
        current = self.current_item()
        self.items = report.pending
        self.moved = report.moved_aside
        self._fill(current.name if current else None)
        if report.moved_aside:
            self.warn_files(self.tr("Có tệp không phải gói văn bản điện tử hợp lệ"),
                            self.tr("Các tệp sau được chuyển sang thư mục khác, không đăng ký:\n"
                                    "{lines}"), report.moved_aside)

    def _fill(self, select: str | None = None) -> None:
        rows = []
        for item in self.items:
            f = item.fields
            if item.kind == "status":
                rows.append((item.name, "", f.get("organ_name", ""),
                             self.tr("Gói trạng thái {code}: {meaning}").format(
                                 code=f.get("status_code", ""), meaning=f.get("meaning", "")), ""))
            else:
                rows.append((item.name, f.get("symbol", ""), f.get("organ_name", ""),
                             f.get("subject", ""), self.signature_text(item)))

        def decorate(row: int, col: int, cell: QTableWidgetItem) -> None:
            item = self.items[row]
            if col == 4 and item.kind == "document" and \
                    item.interchange["xml_signature"]["status"] == "invalid":
                cell.setForeground(PROBLEM)

        self.fill_table(rows, [item.name for item in self.items], select, decorate)

    def current_item(self) -> exchange.PendingPackage | None:
        item: exchange.PendingPackage | None = super().current_item()
        return item

    def current_changed(self) -> None:
        item = self.current_item()
        self.register_button.setEnabled(item is not None)
        self.refuse_button.setEnabled(item is not None and item.kind == "document")
        self.preview.setPlainText(self.preview_text(item) if item is not None else "")

    def preview_text(self, item: exchange.PendingPackage) -> str:
        f = item.fields
        if item.kind == "status":
            return "\n".join([
                self.tr("Gói trạng thái từ {organ}").format(organ=f.get("organ_name", "")),
                self.tr("Mã trạng thái: {code} — {meaning}").format(
                    code=f.get("status_code", ""), meaning=f.get("meaning", "")),
                self.tr("Mô tả: {text}").format(text=f.get("description", "")),
                self.tr("Trả lời văn bản: {key}").format(key=f.get("document_id", "")),
            ])
        inter = item.interchange
        sig = inter["xml_signature"]
        lines = [
            self.tr("Tác giả: {v}").format(v=f.get("organ_name", "")),
            self.tr("Số, ký hiệu: {v}").format(v=f.get("symbol", "")),
            self.tr("Ngày văn bản: {v}").format(v=f.get("issued", "")),
            self.tr("Loại văn bản: {v}").format(v=f.get("type_name", "")),
            self.tr("Trích yếu: {v}").format(v=f.get("subject", "")),
            self.tr("Người ký: {v}").format(v=f.get("signer_name", "")),
            self.tr("Hạn giải quyết (đề xuất): {v}").format(v=f.get("due") or ""),
            self.tr("Mã văn bản liên thông: {v}").format(v=inter["document_id"]),
            self.tr("Chữ ký số XML của gói: {status} {subject}").format(
                status=self.signature_text(item), subject=sig["subject"]),
        ]
        for att in inter["attachments"]:
            sigs = ", ".join(s["status"] for s in att["pdf_signatures"]) or self.tr(
                "không có chữ ký số")
            lines.append(self.tr("Tệp {name}: {signatures}").format(name=att["name"],
                                                                      signatures=sigs))
        lines += [self.tr("Cảnh báo: {text}").format(text=w) for w in item.warnings]
        return "\n".join(lines)

    # -- the folder ----------------------------------------------------------------------
    def change_folder(self) -> None:
        chosen = ask_folder(self, self.tr("Chọn thư mục liên thông"), str(self.where.root))
        if chosen is None:
            return
        from desktop.core.settings import Settings

        try:
            where = exchange.ExchangeFolder(chosen).ensure()
        except OSError as exc:
            messages.error(self, self.tr("Không dùng được thư mục này"), str(exc))
            return
        Settings(self.office.location.data_dir).set("exchange_dir", str(chosen))
        if self.watcher.directories():
            self.watcher.removePaths(self.watcher.directories())
        self.where = where
        self.watcher.addPath(str(where.inbox))
        self.retranslate()
        self.refresh()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if any(p.suffix.lower() in exchange.SUFFIXES for p in dropped_paths(event)):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        """Packages dropped here are copied into the folder (the originals stay)."""
        import shutil

        from desktop.interchange.files import free_path

        paths = [p for p in dropped_paths(event) if p.suffix.lower() in exchange.SUFFIXES]
        if not paths:
            return
        event.acceptProposedAction()
        for path in paths:
            target = free_path(self.where.inbox, path.name)
            tmp = target.with_name(f".{target.name}.tmp")  # hidden until complete
            try:
                shutil.copyfile(path, tmp)
                tmp.replace(target)
            except OSError as exc:
                messages.error(self, self.tr("Không chép được gói"), f"{path}: {exc}")
        self.refresh()

    # -- actions -------------------------------------------------------------------------
    def register_current(self) -> None:
        item = self.current_item()
        if item is None or not self.clerk:
            return
        try:
            result = exchange.take(self.office, self.where, item.name)
        except VanThuError as exc:
            on_error(self, exc)
            self.refresh()
            return
        self._after(result)

    def refuse_current(self) -> None:
        item = self.current_item()
        if item is None or item.kind != "document" or not self.clerk:
            return
        reason = messages.ask_text(self, self.tr("Từ chối tiếp nhận"),
                                   self.tr("Lý do từ chối (gửi lại cơ quan gửi, trạng thái 02):"))
        if not reason:
            return
        try:
            exchange.refuse(self.office, self.where, item.name, reason)
        except VanThuError as exc:
            on_error(self, exc)
        self.refresh()

    def _after(self, result: dict[str, Any]) -> None:
        from desktop.registers.registry import get_document

        self.refresh()
        if result.get("kind") != "document" or not result.get("registered"):
            self.changed.emit()
            return
        if result.get("kind") == "document":
            try:
                self.registered.emit(get_document(self.office, int(result["id"])))
            except VanThuError as exc:
                on_error(self, exc)


def _panel(office: Office, parent: QWidget | None) -> QWidget:
    return ExchangePanel(office, parent)


EXCHANGE_PANEL = PanelSpec(
    "interchange", QT_TRANSLATE_NOOP("Panels", "Văn bản điện tử đến"), "incoming", _panel
)


def connect_exchange(host: WindowHost) -> None:
    """A package registered from the exchange folder shows in the incoming register."""
    panel = panel_of(host, EXCHANGE_PANEL.key, ExchangePanel)
    panel.registered.connect(host.show_registered)
    panel.changed.connect(host.refresh)
