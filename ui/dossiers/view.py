"""One dossier: its details, components and hand-overs (phiếu kiểm soát), the steps it may take
next, and its printed forms.

The forms are made by ``render_form`` in the background worker, then shown in a preview with
"In…" and "Lưu thành PDF…" (printing draws the PDF pages as ``ui.kit.printing`` does for the
registers); saving writes the file with ``write_form``, again in the worker.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDateTime, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QBrush, QPageLayout, QPageSize
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
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
from desktop.workdays.calendar import office_calendar
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
from ui.kit import messages
from ui.kit.errors import on_error
from ui.kit.i18n import QT_TRANSLATE_NOOP
from ui.kit.pdf_preview import PdfPreview
from ui.kit.printing import paint_pdf
from ui.kit.worker import CancelToken, Operation, run_in_background

if TYPE_CHECKING:  # fpdf is imported when a form is printed, not at start
    from desktop.dossiers.forms import FormResult

DATETIME_FORMAT = "HH:mm dd/MM/yyyy"

# (kind for write_form, Vietnamese name, file name stem)
FORM_KINDS: tuple[tuple[str, str, str], ...] = (
    (
        "receipt",
        QT_TRANSLATE_NOOP("DossierForms", "Giấy tiếp nhận hồ sơ và hẹn trả kết quả"),
        "giay-tiep-nhan",
    ),
    (
        "supplement",
        QT_TRANSLATE_NOOP("DossierForms", "Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ"),
        "phieu-yeu-cau-bo-sung",
    ),
    (
        "refusal",
        QT_TRANSLATE_NOOP("DossierForms", "Phiếu từ chối tiếp nhận giải quyết hồ sơ"),
        "phieu-tu-choi",
    ),
    (
        "apology",
        QT_TRANSLATE_NOOP(
            "DossierForms", "Văn bản xin lỗi và đề nghị gia hạn thời gian giải quyết"
        ),
        "van-ban-xin-loi",
    ),
    (
        "stop",
        QT_TRANSLATE_NOOP("DossierForms", "Thông báo dừng giải quyết hồ sơ"),
        "thong-bao-dung",
    ),
    (
        "control",
        QT_TRANSLATE_NOOP("DossierForms", "Phiếu kiểm soát quá trình giải quyết hồ sơ"),
        "phieu-kiem-soat",
    ),
)

# The button of each step, and what it asks before moving on
STEP_TEXT: dict[str, str] = {
    State.PROCESSING.value: QT_TRANSLATE_NOOP("DossierDialog", "Chuyển giải quyết…"),
    State.SUPPLEMENT.value: QT_TRANSLATE_NOOP("DossierDialog", "Yêu cầu bổ sung…"),
    State.SUPPLEMENTED.value: QT_TRANSLATE_NOOP("DossierDialog", "Đã nhận bổ sung…"),
    State.DONE.value: QT_TRANSLATE_NOOP("DossierDialog", "Có kết quả…"),
    State.RETURNED.value: QT_TRANSLATE_NOOP("DossierDialog", "Trả kết quả…"),
    State.REJECTED.value: QT_TRANSLATE_NOOP("DossierDialog", "Từ chối…"),
    State.WITHDRAWN.value: QT_TRANSLATE_NOOP("DossierDialog", "Công dân rút hồ sơ…"),
    State.STOPPED.value: QT_TRANSLATE_NOOP("DossierDialog", "Dừng giải quyết…"),
}
STEP_NOTE: dict[str, str] = {
    State.PROCESSING.value: QT_TRANSLATE_NOOP(
        "DossierDialog", "Chuyển cho cán bộ giải quyết (họ và tên, có thể để trống):"
    ),
    State.SUPPLEMENT.value: QT_TRANSLATE_NOOP(
        "DossierDialog", "Nội dung cần bổ sung, hoàn thiện (in trên phiếu yêu cầu bổ sung):"
    ),
    State.SUPPLEMENTED.value: QT_TRANSLATE_NOOP(
        "DossierDialog", "Giấy tờ công dân đã bổ sung (có thể để trống):"
    ),
    State.DONE.value: QT_TRANSLATE_NOOP("DossierDialog", "Ghi chú về kết quả (có thể để trống):"),
    State.RETURNED.value: QT_TRANSLATE_NOOP(
        "DossierDialog", "Ghi chú khi trả kết quả (có thể để trống):"
    ),
    State.REJECTED.value: QT_TRANSLATE_NOOP(
        "DossierDialog", "Lý do từ chối giải quyết (in trên phiếu từ chối):"
    ),
    State.WITHDRAWN.value: QT_TRANSLATE_NOOP(
        "DossierDialog", "Ghi chú khi công dân rút hồ sơ (có thể để trống):"
    ),
    State.STOPPED.value: QT_TRANSLATE_NOOP(
        "DossierDialog", "Lý do dừng giải quyết (in trên thông báo):"
    ),
}
# The form that goes with a step, offered once the step is recorded
FORM_AFTER = {
    State.SUPPLEMENT.value: "supplement",
    State.REJECTED.value: "refusal",
    State.STOPPED.value: "stop",
}


def form_name(kind: str) -> str:
    name = next((n for k, n, _f in FORM_KINDS if k == kind), kind)
    return QCoreApplication.translate("DossierForms", name)


def form_file_name(kind: str, code: str) -> str:
    stem = next((f for k, _n, f in FORM_KINDS if k == kind), kind)
    return f"{stem}-{code}.pdf"


def datetime_edit(value: dt.datetime | None = None) -> QDateTimeEdit:
    edit = QDateTimeEdit()
    edit.setDisplayFormat(DATETIME_FORMAT)
    edit.setCalendarPopup(True)
    edit.setDateTime(QDateTime(value or now_vn()))
    return edit


def datetime_value(edit: QDateTimeEdit) -> dt.datetime:
    value = edit.dateTime().toPython()
    assert isinstance(value, dt.datetime)
    return value.replace(second=0, microsecond=0)


def portrait_printer() -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    printer.setFullPage(False)
    return printer


# -- printing the forms ---------------------------------------------------------------------
class FormPreviewDialog(QDialog):
    """A form made for one dossier: look at it, print it, or save it as PDF."""

    def __init__(
        self,
        printer: FormPrinter,
        code: str,
        kind: str,
        data: bytes,
        note: str = "",
        new_appointment: dt.datetime | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.printer = printer
        self.code, self.kind, self.data = code, kind, data
        self.note, self.new_appointment = note, new_appointment
        self.preview = PdfPreview(self)
        self.preview.load_bytes(data)
        self.buttons = QDialogButtonBox()
        self.print_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.print_button.setDefault(True)
        self.print_button.clicked.connect(self.print_form)
        self.save_button.clicked.connect(self.save_form)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.buttons)
        self.resize(760, 900)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(
            self.tr("{form} — hồ sơ {code}").format(form=form_name(self.kind), code=self.code)
        )
        self.print_button.setText(self.tr("&In…"))
        self.save_button.setText(self.tr("&Lưu thành PDF…"))
        self.close_button.setText(self.tr("Đó&ng"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def print_form(self) -> None:
        printer = portrait_printer()
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("In biểu mẫu"))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            paint_pdf(printer, self.data)

    def save_form(self) -> None:
        self.printer.save_pdf(self.code, self.kind, None, self.note, self.new_appointment)


class FormPrinter(QObject):
    """Makes a dossier's forms in the background; previews, prints or saves them."""

    def __init__(self, parent: QWidget, office: Office) -> None:
        super().__init__(parent)
        self.window = parent
        self.office = office
        self.last: Operation | None = None
        self.preview_dialog: FormPreviewDialog | None = None
        self.saved: FormResult | None = None

    def preview(
        self,
        code: str,
        kind: str,
        note: str = "",
        new_appointment: dt.datetime | None = None,
    ) -> Operation:
        office = self.office

        def work(token: CancelToken) -> bytes:
            from desktop.dossiers.forms import render_form

            data, _pages, _title = render_form(office, code, kind, note, new_appointment)
            return data

        def show(data: bytes) -> None:
            dialog = FormPreviewDialog(self, code, kind, data, note, new_appointment, self.window)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.destroyed.connect(lambda _obj=None: self._preview_closed(dialog))
            self.preview_dialog = dialog
            dialog.open()

        self.last = run_in_background(
            self.window,
            work,
            label=self.tr("Đang lập {form} của hồ sơ {code}…").format(
                form=form_name(kind), code=code
            ),
            on_success=show,
        )
        return self.last

    def _preview_closed(self, dialog: FormPreviewDialog) -> None:
        if self.preview_dialog is dialog:
            self.preview_dialog = None

    def save_pdf(
        self,
        code: str,
        kind: str,
        path: Path | None = None,
        note: str = "",
        new_appointment: dt.datetime | None = None,
    ) -> Operation | None:
        if path is None:
            name, _f = QFileDialog.getSaveFileName(
                self.window,
                self.tr("Lưu biểu mẫu thành PDF"),
                form_file_name(kind, code),
                self.tr("Tệp PDF (*.pdf)"),
            )
            if not name:
                return None
            path = Path(name)
        office = self.office
        target = path

        def work(token: CancelToken) -> FormResult:
            from desktop.dossiers.forms import write_form

            return write_form(office, code, kind, target, note, new_appointment)

        def saved(result: FormResult) -> None:
            self.saved = result
            messages.info(
                self.window,
                self.tr("Đã lưu biểu mẫu"),
                self.tr("Đã lưu {form} ({pages} trang) vào {path}.").format(
                    form=form_name(kind), pages=result.pages, path=str(result.path)
                ),
            )

        self.last = run_in_background(
            self.window,
            work,
            label=self.tr("Đang lưu {form} của hồ sơ {code}…").format(
                form=form_name(kind), code=code
            ),
            on_success=saved,
        )
        return self.last


