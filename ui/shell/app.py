"""The Qt entry point: ``python -m desktop`` / ``make run`` call :func:`run`.

The only module of ``desktop/`` that imports Qt. It sets up the application (fonts that cover
Vietnamese on every machine, Qt's messages into logging, the crash dialog) and hands over to
``ui.shell.startup``.
"""

from __future__ import annotations

import logging
import sys

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from desktop.core.resources import fonts_dir

FONTS = fonts_dir()
UI_FONT_FILES = ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf", "NotoSerif-Regular.ttf")
UI_FONT_SIZE = 10


def setup_fonts(app: QApplication) -> str:
    """Load the bundled Noto fonts and make Noto Sans the application font."""
    family = ""
    for name in UI_FONT_FILES:
        font_id = QFontDatabase.addApplicationFont(str(FONTS / name))
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        if families and not family:
            family = families[0]
    if family:
        font = QFont(family, UI_FONT_SIZE)
        app.setFont(font)
    return family


def setup_application(app: QApplication) -> None:
    from ui.kit import errors, qt_log
    from ui.kit.icons import icon

    app.setApplicationName("VanThu")
    app.setApplicationDisplayName("VănThư")
    app.setOrganizationName("VanThu")
    qt_log.install()
    errors.install_excepthook()
    setup_fonts(app)
    app.setWindowIcon(icon("vanthu"))


def create_app(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv or sys.argv)
    setup_application(app)
    return app


def run() -> int:
    console = logging.StreamHandler()
    console.setLevel(logging.WARNING)  # the console says little; vanthu.log keeps the rest
    console.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    logging.getLogger().addHandler(console)
    app = create_app()
    from ui.shell.quit import leave
    from ui.shell.startup import start

    return leave(start(app))
