"""Printing the registers: the PDF from ``render_book`` is made in the background, then drawn
page by page onto the printer (``QPdfDocument.render``), or saved as it is."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from desktop.core.clock import vn_today
from desktop.kernel.office import Office
from desktop.shell.services import Direction, register_name
from ui.kit import messages
from ui.kit.worker import CancelToken, Operation, run_in_background

if TYPE_CHECKING:  # fpdf is imported only when something is printed (cold start)
    from desktop.registers.book import BookResult

RENDER_DPI = 200  # enough for text on paper; the printer scales the image to the page


def paint_pdf(printer: QPrinter, data: bytes) -> int:
    """Draw every page of the PDF ``data`` onto ``printer``; return the pages drawn."""
    document = QPdfDocument()
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    try:
        target = printer.pageLayout().paintRectPixels(printer.resolution())
        for page in range(document.pageCount()):
            if page:
                printer.newPage()
            points = document.pagePointSize(page)
            size = QSize(
                round(points.width() * RENDER_DPI / 72), round(points.height() * RENDER_DPI / 72)
            )
            image = document.render(page, size)
            scaled = size.scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QRect(QPoint(0, 0), scaled), image)  # origin = paint rect
        return document.pageCount()
    finally:
        painter.end()
        document.close()
        buffer.close()


def landscape_printer() -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageOrientation(QPageLayout.Orientation.Landscape)
    printer.setFullPage(False)
    return printer


class RegisterPrinter(QObject):
    """The three register actions of the main window: preview, print, save as PDF."""

    def __init__(self, parent: QWidget, office: Office) -> None:
        super().__init__(parent)
        self.window = parent
        self.office = office
        self.last: Operation | None = None

    def _render(
        self, direction: Direction, year: int | None, then: Callable[[bytes], None]
    ) -> Operation:
        year = year or vn_today().year
        register = register_name(direction)

        def work(token: CancelToken) -> bytes:
            from desktop.registers.book import render_book

            data, _rows, _pages = render_book(self.office, register, year)
            return data

        self.last = run_in_background(
            self.window,
            work,
            label=self.tr("Đang dựng sổ năm {year} để in…").format(year=year),
            on_success=then,
        )  # type: ignore[arg-type]
        return self.last

    def preview(self, direction: Direction, year: int | None) -> None:
        def show(data: bytes) -> None:
            printer = landscape_printer()
            dialog = QPrintPreviewDialog(printer, self.window)
            dialog.setWindowTitle(self.tr("Xem trước khi in sổ"))
            dialog.paintRequested.connect(lambda p: paint_pdf(p, data))
            dialog.resize(1200, 720)
            dialog.exec()

        self._render(direction, year, show)

    def print(self, direction: Direction, year: int | None) -> None:
        def send(data: bytes) -> None:
            printer = landscape_printer()
            dialog = QPrintDialog(printer, self.window)
            dialog.setWindowTitle(self.tr("In sổ"))
            if dialog.exec() == QDialog.DialogCode.Accepted:
                paint_pdf(printer, data)

        self._render(direction, year, send)

    def save_pdf(
        self, direction: Direction, year: int | None, path: Path | None = None
    ) -> Operation | None:
        year = year or vn_today().year
        register = register_name(direction)
        if path is None:
            default = "so-van-ban-den" if register == "incoming" else "so-van-ban-di"
            name, _f = QFileDialog.getSaveFileName(
                self.window,
                self.tr("Lưu sổ ra PDF"),
                f"{default}-{year}.pdf",
                self.tr("Tệp PDF (*.pdf)"),
            )
            if not name:
                return None
            path = Path(name)

        def work(token: CancelToken) -> BookResult:
            from desktop.registers.book import write_book

            return write_book(self.office, register, year, path)

        def saved(result: BookResult) -> None:
            messages.info(
                self.window,
                self.tr("Đã lưu sổ"),
                self.tr("Đã lưu {rows} dòng, {pages} trang vào {path}.", "", result.rows).format(
                    rows=result.rows, pages=result.pages, path=str(result.path)
                ),
            )

        self.last = run_in_background(
            self.window,
            work,
            label=self.tr("Đang lưu sổ năm {year} ra PDF…").format(year=year),
            on_success=saved,
        )
        return self.last
