"""OCR in the background while the window is open, and what is left of it in the status bar.

The OCR queue is persistent (``desktop.digitise.ocr_queue``): this only drives it, through the
one background mechanism (``ui.kit.worker``), as a quiet job on the worker's OCR lane: OCR
takes minutes and its jobs are claimed in short transactions of their own, so registrations
(and other work, on the main lane) never wait for it. The queue uses at most the machine's
cores (the "ocr_workers" setting, 0 = all); its page readers own no Qt object. When the window
closes, the worker cancels the job (the queue's stop event is the job's cancel token) and joins
it; jobs cut short go back to the queue.
"""

from __future__ import annotations

import logging
import os
import threading

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QLabel, QWidget

from desktop.core.errors import VanThuError
from desktop.core.settings import Settings
from desktop.digitise import ocr_queue
from desktop.digitise.ocr_queue import QueueStatus
from desktop.kernel.office import Office
from ui.kit import worker
from ui.kit.host import WindowHost
from ui.kit.worker import CancelToken, Operation, Progress

logger = logging.getLogger("vanthu.ui")

POLL_MS = 4000  # how often to look for new work
START_DELAY_MS = 1500  # let the window appear before OCR takes the cores
STOP_WAIT_MS = 15_000


class OcrStatus(QObject):
    """Drives the OCR queue of one window and shows what is left in its status-bar label."""

    def __init__(self, office: Office, window: QWidget, label: QLabel) -> None:
        super().__init__(window)
        self.office = office
        self.window = window
        self.label = label
        self.operation: Operation | None = None
        self.closed = False
        self.timer = QTimer(self, interval=POLL_MS)
        self.timer.timeout.connect(self.poll)
        self.label.setVisible(False)
        window.installEventFilter(self)
        self.poll(start=False)
        self.timer.start()
        QTimer.singleShot(START_DELAY_MS, self, lambda: self.poll())

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
        self.label.setText(self.tr("Nhận dạng chữ: còn {count} bản quét", "", left).format(
            count=left))
        self.label.setToolTip(
            self.tr(
                "Chữ trong bản quét đang được nhận dạng để tìm kiếm được; việc đăng ký văn bản "
                "không phải chờ."
            )
        )

    def poll(self, start: bool = True) -> None:
        """Show what waits; start the OCR job when there is work, none is running and the
        window is open."""
        if self.closed:
            return
        try:
            status = ocr_queue.status(self.office)
        except VanThuError as exc:
            logger.warning("OCR queue status unavailable: %s", exc.message)
            return
        self.show_status(status)
        if start and status.waiting and not self.running() and self.window.isVisible():
            self.start()

    def running(self) -> bool:
        """The OCR job has not answered yet (it may be stopping)."""
        return self.operation is not None and self.operation.running

    @property
    def stop_event(self) -> threading.Event:
        """The queue's stop event: the cancel token of the current OCR job."""
        if self.operation is None:
            stopped = threading.Event()
            stopped.set()
            return stopped
        return self.operation.token.event

    # -- the job ---------------------------------------------------------------------------
    def start(self) -> Operation:
        office, workers = self.office, self.workers()

        def work(token: CancelToken) -> QueueStatus:
            def progress(status: QueueStatus) -> None:
                token.progress(status.done, status.done + status.waiting, value=status)

            return ocr_queue.run(office, workers, stop=token.event, progress=progress)

        self.operation = worker.run_in_background(
            self.window,
            work,
            label=self.tr("Đang nhận dạng chữ trong bản quét…"),
            on_success=self.show_status,
            on_failure=self._failed,
            on_progress=self._progressed,
            quiet=True,
            lane=worker.OCR,
        )
        # Should the window go without closing, its end still stops the queue.
        self.window.destroyed.connect(self.operation.token.cancel)
        return self.operation

    def _progressed(self, progress: Progress) -> None:
        if isinstance(progress.value, QueueStatus):
            self.show_status(progress.value)

    def _failed(self, exc: BaseException) -> None:
        # The queue keeps its state: the next poll tries again.
        logger.error("OCR queue stopped by an error", exc_info=exc)

    def stop(self) -> None:
        """Stop polling, cancel the OCR job (jobs cut short go back to the queue) and wait."""
        self.closed = True
        self.timer.stop()
        op = self.operation
        if op is not None:
            op.cancel()
            if not op.wait(STOP_WAIT_MS):
                logger.warning("OCR job still running after %s ms", STOP_WAIT_MS)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Close:
            # The window may refuse to close (work still running): decide once it has.
            QTimer.singleShot(0, self, lambda: self._after_close())
        return False

    def _after_close(self) -> None:
        if not self.window.isVisible():
            self.stop()


def install_ocr_status(host: WindowHost) -> None:
    """The window hook: the OCR queue's field in the status bar, and the queue's job."""
    label = QLabel()
    label.setObjectName("ocr_status")
    host.status_bar().addPermanentWidget(label)
    window = host.main_window()
    window.ocr_status = OcrStatus(host.office, window, label)  # type: ignore[attr-defined]
