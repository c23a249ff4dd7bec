"""The dialogs of the drafts panel: a new draft and the dispatch form (the key dialog that signs
or issues a draft is ``ui.drafting.key_dialog``, imported when it opens: it needs pyHanko)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

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
from desktop.core.clock import vn_today
from desktop.core.errors import PermissionDenied, UserError, VanThuError
from desktop.drafting.service import DraftInput, DraftView, create_draft
from desktop.kernel.auth import Role
from desktop.kernel.office import Office
from desktop.registers.doctypes import TYPES
from ui.kit.date_field import qdate
from ui.kit.errors import on_error
from ui.kit.i18n import QT_TRANSLATE_NOOP

VIAS = ("buu-dien", "truc-tiep", "dien-tu")  # as desktop.drafting.dispatch.VIAS
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
        self.saved: object | None = None  # the DispatchInfo once recorded
        self.recipient = QLineEdit()
        self.recipient.setObjectName("recipient")
        self.via = QComboBox()
        self.via.setObjectName("via")
        for value in VIAS:
            self.via.addItem(self.tr(VIA_LABELS[value]), value)
        self.date = QDateEdit(qdate(vn_today()))
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
        from desktop.drafting.dispatch import dispatch  # fpdf (the post book) is imported there

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
