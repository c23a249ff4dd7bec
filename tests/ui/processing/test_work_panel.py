"""Văn bản cần xử lý on screen: the leader assigns from the list by a dialog, the officer
accepts and marks done with the reply, rows coloured by deadline, the counts in the status
bar and on the navigation entry, the reminder once a day."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush

from desktop.accounts.users import add_user
from desktop.core.clock import vn_today
from desktop.kernel.auth import Actor, Role
from desktop.processing import reading, service
from desktop.registers.registry import (
    IncomingInput,
    OutgoingInput,
    get_document,
    register_incoming,
    register_outgoing,
)
from tests.ui.conftest import type_text
from ui.dossiers.model import DUE_TODAY_BACKGROUND, LATE_TEXT
from ui.processing.dialogs import AssignDialog, DoneDialog
from ui.processing.model import DEADLINE_ROLE
from ui.processing.panel import WorkPanel
from ui.shell.main_window import MainWindow

CLERK = Actor("vanthu", frozenset({Role.CLERK}), "Trần Thị Văn")
LEADER = Actor("chutich", frozenset({Role.LEADER}), "Nguyễn Văn Chủ")
ONE = Actor("canbo1", frozenset({Role.OFFICER}), "Lê Văn Một")


@pytest.fixture
def desk(ui_office):  # type: ignore[no-untyped-def]
    for a in (CLERK, LEADER, ONE):
        add_user(ui_office, a.username, "matkhau-chung", sorted(a.roles), a.full_name)
    return ui_office


def _day() -> dt.date:
    return vn_today()  # the register's and the desk's day (Vietnam time)


def _incoming(office, symbol: str, received: dt.date | None = None) -> int:  # type: ignore[no-untyped-def]
    office.actor = CLERK
    day = received or _day()
    return register_incoming(office, IncomingInput(
        received=day, organ_name="UBND huyện", symbol=symbol, issued=day,
        type_name="Công văn", subject="Về việc báo cáo dân số")).id


def _panel(qtbot, office, actor: Actor) -> WorkPanel:  # type: ignore[no-untyped-def]
    office.actor = actor
    panel = WorkPanel(office)
    qtbot.addWidget(panel)
    panel.show()
    return panel


def test_the_leader_assigns_and_the_officer_accepts_and_finishes(qtbot, desk) -> None:  # type: ignore[no-untyped-def]
    doc = _incoming(desk, "15/UBND-VP")
    service.submit(desk, doc)
    panel = _panel(qtbot, desk, LEADER)
    assert panel.tabs.count() == 5  # waiting, held, handled, lead, support
    assert panel.select("waiting", doc)
    assert panel.assign_button.isEnabled()
    qtbot.mouseClick(panel.assign_button, Qt.MouseButton.LeftButton)
    dialog = panel.dialog
    assert isinstance(dialog, AssignDialog)
    dialog.lead.setCurrentIndex(dialog.lead.findData("canbo1"))
    dialog.days.setValue(3)
    type_text(qtbot, dialog.instruction, "Giao đồng chí Một chủ trì")
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert panel.dialog is None
    assert panel.waiting_table.work.items == []
    assert panel.held_table.item(0, 0).text() == "Lê Văn Một"
    v = reading.handling_of(desk, doc)
    assert v.state == "assigned" and v.instruction == "Giao đồng chí Một chủ trì"
    from desktop.workdays.calendar import office_calendar

    assert v.due_date == office_calendar(desk).add_working_days(vn_today(), 3)

    officer = _panel(qtbot, desk, ONE)
    assert officer.tabs.count() == 2 and not officer.assign_button.isVisible()
    assert officer.select("lead", doc)
    assert officer.accept_button.isEnabled()
    qtbot.mouseClick(officer.accept_button, Qt.MouseButton.LeftButton)
    assert reading.handling_of(desk, doc).state == "in_progress"
    desk.actor = CLERK
    reply = register_outgoing(desk, OutgoingInput(
        issued=_day(), type_name="Công văn", subject="Báo cáo dân số",
        signer_name="Nguyễn Văn Chủ", signer_title="Chủ tịch")).id
    desk.actor = ONE
    assert officer.select("lead", doc)
    qtbot.mouseClick(officer.done_button, Qt.MouseButton.LeftButton)
    done = officer.dialog
    assert isinstance(done, DoneDialog)
    type_text(qtbot, done.reply, str(reply))
    done.buttons.button(done.buttons.StandardButton.Ok).click()
    v = reading.handling_of(desk, doc)
    assert v.state == "done" and v.reply_id == reply and v.on_time is True
    assert officer.lead_table.work.items == []
    assert "Lê Văn Một" in get_document(desk, doc).receiver_sign


def test_a_bad_reply_is_explained_and_nothing_changes(qtbot, desk, recorded) -> None:  # type: ignore[no-untyped-def]
    doc = _incoming(desk, "16/UBND-VP")
    desk.actor = LEADER
    service.assign(desk, doc, lead="canbo1", days=3)
    officer = _panel(qtbot, desk, ONE)
    assert officer.select("lead", doc)
    officer.done_current()
    dialog = officer.dialog
    assert isinstance(dialog, DoneDialog)
    type_text(qtbot, dialog.reply, "abc")
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert recorded and "abc" in recorded[-1].text
    assert reading.handling_of(desk, doc).state == "assigned"
    dialog.reject()


def test_rows_are_coloured_and_counted(qtbot, qtmodeltester, desk) -> None:  # type: ignore[no-untyped-def]
    long_ago = _day() - dt.timedelta(days=20)
    late = _incoming(desk, "1/A", long_ago)
    soon = _incoming(desk, "2/B")
    calm = _incoming(desk, "3/C")
    desk.actor = LEADER
    service.assign(desk, late, lead="canbo1", days=3, at=f"{long_ago} 09:00")
    service.assign(desk, soon, lead="canbo1", due=vn_today())
    service.assign(desk, calm, lead="canbo1", due=vn_today() + dt.timedelta(days=30))
    panel = _panel(qtbot, desk, ONE)
    model = panel.lead_table.work
    qtmodeltester.check(model)
    assert [i.document_id for i in model.items] == [late, soon, calm]
    marks = [model.data(model.index(r, 0), DEADLINE_ROLE) for r in range(3)]
    assert marks == ["overdue", "due_soon", "on_track"]
    fg = model.data(model.index(0, 2), Qt.ItemDataRole.ForegroundRole)
    assert isinstance(fg, QBrush) and fg.color() == LATE_TEXT
    bg = model.data(model.index(1, 2), Qt.ItemDataRole.BackgroundRole)
    assert isinstance(bg, QBrush) and bg.color() == DUE_TODAY_BACKGROUND
    assert model.data(model.index(2, 2), Qt.ItemDataRole.BackgroundRole) is None
    assert "quá hạn" in model.data(model.index(0, 5))
    assert panel.counts_text == "Văn bản quá hạn: 1; sắp đến hạn: 1"

    desk.actor = ONE
    window = MainWindow(desk)
    qtbot.addWidget(window)
    window.show_panel("processing")
    row = [s.key for s in window.specs].index("processing")
    assert window.nav.item(row).text() == "Văn bản cần xử lý (1/1)"
    assert window.counts.text() == "Văn bản quá hạn: 1; sắp đến hạn: 1"
    window.show_panel("incoming")  # the permanent field stays
    from PySide6.QtWidgets import QLabel

    field = window.statusBar().findChild(QLabel, "processing_status")
    assert field is not None and field.text() == "Văn bản quá hạn: 1; sắp đến hạn: 1"


def test_the_reminder_shows_once_a_day(qtbot, desk) -> None:  # type: ignore[no-untyped-def]
    doc = _incoming(desk, "4/D")
    desk.actor = LEADER
    service.assign(desk, doc, lead="canbo1", due=vn_today())
    panel = _panel(qtbot, desk, ONE)
    texts: list[str] = []
    panel.reminded.connect(texts.append)
    panel.remind()
    assert panel.banner.isVisible()
    assert "1 văn bản sắp đến hạn" in panel.banner.text.text()
    qtbot.mouseClick(panel.banner.close_button, Qt.MouseButton.LeftButton)
    panel.remind()  # an hour later, the same day: nothing new
    assert not panel.banner.isVisible() and len(texts) == 1
    leader = _panel(qtbot, desk, LEADER)  # another person is reminded on their own
    leader.remind()
    assert leader.banner.isVisible()


def test_the_dashboard_tile_and_the_documents_behind_it(qtbot, desk) -> None:  # type: ignore[no-untyped-def]
    from ui.reports.dashboard import MISSING, DashboardPanel

    done = _incoming(desk, "5/E", dt.date(2026, 4, 27))
    late = _incoming(desk, "6/F", dt.date(2026, 4, 27))
    desk.actor = LEADER
    for doc in (done, late):
        service.assign(desk, doc, lead="canbo1", due="2026-05-05", at="2026-04-28 09:00")
    desk.actor = ONE
    service.done(desk, done, note="Để biết, lưu", at="2026-05-04 10:00")
    desk.actor = CLERK
    panel = DashboardPanel(desk)
    qtbot.addWidget(panel)
    panel.resize(1200, 800)
    panel.show()
    op = panel.set_period("2026-Q2")
    assert op is not None
    qtbot.waitUntil(lambda: op.done and panel.figures is not None, timeout=10000)
    tile = panel.tiles["processing"]
    assert tile.isVisible() and tile.value.text() == "1/2"
    assert "quá hạn 1" in tile.note.text()
    qtbot.mouseClick(tile, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.rows_model.rowCount() == 1, timeout=5000)
    model = panel.rows_model
    assert model.data(model.index(0, 3)) == "5/E"
    assert model.headerData(5, Qt.Orientation.Horizontal) == "Giải quyết đúng hạn"
    panel.show_choice.setCurrentIndex(panel.show_choice.findData(MISSING))
    assert model.rowCount() == 1 and model.data(model.index(0, 3)) == "6/F"


def test_the_administrator_has_no_work_list_and_no_refusal_is_logged(qtbot, desk) -> None:  # type: ignore[no-untyped-def]
    from desktop.kernel import audit

    admin = Actor("quantri", frozenset({Role.ADMIN}), "Quản trị")
    with desk.db.read() as s:
        before = audit.head(s)
    panel = _panel(qtbot, desk, admin)
    panel.refresh()
    panel.remind()
    assert panel.work is None and not panel.banner.isVisible()
    with desk.db.read() as s:
        assert audit.head(s) == before


def test_the_leader_extends_reassigns_and_takes_back(qtbot, desk, recorded) -> None:  # type: ignore[no-untyped-def]
    from ui.kit import messages

    doc = _incoming(desk, "7/G")
    desk.actor = LEADER
    service.assign(desk, doc, lead="canbo1", due=vn_today())
    panel = _panel(qtbot, desk, LEADER)
    assert panel.select("handled", doc) and panel.extend_button.isEnabled()
    qtbot.mouseClick(panel.extend_button, Qt.MouseButton.LeftButton)
    dialog = panel.dialog
    assert isinstance(dialog, AssignDialog) and dialog.lead.isHidden()
    dialog.by_date.setChecked(True)
    dialog.due.setDate(vn_today() + dt.timedelta(days=20))
    type_text(qtbot, dialog.instruction, "Chờ số liệu của huyện")
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    v = reading.handling_of(desk, doc)
    assert v.due_date == vn_today() + dt.timedelta(days=20)
    assert v.history[-1].step == "extend" and v.history[-1].text == "Chờ số liệu của huyện"

    assert panel.select("handled", doc)
    qtbot.mouseClick(panel.reassign_button, Qt.MouseButton.LeftButton)
    dialog = panel.dialog
    assert isinstance(dialog, AssignDialog) and dialog.days.isHidden()
    dialog.lead.setCurrentIndex(dialog.lead.findData("vanthu"))
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert reading.handling_of(desk, doc).lead == "vanthu"

    assert panel.select("handled", doc)
    messages.answers.append("Giao phòng khác")
    qtbot.mouseClick(panel.take_back_button, Qt.MouseButton.LeftButton)
    assert reading.handling_of(desk, doc).state == "submitted"
    assert panel.select("waiting", doc)


def test_the_clerk_submits_what_is_addressed_to_the_chairperson(qtbot, desk) -> None:  # type: ignore[no-untyped-def]
    desk.actor = CLERK
    day = _day()
    ids = [register_incoming(desk, IncomingInput(
        received=day, organ_name="UBND huyện", symbol=symbol, issued=day, type_name="Công văn",
        subject="Về việc họp", recipients=to)).id
        for symbol, to in (("8/H", "Chủ tịch UBND xã"), ("9/I", "Văn phòng"))]
    panel = _panel(qtbot, desk, CLERK)
    messages_seen: list[str] = []
    panel.message.connect(messages_seen.append)
    qtbot.mouseClick(panel.submit_all_button, Qt.MouseButton.LeftButton)
    assert messages_seen == ["Đã trình 1 văn bản gửi Chủ tịch."]
    assert [i.document_id for i in panel.all_table.work.items] == [ids[0]]


def test_the_slip_is_previewed_and_saved(qtbot, desk, tmp_path) -> None:  # type: ignore[no-untyped-def]
    import pypdf

    from ui.processing.slip import SlipDialog

    doc = _incoming(desk, "10/K")
    desk.actor = LEADER
    service.assign(desk, doc, lead="canbo1", days=3, instruction="Báo cáo trước thứ Sáu")
    officer = _panel(qtbot, desk, ONE)
    assert officer.select("lead", doc)
    qtbot.mouseClick(officer.slip_button, Qt.MouseButton.LeftButton)
    dialog = officer.dialog
    assert isinstance(dialog, SlipDialog)
    out = dialog.save(tmp_path / "phieu.pdf")
    assert out is not None
    text = " ".join(p.extract_text() for p in pypdf.PdfReader(str(out)).pages)
    assert "PHIẾU GIẢI QUYẾT VĂN BẢN ĐẾN" in text and "Báo cáo trước thứ Sáu" in text
    dialog.reject()
