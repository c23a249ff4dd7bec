"""The dialogs of the drafts panel: a new draft, the dispatch form, and the key dialog that signs
a draft (lãnh đạo) or issues it (văn thư) — the existing signing dialog (PIN first, one attempt,
signing behind the waiting dialog), pointed at a draft instead of a registered document."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.accounts.users import list_users
from desktop.core.errors import PermissionDenied, UserError, VanThuError
from desktop.drafting.dispatch import VIAS, DispatchInfo, dispatch
from desktop.drafting.service import DraftInput, DraftView, create_draft
from desktop.kernel.auth import Role
from desktop.kernel.office import Office
from desktop.registers.doctypes import TYPES
from desktop.signatures.service import KeySpec
from ui.kit import worker
from ui.kit.errors import on_error
from ui.kit.i18n import QT_TRANSLATE_NOOP
from ui.signatures.sign_dialog import SignDialog

VIA_LABELS = {
    "buu-dien": QT_TRANSLATE_NOOP("DispatchDialog", "Bưu điện"),
    "truc-tiep": QT_TRANSLATE_NOOP("DispatchDialog", "Trực tiếp"),
    "dien-tu": QT_TRANSLATE_NOOP("DispatchDialog", "Điện tử"),
}


class NewDraftDialog(QDialog):
    """Type, trích yếu, signer (a leader's account), unit, recipients and the PDF."""

    def __init__(self, office: Office, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.office = office
        self.created: DraftView | None = None
        self.type = QComboBox()
        self.type.setObjectName("type")
        for t in TYPES:
            if not t.copy:
                self.type.addItem(t.name, t.name)
        self.summary = QLineEdit()
        self.summary.setObjectName("summary")
        self.signer = QComboBox()
        self.signer.setObjectName("signer")
        for user in list_users(office):
            if Role.LEADER.value in user.roles and user.active:
                self.signer.addItem(f"{user.full_name} ({user.username})", user.username)
        self.unit = QLineEdit()
        self.unit.setObjectName("unit")
        self.recipients = QLineEdit()
        self.recipients.setObjectName("recipients")
        self.file = QLineEdit()
        self.file.setObjectName("file")
        browse = QPushButton(self.tr("Chọn…"))
        browse.setAutoDefault(False)
        browse.clicked.connect(self._choose)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.file, 1)
        row.addWidget(browse)
        file_box = QWidget()
        file_box.setLayout(row)
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b71c1c;")
        form = QFormLayout()
        form.addRow(self.tr("&Loại văn bản:"), self.type)
        form.addRow(self.tr("&Trích yếu:"), self.summary)
        form.addRow(self.tr("&Người ký:"), self.signer)
        form.addRow(self.tr("Đơn vị soạn thảo:"), self.unit)
        form.addRow(self.tr("Nơi nhận:"), self.recipients)
        form.addRow(self.tr("Tệp PDF dự thảo:"), file_box)
        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton(self.tr("&Tạo dự thảo"),
                                                  QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setObjectName("save")
        self.buttons.addButton(self.tr("Hủy bỏ"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setWindowTitle(self.tr("Dự thảo mới"))
        self.setMinimumWidth(560)

    def _choose(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(self, self.tr("Chọn tệp PDF dự thảo"), "",
                                                    self.tr("Tệp PDF (*.pdf)"))
        if name:
            self.file.setText(name)

    def save(self) -> None:
        self.message.clear()
        try:
            if not self.file.text().strip():
                raise UserError(self.tr("Chọn tệp PDF dự thảo."), field="file")
            with self.office.unit():
                self.created = create_draft(self.office, DraftInput(
                    type_name=str(self.type.currentData()), subject=self.summary.text(),
                    signer=str(self.signer.currentData() or ""),
                    file=Path(self.file.text().strip()), drafting_unit=self.unit.text(),
                    recipients=self.recipients.text()))
        except PermissionDenied as exc:
            on_error(self, exc)
            return
        except UserError as exc:
            self.message.setText(exc.message)
            return
        except VanThuError as exc:
            on_error(self, exc)
            return
        self.accept()


class DispatchDialog(QDialog):
    """Where one copy of an issued document went: recipient, how, when, the post receipt."""

    def __init__(self, office: Office, doc_id: int, symbol: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.office = office
        self.doc_id = doc_id
        self.saved: DispatchInfo | None = None
        self.recipient = QLineEdit()
        self.recipient.setObjectName("recipient")
        self.via = QComboBox()
        self.via.setObjectName("via")
        for value in VIAS:
            self.via.addItem(self.tr(VIA_LABELS[value]), value)
        self.date = QDateEdit(QDate.currentDate())
        self.date.setObjectName("date")
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("dd/MM/yyyy")
        self.receipt = QLineEdit()
        self.receipt.setObjectName("receipt")
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b71c1c;")
        form = QFormLayout()
        form.addRow(self.tr("&Nơi nhận:"), self.recipient)
        form.addRow(self.tr("&Cách gửi:"), self.via)
        form.addRow(self.tr("&Ngày chuyển:"), self.date)
        form.addRow(self.tr("Số biên lai / ký nhận:"), self.receipt)
        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton(self.tr("&Ghi"),
                                                  QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setObjectName("save")
        self.buttons.addButton(self.tr("Hủy bỏ"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setWindowTitle(self.tr("Gửi văn bản {symbol}").format(symbol=symbol))

    def save(self) -> None:
        self.message.clear()
        day = self.date.date()
        try:
            with self.office.unit():
                self.saved = dispatch(self.office, self.doc_id, self.recipient.text(),
                                      str(self.via.currentData()),
                                      dt.date(day.year(), day.month(), day.day()),
                                      self.receipt.text())
        except PermissionDenied as exc:
            on_error(self, exc)
            return
        except UserError as exc:
            self.message.setText(exc.message)
            return
        except VanThuError as exc:
            on_error(self, exc)
            return
        self.accept()


class DraftKeyDialog(SignDialog):
    """The signing dialog for a draft: ``as_`` is "signer" (the leader signs the draft, số and
    ngày blank) or "organisation" (the clerk issues it). ``run(key, image, place)`` is the
    service call, run in the background worker; ``completed`` carries its result."""

    completed = Signal(object)

    def __init__(self, office: Office, title: str, pdf: bytes, as_: str,
                 run: Callable[[KeySpec, bytes | None, Any], object],
                 parent: QWidget | None = None) -> None:
        self._title = title
        self._pdf = pdf
        self._run = run
        self._as = as_
        super().__init__(office, _DraftDoc(title), parent)
        self.as_.setEnabled(False)

    def _default_choices(self) -> None:
        self.as_.setCurrentIndex(self.as_.findData(self._as))

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self._title)

    def _load_preview(self) -> None:
        from signing.appearance import find_signature_place

        self.preview.load_bytes(self._pdf)
        self.preview.view.setZoomMode(self.preview.view.ZoomMode.FitInView)
        self.auto_place = find_signature_place(self._pdf)
        # the organisation's seal goes over the leader's signature; no place to choose
        self.place_required = self.auto_place is None and self._as == "signer"
        if self.auto_place is not None:
            self.preview.set_marker(self.auto_place.page, self.auto_place.box)

    def _update_button(self) -> None:
        p12 = self.source.currentData() == "pkcs12"
        key_ok = (
            bool(self.p12.text().strip()) if p12 else bool(
                self.module.text().strip() and self.token.text().strip()
                and (self.key_id.text().strip() or self.key_label.text().strip()))
        )
        needs_place = self._as == "signer" and self.place_required
        self.sign_button.setEnabled(key_ok and bool(self.secret.text())
                                    and not (needs_place and self.chosen_place() is None)
                                    and self.operation is None)

    def sign(self) -> None:
        if not self.sign_button.isEnabled():
            return
        self.message.clear()
        image: bytes | None = None
        try:
            if self.image.text().strip():
                path = Path(self.image.text().strip())
                try:
                    image = path.read_bytes()
                except OSError:
                    raise UserError(self.tr("Không đọc được tệp ảnh {path}.").format(
                        path=str(path)), field="image") from None
            secret = self.secret.text()  # one attempt, never kept by the dialog
            self.secret.clear()
            key = self.key_spec(secret)
        except VanThuError as exc:
            on_error(self, exc)
            return
        place = self.place if self._as == "signer" else None
        run, office = self._run, self.office

        def work(_token: worker.CancelToken) -> object:
            with office.unit():
                return run(key, image, place)

        self.operation = worker.run_in_background(
            self, work,
            label=self.tr("Đang ký số văn bản… Nếu dùng thiết bị ký số, đừng rút thiết bị ra."),
            on_success=self._finished_ok, on_failure=self._failed)
        self.operation.finished.connect(self._operation_done)
        self.destroyed.connect(self.operation.cancel)
        self._update_button()

    def _finished_ok(self, result: object) -> None:
        self.completed.emit(result)
        self.accept()


class _DraftDoc:
    """What SignDialog reads of its document before the overrides take over: the title."""

    def __init__(self, symbol: str) -> None:
        self.symbol = symbol
        self.id = 0
        self.files: tuple[()] = ()
