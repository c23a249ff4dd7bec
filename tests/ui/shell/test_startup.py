"""First run (the wizard), the login, settings and the English interface."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from desktop.accounts.organisation import is_initialised, profile
from desktop.core.settings import Settings
from desktop.kernel.office import Office
from desktop.shell.services import Direction, office_has_accounts
from tests.ui.conftest import type_text
from ui.kit.i18n import TRANSLATIONS, apply_language
from ui.shell.login import LoginDialog
from ui.shell.main_window import MainWindow
from ui.shell.settings_dialog import SettingsDialog
from ui.shell.wizard import SetupWizard


def _next(qtbot, wizard: QWizard) -> None:
    wizard.button(QWizard.WizardButton.NextButton).click()


def test_wizard_creates_the_office(qtbot, tmp_path: Path) -> None:
    office = Office.open(tmp_path / "data")
    wizard = SetupWizard(office)
    qtbot.addWidget(wizard)
    wizard.show()
    chosen = tmp_path / "du-lieu-van-thu"
    wizard.data_page.folder.setText(str(chosen))
    _next(qtbot, wizard)
    page = wizard.org_page
    type_text(qtbot, page.name, "Ủy ban nhân dân xã Bình Phú")
    page.short.clear()
    type_text(qtbot, page.short, "UBND X")  # a space is refused by the service
    type_text(qtbot, page.place, "Bình Phú")
    type_text(qtbot, page.code, "000.00.01.H56")
    _next(qtbot, wizard)
    assert wizard.currentPage() is page
    assert any("dấu cách" in m for m in page.errors.shown())
    page.short.clear()
    type_text(qtbot, page.short, "UBND")
    _next(qtbot, wizard)
    admin = wizard.admin_page
    assert wizard.currentPage() is admin
    type_text(qtbot, admin.full_name, "Lê Thị Thu")
    type_text(qtbot, admin.password, "bi-mat-123")
    type_text(qtbot, admin.password2, "bi-mat-12")
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.isVisible()
    assert any("không giống" in m for m in admin.errors.shown())
    admin.password2.clear()
    type_text(qtbot, admin.password2, "bi-mat-123")
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.result() == QWizard.DialogCode.Accepted
    created = wizard.office
    try:
        assert created.location.data_dir == chosen.resolve()
        assert is_initialised(created)
        assert profile(created).short_name == "UBND"
        assert office_has_accounts(created)
        actor = created.sign_in("quantri", "bi-mat-123")
        assert actor.full_name == "Lê Thị Thu"
    finally:
        created.close()


def test_login_refuses_then_accepts(qtbot, ui_office) -> None:
    from desktop.accounts.users import add_user
    from desktop.kernel.auth import Role

    add_user(ui_office, "vanthu", "mat-khau-1", [Role.CLERK], "Phạm Văn Thư")
    dialog = LoginDialog(ui_office, "UBND xã Bình Phú")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.username, "vanthu")
    qtbot.keyClicks(dialog.password, "sai")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.isVisible() and "Sai tên đăng nhập" in dialog.message.text()
    qtbot.keyClicks(dialog.password, "mat-khau-1")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.result() == LoginDialog.DialogCode.Accepted
    assert ui_office.actor.username == "vanthu"


def test_switching_to_english_retranslates_live(qtbot, ui_office) -> None:
    assert (TRANSLATIONS / "vanthu_en.qm").exists(), "make install builds the catalogue"
    window = MainWindow(ui_office)
    qtbot.addWidget(window)
    window.show()
    panel = window.register_panel(Direction.INCOMING)
    assert window.nav.item(0).text() == "Văn bản đến"
    assert window.menu_file.title() == "&Tệp"
    dialog = SettingsDialog(window.settings, ui_office, window)
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.accept()
    assert Settings(ui_office.location.data_dir).get("language") == "en"
    qtbot.waitUntil(lambda: window.nav.item(0).text() == "Incoming documents", timeout=2000)
    assert window.menu_file.title() == "&File"
    assert panel.model.headerData(0, Qt.Orientation.Horizontal) == "Date received"
    assert panel.status.itemText(0) == "All statuses"
    assert "Rows shown: 0 · Documents in all: 0" in window.counts.text()
    apply_language("vi")
    qtbot.waitUntil(lambda: window.nav.item(0).text() == "Văn bản đến", timeout=2000)


def test_startup_opens_the_remembered_folder_without_login(qtbot, tmp_path, monkeypatch) -> None:
    from desktop.accounts.organisation import OrgProfile, initialise
    from desktop.shell.services import remember_data_dir
    from ui.shell import startup

    monkeypatch.delenv("VANTHU_DATA", raising=False)
    monkeypatch.setenv("VANTHU_CONFIG", str(tmp_path / "config"))
    data = tmp_path / "van-thu"
    created = Office.open(data)
    initialise(created, OrgProfile("UBND xã Bình Phú", "UBND", "Bình Phú"), None)
    created.close()
    remember_data_dir(data)
    office = startup.open_office()
    assert office is not None
    try:
        assert office.location.data_dir == data.resolve()
        assert (data / "vanthu.log").exists()
        prepared = startup.prepare(office)  # initialised, no accounts: no dialog at all
        assert prepared is office and office.actor.username == "he-thong"
    finally:
        office.close()
