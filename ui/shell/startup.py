"""From launch to the main window: open the office, first-run wizard, login."""

from __future__ import annotations

import logging

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
from ui.shell.login import LoginDialog
from ui.shell.main_window import MainWindow
from ui.shell.wizard import SetupWizard

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
        wizard = SetupWizard(office)
        accepted = wizard.exec() == QDialog.DialogCode.Accepted
        office = wizard.office
        if not accepted:
            office.close()
            return None
        remember_data_dir(office.location.data_dir)
        setup_log_file(log_path(office))
    if office_has_accounts(office):
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
    window = MainWindow(prepared)
    window.show()
    try:
        return app.exec()
    finally:
        prepared.close()
