"""Printing a dossier's forms (giấy tiếp nhận, phiếu yêu cầu bổ sung, phiếu từ chối, văn bản xin
lỗi, thông báo dừng, phiếu kiểm soát).

The forms are made by ``render_form`` in the background worker, then shown in a preview with
"In…" and "Lưu thành PDF…" (printing draws the PDF pages as ``ui.kit.printing`` does for the
registers); saving writes the file with ``write_form``, again in the worker.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QPageLayout, QPageSize
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QVBoxLayout, QWidget

from desktop.kernel.office import Office
from ui.kit import messages
from ui.kit.i18n import QT_TRANSLATE_NOOP
from ui.kit.pdf_preview import PdfPreview
from ui.kit.printing import paint_pdf
from ui.kit.screen_fit import fit_to_screen
from ui.kit.worker import CancelToken, Operation, run_in_background

if TYPE_CHECKING:  # fpdf is imported when a form is printed, not at start
    from desktop.dossiers.forms import FormResult

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


def form_name(kind: str) -> str:
    name = next((n for k, n, _f in FORM_KINDS if k == kind), kind)
    return QCoreApplication.translate("DossierForms", name)


def form_file_name(kind: str, code: str) -> str:
    stem = next((f for k, _n, f in FORM_KINDS if k == kind), kind)
    return f"{stem}-{code}.pdf"


def portrait_printer() -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    printer.setFullPage(False)
    return printer


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
        fit_to_screen(self)  # 900 px did not fit a 768 px screen: the buttons were off it
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
                self.tr("Đã lưu {form} ({pages} trang) vào {path}.", "", result.pages).format(
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
