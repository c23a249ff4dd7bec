"""An incoming document's handling on its page (Nghị định 30, Điều 24): the state and the
deadline, the leader's instruction, who leads and who supports, the result, and every step with
its time and author; a leader reopens a handled document here ("Mở lại xử lý…", a reason).

Read through ``desktop.processing`` like the work lists; shown only to those the service lets
see the handling (the clerk, the leaders, the administrator and the handlers), never for an
outgoing document, nor for a secret one the reader may not read."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.core.errors import VanThuError
from desktop.core.records import DocumentView
from desktop.kernel.auth import Role
from desktop.kernel.office import Office
from desktop.processing.corrections import reopen
from desktop.processing.reading import handling_if_seen
from desktop.processing.states import CLOSED, HState, Step
from desktop.processing.views import HandlingView, StepView
from ui.kit import messages
from ui.kit.errors import on_error
from ui.kit.i18n import QT_TRANSLATE_NOOP

CTX = "HandlingBox"
STATE_TEXT = {
    HState.REGISTERED.value: QT_TRANSLATE_NOOP("HandlingBox", "Chưa trình"),
    HState.SUBMITTED.value: QT_TRANSLATE_NOOP("HandlingBox", "Chờ cho ý kiến"),
    HState.ASSIGNED.value: QT_TRANSLATE_NOOP("HandlingBox", "Đã giao, chờ ký nhận"),
    HState.IN_PROGRESS.value: QT_TRANSLATE_NOOP("HandlingBox", "Đang xử lý"),
    HState.DONE.value: QT_TRANSLATE_NOOP("HandlingBox", "Đã xử lý"),
    HState.INFO_ONLY.value: QT_TRANSLATE_NOOP("HandlingBox", "Để biết, lưu"),
}
STEP_TEXT = {
    Step.SUBMIT.value: QT_TRANSLATE_NOOP("HandlingBox", "Trình lãnh đạo"),
    Step.ASSIGN.value: QT_TRANSLATE_NOOP("HandlingBox",
                                         "Cho ý kiến chỉ đạo, giao xử lý"),
    Step.INFO_ONLY.value: QT_TRANSLATE_NOOP("HandlingBox", "Để biết, không phải xử lý"),
    Step.ACCEPT.value: QT_TRANSLATE_NOOP("HandlingBox", "Ký nhận"),
    Step.NOTE.value: QT_TRANSLATE_NOOP("HandlingBox", "Ghi tiến độ"),
    Step.DONE.value: QT_TRANSLATE_NOOP("HandlingBox", "Hoàn thành"),
    Step.REOPEN.value: QT_TRANSLATE_NOOP("HandlingBox", "Mở lại"),
    Step.EXTEND.value: QT_TRANSLATE_NOOP("HandlingBox", "Gia hạn"),
    Step.REASSIGN.value: QT_TRANSLATE_NOOP("HandlingBox", "Giao lại"),
    Step.TAKE_BACK.value: QT_TRANSLATE_NOOP("HandlingBox", "Thu hồi"),
}


translate = QCoreApplication.translate  # (lupdate reads the calls by this name too)


def _t(text: str) -> str:
    return translate(CTX, text)


def state_text(state: str) -> str:
    """A handling state's name in the window's language (the work lists use it too)."""
    return _t(STATE_TEXT.get(state, state))


def _day(day: dt.date | None) -> str:
    return day.strftime("%d/%m/%Y") if day is not None else ""


def state_line(h: HandlingView) -> str:
    """"Đang xử lý, hạn 08/12/2026"; "Đã xử lý, đúng hạn"."""
    text = state_text(h.state)
    if h.state in (s.value for s in CLOSED):
        if h.on_time is True:
            return translate("HandlingBox", "{state}, đúng hạn").format(state=text)
        if h.on_time is False:
            return translate("HandlingBox", "{state}, trễ hạn").format(state=text)
        return text
    if h.due_date is not None:
        return translate("HandlingBox", "{state}, hạn {due}").format(state=text,
                                                                     due=_day(h.due_date))
    return text


def step_line(step: StepView) -> str:
    """"14:05 03/12/2026 — Ký nhận — canbo1: …" (the desk's own time, Vietnam's)."""
    line = f"{step.at.strftime('%H:%M %d/%m/%Y')} — {_t(STEP_TEXT.get(step.step, step.step))}"
    line += f" — {step.actor}"
    if step.text:
        line += f": {step.text}"
    if step.step in (Step.ASSIGN.value, Step.REASSIGN.value, Step.EXTEND.value) and step.due_date:
        line += " " + translate("HandlingBox", "(hạn {due})").format(due=_day(step.due_date))
    return line


def handling_rows(h: HandlingView) -> list[tuple[str, str]]:
    """(label, value) rows of the box, those with nothing to say left out."""
    rows = [(translate("HandlingBox", "Tình trạng"), state_line(h))]
    if h.instruction:
        rows.append((translate("HandlingBox", "Ý kiến chỉ đạo"), h.instruction))
    if h.lead:
        rows.append((translate("HandlingBox", "Chủ trì"), h.lead_name or h.lead))
    if h.support:
        rows.append((translate("HandlingBox", "Phối hợp"),
                     ", ".join(h.support_names or h.support)))
    parts = [translate("HandlingBox", "trả lời bằng văn bản {symbol}").format(
        symbol=h.reply_symbol)] if h.reply_symbol else []
    result = "; ".join(parts + ([h.result_note] if h.result_note else []))
    if result:
        rows.append((translate("HandlingBox", "Kết quả"), result))
    if h.history:
        rows.append((translate("HandlingBox", "Diễn biến"),
                     "\n".join(step_line(s) for s in h.history)))
    return rows


class HandlingBox(QGroupBox):
    """Emits ``changed`` after a reopening (the register's status changed with it)."""

    changed = Signal()

    def __init__(self, office: Office, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("handling")
        self.office = office
        self.doc: DocumentView | None = None
        self.handling: HandlingView | None = None
        self.form = QFormLayout()
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.reopen_button = QPushButton()
        self.reopen_button.setObjectName("reopen_handling")
        self.reopen_button.setAutoDefault(False)
        self.reopen_button.clicked.connect(self.reopen)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.reopen_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.setVisible(False)

    def retranslate(self) -> None:
        self.setTitle(translate("HandlingBox", "Xử lý văn bản đến"))
        self.reopen_button.setText(translate("HandlingBox", "Mở lại xử lý…"))
        self.reopen_button.setToolTip(translate(
            "HandlingBox", "Lãnh đạo mở lại văn bản đã xử lý (Điều 24, Nghị định 30): "
            "người chủ trì xử lý tiếp, lý do được ghi vào diễn biến."))
        self._fill()

    def show_document(self, doc: DocumentView) -> None:
        self.doc = doc
        self.handling = None
        if not doc.masked:
            try:
                self.handling = handling_if_seen(self.office, doc.id)
            except VanThuError as exc:  # the page still shows the rest
                on_error(self, exc)
        self.retranslate()

    def _fill(self) -> None:
        while self.form.rowCount():
            self.form.removeRow(0)
        h = self.handling
        self.setVisible(h is not None)
        if h is None:
            return
        for label, value in handling_rows(h):
            text = QLabel(value)
            text.setWordWrap(True)
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.form.addRow(f"<b>{label}:</b>", text)
        self.reopen_button.setVisible(self.office.actor.has(Role.LEADER)
                                      and h.state in (s.value for s in CLOSED))

    def reopen(self) -> None:
        if self.doc is None:
            return
        reason = messages.ask_text(
            self, translate("HandlingBox", "Mở lại xử lý"),
            translate("HandlingBox", "Lý do mở lại văn bản số {number}:").format(
                number=self.doc.number_text))
        if not reason:
            return
        try:
            self.handling = reopen(self.office, self.doc.id, reason)
        except VanThuError as exc:
            on_error(self, exc)
            return
        self._fill()
        self.changed.emit()
