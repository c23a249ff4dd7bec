"""The one way to run work off the GUI thread.

``run_in_background(parent, fn, label=…, on_success=…, on_failure=…)`` runs ``fn(token)`` on a
pool thread and calls the callbacks on the GUI thread. Every long job of the window goes
through it: import, reports, backups, exports, signing, OCR.

How the answer comes back (the rule that keeps the window from crashing):

- The pool thread owns no Qt object. It gets the work function and a :class:`CancelToken`
  (plain Python), runs the function, drops its own reference to it, and puts the outcome in a
  thread-safe queue; then it emits the ``wake`` signal of ONE long-lived hub living on the GUI
  thread (a queued connection).
- The GUI thread empties the queue and calls the continuation. The :class:`Operation` is a
  plain Python object of the GUI thread and keeps the work function until the outcome has
  arrived, so whatever the work captured (a panel, a dialog) is released on the GUI thread,
  never by the pool thread: a Qt object freed on another thread corrupts the process.

Lanes: ``"main"`` has one thread (database work is serialised there); ``"ocr"`` has one thread
of its own for the persistent OCR queue, which runs for minutes (its own pool of page readers
owns no Qt object either), so registrations never wait for it.

A busy cursor appears after 300 ms and a progress dialog with "Hủy" after 600 ms, unless
``quiet=True`` (work the person did not ask for, such as the automatic backup or OCR). The work
reports progress with ``token.progress(done, total)``; the dialog shows it and ``on_progress``
receives it. Cancelling sets ``token.cancelled`` (long work checks it) and, in any case, drops
the result. Failures go to ``on_failure`` or, by default, to :func:`ui.kit.errors.on_error`.
When the window closes, :func:`shutdown` cancels every job and joins its thread.
"""

from __future__ import annotations

import functools
import inspect
import logging
import queue
import threading
import traceback
import weakref
from collections.abc import Callable
from concurrent.futures import Future
from concurrent.futures import wait as wait_futures
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

from ui.kit.errors import on_error

# CancelToken, Progress and the lanes are part of this module's API (import them from here).
from ui.kit.pool import LANES, MAIN, PROGRESS, CancelToken, Job, Progress, executor, outbox
from ui.kit.pool import OCR as OCR

logger = logging.getLogger("vanthu.ui")

CURSOR_AFTER_MS = 300
DIALOG_AFTER_MS = 600
JOIN_TIMEOUT_MS = 30_000


class Notice:
    """A GUI-thread signal for a plain Python object (``Operation.finished``): ``connect``,
    ``disconnect``, ``emit``. As with a Qt connection, a bound method does not keep its object
    alive, and a slot whose object is gone (or whose Qt object was deleted) is skipped."""

    def __init__(self) -> None:
        self._slots: list[Callable[[], Callable[..., object] | None]] = []

    @staticmethod
    def _ref(slot: Callable[..., object]) -> Callable[[], Callable[..., object] | None]:
        if inspect.ismethod(slot):
            return weakref.WeakMethod(slot)
        return lambda: slot

    def connect(self, slot: Callable[..., object]) -> None:
        self._slots.append(self._ref(slot))

    def disconnect(self, slot: Callable[..., object]) -> None:
        self._slots = [ref for ref in self._slots if ref() != slot]

    def emit(self, *args: object) -> None:
        for ref in list(self._slots):
            slot = ref()
            owner = getattr(slot, "__self__", None)
            if slot is None or (isinstance(owner, QObject) and not shiboken6.isValid(owner)):
                continue
            slot(*args)


# -- the GUI-thread side --------------------------------------------------------------------
class _Hub(QObject):
    """The one long-lived QObject of the mechanism, on the GUI thread. The pool threads emit
    ``wake`` (queued); the hub hands each outcome to its operation."""

    wake = Signal()

    def __init__(self, parent: QObject | None) -> None:
        super().__init__(parent)
        self.setObjectName("vanthu_worker_hub")
        self.operations: dict[int, Operation] = {}
        self.next_id = 0
        self.wake.connect(self.deliver, Qt.ConnectionType.QueuedConnection)

    def deliver(self) -> None:
        """Hand every outcome waiting in the outbox to its operation (GUI thread)."""
        while True:
            try:
                job_id, kind, payload = outbox.items.get_nowait()
            except queue.Empty:
                return
            op = self.operations.get(job_id)
            if op is None:
                continue
            try:
                if kind == PROGRESS:
                    op._progressed(payload)
                else:
                    del self.operations[job_id]
                    op._answered(payload)
            except BaseException:
                # A callback raised (it goes on to the excepthook): deliver the rest later.
                if not outbox.items.empty():
                    outbox.wake()
                raise

    def settle(self, op: Operation) -> None:
        """Answer ``op`` now if its thread has finished (its outbox entry may still be on its
        way: the future's waiters wake before its callbacks run)."""
        if op.future is not None and op.future.done() and self.operations.get(op.job_id) is op:
            del self.operations[op.job_id]
            op._answered(op.future)


