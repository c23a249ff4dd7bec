"""One dossier: its details, components and hand-overs (phiếu kiểm soát), the steps it may take
next, and the forms it can print (``ui.dossiers.form_printing``).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import VanThuError
from desktop.dossiers.service import TRANSITIONS, DossierView, State, advance, get_dossier
from desktop.kernel.auth import Role
from desktop.kernel.office import Office
from ui.dossiers.apology import ask_apology
from ui.dossiers.form_printing import FORM_KINDS, FormPrinter, form_name
from ui.dossiers.model import (
    DUE_TODAY,
    LATE,
    LATE_TEXT,
    deadline,
    hm,
    judgement_text,
    now_vn,
    state_text,
)
from ui.dossiers.steps import FORM_AFTER, STEP_NOTE, STEP_TEXT
from ui.dossiers.time_fields import datetime_edit, datetime_value
from ui.kit import messages
from ui.kit.errors import on_error


def _table(columns: int) -> QTableWidget:
    table = QTableWidget(0, columns)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().setVisible(False)
    table.setWordWrap(True)
    table.horizontalHeader().setStretchLastSection(True)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return table


def _item(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setToolTip(text)
    return item


class DossierDialog(QDialog):
    """Emits ``changed`` with the code after each step recorded."""

    changed = Signal(str)

    def __init__(self, office: Office, code: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.office = office
        self.view: DossierView = get_dossier(office, code)
        self.printer = FormPrinter(self, office)
        self.step_buttons: dict[str, QPushButton] = {}

        self.heading = QLabel()
        self.heading.setObjectName("heading")
        self.heading.setWordWrap(True)
        self.meta = QFormLayout()
        self.meta.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        meta_box = QWidget()
        meta_box.setLayout(self.meta)

        self.components = _table(5)
        self.components.setObjectName("components")
        self.history = _table(7)
        self.history.setObjectName("history")
        for col, width in enumerate((36, 220, 220, 120, 150, 90)):
            self.history.setColumnWidth(col, width)
        for col, width in enumerate((36, 300, 90, 70)):
            self.components.setColumnWidth(col, width)
        self.tabs = QTabWidget()
        self.tabs.addTab(meta_box, "")
        self.tabs.addTab(self.components, "")
        self.tabs.addTab(self.history, "")

        self.at = datetime_edit()
        self.at.setObjectName("at")
        self.at_label = QLabel()
        self.at_label.setBuddy(self.at)
        self.steps = QHBoxLayout()
        self.steps_label = QLabel()
        self.print_button = QPushButton()
        self.print_button.setObjectName("print_forms")
        self.print_button.setAutoDefault(False)
        self.print_menu = QMenu(self)
        self.print_actions = {kind: self.print_menu.addAction("") for kind, _n, _f in FORM_KINDS}
        for kind, action in self.print_actions.items():
            action.triggered.connect(lambda _checked=False, k=kind: self.print_form(k))
        self.print_button.setMenu(self.print_menu)
        self.close_button = QPushButton()
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.accept)

        step_row = QHBoxLayout()
        step_row.addWidget(self.steps_label)
        step_row.addLayout(self.steps)
        step_row.addStretch(1)
        step_row.addWidget(self.at_label)
        step_row.addWidget(self.at)
        bottom = QHBoxLayout()
        bottom.addWidget(self.print_button)
        bottom.addStretch(1)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(step_row)
        layout.addLayout(bottom)
        self.resize(1000, 620)
        self.retranslate()

    # -- texts ---------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.tabs.setTabText(0, self.tr("Thông tin hồ sơ"))
        self.tabs.setTabText(1, self.tr("Thành phần hồ sơ"))
        self.tabs.setTabText(2, self.tr("Quá trình giải quyết"))
        self.components.setHorizontalHeaderLabels(
            [
                self.tr("TT"),
                self.tr("Tên giấy tờ"),
                self.tr("Hình thức"),
                self.tr("Số lượng"),
                self.tr("Tệp bản số hóa"),
            ]
        )
        self.history.setHorizontalHeaderLabels(
            [
                self.tr("TT"),
                self.tr("Bên giao"),
                self.tr("Bên nhận"),
                self.tr("Thời gian"),
                self.tr("Bước"),
                self.tr("Kết quả"),
                self.tr("Ghi chú"),
            ]
        )
        self.at_label.setText(self.tr("&Thời điểm:"))
        self.at.setToolTip(self.tr("Thời điểm giao, nhận ghi vào phiếu kiểm soát."))
        self.steps_label.setText(self.tr("Chuyển bước:"))
        self.print_button.setText(self.tr("In &phiếu…"))
        for kind, action in self.print_actions.items():
            action.setText(form_name(kind) + "…")
        self.close_button.setText(self.tr("Đó&ng"))
        self.show_dossier(self.view)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- showing -------------------------------------------------------------------------
    def show_dossier(self, view: DossierView) -> None:
        self.view = v = view
        self.setWindowTitle(self.tr("Hồ sơ {code}").format(code=v.code))
        mark = deadline(v, now_vn())
        status = state_text(v.status)
        if mark == LATE:
            status = self.tr("{state} — quá hạn").format(state=status)
        elif mark == DUE_TODAY:
            status = self.tr("{state} — đến hạn hôm nay").format(state=status)
        self.heading.setText(
            self.tr("<b>{code}</b> — {procedure} — {status}").format(
                code=v.code, procedure=v.procedure, status=status
            )
        )
        self.heading.setStyleSheet("color: #b71c1c;" if mark == LATE else "")
        self._fill_meta()
        self._fill_components()
        self._fill_history()
        self._fill_steps()

    def _fill_meta(self) -> None:
        v = self.view
        while self.meta.rowCount():
            self.meta.removeRow(0)
        rows = [
            (self.tr("Mã hồ sơ"), v.code),
            (self.tr("Thủ tục hành chính"), v.procedure),
            (
                self.tr("Thời hạn giải quyết"),
                self.tr("{days} ngày làm việc", "", v.days).format(days=v.days)
                if v.days
                else self.tr("Trong ngày làm việc"),
            ),
            (self.tr("Người nộp"), v.applicant_name),
            (self.tr("Địa chỉ"), v.applicant_address),
            (self.tr("Số điện thoại"), v.applicant_phone),
            (self.tr("Thư điện tử"), v.applicant_email),
            (self.tr("Hình thức nộp"), v.channel_label),
            (self.tr("Tiếp nhận lúc"), hm(v.received_at)),
            (self.tr("Hẹn trả lần đầu"), hm(v.first_appointment)),
            (self.tr("Hẹn trả kết quả"), hm(v.appointment)),
            (self.tr("Trạng thái"), state_text(v.status)),
            (self.tr("Người xử lý"), v.handler),
        ]
        if v.paused_days:
            rows.append(
                (
                    self.tr("Thời gian chờ bổ sung"),
                    self.tr("{days} ngày làm việc (không tính vào thời hạn)", "",
                            v.paused_days).format(days=v.paused_days),
                )
            )
        if v.result_name:
            rows.append((self.tr("Tệp kết quả"), v.result_name))
        if v.notes:
            rows.append((self.tr("Ghi chú"), v.notes))
        for label, value in rows:
            text = QLabel(value)
            text.setWordWrap(True)
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.meta.addRow(f"<b>{label}:</b>", text)

    def _fill_components(self) -> None:
        comps = self.view.components
        self.components.setRowCount(len(comps))
        for row, c in enumerate(comps):
            scan = c.file_name
            if c.reused:
                scan = self.tr("{name} (dùng lại từ hồ sơ {code})").format(
                    name=c.file_name, code=c.reused_from
                )
            for col, text in enumerate((str(c.position), c.name, c.form_label, str(c.count), scan)):
                self.components.setItem(row, col, _item(text))

    def _fill_history(self) -> None:
        events = self.view.events
        self.history.setRowCount(len(events))
        for row, e in enumerate(events):
            values = (
                str(e.seq),
                e.giver,
                e.receiver,
                hm(e.at),
                state_text(e.to_status),
                judgement_text(e.result),
                e.note,
            )
            for col, text in enumerate(values):
                item = _item(text)
                if col == 5 and e.result == "qua-han":
                    item.setForeground(QBrush(LATE_TEXT))
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.history.setItem(row, col, item)
        self.history.resizeRowsToContents()

    def allowed_steps(self) -> tuple[str, ...]:
        return tuple(s.value for s in TRANSITIONS.get(State(self.view.status), ()))

    def _fill_steps(self) -> None:
        while self.steps.count():
            item = self.steps.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.step_buttons.clear()
        may_move = self.office.actor.has(Role.CLERK) or self.office.actor.has(Role.OFFICER)
        steps = self.allowed_steps() if may_move else ()
        for step in steps:
            button = QPushButton(self.tr(STEP_TEXT[step]))
            button.setObjectName(f"step_{step}")
            button.setAutoDefault(False)
            button.clicked.connect(lambda _checked=False, s=step: self.move_to(s))
            self.steps.addWidget(button)
            self.step_buttons[step] = button
        self.steps_label.setVisible(bool(steps))
        self.at.setVisible(bool(steps))
        self.at_label.setVisible(bool(steps))

    # -- steps ---------------------------------------------------------------------------
    def ask_result_file(self) -> Path | None:
        name, _f = QFileDialog.getOpenFileName(
            self,
            self.tr("Chọn tệp kết quả giải quyết (bản điện tử)"),
            "",
            self.tr("Văn bản (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;Mọi tệp (*)"),
        )
        return Path(name) if name else None

    def move_to(self, step: str) -> DossierView | None:
        """Record the step: ask what it needs (a note, a handler, the result file), then call
        the service; a refusal is shown as the service words it."""
        v = self.view
        file: Path | None = None
        if step == State.DONE.value:
            file = self.ask_result_file()
            if file is None and not messages.ask(
                self,
                self.tr("Chưa có tệp kết quả"),
                self.tr(
                    "Chưa chọn tệp kết quả (bản điện tử). Vẫn ghi nhận hồ sơ {code} đã có kết quả?"
                ).format(code=v.code),
            ):
                return None
        answer = messages.ask_text(
            self,
            self.tr("Hồ sơ {code}: {step}").format(
                code=v.code, step=self.tr(STEP_TEXT[step]).rstrip("…")
            ),
            self.tr(STEP_NOTE[step]),
        )
        if answer is None:
            return None
        note, handler = answer.strip(), ""
        if step == State.PROCESSING.value:
            note, handler = "", answer.strip()
        try:
            view = advance(
                self.office,
                v.code,
                step,
                at=datetime_value(self.at),
                file=file,
                note=note,
                handler=handler,
            )
        except VanThuError as exc:
            on_error(self, exc)
            return None
        self.show_dossier(view)
        self.changed.emit(view.code)
        kind = FORM_AFTER.get(step)
        if kind is not None and messages.ask(
            self,
            self.tr("In biểu mẫu"),
            self.tr("Đã ghi nhận. In {form} cho hồ sơ {code}?").format(
                form=form_name(kind), code=view.code
            ),
        ):
            self.printer.preview(view.code, kind, note)
        return view

    # -- forms ---------------------------------------------------------------------------
    def print_form(self, kind: str) -> None:
        if kind == "apology":
            ask_apology(self, self.office, self.view, self.printer)
            return
        self.printer.preview(self.view.code, kind)
