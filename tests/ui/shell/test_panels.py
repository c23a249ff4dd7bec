"""The panels and window hooks are listed by name in ui.shell.panels: the navigation shows them in
that order, a missing one stops the start, and the hooks reach the window only through the
WindowHost interface."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QAction

from ui.kit.host import WindowHost
from ui.shell.main_window import MainWindow
from ui.shell.panels import PANELS, WINDOW_HOOKS

ROOT = Path(__file__).resolve().parents[3]


def _window(qtbot, office) -> MainWindow:
    window = MainWindow(office)
    qtbot.addWidget(window)
    return window


def test_the_navigation_lists_every_panel_in_order(qtbot, ui_office) -> None:
    keys = ["incoming", "outgoing", "inbox", "processing", "drafts", "interchange", "dossiers",
            "casefiles", "dashboard", "audit"]
    assert [spec.key for spec in PANELS] == keys
    window = _window(qtbot, ui_office)
    assert [spec.key for spec in window.specs] == keys
    assert [window.nav.item(i).text() for i in range(window.nav.count())] == [
        "Văn bản đến",
        "Văn bản đi",
        "Bản quét chờ xử lý",
        "Văn bản cần xử lý",
        "Dự thảo",
        "Văn bản điện tử đến",
        "Hồ sơ một cửa",
        "Hồ sơ",
        "Báo cáo",
        "Nhật ký",
    ]
    for row, key in enumerate(keys):
        assert window.stack.indexOf(window.panel(key)) == row


def test_the_navigation_is_known_before_the_panels_modules_load() -> None:
    """ui.shell.navigation names the panels as ui.shell.panels does (key, title, icon, and
    the module whose factory makes each)."""
    from ui.shell.navigation import NAVIGATION

    assert [(e.key, e.title, e.icon, e.module) for e in NAVIGATION] == [
        (s.key, s.title, s.icon, s.factory.__module__) for s in PANELS]


def test_the_window_hooks_are_listed_by_name() -> None:
    assert [f"{hook.__module__}.{hook.__qualname__}" for hook in WINDOW_HOOKS] == [
        "ui.digitise.inbox_panel.connect_inbox",
        "ui.interchange.panel.connect_exchange",
        "ui.dossiers.window_actions.install_dossier_actions",
        "ui.casefiles.window_actions.install_casefile_actions",
        "ui.reports.dashboard.connect_dashboard",
        "ui.accounts.audit_panel.connect_audit_log",
        "ui.processing.window_hook.connect_processing",
        "ui.digitise.ocr_status.install_ocr_status",
        "ui.accounts.admin_tools.install_admin_tools",
    ]


@pytest.mark.parametrize("missing", ["ui.reports.dashboard", "ui.dossiers.window_actions"])
def test_a_missing_panel_or_hook_stops_the_start(missing: str) -> None:
    """The window imports ui.shell.panels when it builds its other panels (at once, or just
    after the first paint): a module that is missing fails that import, never silently."""
    code = (f"import sys; sys.modules[{missing!r}] = None; import ui.shell.main_window; "
            "import ui.shell.panels")
    proc = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                          env=dict(os.environ, QT_QPA_PLATFORM="offscreen"), timeout=120)
    assert proc.returncode != 0
    assert "ModuleNotFoundError" in proc.stderr and missing in proc.stderr


def test_the_main_window_is_the_hooks_window_host(qtbot, ui_office) -> None:
    window = _window(qtbot, ui_office)
    assert isinstance(window, WindowHost)
    assert window.main_window() is window and window.status_bar() is window.statusBar()
    with pytest.raises(KeyError):
        window.panel("no-such-panel")
    # The dossier hook put its action before "import" in the File menu, after "new outgoing"
    # in the toolbar, and mirrors the dossier counts while that panel is shown.
    receive = window.findChild(QAction, "act_receive_dossier")
    menu = window.menu_file.actions()
    assert menu.index(receive) == menu.index(window.act_import) - 1
    bar = window.toolbar.actions()
    assert bar.index(receive) == bar.index(window.act_new_out) + 1
    window.show_panel("dossiers")
    assert window.counts.text() == window.panel("dossiers").counts_text  # type: ignore[attr-defined]
    window.show_counts("dossiers", "12 hồ sơ")
    assert window.counts.text() == "12 hồ sơ"
    window.show_panel("dashboard")
    assert window.counts.text() == ""
    window.show_counts("dossiers", "13 hồ sơ")  # not shown now: kept for later
    assert window.counts.text() == ""
    window.show_panel("dossiers")
    assert window.counts.text() == "13 hồ sơ"


def test_register_panel_means_one_thing() -> None:
    """Only the main window's accessor of a register's panel bears the name."""
    found = []
    for path in (ROOT / "ui").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                if node.name == "register_panel":
                    found.append(str(path.relative_to(ROOT)))
    assert found == ["ui/shell/main_window.py"]