_hub: _Hub | None = None


def hub() -> _Hub:
    """The hub, made on first use on the GUI thread and kept for the application's life."""
    global _hub
    if _hub is None or not shiboken6.isValid(_hub):
        app = QCoreApplication.instance()
        if app is None:
            raise RuntimeError("ui.kit.worker needs a QApplication")
        if threading.current_thread() is not threading.main_thread():
            raise RuntimeError("ui.kit.worker is used from the GUI thread only")
        _hub = _Hub(app)
        outbox.wake = _hub.wake.emit
    return _hub


class Operation:
    """A background call seen from the GUI thread: ``done`` once it answered or was
    cancelled, ``cancel()``, ``token``, ``dialog`` (the progress dialog, if shown),
    ``finished`` (a :class:`Notice` emitted once when done)."""

    def __init__(
        self,
        parent: QWidget | None,
        fn: Callable[[CancelToken], Any],
        label: str,
        on_success: Callable[[Any], None] | None,
        on_failure: Callable[[BaseException], None] | None,
        *,
        quiet: bool = False,
        on_progress: Callable[[Progress], None] | None = None,
        lane: str = MAIN,
    ) -> None:
        if lane not in LANES:
            raise ValueError(f"unknown lane {lane!r}")
        self.parent_widget = parent
        self.fn: Callable[[CancelToken], Any] | None = fn
        self.label = label
        self.on_success = on_success
        self.on_failure = on_failure
        self.on_progress = on_progress
        self.quiet = quiet
        self.lane = lane
        self.job_id = -1
        self.token = CancelToken()
        self.done = False
        self.finished = Notice()
        self.dialog: QProgressDialog | None = None
        self.future: Future[None] | None = None
        self._cursor = False

    # -- life ---------------------------------------------------------------------------
    def start(self) -> Operation:
        center = hub()
        self.job_id = center.next_id
        center.next_id += 1
        center.operations[self.job_id] = self
        assert self.fn is not None
        self.token._report = functools.partial(outbox.progress, self.job_id)
        self.future = executor(self.lane).submit(Job(self.fn, self.token))
        self.future.add_done_callback(functools.partial(outbox.answered, self.job_id))
        if not self.quiet:
            # Lambdas, not bound methods: PySide keeps a lambda alive until the timer fires,
            # but holds a bound method of a plain object only weakly.
            QTimer.singleShot(CURSOR_AFTER_MS, center, lambda: self._show_cursor())
            QTimer.singleShot(DIALOG_AFTER_MS, center, lambda: self._show_dialog())
        return self

    @property
    def running(self) -> bool:
        """The pool thread has not answered yet (true a while after a cancel, too)."""
        return self.job_id in hub().operations

    def cancel(self) -> None:
        self.token.cancel()
        self._finish()

    def wait(self, timeout_ms: int = JOIN_TIMEOUT_MS) -> bool:
        """Join the job's thread (up to ``timeout_ms``) and deliver its answer. True when the
        job has answered."""
        if self.future is not None:
            wait_futures([self.future], timeout=timeout_ms / 1000)
        center = hub()
        center.deliver()
        center.settle(self)
        return not self.running

    # -- the busy cursor and the progress dialog ------------------------------------------
    def _show_cursor(self) -> None:
        if not self.done:
            QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
            self._cursor = True

    def _show_dialog(self) -> None:
        if self.done:
            return
        parent = self.parent_widget if _alive(self.parent_widget) else None
        dialog = QProgressDialog(
            self.label, QCoreApplication.translate("worker", "Hủy"), 0, 0, parent
        )
        dialog.setWindowTitle(QCoreApplication.translate("worker", "Đang làm việc"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.canceled.connect(self.cancel)
        dialog.show()
        self.dialog = dialog

    def _progressed(self, progress: Progress) -> None:
        if self.done:
            return
        dialog = self.dialog
        if dialog is not None and shiboken6.isValid(dialog):
            if progress.total > 0:
                dialog.setMaximum(progress.total)
                dialog.setValue(min(progress.done, progress.total))
            if progress.text:
                dialog.setLabelText(f"{self.label}\n{progress.text}")
        if self.on_progress is not None:
            self.on_progress(progress)

    def _finish(self) -> None:
        if self.done:
            return
        self.done = True
        if self._cursor:
            QApplication.restoreOverrideCursor()
            self._cursor = False
        dialog, self.dialog = self.dialog, None
        if dialog is not None and shiboken6.isValid(dialog):
            dialog.canceled.disconnect(self.cancel)
            dialog.close()
            dialog.deleteLater()
        self.finished.emit()

    def _answered(self, future: Future[Any]) -> None:
        """The pool thread's answer (GUI thread). A cancelled job's answer is dropped."""
        self.fn = None  # the work and what it captured are released here, on the GUI thread
        exc = future.exception()
        try:
            if self.done:
                return
            self._finish()
            if exc is None:
                if self.on_success is not None:
                    self.on_success(future.result())
            elif self.on_failure is not None:
                self.on_failure(exc)
            else:
                on_error(self.parent_widget if _alive(self.parent_widget) else None, exc)
        finally:
            if exc is not None and exc.__traceback__ is not None:
                # Let the frames go now, on the GUI thread: they hold what the work held.
                traceback.clear_frames(exc.__traceback__)


def _alive(widget: QWidget | None) -> bool:
    return widget is not None and shiboken6.isValid(widget)


# -- the public API -------------------------------------------------------------------------
def run_in_background(
    parent: QWidget | None,
    fn: Callable[[CancelToken], Any],
    *,
    label: str,
    on_success: Callable[[Any], None] | None = None,
    on_failure: Callable[[BaseException], None] | None = None,
    quiet: bool = False,
    on_progress: Callable[[Progress], None] | None = None,
    lane: str = MAIN,
) -> Operation:
    """Run ``fn(token)`` on a pool thread; the callbacks run on the GUI thread. ``quiet``: no
    busy cursor and no progress dialog. ``lane``: :data:`MAIN` (serialised) or :data:`OCR`."""
    op = Operation(
        parent, fn, label, on_success, on_failure, quiet=quiet, on_progress=on_progress, lane=lane
    )
    return op.start()


def run_for(
    widget: QWidget,
    fn: Callable[[CancelToken], Any],
    *,
    label: str,
    on_success: Callable[[Any], None],
    on_failure: Callable[[BaseException], None] | None = None,
    quiet: bool = False,
    on_progress: Callable[[Progress], None] | None = None,
    lane: str = MAIN,
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

    def progressed(progress: Progress) -> None:
        if on_progress is not None and shiboken6.isValid(widget):
            on_progress(progress)

    return run_in_background(
        widget,
        fn,
        label=label,
        on_success=succeeded,
        on_failure=failed,
        quiet=quiet,
        on_progress=progressed if on_progress is not None else None,
        lane=lane,
    )


def operations() -> list[Operation]:
    """The operations whose pool thread has not answered yet."""
    return list(_hub.operations.values()) if _hub is not None and shiboken6.isValid(_hub) else []


def busy() -> bool:
    """Work the person asked for is still running (quiet work does not count)."""
    return any(not op.done and not op.quiet for op in operations())


def wait_all(timeout_ms: int = JOIN_TIMEOUT_MS) -> bool:
    """Wait for the running jobs' threads and deliver their answers (tests, closing the
    window). True when every job has answered."""
    ops = operations()
    wait_futures([op.future for op in ops if op.future is not None], timeout=timeout_ms / 1000)
    if _hub is not None and shiboken6.isValid(_hub):
        _hub.deliver()
        for op in ops:
            _hub.settle(op)
    return not operations()


def shutdown(timeout_ms: int = JOIN_TIMEOUT_MS) -> bool:
    """Cancel every job and join its thread (the window is closing). Jobs that cannot stop
    (a backup half written) are waited for up to ``timeout_ms``."""
    for op in operations():
        op.cancel()
    finished = wait_all(timeout_ms)
    if not finished:
        logger.warning("background work still running after %s ms", timeout_ms)
    return finished
