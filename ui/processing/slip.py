"""The Phiếu giải quyết văn bản đến of one document on screen: look at it, print it, save it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QVBoxLayout, QWidget

from desktop.core.errors import VanThuError
from desktop.kernel.office import Office
from ui.kit.errors import on_error
from ui.kit.pdf_preview import PdfPreview
from ui.kit.printing import paint_pdf


class SlipDialog(QDialog):
    def __init__(self, office: Office, doc_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from desktop.processing.forms import render_slip  # fpdf only when a slip is made

        self.office, self.doc_id = office, doc_id
        self.data, _pages = render_slip(office, doc_id)
        self.saved: Path | None = None
        self.setWindowTitle(self.tr("Phiếu giải quyết văn bản đến — văn bản {id}").format(
            id=doc_id))
        self.preview = PdfPreview(self)
        self.preview.load_bytes(self.data)
        self.buttons = QDialogButtonBox()
        self.print_button = self.buttons.addButton(self.tr("&In…"),
                                                   QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button = self.buttons.addButton(self.tr("&Lưu thành PDF…"),
                                                  QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = self.buttons.addButton(self.tr("Đó&ng"),
                                                   QDialogButtonBox.ButtonRole.RejectRole)
        self.print_button.clicked.connect(self.print_slip)
        self.save_button.clicked.connect(lambda: self.save())
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.buttons)
        self.resize(760, 900)

    def print_slip(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            paint_pdf(printer, self.data)

    def save(self, path: Path | None = None) -> Path | None:
        from desktop.processing.forms import write_slip

        if path is None:
            name, _f = QFileDialog.getSaveFileName(
                self, self.tr("Lưu phiếu thành PDF"), f"phieu-giai-quyet-{self.doc_id}.pdf",
                self.tr("Tệp PDF (*.pdf)"))
            if not name:
                return None
            path = Path(name)
        try:
            self.saved = write_slip(self.office, self.doc_id, path).path
        except VanThuError as exc:
            on_error(self, exc)
            return None
        return self.saved
