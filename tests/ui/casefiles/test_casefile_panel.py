"""The "Hồ sơ" panel driven as a person would: the plan tree, opening a file from an entry,
the due banner, a document added from the register by keyboard and by a drop, reordering the
table of contents with Ctrl+Up/Down, and closing through the dialog."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QDropEvent

from desktop.casefiles import filling, plan, reading, service
from desktop.casefiles.plan import EntryInput
from desktop.core.clock import vn_today
from tests.ui.conftest import add_incoming
from ui.casefiles.panel import CaseFilePanel
from ui.casefiles.window_actions import document_mime
from ui.kit import messages
from ui.shell.main_window import MainWindow


def _plan(office: Any, year: int) -> None:
    plan.add_entry(office, EntryInput(year, "01.TCCB", "Hồ sơ tuyển dụng", "Vĩnh viễn",
                                      heading="I. Tổ chức, cán bộ"))
    plan.add_entry(office, EntryInput(year, "02.VP", "Hồ sơ hội nghị", "10",
                                      heading="II. Văn phòng"))
    plan.approve(office, year)


def _tree_texts(panel: CaseFilePanel) -> list[str]:
    out: list[str] = []

    def walk(item: Any, depth: int) -> None:
        out.append("  " * depth + item.text(0))
        for i in range(item.childCount()):
            walk(item.child(i), depth + 1)

    for i in range(panel.tree.topLevelItemCount()):
        walk(panel.tree.topLevelItem(i), 0)
    return out


def test_plan_tree_open_reorder_close(qtbot: Any, ui_office: Any) -> None:
    year = vn_today().year
    _plan(ui_office, year)
    ids = [add_incoming(ui_office, symbol=f"{n}/QĐ-UBND").id for n in (11, 12, 13)]  # type: ignore[attr-defined]
    panel = CaseFilePanel(ui_office)
    qtbot.addWidget(panel)
    panel.show()
    assert _tree_texts(panel)[1:] == ["  I. Tổ chức, cán bộ", "    01.TCCB — Hồ sơ tuyển dụng",
                                      "  II. Văn phòng", "    02.VP — Hồ sơ hội nghị"]
    assert not panel.banner.isVisible()
    entry = panel.tree.topLevelItem(0).child(0).child(0)
    panel.tree.setCurrentItem(entry)
    qtbot.mouseClick(panel.open_button, Qt.MouseButton.LeftButton)
    assert panel.table.rowCount() == 1 and panel.current is not None
    assert panel.current.code == "01.TCCB"
    assert panel.add_to_file("01.TCCB", year, ids)
    assert [panel.contents.item(r, 1).text() for r in range(3)] == [
        "11/QĐ-UBND", "12/QĐ-UBND", "13/QĐ-UBND"]
    assert panel.table.item(0, 3).text() == "3"
    panel.contents.setFocus()
    panel.contents.selectRow(2)
    qtbot.keyClick(panel.contents, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(panel.contents, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert [d.id for d in reading.get_file(ui_office, "01.TCCB").documents] == [
        ids[2], ids[0], ids[1]]
    assert panel.contents.currentRow() == 0
    qtbot.mouseClick(panel.down_button, Qt.MouseButton.LeftButton)
    assert [d.id for d in reading.get_file(ui_office, "01.TCCB").documents] == [
        ids[0], ids[2], ids[1]]
    # closing: the end date is asked; a year ago makes it due now
    end = vn_today() - dt.timedelta(days=370)
    messages.answers.append(end.strftime("%d/%m/%Y"))
    with_docs_dated(ui_office, ids, end)
    qtbot.mouseClick(panel.close_button, Qt.MouseButton.LeftButton)
    assert reading.get_file(ui_office, "01.TCCB").state == "da-dong"
    assert panel.banner.isVisible() and "01.TCCB" in panel.banner.text()
    assert not panel.up_button.isEnabled()


def with_docs_dated(office: Any, ids: list[int], day: dt.date) -> None:
    """Give the documents an earlier date, so the file may end a year ago."""
    from sqlalchemy import update

    from models.entities import Document

    with office.db.write() as s:
        s.execute(update(Document).where(Document.id.in_(ids)).values(
            issued_date=day - dt.timedelta(days=30)))


def test_drop_and_keyboard_add_from_the_register(qtbot: Any, ui_office: Any) -> None:
    year = vn_today().year
    _plan(ui_office, year)
    service.open_file(ui_office, "01.TCCB", year)
    service.open_file(ui_office, "02.VP", year)
    doc = add_incoming(ui_office).id  # type: ignore[attr-defined]
    window = MainWindow(ui_office)
    qtbot.addWidget(window)
    window.show()
    panel = window.panel("casefiles")
    assert isinstance(panel, CaseFilePanel)
    # a drop of a register row on the second file
    row_rect = panel.table.visualItemRect(panel.table.item(1, 0))
    mime = document_mime(doc)  # the event does not own it: keep it alive
    drop = QDropEvent(row_rect.center().toPointF(), Qt.DropAction.CopyAction,
                      mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    panel.table.dropEvent(drop)
    assert [d.id for d in reading.get_file(ui_office, "02.VP").documents] == [doc]
    outside = QDropEvent(QPoint(5, 4000).toPointF(), Qt.DropAction.CopyAction,
                         mime, Qt.MouseButton.LeftButton,
                         Qt.KeyboardModifier.NoModifier)
    panel.table.dropEvent(outside)  # not on a file: nothing happens
    # the keyboard: select the document in the register, Ctrl+Shift+H, Enter
    window.show_panel("incoming")
    register = window.panel("incoming")
    assert register.select_document(doc)  # type: ignore[attr-defined]
    actions = window.casefile_actions  # type: ignore[attr-defined]
    actions.act_add.trigger()
    dialog = actions.dialog
    assert dialog is not None and dialog.list.count() == 2
    assert not dialog.list.item(1).flags() & Qt.ItemFlag.ItemIsEnabled  # already in 02.VP
    assert dialog.list.currentRow() == 0
    qtbot.keyClick(dialog.list, Qt.Key.Key_Return)
    assert [d.id for d in reading.get_file(ui_office, "01.TCCB").documents] == [doc]
    assert "01.TCCB" in window.statusBar().currentMessage()


def test_add_to_a_closed_file_says_why(qtbot: Any, ui_office: Any, recorded: list[Any]) -> None:
    year = vn_today().year
    _plan(ui_office, year)
    doc = add_incoming(ui_office).id  # type: ignore[attr-defined]
    service.open_file(ui_office, "01.TCCB", year)
    filling.add_documents(ui_office, "01.TCCB", [str(doc)])
    service.close_file(ui_office, "01.TCCB", vn_today())
    other = add_incoming(ui_office, symbol="99/QĐ-UBND").id  # type: ignore[attr-defined]
    panel = CaseFilePanel(ui_office)
    qtbot.addWidget(panel)
    assert not panel.add_to_file("01.TCCB", year, [other])
    assert recorded and "đã đóng" in recorded[-1].text
    assert reading.get_file(ui_office, "01.TCCB").doc_total == 1
