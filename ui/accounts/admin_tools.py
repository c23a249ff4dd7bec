"""Administration: the "Công cụ" menu of the main window (accounts, backup, the data check)
and the automatic daily backup. The dialogs it opens live beside it: ``users_dialog`` and
``backup_tools``.

The automatic backup runs a few seconds after the window shows, as quiet background work (no
busy cursor, no progress dialog), when a folder is set (a USB drive works): one ZIP per day,
the newest ``backup_keep`` kept. Problems (the USB drive not plugged in) are explained, never
fatal.
"""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMenu

from desktop.backup.service import auto_backup
from desktop.core.errors import Cancelled, EnvironmentProblem
from desktop.kernel.auth import Role
from ui.accounts.audit_panel import AuditPanel
from ui.accounts.backup_tools import BackupDialog
from ui.accounts.users_dialog import AccountDialog, PasswordDialog, UsersDialog
from ui.kit.dialogs import open_tracked
from ui.kit.errors import on_error
from ui.kit.host import WindowHost, panel_of
from ui.kit.worker import CancelToken, Operation, run_in_background

__all__ = ["AccountDialog", "AdminTools", "BackupDialog", "PasswordDialog", "UsersDialog"]

#: How long after the window shows the automatic backup starts (the window paints first).
AUTO_BACKUP_DELAY_MS = 4000


class AdminTools(QObject):
    """The "Công cụ" menu of the main window and the automatic backup."""

    def __init__(self, host: WindowHost) -> None:
        window = host.main_window()
        office, settings = host.office, host.settings
        super().__init__(window)
        self.host = host
        self.window = window
        self.office = office
        self.settings = settings
        self.dialog: QDialog | None = None  # the dialog open now (tests drive it)
        self.auto: Operation | None = None
        self._scheduled = False
        bar = window.menuBar()
        menu = bar.findChild(QMenu, "menu_tools")
        if menu is None:
            menu = bar.addMenu("")
            menu.setObjectName("menu_tools")
        self.menu = menu
        self.act_users = QAction(self)
        self.act_backup = QAction(self)
        self.act_check = QAction(self)
        self.act_users.triggered.connect(self.open_users)
        self.act_backup.triggered.connect(self.open_backup)
        self.act_check.triggered.connect(self.check_data)
        for action in (self.act_users, self.act_backup, self.act_check):
            menu.addAction(action)
        actor = office.actor
        self.act_users.setVisible(actor.has(Role.ADMIN))
        self.act_backup.setVisible(actor.has(Role.ADMIN, Role.CLERK))
        self.act_check.setVisible(actor.has(Role.ADMIN, Role.CLERK))
        window.installEventFilter(self)
        self.retranslate()

    def retranslate(self) -> None:
        self.menu.setTitle(self.tr("&Công cụ"))
        self.act_users.setText(self.tr("&Tài khoản…"))
        self.act_backup.setText(self.tr("&Sao lưu…"))
        self.act_check.setText(self.tr("&Kiểm tra dữ liệu…"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window:
            if event.type() == QEvent.Type.LanguageChange:
                self.retranslate()
            elif event.type() == QEvent.Type.Show and not self._scheduled:
                self._scheduled = True
                QTimer.singleShot(AUTO_BACKUP_DELAY_MS, self, lambda: self.start_auto_backup())
        return False

    def _open(self, dialog: QDialog) -> None:
        open_tracked(self, dialog)

    def open_users(self) -> None:
        self._open(UsersDialog(self.office, self.window))

    def open_backup(self) -> None:
        self._open(BackupDialog(self.office, self.settings, self.window))

    def check_data(self) -> Operation | None:
        """The integrity check, run from the log screen so its result is shown there."""
        self.host.show_panel("audit")
        return panel_of(self.host, "audit", AuditPanel).check_integrity()

    # -- the automatic daily backup ------------------------------------------------------
    def start_auto_backup(self) -> Operation | None:
        folder_text = str(self.settings.get("backup_dir")).strip()
        if not folder_text or not self.office.actor.has(Role.ADMIN, Role.CLERK):
            return None
        office, keep = self.office, int(self.settings.get("backup_keep"))
        missing = self.tr(
            "Không thấy thư mục sao lưu tự động {folder}, nên hôm nay chưa sao lưu. Nếu đó là "
            "ổ USB, hãy cắm ổ vào rồi chọn Công cụ > Sao lưu… > Sao lưu ngay; hoặc chọn thư mục "
            "khác."
        ).format(folder=folder_text)
        failed = self.tr(
            "Không ghi được bản sao lưu tự động vào {folder}. Hãy kiểm tra ổ đĩa còn chỗ trống "
            "và cho phép ghi."
        ).format(folder=folder_text)

        def work(token: CancelToken) -> Path | None:
            folder = Path(folder_text)
            if not folder.is_dir():
                raise EnvironmentProblem(missing, str(folder))
            try:
                # stops at the next file when the window closes, keeping nothing half written
                return auto_backup(office, folder, keep, stop=token.event)
            except OSError as exc:
                raise EnvironmentProblem(failed, str(exc)) from exc

        def done(made: Path | None) -> None:
            if not shiboken6.isValid(self.window):
                return
            if made is not None:
                text = self.tr("Đã sao lưu tự động vào {path}.").format(path=str(made))
            else:
                text = self.tr("Hôm nay đã có bản sao lưu tự động trong {folder}.").format(
                    folder=folder_text
                )
            self.window.statusBar().showMessage(text, 15000)

        def failed_now(exc: BaseException) -> None:
            if isinstance(exc, Cancelled):  # the window closed: the next start makes it
                return
            on_error(self.window if shiboken6.isValid(self.window) else None, exc)

        # Work the person did not ask for: no busy cursor, no modal progress dialog; the status
        # bar says when it is done.
        self.auto = run_in_background(
            self.window,
            work,
            label=self.tr("Đang sao lưu tự động…"),
            on_success=done,
            on_failure=failed_now,
            quiet=True,
        )
        return self.auto


def install_admin_tools(host: WindowHost) -> None:
    """The window hook: the "Công cụ" menu and the automatic backup of this window."""
    host.main_window().admin_tools = AdminTools(host)  # type: ignore[attr-defined]
