"""The one way to run work off the GUI thread.

``run_in_background(parent, fn, on_success=…, on_failure=…)`` runs ``fn(token)`` on a single
worker thread (database writes are serialised there), posts the result back to the GUI thread
by a signal, and calls the callbacks there. A busy cursor appears after 300 ms, a progress
dialog with "Hủy" after 600 ms. Cancelling sets ``token.cancelled`` (long work checks it) and,
in any case, drops the result. Failures go to ``on_failure`` or, by default, to
:func:`ui.kit.errors.on_error`.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

from ui.kit.errors import on_error

CURSOR_AFTER_MS = 300
DIALOG_AFTER_MS = 600


class CancelToken:
    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()


class _Signals(QObject):
    succeeded = Signal(object)
    failed = Signal(object)


class _Task(QRunnable):
    def __init__(
        self, fn: Callable[[CancelToken], Any], token: CancelToken, signals: _Signals
    ) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self.fn = fn
        self.token = token
        self.signals = signals

    def run(self) -> None:
        try:
            result = self.fn(self.token)
        except BaseException as exc:  # noqa: BLE001 - every failure goes back to the GUI thread
            self.signals.failed.emit(exc)
        else:
            self.signals.succeeded.emit(result)


_pool: QThreadPool | None = None
running: set[Operation] = set()


def pool() -> QThreadPool:
    global _pool
    if _pool is None:
        _pool = QThreadPool()
        _pool.setMaxThreadCount(1)  # one writer: database work never runs in parallel
    return _pool


class Operation(QObject):
    """A background call, living on the GUI thread; its slots receive the result."""

    finished = Signal()

    def __init__(
        self,
        parent: QWidget | None,
        fn: Callable[[CancelToken], Any],
        label: str,
        on_success: Callable[[Any], None] | None,
        on_failure: Callable[[BaseException], None] | None,
    ) -> None:
        super().__init__()
        self.parent_widget = parent
        self.fn = fn
        self.label = label
        self.on_success = on_success
        self.on_failure = on_failure
        self.token = CancelToken()
        self.done = False
        self.dialog: QProgressDialog | None = None
        self._cursor = False
        self.signals = _Signals()
        self.signals.succeeded.connect(self._succeeded, Qt.ConnectionType.QueuedConnection)
        self.signals.failed.connect(self._failed, Qt.ConnectionType.QueuedConnection)
        self._cursor_timer = QTimer(self, singleShot=True, interval=CURSOR_AFTER_MS)
        self._cursor_timer.timeout.connect(self._show_cursor)
        self._dialog_timer = QTimer(self, singleShot=True, interval=DIALOG_AFTER_MS)
        self._dialog_timer.timeout.connect(self._show_dialog)

    def start(self) -> None:
        running.add(self)
        self._cursor_timer.start()
        self._dialog_timer.start()
        pool().start(_Task(self.fn, self.token, self.signals))

    def cancel(self) -> None:
        self.token.cancel()
        self._finish()

    def _show_cursor(self) -> None:
        if not self.done:
            QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
            self._cursor = True

    def _show_dialog(self) -> None:
        if self.done:
            return
        dialog = QProgressDialog(
            self.label, QCoreApplication.translate("worker", "Hủy"), 0, 0, self.parent_widget
        )
        dialog.setWindowTitle(QCoreApplication.translate("worker", "Đang làm việc"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.canceled.connect(self.cancel)
        dialog.show()
        self.dialog = dialog

    def _finish(self) -> None:
        if self.done:
            return
        self.done = True
        self._cursor_timer.stop()
        self._dialog_timer.stop()
        if self._cursor:
            QApplication.restoreOverrideCursor()
            self._cursor = False
        if self.dialog is not None:
            self.dialog.canceled.disconnect(self.cancel)
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None
        # Stay in ``running`` until the task has reported back (see _succeeded/_failed): the
        # operation and its signal object must outlive the worker thread's emit, so that they
        # are released on the GUI thread, never by the worker (a Qt object freed there crashes).
        self.finished.emit()

    def _succeeded(self, result: object) -> None:
        try:
            if self.done:  # cancelled: the result is dropped
                return
            self._finish()
            if self.on_success is not None:
                self.on_success(result)
        finally:
            running.discard(self)

    def _failed(self, exc: BaseException) -> None:
        try:
            if self.done:
                return
            self._finish()
            if self.on_failure is not None:
                self.on_failure(exc)
            else:
                on_error(self.parent_widget, exc)
        finally:
            running.discard(self)


def run_in_background(
    parent: QWidget | None,
    fn: Callable[[CancelToken], Any],
    *,
    label: str,
    on_success: Callable[[Any], None] | None = None,
    on_failure: Callable[[BaseException], None] | None = None,
) -> Operation:
    op = Operation(parent, fn, label, on_success, on_failure)
    op.start()
    return op


def wait_all(timeout_ms: int = 30_000) -> bool:
    """Let running operations finish (tests, and closing the window)."""
    pool().waitForDone(timeout_ms)
    QCoreApplication.processEvents()
    QCoreApplication.processEvents()
    return not running


def run_for(
    widget: QWidget,
    fn: Callable[[CancelToken], Any],
    *,
    label: str,
    on_success: Callable[[Any], None],
    on_failure: Callable[[BaseException], None] | None = None,
) -> Operation:
    """``run_in_background`` for a panel or dialog: the answer is dropped when the widget was
    deleted meanwhile (closed while the work ran), instead of reaching a dead widget."""

    def succeeded(result: Any) -> None:
        if shiboken6.isValid(widget):
            on_success(result)

    def failed(exc: BaseException) -> None:
        if on_failure is not None and shiboken6.isValid(widget):
            on_failure(exc)
        else:
            on_error(widget if shiboken6.isValid(widget) else None, exc)

    return run_in_background(widget, fn, label=label, on_success=succeeded, on_failure=failed)
