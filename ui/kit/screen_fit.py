"""No window bigger than the screen it opens on (issue 14, 6): a 1366×768 laptop showed the
receipt preview 900 px tall with its buttons off-screen. Forms scroll instead of growing past
the screen; one application-wide filter clamps every dialog as it is shown."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize
from PySide6.QtWidgets import QApplication, QDialog, QFrame, QScrollArea, QWidget

#: what the window manager's title bar and frame take
FRAME_MARGIN = 40


def available(widget: QWidget) -> QSize:
    screen = widget.screen() or QApplication.primaryScreen()
    return screen.availableGeometry().size()


def fit_to_screen(widget: QWidget, margin: int = FRAME_MARGIN) -> None:
    """Shrink ``widget`` (a top-level window) to the available screen, if it is larger."""
    area = available(widget)
    width, height = area.width() - margin // 2, area.height() - margin
    if widget.width() > width or widget.height() > height:
        widget.resize(min(widget.width(), width), min(widget.height(), height))
    widget.setMaximumHeight(max(height, widget.minimumHeight()))


class FittingScroll(QScrollArea):
    """A scroll area as large as what it holds, so a dialog grows to its content and scrolls
    only when that would not fit on the screen (Qt's own hint stops at 24 lines)."""

    def __init__(self, content: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidget(content)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        content = self.widget()
        if content is None:
            return super().sizeHint()
        hint = content.sizeHint()
        bar = self.verticalScrollBar().sizeHint().width()
        return QSize(hint.width() + bar + 2, hint.height() + 2)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        content = self.widget()
        width = content.minimumSizeHint().width() if content is not None else 100
        return QSize(width, 120)


def grow_to_content(widget: QWidget, margin: int = FRAME_MARGIN) -> None:
    """As large as its content asks, up to the screen: Qt opens a window at most at 2/3 of the
    screen, which made a 13-field form scroll on a 768 px screen with room to spare."""
    QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)  # messages just shown
    for scroll in widget.findChildren(FittingScroll):
        scroll.updateGeometry()  # the layout caches a widget's size hint until told
    area = available(widget)
    hint = widget.sizeHint()
    width = min(max(widget.width(), hint.width()), area.width() - margin // 2)
    height = min(max(widget.height(), hint.height()), area.height() - margin)
    widget.resize(width, height)


FITTED = "vanthu_fitted"


class ScreenFitter(QObject):
    """Sizes every dialog to its content and clamps it to its screen when first shown."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Show and isinstance(watched, QDialog):
            if not watched.property(FITTED):
                watched.setProperty(FITTED, True)
                grow_to_content(watched)
            fit_to_screen(watched)
        return False


_fitter: ScreenFitter | None = None


def install_screen_fitter() -> None:
    """Once per application (the main window calls it)."""
    global _fitter
    app = QApplication.instance()
    if _fitter is None and app is not None:
        _fitter = ScreenFitter(app)
        app.installEventFilter(_fitter)
