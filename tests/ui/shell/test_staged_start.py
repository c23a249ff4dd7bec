"""The staged start (ui.shell.startup): the window paints the incoming register with the keyboard
focus in its search box before the other panels' modules load, then builds them one per turn of
the event loop and runs the window hooks; the finished window is the one an eager build makes,
and what the person typed meanwhile stays typed. The figures are in docs/benchmarks.md."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from desktop.shell.services import Direction
from tests.ui.conftest import type_text
from ui.shell.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[3]


def _layout(window: MainWindow) -> dict[str, object]:
    """What the person sees of the finished window: panels, navigation, menus, toolbar."""
    return {
        "panels": [window.stack.widget(i).objectName() for i in range(window.stack.count())],
        "nav": [window.nav.item(i).text() for i in range(window.nav.count())],
        "menu": [a.objectName() or a.text() for a in window.menu_file.actions()],
        "toolbar": [a.objectName() or a.text() for a in window.toolbar.actions()],
        "status": sorted(w.objectName() for w in window.statusBar().findChildren(QWidget)
                         if w.objectName()),
    }


def test_the_staged_window_is_usable_first_and_then_the_eager_one(qtbot, ui_office) -> None:
    eager = MainWindow(ui_office)
    qtbot.addWidget(eager)
    assert eager.started and eager.stack.pending() == []

    window = MainWindow(ui_office, staged=True)
    qtbot.addWidget(window)
    window.show()
    window.focus_search()
    # usable: the navigation complete, the incoming register shown, nothing else built yet
    assert window.stack.pending() == [e.key for e in window.entries[1:]]
    assert [window.nav.item(i).text() for i in range(window.nav.count())] == _layout(eager)["nav"]
    assert window.current_register() is window.panel("incoming")
    assert window.findChild(QAction, "act_receive_dossier") is None  # the hooks come later

    window.build_rest_later()
    search = window.register_panel(Direction.INCOMING).search
    type_text(qtbot, search, "phòng chống")  # typed while the panels are being built
    qtbot.waitUntil(lambda: window.started, timeout=30_000)
    assert search.text() == "phòng chống"
    assert window.current_register() is window.panel("incoming")
    assert _layout(window) == _layout(eager)
    menu = window.menu_file.actions()
    assert menu.index(window.findChild(QAction, "act_receive_dossier")) == \
        menu.index(window.act_import) - 1


def test_a_panel_chosen_before_it_is_built_is_built_then(qtbot, ui_office) -> None:
    window = MainWindow(ui_office, staged=True)
    qtbot.addWidget(window)
    window.show()
    assert "dossiers" in window.stack.pending()
    window.show_panel("dossiers")
    assert "dossiers" not in window.stack.pending()
    assert window.stack.currentWidget() is window.panel("dossiers")
    assert window.stack.currentWidget().objectName() == "panel_dossiers"
    window.nav.setCurrentRow(1)  # the outgoing register, by the navigation
    assert window.stack.currentWidget().objectName() == "panel_outgoing"
    window.finish_start()
    assert window.stack.pending() == [] and window.started
    assert window.panel("dossiers").objectName() == "panel_dossiers"


def test_the_first_paint_loads_no_other_panel_and_no_heavy_library() -> None:
    heavy = ("ui.shell.panels", "ui.documents.view", "ui.reports.dashboard", "ui.dossiers.panel",
             "PySide6.QtCharts", "PySide6.QtPdf", "PySide6.QtPrintSupport", "models.casefiles",
             "models.dossiers", "models.processing", "fpdf", "pyhanko", "pypdf", "openpyxl",
             "PIL", "cryptography", "lxml", "argon2", "alembic")
    code = ("import sys; import ui.shell.app, ui.shell.startup; "
            f"print([m for m in {heavy!r} if m in sys.modules])")
    proc = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                          env=dict(os.environ, QT_QPA_PLATFORM="offscreen"), timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "[]"
