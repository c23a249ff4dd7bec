"""A bug reaching the window's exception hook with nobody at the screen (offscreen: tests,
bench children) ends the program with exit 70 and the traceback on stderr and in the log,
instead of a modal crash dialog waiting forever (issue 14)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

SCRIPT = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
from ui.kit import errors
app = QApplication(["crash-test"])
errors.install_excepthook()
import pathlib
errors.setup_log_file(pathlib.Path({log!r}))
window = QMainWindow()
window.show()
def bug():
    raise ZeroDivisionError("a bug in a slot")
QTimer.singleShot(0, bug)
sys.exit(app.exec())
"""


def _run(tmp_path: Path, platform: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("VANTHU_")}
    env["QT_QPA_PLATFORM"] = platform
    return subprocess.run([sys.executable, "-c", SCRIPT.format(log=str(tmp_path / "v.log"))],
                          capture_output=True, text=True, timeout=60, env=env)


def test_offscreen_crash_exits_non_zero_instead_of_waiting(tmp_path: Path) -> None:
    proc = _run(tmp_path, "offscreen")  # before: the modal dialog hung until the timeout
    assert proc.returncode == 70
    assert "ZeroDivisionError: a bug in a slot" in proc.stderr
    log = (tmp_path / "v.log").read_text(encoding="utf-8")
    assert "uncaught exception" in log and "ZeroDivisionError" in log


def test_recorded_dialogs_still_show_the_crash(qtbot, recorded) -> None:
    """Under the tests' recording the crash is a (recorded) dialog, never an exit."""
    from ui.kit import errors

    try:
        raise ValueError("recorded")
    except ValueError as exc:
        errors.crash(None, type(exc), exc, exc.__traceback__)
    assert recorded[-1].kind == "error" and "ValueError: recorded" in recorded[-1].details
