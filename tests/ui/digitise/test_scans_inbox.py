"""Pending scans: dropped or scanned files become pending items, checked against Phụ lục I,
registered from their first page or attached to a registered document."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QApplication, QWidget

from desktop.registers.registry import ListQuery, count_documents, get_document
from desktop.shell.services import Direction
from tests.core.samples import scan_pdf
from tests.ui.conftest import add_incoming, type_text
from ui.digitise import inbox_panel
from ui.digitise.document_picker import DocumentPicker
from ui.digitise.inbox_panel import InboxPanel
from ui.digitise.pending_form import PendingIncomingDialog
from ui.digitise.scanner_folder import watch_folder


def drop(widget: QWidget, paths: list[Path]) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    args = (
        QPointF(20, 20),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    enter = QDragEnterEvent(QPoint(20, 20), *args[1:])  # a QPoint: PySide6 < 6.12 wants one
    QApplication.sendEvent(widget, enter)
    assert enter.isAccepted()
    QApplication.sendEvent(widget, QDropEvent(*args))


def make_panel(qtbot, office, *, extract: bool = False) -> InboxPanel:
    panel = InboxPanel(office)
    panel.extract = extract
    qtbot.addWidget(panel)
    panel.resize(1200, 600)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def rows(panel: InboxPanel) -> list[list[str]]:
    t = panel.table
    return [[t.item(r, c).text() for c in range(t.columnCount())] for r in range(t.rowCount())]


def test_dropped_scans_are_listed_with_their_quality(qtbot, ui_office, tmp_path: Path) -> None:
    grey = scan_pdf(tmp_path / "cong-van-xam.pdf", dpi=150, colour=False)
    colour = scan_pdf(tmp_path / "quyet-dinh-mau.pdf", dpi=300, colour=True, seed=1)
    panel = make_panel(qtbot, ui_office)
    assert panel.empty.isVisible() and panel.table.rowCount() == 0
    drop(panel, [grey, colour])
    qtbot.waitUntil(lambda: panel.table.rowCount() == 2, timeout=10_000)
    by_name = {r[0]: r for r in rows(panel)}
    assert by_name["cong-van-xam.pdf"][2] == "Chưa đạt: 150 dpi < 200 dpi; ảnh xám"
    assert by_name["quyet-dinh-mau.pdf"][2] == "Đạt"
    assert by_name["quyet-dinh-mau.pdf"][1] == "1"
    # the originals stay where they were; the copies were taken from the scanner's folder
    assert grey.exists() and colour.exists()
    assert sorted(p.name for p in (watch_folder(ui_office) / "da-nhan").iterdir()) == [
        "cong-van-xam.pdf",
        "quyet-dinh-mau.pdf",
    ]
    assert not panel.empty.isVisible()
    assert panel.preview.document.status() == QPdfDocument.Status.Ready


def test_a_file_the_scanner_writes_is_picked_up_without_a_click(
    qtbot, ui_office, tmp_path: Path, monkeypatch
) -> None:
    monkeypatch.setattr(inbox_panel, "DEBOUNCE_MS", 150)
    panel = make_panel(qtbot, ui_office)
    folder = watch_folder(ui_office)
    assert str(folder) in panel.watcher.directories()
    scan_pdf(tmp_path / "scan0001.pdf", dpi=200)
    (tmp_path / "scan0001.pdf").replace(folder / "scan0001.pdf")
    qtbot.waitUntil(lambda: panel.table.rowCount() == 1, timeout=10_000)
    assert rows(panel)[0][0] == "scan0001.pdf"
    assert not (folder / "scan0001.pdf").exists()


def test_attach_a_pending_scan_to_a_registered_document(qtbot, ui_office, tmp_path) -> None:
    doc = add_incoming(ui_office, symbol="45/UBND-VP", type_name="Công văn")
    panel = make_panel(qtbot, ui_office)
    drop(panel, [scan_pdf(tmp_path / "phu-luc.pdf", dpi=200)])
    qtbot.waitUntil(lambda: panel.table.rowCount() == 1, timeout=10_000)
    panel.attach_button.click()
    picker = panel.dialog
    assert isinstance(picker, DocumentPicker)
    type_text(qtbot, picker.query, "45/UBND")
    qtbot.keyClick(picker.query, Qt.Key.Key_Return)
    assert picker.results.count() == 1 and "45/UBND-VP" in picker.results.item(0).text()
    with qtbot.waitSignal(panel.attached, timeout=3000) as signal:
        picker.ok.click()
    assert signal.args[0].id == doc.id
    assert [f.name for f in get_document(ui_office, doc.id).files] == ["phu-luc.pdf"]
    assert panel.table.rowCount() == 0


def test_the_panel_comes_after_the_two_registers(qtbot, ui_office) -> None:
    from ui.shell.main_window import MainWindow

    window = MainWindow(ui_office)
    qtbot.addWidget(window)
    keys = [s.key for s in window.specs]
    assert keys[:3] == ["incoming", "outgoing", "inbox"]
    assert window.nav.item(2).text() == "Bản quét chờ xử lý"
    window.close()


@pytest.mark.slow
def test_registering_from_a_scan_is_prefilled_from_its_page(qtbot, ui_office, tmp_path) -> None:
    from bench.extract_testset import build_cases

    case = build_cases(1, 7)[0]
    page = tmp_path / "cv-den.png"
    page.write_bytes(case.data)
    panel = make_panel(qtbot, ui_office, extract=True)
    drop(panel, [page])
    qtbot.waitUntil(lambda: panel.table.rowCount() == 1, timeout=30_000)
    assert rows(panel)[0][3] == case.expected["symbol"]
    panel.register_button.click()
    dialog = panel.dialog
    assert isinstance(dialog, PendingIncomingDialog)
    assert dialog.symbol.text() == case.expected["symbol"]
    assert dialog.doc_type.currentData() == case.expected["type_name"]
    assert dialog.issued.date().toString("yyyy-MM-dd") == case.expected["issued_date"]
    assert not dialog.files.isVisible()
    type_text(qtbot, dialog.recipients, "Chủ tịch UBND xã")
    with qtbot.waitSignal(panel.registered, timeout=3000) as signal:
        qtbot.keyClick(dialog.recipients, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    view = signal.args[0]
    assert view.symbol == case.expected["symbol"] and view.recipients == "Chủ tịch UBND xã"
    assert [f.media_type for f in view.files] == ["application/pdf"]
    assert panel.table.rowCount() == 0
    assert count_documents(ui_office, ListQuery(Direction.INCOMING)) == 1
