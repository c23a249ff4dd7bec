"""Background work, the error handler, the crash dialog, import and printing through them."""

from __future__ import annotations

import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QProgressDialog, QPushButton

from desktop.core.clock import vn_today
from desktop.core.errors import EnvironmentProblem, UserError
from desktop.registers.book import render_book
from desktop.shell.services import Direction
from tests.ui.conftest import add_incoming
from ui.kit import errors, worker
from ui.kit.printing import RegisterPrinter, landscape_printer, paint_pdf
from ui.registers.import_dialog import start_import


def test_result_comes_back_on_the_gui_thread(qtbot) -> None:
    seen: list[tuple[object, bool]] = []
    gui = threading.current_thread()
    op = worker.run_in_background(
        None,
        lambda token: threading.current_thread() is not gui,
        label="…",
        on_success=lambda r: seen.append((r, threading.current_thread() is gui)),
    )
    qtbot.waitUntil(lambda: op.done, timeout=3000)
    assert seen == [(True, True)]


def test_failure_goes_to_the_failure_callback(qtbot) -> None:
    failures: list[BaseException] = []

    def work(token: worker.CancelToken) -> None:
        raise UserError("Tệp không đọc được.")

    op = worker.run_in_background(None, work, label="…", on_failure=failures.append)
    qtbot.waitUntil(lambda: op.done, timeout=3000)
    assert isinstance(failures[0], UserError)


def test_slow_work_shows_progress_and_can_be_cancelled(qtbot, monkeypatch) -> None:
    monkeypatch.setattr(worker, "DIALOG_AFTER_MS", 50)
    release = threading.Event()
    results: list[object] = []

    def work(token: worker.CancelToken) -> str:
        release.wait(5)
        return "xong"

    op = worker.run_in_background(None, work, label="Đang nhập…", on_success=results.append)
    qtbot.waitUntil(lambda: op.dialog is not None, timeout=3000)
    assert isinstance(op.dialog, QProgressDialog)
    op.dialog.findChild(QPushButton).click()  # the "Hủy" button
    assert op.done and op.token.cancelled and op.dialog is None
    release.set()
    worker.wait_all()
    assert results == []  # a cancelled job's result is dropped


def test_quick_work_shows_no_dialog(qtbot) -> None:
    op = worker.run_in_background(None, lambda token: 1, label="…")
    qtbot.waitUntil(lambda: op.done, timeout=3000)
    assert op.dialog is None


@pytest.mark.parametrize(
    ("exc", "kind", "has_details"),
    [
        (UserError("Thiếu trích yếu nội dung."), "warning", False),
        (EnvironmentProblem("Ổ đĩa đầy.", "ENOSPC"), "error", True),
        (ValueError("bug"), "error", True),
    ],
)
def test_on_error_decides_by_kind(recorded, exc, kind, has_details, tmp_path) -> None:
    try:
        raise exc
    except (UserError, EnvironmentProblem, ValueError) as raised:  # a traceback, as in real life
        exc = raised
    handler = errors.setup_log_file(tmp_path / "vanthu.log")
    try:
        errors.on_error(None, exc)
    finally:
        handler.flush()
    assert recorded[-1].kind == kind
    assert bool(recorded[-1].details) == has_details
    if isinstance(exc, ValueError):
        assert "Traceback" in recorded[-1].details
        assert "uncaught exception" in (tmp_path / "vanthu.log").read_text(encoding="utf-8")


def test_uncaught_exception_becomes_a_crash_dialog(qtbot, recorded, monkeypatch) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    errors.install_excepthook()
    try:
        raise RuntimeError("không lường trước")
    except RuntimeError:
        sys.excepthook(*sys.exc_info())  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: bool(recorded), timeout=2000)
    assert recorded[-1].title == "Lỗi chương trình"
    assert "không lường trước" in recorded[-1].details


def test_import_from_excel_runs_in_the_background(qtbot, ui_office, tmp_path, recorded) -> None:
    csv = tmp_path / "so-den.csv"
    csv.write_text(
        'Ngày đến,Số đến,Tác giả,"Số, ký hiệu văn bản",Ngày tháng văn bản,'
        "Tên loại và trích yếu nội dung,Đơn vị hoặc người nhận,Ghi chú\n"
        "02/01/2026,1,Sở Tài chính,01/STC-NS,30/12/2025,"
        "Công văn về việc lập dự toán,Kế toán,\n"
        "03/01/2026,2,UBND huyện Bình Sơn,05/KH-UBND,02/01/2026,"
        "Kế hoạch tổ chức Tết,Văn phòng,\n",
        encoding="utf-8",
    )
    imported: list[str] = []
    op = start_import(None, ui_office, "incoming", csv, imported.append)
    qtbot.waitUntil(lambda: op.done, timeout=10000)
    assert imported == ["incoming"], recorded
    assert recorded[-1].kind == "info" and "2 văn bản" in recorded[-1].text


def test_bad_rows_are_listed_under_details(qtbot, ui_office, tmp_path, recorded) -> None:
    csv = tmp_path / "sai.csv"
    csv.write_text(
        'Ngày đến,Tác giả,"Số, ký hiệu văn bản",Ngày tháng văn bản,'
        "Tên loại và trích yếu nội dung\n"
        "99/99/2026,Sở Tài chính,01/STC-NS,30/12/2025,Công văn về việc A\n",
        encoding="utf-8",
    )
    op = start_import(None, ui_office, "incoming", csv, lambda r: None)
    qtbot.waitUntil(lambda: op.done, timeout=10000)
    assert recorded[-1].kind == "warning"
    assert "Dòng 2" in recorded[-1].details


def test_register_prints_page_by_page(qtbot, ui_office, tmp_path: Path) -> None:
    add_incoming(ui_office)
    data, _rows, pages = render_book(ui_office, "incoming", vn_today().year)
    printer = landscape_printer()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "in.pdf"
    printer.setOutputFileName(str(out))
    assert paint_pdf(printer, data) == pages
    assert out.stat().st_size > 1000


def test_save_register_as_pdf(qtbot, ui_office, tmp_path: Path, recorded) -> None:
    add_incoming(ui_office)
    from PySide6.QtWidgets import QWidget

    parent = QWidget()
    qtbot.addWidget(parent)
    printer = RegisterPrinter(parent, ui_office)
    out = tmp_path / "so-den.pdf"
    op = printer.save_pdf(Direction.INCOMING, None, out)
    assert op is not None
    qtbot.waitUntil(lambda: op.done, timeout=10000)
    assert out.read_bytes().startswith(b"%PDF")
    assert recorded[-1].kind == "info"
