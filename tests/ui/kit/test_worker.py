"""The one background mechanism: answers on the GUI thread, nothing of the GUI freed on a pool
thread, progress, quiet work, lanes, and every job cancelled and joined when the window closes."""

from __future__ import annotations

import gc
import sys
import threading

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

from ui.kit import messages, worker
from ui.shell.main_window import MainWindow


class Witness:
    """Something the work captures; says on which thread it was freed."""

    freed_on: list[str] = []

    def __del__(self) -> None:
        Witness.freed_on.append(threading.current_thread().name)


def test_what_the_work_captured_is_freed_on_the_gui_thread(qtbot) -> None:
    Witness.freed_on.clear()
    answers: list[int] = []
    gui = threading.current_thread().name
    for i in range(300):
        witness = Witness()
        worker.run_in_background(
            None, lambda token, w=witness, i=i: i, label="…", on_success=answers.append
        )
        del witness  # the caller lets go at once, as a panel replacing self.last does
        if i % 10 == 0:
            qtbot.wait(0)
    assert worker.wait_all()
    gc.collect()
    assert sorted(answers) == list(range(300))
    assert Witness.freed_on == [gui] * 300


def test_many_short_jobs_let_go_at_once_all_answer(qtbot) -> None:
    answers: list[int] = []
    last = None
    for i in range(2000):
        last = worker.run_in_background(
            None, lambda token, i=i: i, label="…", on_success=answers.append
        )
        if i % 5 == 0:
            QCoreApplication.processEvents()
        if i % 500 == 0:
            gc.collect()
    assert last is not None
    qtbot.waitUntil(lambda: last.done, timeout=30_000)
    assert worker.wait_all()
    assert answers == list(range(2000))  # one lane, one thread: in order


def test_progress_reaches_the_dialog_and_the_callback_on_the_gui_thread(qtbot, monkeypatch) -> None:
    monkeypatch.setattr(worker, "DIALOG_AFTER_MS", 0)
    gui = threading.current_thread()
    step = threading.Event()
    seen: list[tuple[int, int, str, bool]] = []
    parent = QWidget()
    qtbot.addWidget(parent)

    def work(token: worker.CancelToken) -> str:
        for done in range(1, 4):
            step.wait(5)
            step.clear()
            token.progress(done, 3, text=f"trang {done}")
        return "xong"

    op = worker.run_for(
        parent,
        work,
        label="Đang đọc…",
        on_success=lambda _r: None,
        on_progress=lambda p: seen.append(
            (p.done, p.total, p.text, threading.current_thread() is gui)
        ),
    )
    qtbot.waitUntil(lambda: op.dialog is not None, timeout=3000)
    assert isinstance(op.dialog, QProgressDialog)
    step.set()
    qtbot.waitUntil(lambda: len(seen) == 1, timeout=3000)
    assert op.dialog.maximum() == 3 and op.dialog.value() == 1
    assert op.dialog.labelText() == "Đang đọc…\ntrang 1"
    step.set()
    qtbot.waitUntil(lambda: len(seen) == 2, timeout=3000)
    step.set()
    qtbot.waitUntil(lambda: op.done, timeout=3000)
    assert seen == [(1, 3, "trang 1", True), (2, 3, "trang 2", True), (3, 3, "trang 3", True)]
    assert op.dialog is None


def test_quiet_work_shows_no_busy_cursor_and_no_dialog(qtbot, monkeypatch) -> None:
    monkeypatch.setattr(worker, "CURSOR_AFTER_MS", 0)
    monkeypatch.setattr(worker, "DIALOG_AFTER_MS", 0)
    release = threading.Event()
    op = worker.run_in_background(None, lambda token: release.wait(5), label="…", quiet=True)
    qtbot.wait(100)
    assert op.dialog is None and QApplication.overrideCursor() is None
    assert not worker.busy()  # quiet work is not "work the person is waiting for"
    release.set()
    qtbot.waitUntil(lambda: op.done, timeout=3000)


def test_the_ocr_lane_does_not_wait_for_the_main_lane(qtbot) -> None:
    release = threading.Event()
    long_job = worker.run_in_background(None, lambda token: release.wait(10), label="…")
    ocr = worker.run_in_background(None, lambda token: "ocr", label="…", lane=worker.OCR)
    qtbot.waitUntil(lambda: ocr.done, timeout=3000)
    assert not long_job.done and ocr.token is not long_job.token
    release.set()
    qtbot.waitUntil(lambda: long_job.done, timeout=3000)


