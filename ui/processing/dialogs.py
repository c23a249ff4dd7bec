"""The dialogs of the flow: the leader's instruction (who leads, who supports, the deadline as a
date or as working days), and the result when a document is done."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.core.clock import vn_today
from desktop.core.errors import VanThuError
from desktop.kernel.office import Office
from desktop.processing import corrections, reading, service
from desktop.processing.views import HandlingView
from ui.kit.date_field import qdate
from ui.kit.errors import on_error

ASSIGN, REASSIGN, EXTEND = "assign", "reassign", "extend"


class AssignDialog(QDialog):
    """Ý kiến chỉ đạo: one lead, any number of support handlers, a deadline; or for
    information only. The same form reassigns (the people only) or extends (the deadline and
    a reason)."""

    def __init__(self, office: Office, doc_id: int, title: str,
                 parent: QWidget | None = None, mode: str = ASSIGN) -> None:
        super().__init__(parent)
        self.office, self.doc_id, self.mode = office, doc_id, mode
        self.saved: HandlingView | None = None
        self.setWindowTitle({ASSIGN: self.tr("Giao xử lý văn bản"),
                             REASSIGN: self.tr("Giao lại người xử lý"),
                             EXTEND: self.tr("Gia hạn xử lý")}[mode])
        people = reading.people(office)
        self.heading = QLabel(title)
        self.heading.setWordWrap(True)
        self.instruction = QPlainTextEdit()
        self.instruction.setObjectName("instruction")
        self.instruction.setTabChangesFocus(True)
        self.lead = QComboBox()
        self.lead.setObjectName("lead")
        self.support = QListWidget()
        self.support.setObjectName("support")
        for username, name in people:
            self.lead.addItem(name, username)
            item = QListWidgetItem(name, self.support)
            item.setData(Qt.ItemDataRole.UserRole, username)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        self.by_days = QRadioButton(self.tr("Số ngày &làm việc:"))
        self.by_days.setObjectName("by_days")
        self.by_days.setChecked(True)
        self.days = QSpinBox()
        self.days.setObjectName("days")
        self.days.setRange(1, 366)
        self.days.setValue(5)
        self.by_date = QRadioButton(self.tr("Đến &ngày:"))
        self.by_date.setObjectName("by_date")
        self.due = QDateEdit(qdate(vn_today() + dt.timedelta(days=7)))
        self.due.setObjectName("due")
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat("dd/MM/yyyy")
        self.info_only = QCheckBox(self.tr("Văn bản để &biết, không phải xử lý"))
        self.info_only.setObjectName("info_only")
        self.info_only.toggled.connect(self._info_only)
        form = QFormLayout()
        if mode == ASSIGN:
            form.addRow(self.tr("Ý kiến &chỉ đạo:"), self.instruction)
        if mode == EXTEND:
            form.addRow(self.tr("&Lý do gia hạn:"), self.instruction)
        if mode in (ASSIGN, REASSIGN):
            form.addRow(self.tr("Người chủ &trì:"), self.lead)
            form.addRow(self.tr("Người &phối hợp:"), self.support)
        if mode in (ASSIGN, EXTEND):
            form.addRow(self.by_days, self.days)
            form.addRow(self.by_date, self.due)
        if mode == ASSIGN:
            form.addRow(self.info_only)
        for w in (self.instruction, self.lead, self.support, self.by_days, self.days,
                  self.by_date, self.due, self.info_only):
            if form.indexOf(w) < 0:  # not in this mode's form: owned by the dialog, hidden
                w.setParent(self)
                w.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("&Gia hạn") if mode == EXTEND else self.tr("&Giao"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Hủy bỏ (Esc)"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _info_only(self, on: bool) -> None:
        for w in (self.lead, self.support, self.by_days, self.days, self.by_date, self.due):
            w.setEnabled(not on)

    def supports(self) -> list[str]:
        out = []
        for i in range(self.support.count()):
            item = self.support.item(i)
            if item.checkState() == Qt.CheckState.Checked:
                out.append(str(item.data(Qt.ItemDataRole.UserRole)))
        return out

    def save(self) -> None:
        text = self.instruction.toPlainText()
        due: dt.date | None = None
        days: int | None = None
        if self.by_days.isChecked():
            days = self.days.value()
        else:
            due = self.due.date().toPython()  # type: ignore[assignment]
        try:
            with self.office.unit():
                if self.mode == REASSIGN:
                    self.saved = corrections.reassign(self.office, self.doc_id,
                                                  lead=str(self.lead.currentData()),
                                                  support=self.supports())
                elif self.mode == EXTEND:
                    self.saved = corrections.extend(self.office, self.doc_id, text, due=due,
                                                days=days)
                elif self.info_only.isChecked():
                    self.saved = service.assign(self.office, self.doc_id, instruction=text,
                                                info_only=True)
                else:
                    self.saved = service.assign(
                        self.office, self.doc_id, lead=str(self.lead.currentData()),
                        support=self.supports(), due=due, days=days, instruction=text)
        except VanThuError as exc:
            on_error(self, exc)
            return
        self.accept()


class DoneDialog(QDialog):
    """Hoàn thành: the outgoing reply (its id in the register) or a note."""

    def __init__(self, office: Office, doc_id: int, title: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.office, self.doc_id = office, doc_id
        self.saved: HandlingView | None = None
        self.setWindowTitle(self.tr("Hoàn thành xử lý"))
        self.heading = QLabel(title)
        self.heading.setWordWrap(True)
        self.reply = QLineEdit()
        self.reply.setObjectName("reply")
        self.reply.setPlaceholderText(self.tr("mã văn bản đi trả lời (để trống nếu không có)"))
        self.note = QLineEdit()
        self.note.setObjectName("note")
        self.note.setPlaceholderText(self.tr("ví dụ: Để biết, lưu"))
        form = QFormLayout()
        form.addRow(self.tr("Văn bản &trả lời:"), self.reply)
        form.addRow(self.tr("&Ghi chú kết quả:"), self.note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Hoàn thành"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Hủy bỏ (Esc)"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def save(self) -> None:
        from desktop.core.errors import UserError

        text = self.reply.text().strip().lstrip("#")
        try:
            reply: int | None = None
            if text:
                if not text.isdigit():
                    raise UserError(self.tr("Mã văn bản trả lời phải là số: “{value}”.").format(
                        value=text), field="reply")
                reply = int(text)
            with self.office.unit():
                self.saved = service.done(self.office, self.doc_id, reply=reply,
                                          note=self.note.text())
        except VanThuError as exc:
            on_error(self, exc)
            return
        self.accept()
