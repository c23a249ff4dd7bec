"""One place decides how an error is shown: the person's, the environment's, or a bug.

- ``UserError`` (and ``NotFound``, ``PermissionDenied``): the Vietnamese message as written.
- ``EnvironmentProblem`` / ``IntegrityProblem``: the message, what to do, details for the
  technician under "Chi tiết".
- anything else: a bug — logged with its traceback, shown as a crash dialog.

Everything is logged to ``vanthu.log`` in the data folder.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

from desktop.core.errors import EnvironmentProblem, IntegrityProblem, PermissionDenied, VanThuError
from ui.kit import messages

logger = logging.getLogger("vanthu.ui")


def setup_log_file(path: Path) -> logging.Handler:
    """Log to ``path`` (rotated), replacing an earlier log file handler of ours."""
    root = logging.getLogger("vanthu")
    for handler in list(root.handlers):
        if getattr(handler, "vanthu_file", False):
            root.removeHandler(handler)
            handler.close()
    path.parent.mkdir(parents=True, exist_ok=True)
    handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=2_000_000, backupCount=3, encoding="utf-8"
    )
    handler.vanthu_file = True  # type: ignore[attr-defined]
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    if root.level == logging.NOTSET or root.level > logging.INFO:
        root.setLevel(logging.INFO)
    return handler


def on_error(parent: QWidget | None, exc: BaseException) -> None:
    """Show an error the way its kind asks, and log it."""
    if isinstance(exc, PermissionDenied):
        logger.info("refused: %s", exc.message)
        messages.warning(
            parent, QCoreApplication.translate("errors", "Không có quyền"), exc.message, exc.details
        )
    elif isinstance(exc, EnvironmentProblem | IntegrityProblem):
        logger.warning("%s: %s | %s", type(exc).__name__, exc.message, exc.details)
        text = (
            exc.message
            + "\n\n"
            + QCoreApplication.translate(
                "errors",
                "Nếu lỗi còn lặp lại, hãy gửi tệp nhật ký vanthu.log trong thư mục dữ liệu cho "
                "cán bộ kỹ thuật.",
            )
        )
        messages.error(parent, QCoreApplication.translate("errors", "Có sự cố"), text, exc.details)
    elif isinstance(exc, VanThuError):
        logger.info("user error: %s", exc.message)
        messages.warning(
            parent,
            QCoreApplication.translate("errors", "Chưa thực hiện được"),
            exc.message,
            exc.details,
        )
    else:
        crash(parent, type(exc), exc, exc.__traceback__)


#: The exit code of a window that met a bug with nobody to see it (EX_SOFTWARE).
UNATTENDED_CRASH_EXIT = 70


def unattended() -> bool:
    """No screen and no test recording the dialogs: a bench child or a smoke test under
    ``QT_QPA_PLATFORM=offscreen``, where a modal crash dialog would wait forever."""
    return (QGuiApplication.platformName() in ("offscreen", "minimal")
            and not messages.is_recording())


def crash(
    parent: QWidget | None, kind: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> None:
    details = "".join(traceback.format_exception(kind, exc, tb))
    logger.error("uncaught exception\n%s", details)
    if unattended():
        # Nobody can close a dialog: say it on stderr (and in vanthu.log) and end non-zero, so
        # the parent (the bench, a smoke test) sees the failure instead of waiting forever.
        # Writes are atomic and the unit of work rolls back with the process.
        sys.stderr.write(details)
        logging.shutdown()
        sys.stderr.flush()
        os._exit(UNATTENDED_CRASH_EXIT)
    messages.error(
        parent,
        QCoreApplication.translate("errors", "Lỗi chương trình"),
        QCoreApplication.translate(
            "errors",
            "Chương trình gặp lỗi không lường trước. Công việc đang làm có thể chưa được lưu. "
            "Hãy gửi phần “Chi tiết” và tệp vanthu.log cho cán bộ kỹ thuật.",
        ),
        details,
    )


class _CrashRelay(QObject):
    """Carries an exception from any thread to the GUI thread before showing it."""

    raised = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.raised.connect(self._show)

    def _show(self, info: tuple[type[BaseException], BaseException, TracebackType | None]) -> None:
        app = QApplication.instance()
        parent = app.activeWindow() if isinstance(app, QApplication) else None
        crash(parent, *info)


_relay: _CrashRelay | None = None


def install_excepthook() -> None:
    """Uncaught exceptions become a crash dialog on the GUI thread (and a log entry)."""
    global _relay
    _relay = _CrashRelay()

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, exc, tb)
            return
        if _relay is not None:
            _relay.raised.emit((kind, exc, tb))

    sys.excepthook = hook
