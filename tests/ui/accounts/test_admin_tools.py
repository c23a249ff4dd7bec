"""The "Công cụ" menu: accounts, backups now and every day, the data check."""

from __future__ import annotations

import threading
import zipfile
from pathlib import Path

import pytest
from argon2 import PasswordHasher
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.accounts.users import add_user, list_users
from desktop.core.clock import vn_today
from desktop.core.settings import Settings
from desktop.kernel.auth import Role
from tests.ui.conftest import add_incoming, type_text
from ui.accounts import admin_tools
from ui.accounts.admin_tools import AdminTools
from ui.accounts.audit_panel import AuditPanel
from ui.accounts.backup_tools import BackupDialog
from ui.accounts.users_dialog import AccountDialog, PasswordDialog, UsersDialog
from ui.kit import choosers, messages, worker
from ui.shell.main_window import MainWindow


@pytest.fixture(autouse=True)
def quick_hashes(monkeypatch) -> None:
    """Argon2 at its lightest: these tests are about the screens, not password strength."""
    from desktop.kernel import auth

    monkeypatch.setattr(auth, "_hasher", PasswordHasher(time_cost=1, memory_cost=64, parallelism=1))


def _window(qtbot, office) -> tuple[MainWindow, AdminTools]:
    window = MainWindow(office)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    tools = window.admin_tools  # type: ignore[attr-defined]
    assert isinstance(tools, AdminTools)
    return window, tools


def _users_dialog(qtbot, office) -> UsersDialog:
    window, tools = _window(qtbot, office)
    assert tools.menu.title() == "&Công cụ"
    assert [a.text() for a in tools.menu.actions()] == [
        "&Tài khoản…",
        "&Sao lưu…",
        "&Kiểm tra dữ liệu…",
    ]
    tools.act_users.trigger()
    dialog = tools.dialog
    assert isinstance(dialog, UsersDialog)
    return dialog


def _fill_account(qtbot, dialog: AccountDialog, password2: str = "mat-khau-cb") -> None:
    type_text(qtbot, dialog.username, "canbo1")
    type_text(qtbot, dialog.full_name, "Trần Văn Bình")
    type_text(qtbot, dialog.job_title, "Công chức Văn phòng - Thống kê")
    dialog.roles[Role.OFFICER].setChecked(True)
    type_text(qtbot, dialog.password, "mat-khau-cb")
    type_text(qtbot, dialog.password2, password2)


def test_users_dialog_adds_an_officer_account(qtbot, ui_office) -> None:
    users = _users_dialog(qtbot, ui_office)
    assert users.table.rowCount() == 0
    qtbot.mouseClick(users.add_button, Qt.MouseButton.LeftButton)
    account = users.dialog
    assert isinstance(account, AccountDialog)
    assert [box.text() for box in account.roles.values()] == [
        "Quản trị",
        "Văn thư",
        "Lãnh đạo",
        "Cán bộ",
    ]
    _fill_account(qtbot, account)
    qtbot.keyClick(account.password2, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: users.dialog is None, timeout=5000)  # accepted and closed
    assert [(u.username, u.full_name, u.roles) for u in list_users(ui_office)] == [
        ("canbo1", "Trần Văn Bình", ("can-bo",))
    ]
    row = [users.table.item(0, c).text() for c in range(users.table.columnCount())]
    assert row == [
        "canbo1",
        "Trần Văn Bình",
        "Công chức Văn phòng - Thống kê",
        "Cán bộ",
        "Đang dùng",
    ]
    assert users.selected() is not None and users.selected().username == "canbo1"
    assert ui_office.sign_in("canbo1", "mat-khau-cb").username == "canbo1"


def test_account_form_explains_its_mistakes(qtbot, ui_office) -> None:
    account = AccountDialog(ui_office)
    qtbot.addWidget(account)
    account.show()
    _fill_account(qtbot, account, password2="mat-khau-khac")
    assert account.save() is None
    assert any("không giống" in m for m in account.errors.shown())
    account.password2.clear()
    type_text(qtbot, account.password2, "mat-khau-cb")
    account.roles[Role.OFFICER].setChecked(False)
    assert account.save() is None
    assert any("vai trò" in m for m in account.errors.shown())
    account.roles[Role.OFFICER].setChecked(True)
    account.username.clear()
    type_text(qtbot, account.username, "can bo")  # the service refuses a space
    op = account.save()
    qtbot.waitUntil(lambda: op.done, timeout=5000)
    assert account.isVisible() and any("dấu cách" in m for m in account.errors.shown())
    assert list_users(ui_office) == []