class ApologyDialog(QDialog):
    """The reason for the delay and the new appointment the apology letter proposes."""

    def __init__(self, office: Office, view: DossierView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = view
        self.reason = QLineEdit()
        self.reason.setObjectName("reason")
        base = max(view.appointment, now_vn())
        try:
            proposed = office_calendar(office).shift(base, max(view.days, 1))
        except VanThuError:
            proposed = base
        self.new_time = datetime_edit(proposed)
        self.new_time.setObjectName("new_appointment")
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        form = QFormLayout()
        self.reason_label = QLabel()
        self.time_label = QLabel()
        self.reason_label.setBuddy(self.reason)
        self.time_label.setBuddy(self.new_time)
        form.addRow(self.reason_label, self.reason)
        form.addRow(self.time_label, self.new_time)
        self.buttons = QDialogButtonBox()
        self.ok_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.ok_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        self.retranslate()

    def retranslate(self) -> None:
        v = self.view
        self.setWindowTitle(self.tr("Lập văn bản xin lỗi"))
        self.intro.setText(
            self.tr(
                "Hồ sơ {code} của {name} hẹn trả kết quả lúc {time}. Ghi lý do chậm trễ và thời "
                "điểm hẹn trả mới để in văn bản xin lỗi và đề nghị gia hạn."
            ).format(code=v.code, name=v.applicant_name, time=hm(v.appointment))
        )
        self.reason_label.setText(self.tr("&Lý do chậm trễ:"))
        self.time_label.setText(self.tr("&Hẹn trả mới:"))
        self.ok_button.setText(self.tr("&Lập văn bản"))
        self.cancel_button.setText(self.tr("Hủy bỏ (Esc)"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def ask_apology(
    parent: QWidget, office: Office, view: DossierView, printer: FormPrinter
) -> ApologyDialog:
    """Ask for the reason and the new appointment, then make the letter (window-modal)."""
    dialog = ApologyDialog(office, view, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    code = view.code

    def accepted() -> None:
        printer.preview(
            code, "apology", dialog.reason.text().strip(), datetime_value(dialog.new_time)
        )

    dialog.accepted.connect(accepted)
    dialog.open()
    return dialog


# -- the dossier --------------------------------------------------------------------------
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
                self.tr("{days} ngày làm việc").format(days=v.days)
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
                    self.tr("{days} ngày làm việc (không tính vào thời hạn)").format(
                        days=v.paused_days
                    ),
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
