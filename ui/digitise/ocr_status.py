"""OCR in the background while the window is open, and what is left of it in the status bar.

The OCR queue is persistent (``desktop.digitise.ocr_queue``): this only drives it. It runs on a thread of
its own, not on the single worker of ``ui.kit.worker``: OCR takes minutes and its jobs are claimed
in short transactions of their own, so registrations (and other work) never wait for it. It uses
at most the machine's cores (the "ocr_workers" setting, 0 = all) and stops at once, through its
stop event, when the window closes; jobs cut short go back to the queue.
"""

from __future__ import annotations

import logging
import os
import threading

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QMainWindow, QWidget

from desktop.core.errors import VanThuError
from desktop.core.settings import Settings
from desktop.digitise import ocr_queue
from desktop.digitise.ocr_queue import QueueStatus
from desktop.kernel.office import Office
from ui.kit.panels import register_window_hook

logger = logging.getLogger("vanthu.ui")

POLL_MS = 4000  # how often to look for new work
START_DELAY_MS = 1500  # let the window appear before OCR takes the cores
STOP_WAIT_S = 15.0


class OcrStatus(QObject):
    """Owns the OCR thread of one window and its status-bar label."""

    changed = Signal(object)  # QueueStatus, from any thread

    def __init__(self, office: Office, window: QWidget, label: QLabel) -> None:
        super().__init__(window)
        self.office = office
        self.window = window
        self.label = label
        self.stop_event = threading.Event()
        self.thread: threading.Thread | None = None
        self.closed = False
        self.changed.connect(self.show_status, Qt.ConnectionType.QueuedConnection)
        self.timer = QTimer(self, interval=POLL_MS)
        self.timer.timeout.connect(self.poll)
        self.label.setVisible(False)
        window.installEventFilter(self)
        self.poll(start=False)
        self.timer.start()
        QTimer.singleShot(START_DELAY_MS, self, self.poll)

    def workers(self) -> int:
        cores = os.cpu_count() or 1
        try:
            wanted = int(Settings(self.office.location.data_dir).get("ocr_workers"))
        except (OSError, ValueError):
            wanted = 0
        return min(wanted, cores) if wanted > 0 else cores

    # -- the status ------------------------------------------------------------------------
    def show_status(self, status: QueueStatus) -> None:
        if self.closed:
            return
        left = status.waiting + status.running
        self.label.setVisible(left > 0)
        self.label.setText(self.tr("Nhận dạng chữ: còn {count} bản quét").format(count=left))
        self.label.setToolTip(
            self.tr(
                "Chữ trong bản quét đang được nhận dạng để tìm kiếm được; việc đăng ký văn bản "
                "không phải chờ."
            )
        )

    def poll(self, start: bool = True) -> None:
        """Show what waits; start the OCR thread when there is work and none is running."""
        if self.closed:
            return
        try:
            status = ocr_queue.status(self.office)
        except VanThuError as exc:
            logger.warning("OCR queue status unavailable: %s", exc.message)
            return
        self.show_status(status)
        if start and status.waiting and not self.running():
            self.start()

    def running(self) -> bool:
        return self.thread is not None and self.thread.is_alive()

    # -- the thread ------------------------------------------------------------------------
    def start(self) -> None:
        self.stop_event = threading.Event()
        office, stop, workers, changed = self.office, self.stop_event, self.workers(), self.changed

        def work() -> None:
            try:
                final = ocr_queue.run(office, workers, stop=stop, progress=changed.emit)
            except Exception:  # noqa: BLE001 - the queue keeps its state; try again later
                logger.exception("OCR queue stopped by an error")
                return
            if not stop.is_set():
                changed.emit(final)

        self.thread = threading.Thread(target=work, name="ocr-queue", daemon=True)
        self.thread.start()

    def stop(self) -> None:
        """Stop the OCR thread (jobs cut short go back to the queue) and wait for it."""
        self.closed = True
        self.timer.stop()
        self.stop_event.set()
        if self.thread is not None:
            self.thread.join(STOP_WAIT_S)
            if self.thread.is_alive():
                logger.warning("OCR thread still running after %s s", STOP_WAIT_S)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Close:
            # The window may refuse to close (work still running): decide once it has.
            QTimer.singleShot(0, self, self._after_close)
        return False

    def _after_close(self) -> None:
        if not self.window.isVisible():
            self.stop()


def _install(window: QWidget) -> None:
    office = getattr(window, "office", None)
    if not isinstance(window, QMainWindow) or not isinstance(office, Office):
        return
    label = QLabel()
    label.setObjectName("ocr_status")
    window.statusBar().addPermanentWidget(label)
    status = OcrStatus(office, window, label)
    window.ocr_status = status  # type: ignore[attr-defined]
    window.destroyed.connect(lambda *_args: status.stop_event.set())


register_window_hook(_install)