def test_disable_and_reset_password(qtbot, ui_office, recorded) -> None:
    add_user(ui_office, "canbo1", "mat-khau-cu", [Role.OFFICER], "Trần Văn Bình")
    add_user(ui_office, "canbo2", "mat-khau-cu", [Role.OFFICER], "Lê Văn Cường")
    users = UsersDialog(ui_office)
    qtbot.addWidget(users)
    users.show()
    assert not users.disable_button.isEnabled()

    users.select("canbo2")
    messages.answers.append(True)  # "Vô hiệu hóa tài khoản canbo2?" — yes
    qtbot.mouseClick(users.disable_button, Qt.MouseButton.LeftButton)
    assert recorded[-1].kind == "question" and "canbo2" in recorded[-1].text
    qtbot.waitUntil(lambda: users.last is not None and users.last.done, timeout=5000)
    assert users.table.item(1, 4).text() == "Đã vô hiệu hóa"
    assert [u.active for u in list_users(ui_office)] == [True, False]

    users.select("canbo1")
    qtbot.mouseClick(users.reset_button, Qt.MouseButton.LeftButton)
    reset = users.dialog
    assert isinstance(reset, PasswordDialog)
    type_text(qtbot, reset.password, "mat-khau-moi")
    type_text(qtbot, reset.password2, "mat-khau-moi")
    qtbot.keyClick(reset.password2, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: users.dialog is None, timeout=5000)  # accepted and closed
    assert recorded[-1].kind == "info" and "canbo1" in recorded[-1].text
    assert ui_office.sign_in("canbo1", "mat-khau-moi").username == "canbo1"


def test_menu_follows_roles(qtbot, ui_office) -> None:
    add_user(ui_office, "vanthu", "mat-khau-vt", [Role.CLERK])
    add_user(ui_office, "canbo", "mat-khau-cb", [Role.OFFICER])
    ui_office.sign_in("vanthu", "mat-khau-vt")
    _window_clerk, clerk = _window(qtbot, ui_office)
    assert not clerk.act_users.isVisible() and clerk.act_backup.isVisible()
    ui_office.sign_in("canbo", "mat-khau-cb")
    _window_officer, officer = _window(qtbot, ui_office)
    assert not any(a.isVisible() for a in officer.menu.actions())


def test_backup_now_writes_a_zip(qtbot, ui_office, tmp_path, recorded) -> None:
    add_incoming(ui_office)
    dialog = BackupDialog(ui_office, Settings(ui_office.location.data_dir))
    qtbot.addWidget(dialog)
    out = tmp_path / "usb" / "sao-luu.zip"
    messages.answers.append(str(out))
    qtbot.mouseClick(dialog.backup_now, Qt.MouseButton.LeftButton)
    assert recorded[0].kind == "save" and recorded[0].text.endswith(".zip")
    qtbot.waitUntil(lambda: dialog.last.done, timeout=10000)
    assert recorded[-1].kind == "info" and str(out) in recorded[-1].text
    assert "manifest.json" in zipfile.ZipFile(out).namelist()


def test_backup_settings_are_saved(qtbot, ui_office, tmp_path, recorded) -> None:
    settings = Settings(ui_office.location.data_dir)
    dialog = BackupDialog(ui_office, settings)
    qtbot.addWidget(dialog)
    usb = tmp_path / "usb"
    usb.mkdir()
    messages.answers.append(str(usb))
    qtbot.mouseClick(dialog.choose, Qt.MouseButton.LeftButton)
    assert recorded[-1].kind == "folder" and dialog.folder.text() == str(usb)
    dialog.keep.setValue(3)
    dialog.buttons.accepted.emit()
    assert dialog.result() == BackupDialog.DialogCode.Accepted
    again = Settings(ui_office.location.data_dir)
    assert again.get("backup_dir") == str(usb) and again.get("backup_keep") == 3


