"""The main window's menus and toolbar: where each of its actions goes (the actions themselves
are made in ``ui.shell.main_window``; other capabilities add theirs through ``ui.kit.host``)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QStyle, QToolBar

from ui.kit.icons import icon

#: ``ui.shell.main_window.MainWindow`` (not imported: it imports this module).
MainWindow = Any


def make_actions(window: MainWindow) -> None:
    """The window's own actions, with their shortcuts (their texts: ``retranslate``)."""
    window.act_new_in = new_action(window, window.new_incoming, "Ctrl+N")
    window.act_new_out = new_action(window, window.new_outgoing, "Ctrl+Shift+N")
    window.act_import = new_action(window, window.ask_import)
    window.act_save_pdf = new_action(window, lambda: window._with_register(window.printer.save_pdf))
    window.act_preview = new_action(window, lambda: window._with_register(window.printer.preview))
    window.act_print = new_action(window, lambda: window._with_register(window.printer.print),
                                  QKeySequence.StandardKey.Print)
    window.act_settings = new_action(window, window.open_settings)
    window.act_quit = new_action(window, window.close, QKeySequence.StandardKey.Quit)
    window.act_search = new_action(window, window.focus_search, QKeySequence.StandardKey.Find)
    window.act_refresh = new_action(window, window.refresh, "F5")
    window.act_open = new_action(window, window.open_current)
    # The actions other capabilities may place theirs next to (``add_menu_action``, …).
    window.named_actions = {
        "new_incoming": window.act_new_in,
        "new_outgoing": window.act_new_out,
        "import": window.act_import,
        "save_pdf": window.act_save_pdf,
        "print": window.act_print,
        "settings": window.act_settings,
        "quit": window.act_quit,
        "open": window.act_open,
        "refresh": window.act_refresh,
    }


def place_actions(window: MainWindow) -> None:
    bar = window.menuBar()
    window.menu_file = bar.addMenu("")
    for a in (
        window.act_new_in,
        window.act_new_out,
        None,
        window.act_import,
        window.act_save_pdf,
        window.act_preview,
        window.act_print,
        None,
        window.act_settings,
        None,
        window.act_quit,
    ):
        window.menu_file.addSeparator() if a is None else window.menu_file.addAction(a)
    window.menu_view = bar.addMenu("")
    for a in (window.act_open, window.act_search, window.act_refresh):
        window.menu_view.addAction(a)

    style = window.style()
    window.act_new_in.setIcon(icon("incoming"))
    window.act_new_out.setIcon(icon("outgoing"))
    window.act_open.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_FileDialogContentsView))
    window.act_preview.setIcon(
        style.standardIcon(QStyle.StandardPixmap.SP_FileDialogDetailedView)
    )
    window.act_save_pdf.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_DialogSaveButton))
    window.act_refresh.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_BrowserReload))
    window.toolbar = QToolBar(window)
    window.toolbar.setObjectName("main_toolbar")
    window.toolbar.setMovable(False)
    window.toolbar.setIconSize(QSize(20, 20))
    window.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    for a in (
        window.act_new_in,
        window.act_new_out,
        None,
        window.act_open,
        window.act_preview,
        window.act_save_pdf,
        None,
        window.act_refresh,
    ):
        window.toolbar.addSeparator() if a is None else window.toolbar.addAction(a)
    window.addToolBar(window.toolbar)


def new_action(window: MainWindow, slot: Callable[[], object],
               shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None) -> QAction:
    action = QAction(window)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    action.triggered.connect(slot)
    window.addAction(action)
    return action


def insert_menu_action(window: MainWindow, action: QAction, before: str | None) -> None:
    """In the File menu, before the window's action named ``before`` or at the end."""
    window.addAction(action)
    anchor = window.named_actions[before] if before is not None else None
    if anchor is not None:
        window.menu_file.insertAction(anchor, action)
    else:
        window.menu_file.addAction(action)


def insert_toolbar_action(window: MainWindow, action: QAction, after: str | None) -> None:
    """In the toolbar, after the window's action named ``after`` or at the end."""
    actions = window.toolbar.actions()
    anchor = window.named_actions[after] if after is not None else None
    i = actions.index(anchor) + 1 if anchor in actions else len(actions)
    if i < len(actions):
        window.toolbar.insertAction(actions[i], action)
    else:
        window.toolbar.addAction(action)
