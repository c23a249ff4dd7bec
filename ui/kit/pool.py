"""The pool-thread side of the background mechanism (``ui.kit.worker`` is the GUI side).

Nothing here imports Qt: a pool thread holds the work, its :class:`CancelToken` and the
:class:`Outbox` it answers through, and never a Qt object (a test keeps Qt out of this module).
The executor's future keeps the result or the exception; the outbox carries progress and the
finished futures to the GUI thread, whose hub the outbox wakes.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

MAIN = "main"
OCR = "ocr"
# Threads per lane. One writer: database work never runs in parallel on the main lane.
LANES = {MAIN: 1, OCR: 1}


@dataclass(frozen=True)
class Progress:
    """How far a job is: ``done`` of ``total`` steps (``total`` 0: unknown), a line of text,
    and any value the job wants its ``on_progress`` to have (the OCR queue's counts)."""

    done: int = 0
    total: int = 0
    text: str = ""
    value: Any = None


class CancelToken:
    """What the work gets: whether it was cancelled, and a way to report progress. Plain
    Python, safe from any thread."""

    def __init__(self) -> None:
        self._event = threading.Event()
        # Set by Operation.start: it knows only the job's number and the outbox, never the
        # Operation (the pool thread must hold nothing of the GUI thread).
        self._report: Callable[[Progress], None] | None = None

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    @property
    def event(self) -> threading.Event:
        """The event that is set on cancel (for services that take a ``stop`` event)."""
        return self._event

    def progress(self, done: int = 0, total: int = 0, *, text: str = "", value: Any = None) -> None:
        """Called by the work, on its thread: the GUI thread hears of it soon after."""
        if self._report is not None and not self.cancelled:
            self._report(Progress(done, total, text, value))


PROGRESS, ANSWERED = "progress", "answered"


class Outbox:
    """What the pool threads tell the GUI thread, in order: progress, and the finished futures."""

    def __init__(self) -> None:
        self.items: queue.SimpleQueue[tuple[int, str, Any]] = queue.SimpleQueue()
        self.wake: Callable[[], None] = lambda: None

    def put(self, job_id: int, kind: str, payload: Any) -> None:
        self.items.put((job_id, kind, payload))
        self.wake()

    def progress(self, job_id: int, progress: Progress) -> None:
        self.put(job_id, PROGRESS, progress)

    def answered(self, job_id: int, future: Future[Any]) -> None:
        self.put(job_id, ANSWERED, future)


outbox = Outbox()


class Job:
    """What a pool thread holds: the work and its token; no Qt object. The executor's future
    keeps the result or the exception (any exception: the pool catches it for us)."""

    def __init__(self, fn: Callable[[CancelToken], Any], token: CancelToken) -> None:
        self.fn: Callable[[CancelToken], Any] | None = fn
        self.token = token

    def __call__(self) -> Any:
        fn, self.fn = self.fn, None
        assert fn is not None
        try:
            return fn(self.token)
        finally:
            # The Operation (GUI thread) keeps its own reference to ``fn`` until the answer is
            # in: dropping this one here never frees what the work captured.
            del fn


_executors: dict[str, ThreadPoolExecutor] = {}
_executors_lock = threading.Lock()


def executor(lane: str) -> ThreadPoolExecutor:
    with _executors_lock:
        pool = _executors.get(lane)
        if pool is None:
            pool = ThreadPoolExecutor(max_workers=LANES[lane], thread_name_prefix=f"vanthu-{lane}")
            _executors[lane] = pool
        return pool