def test_auto_backup_once_a_day_after_the_window_shows(
    qtbot, ui_office, tmp_path, monkeypatch, recorded
) -> None:
    monkeypatch.setattr(admin_tools, "AUTO_BACKUP_DELAY_MS", 10)
    monkeypatch.setattr(worker, "CURSOR_AFTER_MS", 0)  # a job the person asked for would
    monkeypatch.setattr(worker, "DIALOG_AFTER_MS", 0)  # show its progress dialog at once
    usb = tmp_path / "usb"
    usb.mkdir()
    for old in ("vanthu-20200101.zip", "vanthu-20200102.zip"):
        (usb / old).write_bytes(b"old")
    settings = Settings(ui_office.location.data_dir)
    settings.set("backup_dir", str(usb))
    settings.set("backup_keep", 2)
    add_incoming(ui_office)
    release = threading.Event()
    real_auto_backup = admin_tools.auto_backup

    def slow_auto_backup(*args: object, **kwargs: object) -> object:
        release.wait(5)
        return real_auto_backup(*args, **kwargs)

    monkeypatch.setattr(admin_tools, "auto_backup", slow_auto_backup)
    window, tools = _window(qtbot, ui_office)
    qtbot.waitUntil(lambda: tools.auto is not None, timeout=5000)
    qtbot.wait(100)  # the backup is running: the window stays usable
    assert tools.auto.dialog is None and QApplication.overrideCursor() is None
    release.set()
    qtbot.waitUntil(lambda: tools.auto.done, timeout=10000)
    today = usb / f"vanthu-{vn_today():%Y%m%d}.zip"
    assert today.exists()
    assert sorted(p.name for p in usb.iterdir()) == ["vanthu-20200102.zip", today.name]
    assert window.statusBar().currentMessage() == f"Đã sao lưu tự động vào {today}."
    assert recorded == []

    stamp = today.stat().st_mtime_ns
    op = tools.start_auto_backup()  # the same day again: nothing new
    qtbot.waitUntil(lambda: op.done, timeout=10000)
    assert today.stat().st_mtime_ns == stamp
    assert window.statusBar().currentMessage().startswith("Hôm nay đã có bản sao lưu tự động")


def test_auto_backup_explains_a_missing_usb_drive(qtbot, ui_office, tmp_path, recorded) -> None:
    settings = Settings(ui_office.location.data_dir)
    settings.set("backup_dir", str(tmp_path / "media" / "USB"))
    window, tools = _window(qtbot, ui_office)
    op = tools.start_auto_backup()
    assert op is not None
    qtbot.waitUntil(lambda: op.done, timeout=5000)
    assert recorded[-1].kind == "error"
    assert "cắm ổ vào" in recorded[-1].text
    assert not (tmp_path / "media").exists()


def test_no_folder_no_auto_backup(qtbot, ui_office) -> None:
    _window_, tools = _window(qtbot, ui_office)
    assert tools.start_auto_backup() is None


def test_check_data_runs_on_the_log_screen(qtbot, ui_office, recorded) -> None:
    add_incoming(ui_office)
    window, tools = _window(qtbot, ui_office)
    op = tools.check_data()
    assert isinstance(window.stack.currentWidget(), AuditPanel)
    assert op is not None
    qtbot.waitUntil(lambda: op.done, timeout=10000)
    assert recorded[-1].kind == "info" and recorded[-1].text.startswith("Dữ liệu toàn vẹn")


def test_ask_save_path_keeps_the_suffix(monkeypatch) -> None:
    messages.stop_recording()
    try:
        monkeypatch.setattr(
            choosers.QFileDialog,
            "getSaveFileName",
            staticmethod(lambda *a: (str(Path("/tmp/bao-cao")), "")),
        )
        assert choosers.ask_save_path(None, "Lưu", "bao-cao.pdf", "PDF (*.pdf)") == Path(
            "/tmp/bao-cao.pdf"
        )
    finally:
        messages.start_recording()
