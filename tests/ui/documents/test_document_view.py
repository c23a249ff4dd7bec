"""The document view: metadata, PDF preview, attaching by drag and drop, cancelling."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QApplication

from desktop.accounts.users import add_user
from desktop.kernel.auth import Role
from desktop.registers.registry import get_document
from tests.ui.conftest import add_incoming, make_pdf
from ui.documents.view import DocumentDialog
from ui.kit import messages


def _drop(widget: DocumentDialog, paths: list[Path]) -> QDropEvent:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    enter = QDragEnterEvent(
        QPoint(20, 20),  # a QPoint: PySide6 < 6.12 wants one
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(widget, enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        QPointF(20, 20),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(widget, drop)
    return drop


def test_pdf_is_previewed(qtbot, ui_office, tmp_path: Path) -> None:
    pdf = make_pdf(tmp_path / "qd-101.pdf")
    doc = add_incoming(ui_office, files=[pdf])
    dialog = DocumentDialog(ui_office, doc.id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.preview.document.status() == QPdfDocument.Status.Ready
    assert dialog.preview.document.pageCount() == 1
    assert dialog.right.currentWidget() is dialog.preview
    assert dialog.files.count() == 1 and "qd-101.pdf" in dialog.files.item(0).text()
    dialog.preview.zoom(1.25)
    assert dialog.preview.view.zoomFactor() > 1.0
    assert "101/QĐ-UBND" in dialog.windowTitle()


def test_dropping_a_file_attaches_it(qtbot, ui_office, tmp_path: Path) -> None:
    doc = add_incoming(ui_office)
    dialog = DocumentDialog(ui_office, doc.id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.files.count() == 0
    pdf = make_pdf(tmp_path / "phu-luc.pdf", "Phụ lục kèm theo")
    with qtbot.waitSignal(dialog.changed, timeout=3000):
        _drop(dialog, [pdf])
    assert [f.name for f in get_document(ui_office, doc.id).files] == ["phu-luc.pdf"]
    assert dialog.files.count() == 1
    assert dialog.preview.document.pageCount() == 1


def test_cancel_with_a_reason(qtbot, ui_office) -> None:
    doc = add_incoming(ui_office)
    dialog = DocumentDialog(ui_office, doc.id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.cancel_button.isVisible()
    messages.answers.append("Đăng ký nhầm, văn bản gửi nhầm địa chỉ")
    dialog.cancel_button.click()
    view = get_document(ui_office, doc.id)
    assert view.cancelled and "nhầm" in view.cancel_reason
    assert not dialog.cancel_button.isVisible()


def test_officer_sees_no_cancel_and_is_refused_on_drop(
    qtbot, ui_office, tmp_path, recorded
) -> None:
    doc = add_incoming(ui_office)
    add_user(ui_office, "canbo", "matkhau-cb", [Role.OFFICER])
    ui_office.sign_in("canbo", "matkhau-cb")
    dialog = DocumentDialog(ui_office, doc.id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.cancel_button.isVisible()
    assert not dialog.acceptDrops()
    assert not dialog.attach(make_pdf(tmp_path / "x.pdf") and [tmp_path / "x.pdf"])
    assert recorded[-1].kind == "warning" and "không có quyền" in recorded[-1].text
    assert get_document(ui_office, doc.id).files == ()
