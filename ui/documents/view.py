"""One document: its metadata, its files, a PDF preview; drop files on it to attach them (scanned
images become one PDF); its digital signatures (a badge with details) and "Ký số…"."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import VanThuError
from desktop.core.records import DocumentView, FileInfo
from desktop.digitise.inbox import attach_scans
from desktop.kernel.auth import Role
from desktop.kernel.office import Office
from desktop.registers.registry import cancel, get_document
from desktop.shell.services import write_temp_copy
from desktop.storage.signed_files import main_file
from ui.documents.corrections import correction_history
from ui.documents.handling_box import HandlingBox
from ui.documents.masked import apply_mask, fill_metadata, title_of
from ui.documents.signature_badge import badge_look, badge_state, signatures_text, verify
from ui.kit import messages, worker
from ui.kit.errors import on_error
from ui.kit.file_picker import dropped_paths
from ui.kit.pdf_preview import PdfPreview
from ui.registers.edit_form import correction_dialog

if TYPE_CHECKING:  # pyHanko loads with the sign dialog, not at start (0.65 s)
    from desktop.signatures.service import DocumentVerification
    from ui.signatures.sign_dialog import SignDialog

PDF = "application/pdf"


def _size(n: int) -> str:
    return f"{n / 1024:,.0f} KB".replace(",", ".") if n >= 1024 else f"{n} B"


class DocumentDialog(QDialog):
    """Emits ``changed`` with the document id after an attachment or a cancellation."""

    changed = Signal(int)

    def __init__(self, office: Office, doc_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.office = office
        self.doc_id = doc_id
        self.doc: DocumentView = get_document(office, doc_id)
        may_edit = office.actor.has(Role.CLERK)
        self.setAcceptDrops(may_edit)

        self.meta = QFormLayout()
        self.meta.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        meta_box = QWidget()
        meta_layout = QVBoxLayout(meta_box)
        meta_layout.addLayout(self.meta)
        self.handling = HandlingBox(office)  # an incoming document's handling, its steps
        self.handling.changed.connect(self._handling_changed)
        meta_layout.addWidget(self.handling)
        meta_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(meta_box)

        self.files = QListWidget()
        self.files.setObjectName("files")
        self.files.setMaximumHeight(120)
        self.files.currentItemChanged.connect(self._file_chosen)
        self.files.itemActivated.connect(lambda _item: self.open_externally())
        self.files_label = QLabel()
        self.drop_hint = QLabel()
        self.drop_hint.setWordWrap(True)
        self.drop_hint.setVisible(may_edit)
        self.open_button = QPushButton()
        self.open_button.clicked.connect(self.open_externally)
        self.attach_button = QPushButton()
        self.attach_button.clicked.connect(self._choose_files)
        self.attach_button.setVisible(may_edit)
        self.edit_button = QPushButton()
        self.edit_button.setObjectName("edit_document")
        self.edit_button.clicked.connect(self.edit_document)
        self.history = QLabel()
        self.history.setObjectName("history")
        self.history.setWordWrap(True)
        self.history.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.cancel_button = QPushButton()
        self.cancel_button.setObjectName("cancel_registration")
        self.cancel_button.clicked.connect(self.cancel_registration)
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.accept)
        self.badge = QPushButton()
        self.badge.setObjectName("signature_badge")
        self.badge.setFlat(True)
        self.badge.clicked.connect(self.show_signatures)
        self.badge_state = "none"
        self.verification: DocumentVerification | None = None
        self.verifying: worker.Operation | None = None
        self.sign_button = QPushButton()
        self.sign_button.setObjectName("sign_document")
        self.sign_button.clicked.connect(self.open_sign_dialog)
        self.sign_button.setVisible(office.actor.has(Role.LEADER) or office.actor.has(Role.CLERK))
        self.sign_dialog: SignDialog | None = None
        self.edit_dialog: QDialog | None = None

        buttons = QHBoxLayout()
        buttons.addWidget(self.badge)
        for b in (self.open_button, self.attach_button, self.edit_button, self.cancel_button,
                  self.sign_button):
            b.setAutoDefault(False)
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(scroll, 1)
        left_layout.addWidget(self.history)
        left_layout.addWidget(self.files_label)
        left_layout.addWidget(self.files)
        left_layout.addWidget(self.drop_hint)

        self.preview = PdfPreview()
        self.no_preview = QLabel()
        self.no_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.no_preview.setWordWrap(True)
        self.right = QStackedWidget()
        self.right.addWidget(self.no_preview)
        self.right.addWidget(self.preview)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.right)
        splitter.setSizes([460, 620])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        self.resize(1120, 680)
        self.retranslate()
        self.show_document(self.doc)

    # -- texts ---------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Văn bản {symbol}").format(symbol=title_of(self.doc)))
        self.files_label.setText(self.tr("Tệp đính kèm:"))
        self.drop_hint.setText(self.tr("Kéo thả tệp vào cửa sổ này để đính kèm thêm."))
        self.open_button.setText(self.tr("&Mở bằng chương trình khác"))
        self.attach_button.setText(self.tr("&Thêm tệp…"))
        self.cancel_button.setText(self.tr("&Hủy đăng ký…"))
        self.edit_button.setText(self.tr("&Sửa…"))
        self.edit_button.setToolTip(self.tr("Sửa thông tin đã đăng ký (có lý do, ghi nhật ký)"))
        self.close_button.setText(self.tr("Đó&ng"))
        self.no_preview.setText(self.tr("Chọn một tệp PDF để xem trước."))
        self.sign_button.setText(self.tr("&Ký số…"))
        self.badge.setToolTip(self.tr("Bấm để xem chi tiết các chữ ký số."))
        self._fill_metadata()
        self.handling.retranslate()
        self._show_badge()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _fill_metadata(self) -> None:
        fill_metadata(self.meta, self.office, self.doc)

    # -- showing -------------------------------------------------------------------------
    def show_document(self, doc: DocumentView) -> None:
        self.doc = doc
        self._fill_metadata()
        self.handling.show_document(doc)
        self.setWindowTitle(self.tr("Văn bản {symbol}").format(symbol=title_of(doc)))
        self.cancel_button.setVisible(self.office.actor.has(Role.CLERK) and not doc.cancelled)
        self.edit_button.setVisible(self.office.actor.has(Role.CLERK) and not doc.cancelled)
        self._show_history()
        self.files.clear()
        for info in doc.files:
            item = QListWidgetItem(f"{info.name}  ({_size(info.size)})")
            item.setData(Qt.ItemDataRole.UserRole, info)
            self.files.addItem(item)
        self.open_button.setEnabled(bool(doc.files))
        self.sign_button.setEnabled(not doc.cancelled and main_file(doc) is not None)
        self.check_signatures()
        first_pdf = next((i for i, f in enumerate(doc.files) if f.media_type == PDF), None)
        if first_pdf is not None:
            self.files.setCurrentRow(first_pdf)
        elif doc.files:
            self.files.setCurrentRow(0)
        else:
            self.right.setCurrentWidget(self.no_preview)
        if doc.masked:
            apply_mask(self)

    def _handling_changed(self) -> None:  # reopened: the register's status changed too
        self.show_document(get_document(self.office, self.doc_id))
        self.changed.emit(self.doc_id)

    def current_file(self) -> FileInfo | None:
        item = self.files.currentItem()
        if item is None:
            return None
        info = item.data(Qt.ItemDataRole.UserRole)
        return info if isinstance(info, FileInfo) else None

    def _file_chosen(self, *_args: object) -> None:
        info = self.current_file()
        if info is None or info.media_type != PDF:
            self.preview.clear()
            self.no_preview.setText(
                self.tr("Không xem trước được loại tệp này; bấm “Mở bằng chương trình khác”.")
                if info
                else self.tr("Chọn một tệp PDF để xem trước.")
            )
            self.right.setCurrentWidget(self.no_preview)
            return
        try:
            data = self.office.files.read(info.sha256)
        except VanThuError as exc:
            on_error(self, exc)
            return
        self.preview.load_bytes(data)
        self.right.setCurrentWidget(self.preview)

    # -- actions -------------------------------------------------------------------------
    def open_externally(self) -> None:
        info = self.current_file()
        if info is None:
            return
        try:
            path = write_temp_copy(self.office, info.sha256, info.name)
        except (VanThuError, OSError) as exc:
            on_error(self, exc)
            return
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            messages.warning(
                self,
                self.tr("Không mở được tệp"),
                self.tr("Máy chưa có chương trình mở được tệp {name}.").format(name=info.name),
            )

    def attach(self, paths: list[Path]) -> bool:
        try:
            view = attach_scans(self.office, self.doc_id, paths)
        except VanThuError as exc:
            on_error(self, exc)
            return False
        self.show_document(view)
        self.changed.emit(self.doc_id)
        return True

    def _choose_files(self) -> None:
        names, _filter = QFileDialog.getOpenFileNames(self, self.tr("Chọn tệp đính kèm"))
        if names:
            self.attach([Path(n) for n in names])

    def _show_history(self) -> None:
        """The corrections of the entry, one sentence each, newest last."""
        try:
            text = correction_history(self.office, self.doc_id)
        except VanThuError as exc:
            on_error(self, exc)
            return
        self.history.setText(text)
        self.history.setVisible(bool(text))

    def edit_document(self) -> None:
        """Open the correction form; on save the page shows the corrected entry."""
        dialog = correction_dialog(self.office, self.doc, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._edited(dialog.saved))
        self.edit_dialog = dialog
        dialog.open()

    def _edited(self, view: DocumentView | None) -> None:
        if view is None:
            return
        self.show_document(view)
        self.changed.emit(self.doc_id)

    def cancel_registration(self) -> None:
        reason = messages.ask_text(
            self,
            self.tr("Hủy đăng ký văn bản"),
            self.tr("Lý do hủy đăng ký văn bản {symbol} (số vẫn được giữ, không cấp lại):").format(
                symbol=self.doc.symbol
            ),
        )
        if reason is None:
            return
        try:
            view = cancel(self.office, self.doc_id, reason)
        except VanThuError as exc:
            on_error(self, exc)
            return
        self.show_document(view)
        self.changed.emit(self.doc_id)

    # -- signatures ----------------------------------------------------------------------
    def check_signatures(self) -> None:
        """Verify the main PDF's signatures in the background; the badge shows the answer."""
        self.verification = None
        if main_file(self.doc) is None:
            self.badge_state = "none"
            self._show_badge()
            return
        if self.verifying is not None:
            self.verifying.cancel()
        office, doc_id = self.office, self.doc_id
        self.badge_state = "checking"
        self._show_badge()
        self.verifying = worker.run_in_background(
            self,
            lambda _token: verify(office, doc_id),
            label=self.tr("Đang kiểm tra chữ ký số…"),
            on_success=self._verified,
            on_failure=self._verify_failed,
        )
        self.destroyed.connect(self.verifying.cancel)

    def _verified(self, result: DocumentVerification) -> None:
        self.verifying = None
        self.verification = result
        self.badge_state = badge_state(result)
        self._show_badge()

    def _verify_failed(self, exc: BaseException) -> None:
        self.verifying = None
        self.verification = None
        self.badge_state = "error"
        self._show_badge()
        self.badge.setToolTip(getattr(exc, "message", "") or str(exc))

    def _show_badge(self) -> None:
        text, style = badge_look(self.badge_state, self.verification)
        self.badge.setText(text)
        self.badge.setStyleSheet(style)

    def signatures_text(self) -> str:
        return signatures_text(self.verification)

    def show_signatures(self) -> None:
        messages.info(
            self,
            self.tr("Chữ ký số của tệp {name}").format(
                name=self.verification.file_name if self.verification else ""
            ),
            self.signatures_text(),
        )

    def open_sign_dialog(self) -> None:
        from ui.signatures.sign_dialog import SignDialog

        dialog = SignDialog(self.office, self.doc, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.signed.connect(lambda _result: self._after_signing())
        dialog.finished.connect(lambda _code: self._sign_dialog_closed(dialog))
        self.sign_dialog = dialog
        dialog.open()

    def _sign_dialog_closed(self, dialog: SignDialog) -> None:
        if self.sign_dialog is dialog:
            self.sign_dialog = None

    def _after_signing(self) -> None:
        try:
            view = get_document(self.office, self.doc_id)
        except VanThuError as exc:
            on_error(self, exc)
            return
        self.show_document(view)
        self.changed.emit(self.doc_id)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if dropped_paths(event):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = dropped_paths(event)
        if paths:
            event.acceptProposedAction()
            self.attach(paths)
