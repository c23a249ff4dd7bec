"""The window on a clerk's screen (issue 14, 6): maximised on screens up to 1920 px, its
geometry remembered, Ctrl+1…9 for the panels, no dialog taller than the screen."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QVBoxLayout

from desktop.core.settings import Settings
from tests.ui.conftest import open_main_window
from ui.kit.screen_fit import install_screen_fitter
from ui.registers.incoming_form import IncomingDialog
from ui.shell.main_window import MainWindow
from ui.shell.screen import remember_geometry


def test_the_window_opens_maximised_and_saves_its_geometry_on_closing(qtbot, ui_office) -> None:
    window = open_main_window(qtbot, ui_office)
    assert window.screen().availableGeometry().width() <= 1920
    assert window.windowState() & Qt.WindowState.WindowMaximized
    assert window.statusBar().isVisible()
    window.close()
    saved = Settings(ui_office.location.data_dir)
    saved.load()
    assert saved.get("window_geometry")


def test_the_window_comes_back_where_it_was(qtbot, ui_office) -> None:
    first = MainWindow(ui_office)
    qtbot.addWidget(first)
    first.setWindowState(Qt.WindowState.WindowNoState)
    first.resize(700, 520)
    remember_geometry(first, first.settings)
    again = MainWindow(ui_office)
    qtbot.addWidget(again)
    assert (again.width(), again.height()) == (700, 520)
    assert not again.windowState() & Qt.WindowState.WindowMaximized


def test_ctrl_digits_switch_panels(qtbot, ui_office) -> None:
    window = open_main_window(qtbot, ui_office)
    for n in range(1, min(window.nav.count(), 9) + 1):
        qtbot.keyClick(window, getattr(Qt.Key, f"Key_{n}"), Qt.KeyboardModifier.ControlModifier)
        assert window.nav.currentRow() == n - 1
        assert window.stack.currentIndex() == n - 1
    assert "(Ctrl+2)" in window.nav.item(1).toolTip()


def test_the_navigation_fits_its_english_labels(qtbot, ui_office) -> None:
    from ui.kit.i18n import apply_language

    window = open_main_window(qtbot, ui_office)
    apply_language("en")
    metrics = window.nav.fontMetrics()
    for row in range(window.nav.count()):
        text = window.nav.item(row).text()
        assert metrics.horizontalAdvance(text) + window.nav.iconSize().width() + 24 \
            <= window.nav.width(), text


def test_no_dialog_is_taller_than_the_screen(qtbot, ui_office) -> None:
    install_screen_fitter()
    tall = QDialog()
    qtbot.addWidget(tall)
    QVBoxLayout(tall).addWidget(QLabel("Phiếu tiếp nhận"))
    tall.resize(760, 900)
    tall.show()
    area = tall.screen().availableGeometry()
    assert tall.height() <= area.height()
    form = IncomingDialog(ui_office)
    qtbot.addWidget(form)
    form.show()
    assert form.height() <= area.height()
    assert form.save_button.isVisible()
    assert form.save_button.mapTo(form, form.save_button.rect().bottomLeft()).y() <= form.height()
    QApplication.processEvents()
