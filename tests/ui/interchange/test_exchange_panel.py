"""The exchange folder's panel: a package dropped in the folder is listed with its fields and
checks, registered with one click into the incoming register, or refused with status 02."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from desktop.interchange.folder import exchange_folder
from desktop.registers.registry import ListQuery, count_documents
from desktop.shell.services import Direction
from tests.interchange.edxml_helpers import cong_van, package_bytes, write
from ui.interchange import panel as panel_module
from ui.interchange.panel import ExchangePanel
from ui.kit import messages


def make_panel(qtbot, office) -> ExchangePanel:
    panel = ExchangePanel(office)
    qtbot.addWidget(panel)
    panel.resize(1200, 600)
    panel.show()
    qtbot.waitExposed(panel)
    qtbot.waitUntil(lambda: panel.operation is None, timeout=10_000)
    return panel


def cells(panel: ExchangePanel, row: int) -> list[str]:
    return [panel.table.item(row, c).text() for c in range(panel.table.columnCount())]


def test_a_dropped_package_is_previewed_and_registered_with_one_click(
        qtbot, ui_office, monkeypatch) -> None:
    monkeypatch.setattr(panel_module, "DEBOUNCE_MS", 100)
    panel = make_panel(qtbot, ui_office)
    assert panel.table.rowCount() == 0 and panel.empty.isVisible()
    inbox = exchange_folder(ui_office).inbox
    write(inbox / "cv-1234.edxml", package_bytes(cong_van()))
    qtbot.waitUntil(lambda: panel.table.rowCount() == 1, timeout=10_000)  # no click
    assert cells(panel, 0) == ["cv-1234.edxml", "1234/UBND-VP", "UBND huyện Bình Sơn",
                               "Về việc tổng kết công tác văn thư, lưu trữ năm 2026", "Không có"]
    text = panel.preview.toPlainText()
    assert "Số, ký hiệu: 1234/UBND-VP" in text and "Người ký: Trần Thị Hoa" in text
    assert "Tệp 1234-UBND-VP.pdf: không có chữ ký số" in text
    assert panel.register_button.isEnabled()
    with qtbot.waitSignal(panel.registered, timeout=10_000) as got:
        qtbot.mouseClick(panel.register_button, Qt.MouseButton.LeftButton)
    assert got.args[0].symbol == "1234/UBND-VP" and got.args[0].number == 1
    assert count_documents(ui_office, ListQuery(Direction.INCOMING)) == 1
    assert (inbox / "da-nhan" / "cv-1234.edxml").is_file()
    qtbot.waitUntil(lambda: panel.operation is None and panel.table.rowCount() == 0,
                    timeout=10_000)


def test_a_package_is_refused_with_a_reason(qtbot, ui_office) -> None:
    where = exchange_folder(ui_office)
    write(where.inbox / "cv.edxml", package_bytes(cong_van()))
    panel = make_panel(qtbot, ui_office)
    assert panel.table.rowCount() == 1
    messages.answers.append("Gửi nhầm cơ quan")
    qtbot.mouseClick(panel.refuse_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.operation is None and panel.table.rowCount() == 0,
                    timeout=10_000)
    assert [p.name for p in Path(where.outbox).iterdir()][0].startswith("trang-thai-02-")
    assert (where.refused / "cv.edxml").is_file()
    assert count_documents(ui_office, ListQuery(Direction.INCOMING)) == 0


def test_a_bad_file_is_moved_aside_and_said(qtbot, ui_office, recorded) -> None:
    where = exchange_folder(ui_office)
    write(where.inbox / "rac.edxml", b"<khong-phai-goi/>")
    panel = make_panel(qtbot, ui_office)
    assert panel.table.rowCount() == 0
    assert (where.bad / "rac.edxml").is_file()
    assert recorded and "rac.edxml" in recorded[-1].text


def test_dropped_packages_are_copied_in_and_the_folder_can_change(
        qtbot, ui_office, tmp_path: Path) -> None:
    from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
    from PySide6.QtGui import QDragEnterEvent, QDropEvent
    from PySide6.QtWidgets import QApplication

    from desktop.core.settings import Settings

    panel = make_panel(qtbot, ui_office)
    usb = write(tmp_path / "usb-cv.edxml", package_bytes(cong_van()))
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(usb))])
    enter = QDragEnterEvent(QPoint(20, 20), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(panel, enter)
    assert enter.isAccepted()
    QApplication.sendEvent(panel, QDropEvent(QPointF(20, 20), Qt.DropAction.CopyAction, mime,
                                             Qt.MouseButton.LeftButton,
                                             Qt.KeyboardModifier.NoModifier))
    qtbot.waitUntil(lambda: panel.operation is None and panel.table.rowCount() == 1,
                    timeout=10_000)
    assert usb.is_file()  # the original stays
    other = tmp_path / "lien-thong-moi"
    messages.answers.append(str(other))
    qtbot.mouseClick(panel.folder_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.operation is None and panel.table.rowCount() == 0,
                    timeout=10_000)
    assert Settings(ui_office.location.data_dir).get("exchange_dir") == str(other)
    assert (other / "den").is_dir() and (other / "di").is_dir()
    assert str(other / "den") in panel.folder_label.text()


def test_a_revocation_in_the_folder_changes_the_earlier_document(qtbot, ui_office) -> None:
    from desktop.interchange.envelope import REVOCATION
    from desktop.interchange.receive import register_package
    from desktop.registers.registry import get_document
    from tests.interchange.edxml_helpers import business

    first = register_package(ui_office, package_bytes(cong_van()), "a.edxml")
    where = exchange_folder(ui_office)
    write(where.inbox / "thu-hoi.edxml",
          package_bytes(business(cong_van(), REVOCATION, "Ban hành nhầm")))
    panel = make_panel(qtbot, ui_office)
    assert panel.table.rowCount() == 1
    with qtbot.assertNotEmitted(panel.registered), qtbot.waitSignal(panel.changed):
        qtbot.mouseClick(panel.register_button, Qt.MouseButton.LeftButton)
    assert get_document(ui_office, first.view.id).cancelled
    qtbot.waitUntil(lambda: panel.operation is None, timeout=10_000)
