"""At start the window checks Tesseract and its Vietnamese data once, off the GUI thread, and
says in the status bar what to install when they are missing."""

from __future__ import annotations

import stat
from pathlib import Path

from desktop.core.tools import configure_tesseract
from ui.shell.main_window import MainWindow
from ui.shell.startup import check_ocr_data


def _english_only(folder: Path) -> Path:
    folder.mkdir(parents=True)
    exe = folder / "tesseract"
    exe.write_text('#!/bin/sh\nprintf "List of available languages (2):\\neng\\nosd\\n"\n')
    exe.chmod(exe.stat().st_mode | stat.S_IXUSR)
    return exe


def test_missing_vietnamese_data_is_said_in_the_status_bar(qtbot, ui_office, tmp_path) -> None:
    window = MainWindow(ui_office)
    qtbot.addWidget(window)
    configure_tesseract(_english_only(tmp_path / "Tesseract"))
    try:
        check_ocr_data(window)
        qtbot.waitUntil(lambda: "vie" in window.statusBar().currentMessage(), timeout=10_000)
    finally:
        configure_tesseract("")
    message = window.statusBar().currentMessage()
    assert message.startswith("Tesseract chưa có dữ liệu ngôn ngữ vie")
    assert "tesseract-ocr-vie" in message and "tessdata" in message


def test_nothing_is_said_when_tesseract_reads_vietnamese(qtbot, ui_office) -> None:
    from ui.kit import worker

    window = MainWindow(ui_office)
    qtbot.addWidget(window)
    window.show_message("")
    check_ocr_data(window)  # the real Tesseract of this machine, with tesseract-ocr-vie
    worker.wait_all()
    qtbot.wait(50)
    assert window.statusBar().currentMessage() == ""


def test_the_settings_dialog_sets_where_tesseract_is(qtbot, ui_office, tmp_path) -> None:
    from desktop.core.settings import Settings
    from desktop.core.tools import find_tesseract
    from ui.shell.settings_dialog import SettingsDialog

    settings = Settings(ui_office.location.data_dir)
    dialog = SettingsDialog(settings, ui_office)
    qtbot.addWidget(dialog)
    assert dialog.tesseract.text() == ""
    assert "/usr/bin/tesseract" in dialog.tesseract.placeholderText()  # what it uses now
    chosen = _english_only(tmp_path / "bin")
    dialog.tesseract.setText(str(chosen))
    try:
        dialog.accept()
        assert Settings(ui_office.location.data_dir).get("tesseract_path") == str(chosen)
        assert find_tesseract() == str(chosen)  # in force at once
    finally:
        configure_tesseract("")