def test_shutdown_cancels_every_job_and_joins_its_thread(qtbot) -> None:
    started = threading.Barrier(3, timeout=5)
    threads: list[threading.Thread] = []
    answers: list[object] = []

    def work(token: worker.CancelToken) -> str:
        threads.append(threading.current_thread())
        started.wait()
        while not token.cancelled:
            token.event.wait(0.01)
        return "dừng"

    ops = [
        worker.run_in_background(None, work, label="…", on_success=answers.append),
        worker.run_in_background(
            None, work, label="…", on_success=answers.append, quiet=True, lane=worker.OCR
        ),
    ]
    started.wait()
    assert all(op.running for op in ops)
    assert worker.shutdown(10_000)
    assert all(op.done and op.token.cancelled and not op.running for op in ops)
    assert worker.operations() == []
    assert answers == []  # cancelled: the answers are dropped
    for thread in threads:  # the pool threads are idle again, ready for the next window
        assert thread.is_alive()


def test_finished_does_not_keep_its_receiver_alive_nor_call_a_deleted_one(qtbot) -> None:
    calls: list[str] = []

    class Receiver(QObject):
        def done(self) -> None:
            calls.append("gone")

    class Plain:
        def done(self) -> None:
            calls.append("plain")

    release = threading.Event()
    op = worker.run_in_background(None, lambda token: release.wait(5), label="…")
    deleted = Receiver()
    op.finished.connect(deleted.done)
    plain = Plain()
    op.finished.connect(plain.done)
    op.finished.connect(lambda: calls.append("lambda"))
    import shiboken6

    shiboken6.delete(deleted)
    release.set()
    qtbot.waitUntil(lambda: op.done, timeout=3000)
    assert calls == ["plain", "lambda"]
    del plain
    gc.collect()
    op2 = worker.run_in_background(None, lambda token: 1, label="…")
    gone = Plain()
    op2.finished.connect(gone.done)
    del gone
    gc.collect()
    qtbot.waitUntil(lambda: op2.done, timeout=3000)
    assert calls == ["plain", "lambda"]


def test_closing_the_window_cancels_and_joins_the_background_work(qtbot, ui_office) -> None:
    window = MainWindow(ui_office)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    seen: list[bool] = []

    def work(token: worker.CancelToken) -> None:
        token.event.wait(20)
        seen.append(token.cancelled)

    asked = worker.run_in_background(window, work, label="Đang lưu…")
    quiet = worker.run_in_background(window, work, label="…", quiet=True, lane=worker.OCR)
    messages.answers.append(False)  # "Vẫn thoát chương trình?" — no
    window.close()
    assert window.isVisible() and not asked.done and not quiet.done
    messages.answers.append(True)  # — yes
    window.close()
    assert not window.isVisible()
    assert asked.done and quiet.done and not asked.running and not quiet.running
    assert seen == [True, True]  # both were told to stop, and both threads have finished


class _Sender(QObject):
    fired = Signal()


def test_qt_calls_keep_their_references_to_none_and_true(qtbot) -> None:
    """The bindings must not drop references to None/True (PySide6 6.12.0 does on Python
    3.11, where they are not immortal: a long session then ends in "deallocating None")."""
    widget = QWidget()
    qtbot.addWidget(widget)
    sender = _Sender()
    calls = 2000
    before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(calls):
        widget.setToolTip("x")  # returns None
        QCoreApplication.processEvents()
        sender.fired.emit()  # returns True
    after = sys.getrefcount(None), sys.getrefcount(True)
    assert after[0] - before[0] > -calls // 2, "a void Qt call drops a reference to None"
    assert after[1] - before[1] > -calls // 2, "Signal.emit drops a reference to True"


def test_the_pool_thread_side_imports_no_qt() -> None:
    """What a pool thread runs (ui.kit.pool) cannot make or hold a Qt object: it imports none."""
    import ast
    from pathlib import Path

    from ui.kit import pool

    tree = ast.parse(Path(pool.__file__).read_text(encoding="utf-8"))
    imported = {
        alias.name
        for node in ast.walk(tree)
        if isinstance(node, ast.Import)
        for alias in node.names
    }
    imported |= {node.module or "" for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}
    assert not {name for name in imported if name.split(".")[0] in ("PySide6", "shiboken6", "ui")}
