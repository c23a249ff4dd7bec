"""From launch to the main window: open the office, first-run wizard, login."""

from __future__ import annotations

import json
import logging
import os
import time

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog

from desktop.accounts.organisation import is_initialised, profile
from desktop.core.config import resolve
from desktop.core.errors import VanThuError
from desktop.core.settings import Settings
from desktop.core.tools import configure_from_settings
from desktop.kernel.office import Office
from desktop.shell.services import (
    log_path,
    office_has_accounts,
    remember_data_dir,
    remembered_data_dir,
)
from ui.kit.errors import on_error, setup_log_file
from ui.kit.i18n import apply_language
from ui.shell.main_window import MainWindow

logger = logging.getLogger("vanthu.ui")


def open_office() -> Office | None:
    """The office of ``VANTHU_DATA``, or the folder chosen at setup, or the default one."""
    location = resolve(remembered_data_dir())
    try:
        office = Office.open(location.data_dir, location.db_url)
    except VanThuError as exc:
        on_error(None, exc)
        return None
    setup_log_file(log_path(office))
    apply_language(Settings(office.location.data_dir).get("language"))
    configure_from_settings(office.location.data_dir)
    return office


def prepare(office: Office) -> Office | None:
    """Run the wizard if the office is new, then the login if it has accounts."""
    if not is_initialised(office):
        from ui.shell.wizard import SetupWizard

        wizard = SetupWizard(office)
        accepted = wizard.exec() == QDialog.DialogCode.Accepted
        office = wizard.office
        if not accepted:
            office.close()
            return None
        remember_data_dir(office.location.data_dir)
        setup_log_file(log_path(office))
    if office_has_accounts(office):
        from ui.shell.login import LoginDialog

        login = LoginDialog(office, profile(office).name)
        if login.exec() != QDialog.DialogCode.Accepted:
            office.close()
            return None
    else:
        office.sign_in(None, None)
    return office


def start(app: QApplication) -> int:
    office = open_office()
    if office is None:
        return 1
    prepared = prepare(office)
    if prepared is None:
        return 0
    logger.info("window opened by %s", prepared.actor.username)
    window = MainWindow(prepared, staged=True)
    window.show()
    window.focus_search()  # usable at once: the register shown, the typing goes to its search
    check_ocr_data(window)
    ready = os.environ.get("VANTHU_READY_FILE")
    if ready:  # the frozen build's smoke test and the start-up benchmark: say so, then quit
        QTimer.singleShot(0, lambda: _ready(app, window, ready))
    window.build_rest_later()  # the other panels and the hooks, once the window is painted
    try:
        return app.exec()
    finally:
        prepared.close()


def check_ocr_data(window: MainWindow) -> None:
    """Whether Tesseract and its Vietnamese data are there, checked once at start, off the GUI
    thread: when not, the status bar says what to install (scans can still be registered; only
    their text is not read)."""
    from desktop.digitise.ocr_pages import check_environment
    from ui.kit import worker

    def work(_token: worker.CancelToken) -> None:
        check_environment("vie")

    def failed(exc: BaseException) -> None:
        if isinstance(exc, VanThuError):
            logger.warning("OCR not ready: %s", exc)
            window.show_message(exc.message, 0)

    worker.run_in_background(window, work, label="", quiet=True, lane=worker.OCR,
                             on_failure=failed)


def _ready(app: QApplication, window: MainWindow, path: str) -> None:
    """Write what the person sees once the window is up (first event loop turn) and the CPU
    time spent until then; then build the rest of the window (so that a panel or hook that
    fails still fails the smoke test) and quit."""
    cpu = time.process_time()
    focus = window.focusWidget()  # (the application has none while offscreen or inactive)
    panel = window.current_register()
    data = {
        "title": window.windowTitle(),
        "panel": panel.objectName() if panel is not None else "",
        "focus": focus.objectName() if focus is not None else "",
        "rows": panel.model.rowCount() if panel is not None else -1,
        "cpu": cpu,
    }
    tmp = f"{path}.tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False)
    os.replace(tmp, path)
    window.finish_start()
    app.quit()
