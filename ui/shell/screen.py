"""The main window on the clerk's screen (issue 14, 6 and "Also seen"): maximised on screens
up to 1920 pixels wide (a commune's 1366×768 laptop hid the status bar at a fixed 1366×768),
its last geometry restored, Ctrl+1…9 for the panels of the navigation, and a navigation wide
enough for its longest label in the language shown ("Incoming documen" was cut)."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QListWidget, QMainWindow, QWidget

from desktop.core.settings import Settings

MAXIMISE_UP_TO = 1920
GEOMETRY_KEY = "window_geometry"


def place_window(window: QMainWindow, settings: Settings) -> None:
    """Restore the saved geometry, else maximise on a screen up to 1920 px wide (and centre
    at most 1600×1000 on a larger one)."""
    saved = str(settings.get(GEOMETRY_KEY) or "")
    if saved and window.restoreGeometry(QByteArray.fromBase64(saved.encode("ascii"))):
        return
    screen = window.screen()
    area = screen.availableGeometry()
    if area.width() <= MAXIMISE_UP_TO:
        window.resize(area.width(), area.height())
        window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)
    else:
        window.resize(min(1600, area.width()), min(1000, area.height()))


def remember_geometry(window: QMainWindow, settings: Settings) -> None:
    """Kept in the settings file when the window closes."""
    data = bytes(window.saveGeometry().toBase64().data()).decode("ascii")
    settings.set(GEOMETRY_KEY, data)
    try:
        settings.save()
    except OSError:  # a read-only profile keeps the default placement next time
        pass


def install_panel_keys(window: QWidget, nav: QListWidget) -> list[QShortcut]:
    """Ctrl+1 … Ctrl+9 choose the navigation's first nine panels; their tooltips say so."""
    keys: list[QShortcut] = []
    for n in range(1, 10):
        shortcut = QShortcut(QKeySequence(f"Ctrl+{n}"), window)
        shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        shortcut.activated.connect(lambda row=n - 1: row < nav.count() and nav.setCurrentRow(row))
        keys.append(shortcut)
    label_panel_keys(nav)
    return keys


def label_panel_keys(nav: QListWidget) -> None:
    for row in range(min(nav.count(), 9)):
        item = nav.item(row)
        item.setToolTip(QCoreApplication.translate("MainWindow", "{panel} (Ctrl+{n})").format(
            panel=item.text(), n=row + 1))


def fit_navigation(nav: QListWidget, minimum: int = 150) -> None:
    """As wide as its longest label (icon, padding and scroll bar included)."""
    metrics = nav.fontMetrics()
    longest = max((metrics.horizontalAdvance(nav.item(i).text()) for i in range(nav.count())),
                  default=0)
    nav.setFixedWidth(max(minimum, longest + nav.iconSize().width() + 40))
