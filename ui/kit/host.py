"""The main window as the capabilities see it: what a panel's window hook may ask of it.

A capability that adds to the window (a menu action, a status-bar field, its panel's signals
wired to the window) gets a :class:`WindowHost` instead of probing the window with ``getattr``.
``ui.shell.main_window.MainWindow`` implements it; ``ui.shell.panels`` lists the hooks.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol, TypeVar, runtime_checkable

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QStatusBar, QWidget

from desktop.core.records import DocumentView
from desktop.core.settings import Settings
from desktop.kernel.office import Office

P = TypeVar("P", bound=QWidget)


@runtime_checkable
class WindowHost(Protocol):
    office: Office
    settings: Settings

    def main_window(self) -> QMainWindow:
        """The window itself: the parent of dialogs and background work, its menu bar."""
        ...

    def status_bar(self) -> QStatusBar: ...

    def panel(self, key: str) -> QWidget:
        """The panel registered as ``key`` (KeyError for a key that is not registered)."""
        ...

    def show_panel(self, key: str) -> None: ...

    def open_document(self, doc_id: int) -> None:
        """Open one document's page (fields, files, signatures) over the window."""
        ...

    def show_registered(self, view: DocumentView | None) -> None:
        """A document was just registered: show it in its register and say so."""
        ...

    def refresh(self) -> None:
        """Documents changed: every panel shows them again."""
        ...

    def show_message(self, text: str, timeout_ms: int = 15000) -> None:
        """A line in the status bar."""
        ...

    def show_counts(self, key: str, text: str) -> None:
        """The counts of panel ``key``, shown in the status bar while that panel is shown."""
        ...

    def show_badge(self, key: str, text: str) -> None:
        """A short count after panel ``key``'s title in the navigation ("" removes it)."""
        ...

    def add_menu_action(self, action: QAction, before: str | None = None) -> None:
        """Put ``action`` (and its shortcut) in the File menu, before the window's action
        named ``before`` (``"import"``, …) or at the end."""
        ...

    def add_toolbar_action(self, action: QAction, after: str | None = None) -> None:
        """Put ``action`` in the toolbar, after the window's action named ``after``
        (``"new_outgoing"``, …) or at the end."""
        ...


#: Runs once the main window is built: for status-bar widgets, menu entries, background jobs of
#: a capability, and its panel's signals wired to the window.
WindowHook = Callable[[WindowHost], None]


def panel_of(host: WindowHost, key: str, kind: type[P]) -> P:
    """The panel ``key`` as the class its capability made it (TypeError otherwise)."""
    panel = host.panel(key)
    if not isinstance(panel, kind):
        raise TypeError(f"panel {key!r} is a {type(panel).__name__}, not a {kind.__name__}")
    return panel
