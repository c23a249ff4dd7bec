"""Quitting is quick and never leaves half a backup (issue 14, "Also seen": quitting took
3–5 s). The seconds went into the interpreter's finalisation after the window and the office
were closed (see ui/shell/quit.py); these tests check the work done, not the time taken."""

from __future__ import annotations

import subprocess
import sys
import threading
import zipfile
from pathlib import Path

import pytest

from desktop.backup.service import backup, read_manifest
from desktop.core.clock import vn_today
from desktop.core.errors import Cancelled
from desktop.core.settings import Settings
from tests.ui.conftest import add_incoming
from ui.accounts import admin_tools
from ui.kit import worker
from ui.shell.main_window import MainWindow
from ui.shell.quit import can_leave_at_once


def _window(qtbot, office) -> tuple[MainWindow, admin_tools.AdminTools]:
    window = MainWindow(office)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window, window.admin_tools  # type: ignore[attr-defined]


def _usb(tmp_path: Path, office) -> Path:
    usb = tmp_path / "usb"
    usb.mkdir()
    Settings(office.location.data_dir).set("backup_dir", str(usb))
    return usb


def test_closing_the_idle_window_writes_nothing_and_leaves_no_job(
    qtbot, ui_office, tmp_path, recorded
) -> None:
    usb = _usb(tmp_path, ui_office)
    today = usb / f"vanthu-{vn_today():%Y%m%d}.zip"
    today.write_bytes(b"today's backup, made at this morning's start")
    window, tools = _window(qtbot, ui_office)
    op = tools.start_auto_backup()  # none is due: today's is there
    assert op is not None
    qtbot.waitUntil(lambda: op.done, timeout=10000)
    before = {p.name: p.stat().st_mtime_ns for p in usb.iterdir()}

    assert window.close()
    assert worker.operations() == [] and can_leave_at_once()
    assert {p.name: p.stat().st_mtime_ns for p in usb.iterdir()} == before
    assert recorded == []  # nothing asked, nothing shown


@pytest.mark.parametrize("finish_first", [False, True])
def test_a_backup_running_at_close_is_complete_or_absent(
    qtbot, ui_office, tmp_path, monkeypatch, recorded, finish_first
) -> None:
    usb = _usb(tmp_path, ui_office)
    for n in range(3):
        add_incoming(ui_office, symbol=f"{n + 1}/UBND-VP")
    release = threading.Event()
    real = admin_tools.auto_backup

    def held_back(*args: object, **kwargs: object) -> object:
        release.wait(10)  # the backup is under way when the window closes
        return real(*args, **kwargs)

    monkeypatch.setattr(admin_tools, "auto_backup", held_back)
    window, tools = _window(qtbot, ui_office)
    op = tools.start_auto_backup()
    assert op is not None
    if finish_first:
        release.set()
        qtbot.waitUntil(lambda: op.done, timeout=10000)
    else:  # let it go on only once closing has cancelled it
        threading.Timer(0.3, release.set).start()
    assert window.close()
    assert op.done and worker.operations() == []
    names = sorted(p.name for p in usb.iterdir())
    assert not [n for n in names if "partial" in n]
    if finish_first:
        assert names == [f"vanthu-{vn_today():%Y%m%d}.zip"]
        read_manifest(usb / names[0])  # complete: every member there under its own hash
    else:
        assert names == []  # cancelled: nothing kept, and no message at closing
    assert recorded == []


def test_a_stopped_backup_keeps_no_partial_file(ui_office, tmp_path) -> None:
    add_incoming(ui_office)
    out = tmp_path / "out" / "b.zip"
    stop = threading.Event()
    stop.set()
    with pytest.raises(Cancelled):
        backup(ui_office, out, stop)
    assert not out.exists() and list(out.parent.iterdir()) == []
    result = backup(ui_office, out, threading.Event())
    assert zipfile.ZipFile(result.path).testzip() is None


def test_leave_ends_the_process_at_once_with_the_log_flushed(tmp_path) -> None:
    """The interpreter's finalisation is skipped (an atexit hook does not run), the exit code
    is kept and the log is flushed."""
    log, marker = tmp_path / "vanthu.log", tmp_path / "finalised"
    script = (
        "import atexit, logging, pathlib\n"
        f"logging.basicConfig(filename={str(log)!r}, level=logging.INFO)\n"
        f"atexit.register(lambda: pathlib.Path({str(marker)!r}).write_text('x'))\n"
        "from ui.shell.quit import leave\n"
        "logging.getLogger('vanthu').info('window closed')\n"
        "leave(3)\n"
        "raise SystemExit('leave returned')\n"
    )
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          timeout=60, env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin"})
    assert proc.returncode == 3, proc.stderr
    assert "window closed" in log.read_text()
    assert not marker.exists()


def test_a_job_still_running_keeps_the_ordinary_exit(qtbot) -> None:
    release = threading.Event()
    op = worker.run_in_background(None, lambda token: release.wait(10), label="", quiet=True)
    try:
        assert not can_leave_at_once()
    finally:
        release.set()
        qtbot.waitUntil(lambda: op.done, timeout=10000)
    assert can_leave_at_once()
