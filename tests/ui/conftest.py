"""GUI tests: offscreen, strict (Qt warnings fail the test, as in qutebrowser), never hanging
on a dialog (message boxes are recorded), real offices in temp folders."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import logging  # noqa: E402
from collections.abc import Iterator  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any, TypeVar  # noqa: E402

import pytest  # noqa: E402

from desktop.core.clock import vn_today
from tests.conftest import ORG  # noqa: E402

# Qt messages that say nothing about our code (the offscreen platform's own remarks).
IGNORED_QT = (
    "This plugin does not support propagateSizeHints",
    "This plugin does not support raise",
    "This plugin does not support grabbing the keyboard",
    "QFont::setPointSize: Point size <= 0",
)
HERE = Path(__file__).resolve().parent
T = TypeVar("T")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if HERE in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.gui)
            # Our handler (ui.kit.qt_log) replaces pytest-qt's capture for these tests.
            item.add_marker(pytest.mark.no_qt_log)


class _QtWarnings(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        message = record.getMessage()
        if not any(text in message for text in IGNORED_QT):
            self.records.append(record)


@pytest.fixture(autouse=True)
def strict_qt(qapp: object) -> Iterator[None]:
    """Route Qt's messages through ui.kit.qt_log and fail the test on any warning."""
    from PySide6.QtCore import qInstallMessageHandler

    from desktop.core import i18n as core_i18n
    from ui.kit import messages, qt_log
    from ui.kit.i18n import apply_language

    qt_log.install()
    handler = _QtWarnings()
    qt_logger = logging.getLogger("vanthu.qt")
    qt_logger.addHandler(handler)
    messages.start_recording()
    os.environ["VANTHU_CONFIG"] = str(Path(os.environ.get("TMPDIR", "/tmp")) / "vanthu-ui-cfg")
    try:
        yield
    finally:
        from ui.kit import worker

        worker.wait_all()
        # The widgets pytest-qt closed were only scheduled for deletion (deleteLater needs an
        # event loop, and a test runs none unless it waits): delete them now. Left alive, every
        # closed page of earlier tests — its office closed — took each later test's language
        # change and retranslated itself; one such page crashed the suite in 2 runs of 5.
        from PySide6.QtCore import QCoreApplication, QEvent

        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        messages.stop_recording()
        apply_language("vi")
        core_i18n.set_language(None)
        qt_logger.removeHandler(handler)
        qInstallMessageHandler(None)
        for stale in list(logging.getLogger("vanthu").handlers):
            if getattr(stale, "vanthu_file", False):  # a log file a test opened
                logging.getLogger("vanthu").removeHandler(stale)
                stale.close()
    if handler.records:
        pytest.fail("Qt warnings:\n" + "\n".join(r.getMessage() for r in handler.records))


@pytest.fixture(scope="session")
def qapp_args() -> list[str]:
    return ["vanthu-tests"]


@pytest.fixture(scope="session", autouse=True)
def app_fonts(qapp: object) -> None:
    from ui.shell.app import setup_fonts

    setup_fonts(qapp)  # type: ignore[arg-type]


@pytest.fixture
def ui_office(tmp_path: Path) -> Iterator[object]:
    """An initialised office without accounts (runs as the system actor: every role)."""
    from desktop.accounts.organisation import OrgProfile, initialise
    from desktop.kernel.office import Office

    office = Office.open(tmp_path / "data")
    initialise(office, OrgProfile(*ORG), None)
    office.sign_in(None, None)
    yield office
    office.close()


@pytest.fixture
def recorded() -> list[object]:
    from ui.kit import messages

    return messages.recorded


FONT = Path(__file__).resolve().parents[2] / "resources" / "fonts" / "NotoSerif-Regular.ttf"


def make_pdf(path: Path, text: str = "QUYẾT ĐỊNH về việc giao chỉ tiêu năm 2026") -> Path:
    """A real one-page PDF with Vietnamese text (fpdf2, Noto Serif)."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_font("NotoSerif", fname=str(FONT))
    pdf.add_page()
    pdf.set_font("NotoSerif", size=14)
    pdf.multi_cell(0, 10, text)
    path.parent.mkdir(parents=True, exist_ok=True)
    pdf.output(str(path))
    return path


def add_incoming(office: object, **changes: object) -> object:
    """Register an incoming document through the service (arrange step of a test)."""

    from desktop.registers.registry import IncomingInput, register_incoming

    today = vn_today()
    values: dict[str, object] = dict(
        received=today,
        organ_name="UBND huyện Bình Sơn",
        symbol="101/QĐ-UBND",
        issued=today,
        type_name="Quyết định",
        subject="Về việc giao chỉ tiêu kế hoạch năm 2026",
        recipients="Văn phòng",
    )
    values.update(changes)
    return register_incoming(office, IncomingInput(**values))  # type: ignore[arg-type]


def type_text(qtbot: object, widget: object, text: str) -> None:
    """``qtbot.keyClicks`` for Vietnamese: QTest maps only ASCII characters to keys (it asserts
    on others), so letters with diacritics are sent as key events carrying their text, the way
    an input method delivers them."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    for ch in text:
        if ch.isascii():
            qtbot.keyClicks(widget, ch)  # type: ignore[attr-defined]
        else:
            QTest.sendKeyEvent(
                QTest.KeyAction.Click,
                widget,
                Qt.Key.Key_unknown,
                ch,
                Qt.KeyboardModifier.NoModifier,
            )


def show_active(qtbot: object, widget: T) -> T:
    """Show a top-level widget and wait until it is exposed and the active window, so key
    clicks reach it (a test of keyboard use fails for the wrong reason otherwise)."""
    qtbot.addWidget(widget)  # type: ignore[attr-defined]
    widget.show()  # type: ignore[attr-defined]
    qtbot.waitExposed(widget)  # type: ignore[attr-defined]
    widget.activateWindow()  # type: ignore[attr-defined]
    qtbot.waitUntil(widget.isActiveWindow, timeout=2000)  # type: ignore[attr-defined]
    return widget


def open_main_window(qtbot: object, office: object) -> Any:
    """The main window on ``office``, shown and active (``show_active``)."""
    from ui.shell.main_window import MainWindow

    return show_active(qtbot, MainWindow(office))  # type: ignore[arg-type]
