"""A PDF preview from bytes (the file store's verified bytes), with page navigation and zoom.

For signing, a click on the page gives the point in PDF points (origin at the page's bottom
left), and a box in PDF points can be drawn over the page: both use the same page geometry as
QPdfView (document margins, page size in points × zoom, centred horizontally, scroll offsets).
"""

from __future__ import annotations

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QEvent,
    QIODevice,
    QPoint,
    QPointF,
    QRectF,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QGuiApplication, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

ZOOM_STEP = 1.25


def _tool_button(text: str) -> QToolButton:
    button = QToolButton()
    button.setText(text)
    return button


Box = tuple[float, float, float, float]  # (x0, y0, x1, y1) in PDF points, from bottom left


class PageView(QPdfView):
    """QPdfView that maps clicks to PDF points and draws a marker box over the page."""

    clicked = Signal(int, QPointF)  # page index, point in PDF points from the bottom left

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.marker: tuple[int, Box] | None = None

    def _scale(self, page: int) -> tuple[float, float, float, float] | None:
        """(page x, page y, px per point in x, in y) in document coordinates, as QPdfView lays
        out the current page in single-page mode."""
        document = self.document()
        if document is None or not 0 <= page < document.pageCount():
            return None
        points = document.pagePointSize(page)
        if points.width() <= 0 or points.height() <= 0:
            return None
        margins = self.documentMargins()
        vp = self.viewport().size()
        screen = QGuiApplication.primaryScreen()
        resolution = (screen.logicalDotsPerInch() if screen else 96.0) / 72.0
        w = round(points.width() * resolution)
        h = round(points.height() * resolution)
        mode = self.zoomMode()
        if mode == QPdfView.ZoomMode.Custom:
            w = round(points.width() * resolution * self.zoomFactor())
            h = round(points.height() * resolution * self.zoomFactor())
        elif mode == QPdfView.ZoomMode.FitToWidth:
            factor = (vp.width() - margins.left() - margins.right()) / w
            w, h = round(w * factor), round(h * factor)
        else:  # FitInView: QSize.scaled(viewport less margins and spacing, KeepAspectRatio)
            avail_w = vp.width() - margins.left() - margins.right()
            avail_h = vp.height() - self.pageSpacing()
            scaled_w = avail_h * w // h
            w, h = (scaled_w, avail_h) if scaled_w <= avail_w else (avail_w, avail_w * h // w)
        total = w + margins.left() + margins.right()
        x = (max(total, vp.width()) - w) // 2
        y = margins.top()
        return float(x), float(y), w / points.width(), h / points.height()

    def point_at(self, pos: QPoint | QPointF) -> tuple[int, QPointF] | None:
        """The page and the PDF point under ``pos`` (viewport coordinates), if on the page."""
        page = self.pageNavigator().currentPage()
        geometry = self._scale(page)
        document = self.document()
        if geometry is None or document is None:
            return None
        x0, y0, sx, sy = geometry
        doc_x = pos.x() + self.horizontalScrollBar().value() - x0
        doc_y = pos.y() + self.verticalScrollBar().value() - y0
        points = document.pagePointSize(page)
        px, py = doc_x / sx, points.height() - doc_y / sy
        if not (0 <= px <= points.width() and 0 <= py <= points.height()):
            return None
        return page, QPointF(px, py)

    def rect_of(self, page: int, box: Box) -> QRectF | None:
        """Where ``box`` (PDF points) shows in the viewport, when ``page`` is the page shown."""
        geometry = self._scale(page)
        document = self.document()
        if geometry is None or document is None or page != self.pageNavigator().currentPage():
            return None
        x0, y0, sx, sy = geometry
        height = document.pagePointSize(page).height()
        left = x0 + box[0] * sx - self.horizontalScrollBar().value()
        top = y0 + (height - box[3]) * sy - self.verticalScrollBar().value()
        return QRectF(left, top, (box[2] - box[0]) * sx, (box[3] - box[1]) * sy)

    def set_marker(self, page: int | None, box: Box | None = None) -> None:
        self.marker = (page, box) if page is not None and box is not None else None
        self.viewport().update()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            found = self.point_at(event.position())
            if found is not None:
                self.clicked.emit(*found)
                event.accept()
                return
        super().mousePressEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.marker is None:
            return
        rect = self.rect_of(*self.marker)
        if rect is None:
            return
        painter = QPainter(self.viewport())
        pen = QPen(QColor("#1565c0"))
        pen.setWidth(2)
        pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.fillRect(rect, QColor(21, 101, 192, 40))
        painter.drawRect(rect)
        painter.end()


class PdfPreview(QWidget):
    page_clicked = Signal(int, QPointF)  # page index, point in PDF points from the bottom left

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = QPdfDocument(self)
        self._buffer: QBuffer | None = None
        self.view = PageView(self)
        self.view.clicked.connect(self.page_clicked)
        self.view.setObjectName("pdf_view")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.SinglePage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

        self.previous = _tool_button("◀")
        self.next = _tool_button("▶")
        self.page = QSpinBox()
        self.page.setMinimum(1)
        self.page_count = QLabel()
        self.zoom_out = _tool_button("−")
        self.zoom_in = _tool_button("+")
        self.fit = QToolButton()
        self.previous.clicked.connect(lambda: self.go_to(self.current_page() - 1))
        self.next.clicked.connect(lambda: self.go_to(self.current_page() + 1))
        self.page.valueChanged.connect(lambda v: self.go_to(v - 1))
        self.zoom_in.clicked.connect(lambda: self.zoom(ZOOM_STEP))
        self.zoom_out.clicked.connect(lambda: self.zoom(1 / ZOOM_STEP))
        self.fit.clicked.connect(lambda: self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth))
        self.view.pageNavigator().currentPageChanged.connect(self._page_changed)

        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        for w in (self.previous, self.page, self.page_count, self.next):
            bar.addWidget(w)
        bar.addStretch(1)
        for w in (self.zoom_out, self.zoom_in, self.fit):
            bar.addWidget(w)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        self.retranslate()
        self._update_controls()

    def retranslate(self) -> None:
        self.previous.setToolTip(self.tr("Trang trước"))
        self.next.setToolTip(self.tr("Trang sau"))
        self.zoom_in.setToolTip(self.tr("Phóng to"))
        self.zoom_out.setToolTip(self.tr("Thu nhỏ"))
        self.fit.setText(self.tr("Vừa khung"))
        self._update_controls()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def load_bytes(self, data: bytes) -> QPdfDocument.Error:
        self.clear()
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(data))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)
        self._update_controls()
        return self.document.error()

    def clear(self) -> None:
        self.document.close()
        if self._buffer is not None:
            self._buffer.close()
            self._buffer.deleteLater()
            self._buffer = None
        self._update_controls()

    def set_marker(self, page: int | None, box: Box | None = None) -> None:
        """Draw ``box`` (PDF points) over ``page``; shows that page. ``None`` removes it."""
        if page is not None:
            self.go_to(page)
        self.view.set_marker(page, box)

    def current_page(self) -> int:
        return self.view.pageNavigator().currentPage()

    def go_to(self, page: int) -> None:
        if 0 <= page < self.document.pageCount() and page != self.current_page():
            self.view.pageNavigator().jump(page, QPointF(), self.view.zoomFactor())

    def zoom(self, factor: float) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(0.1, min(8.0, self.view.zoomFactor() * factor)))

    def _page_changed(self, page: int) -> None:
        self.page.blockSignals(True)
        self.page.setValue(page + 1)
        self.page.blockSignals(False)
        self._update_controls()

    def _update_controls(self) -> None:
        count = self.document.pageCount()
        self.page.setMaximum(max(count, 1))
        self.page_count.setText(self.tr("/ {count} trang", "", count).format(count=count))
        current = self.current_page()
        for w in (self.page, self.zoom_in, self.zoom_out, self.fit):
            w.setEnabled(count > 0)
        self.previous.setEnabled(current > 0)
        self.next.setEnabled(current + 1 < count)
