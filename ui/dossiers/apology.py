"""The apology letter of a late dossier (văn bản xin lỗi và đề nghị gia hạn): the reason for the
delay and the new appointment it proposes, then the letter made and previewed."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import VanThuError
from desktop.dossiers.service import DossierView
from desktop.kernel.office import Office
from desktop.workdays.calendar import office_calendar
from ui.dossiers.form_printing import FormPrinter
from ui.dossiers.model import hm, now_vn
from ui.dossiers.time_fields import datetime_edit, datetime_value


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
