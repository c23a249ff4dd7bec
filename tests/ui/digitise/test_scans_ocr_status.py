"""OCR runs in the background while the window is open; the status bar says what is left."""

from __future__ import annotations

from pathlib import Path

from desktop.digitise import ocr_queue
from tests.core.samples import scan_pdf
from tests.ui.conftest import add_incoming
from ui.digitise import ocr_status
from ui.shell.main_window import MainWindow


def _window(qtbot, office) -> MainWindow:
    window = MainWindow(office)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_waiting_scans_show_in_the_status_bar_and_stop_with_the_window(
    qtbot, ui_office, tmp_path: Path, monkeypatch
) -> None:
    monkeypatch.setattr(ocr_status, "START_DELAY_MS", 60_000)
    monkeypatch.setattr(ocr_status, "POLL_MS", 60_000)
    add_incoming(ui_office, files=[scan_pdf(tmp_path / "ban-quet.pdf", dpi=200)])
    assert ocr_queue.status(ui_office).waiting == 1
    window = _window(qtbot, ui_office)
    status = window.ocr_status
    label = window.findChild(type(status.label), "ocr_status")
    assert label is status.label
    assert label.isVisible() and label.text() == "Nhận dạng chữ: còn 1 bản quét"
    assert not status.running()  # started only after the window has appeared
    status.start()
    assert status.running()
    window.close()
    qtbot.waitUntil(lambda: not status.running(), timeout=20_000)
    assert status.stop_event.is_set()


def test_nothing_waiting_hides_the_label(qtbot, ui_office) -> None:
    window = _window(qtbot, ui_office)
    assert not window.ocr_status.label.isVisible()
    assert not window.ocr_status.running()
    window.close()


def test_the_queue_is_worked_off_in_the_background(
    qtbot, ui_office, tmp_path: Path, monkeypatch
) -> None:
    monkeypatch.setattr(ocr_status, "START_DELAY_MS", 0)
    add_incoming(ui_office, files=[scan_pdf(tmp_path / "ban-quet.pdf", dpi=200)])
    window = _window(qtbot, ui_office)
    status = window.ocr_status
    qtbot.waitUntil(lambda: ocr_queue.status(ui_office).done == 1, timeout=60_000)
    qtbot.waitUntil(lambda: not status.label.isVisible(), timeout=5_000)
    window.close()
    qtbot.waitUntil(lambda: not status.running(), timeout=20_000)
