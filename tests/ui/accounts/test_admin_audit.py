"""The audit log screen over a real office: registrations listed newest first in Vietnam time,
filters, double-click to the document, and the integrity check naming an edited entry."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest
from argon2 import PasswordHasher
from PySide6.QtCore import Qt

from desktop.accounts.users import add_user
from desktop.core.clock import vn_today
from desktop.kernel.auth import Role
from desktop.kernel.office import audit_entries
from tests.ui.conftest import add_incoming, type_text
from ui.accounts.audit_model import AuditModel, flatten, local_time
from ui.accounts.audit_panel import AuditPanel
from ui.documents.view import DocumentDialog
from ui.shell.main_window import MainWindow


@pytest.fixture(autouse=True)
def quick_hashes(monkeypatch) -> None:
    """Argon2 at its lightest: these tests are about the log, not about password strength."""
    from desktop.kernel import auth

    monkeypatch.setattr(auth, "_hasher", PasswordHasher(time_cost=1, memory_cost=64, parallelism=1))


def _people(office) -> dict[str, int]:
    """quantri (admin) and vanthu (clerk); vanthu registers two documents, then quantri
    signs in to read the log."""
    add_user(office, "quantri", "mat-khau-qt", [Role.ADMIN], "Lê Thị Thu")
    add_user(office, "vanthu", "mat-khau-vt", [Role.CLERK], "Phạm Văn Thư")
    office.sign_in("vanthu", "mat-khau-vt")
    first = add_incoming(office, symbol="21/UBND-VP")
    second = add_incoming(office, symbol="22/UBND-VP")
    office.sign_in("quantri", "mat-khau-qt")
    return {"first": first.id, "second": second.id}


def _panel(qtbot, office) -> AuditPanel:
    panel = AuditPanel(office)
    qtbot.addWidget(panel)
    panel.resize(1200, 700)
    panel.show()  # showing loads the first page
    assert panel.last is not None
    qtbot.waitUntil(lambda: panel.last.done, timeout=5000)
    return panel


def _column(panel: AuditPanel, col: int) -> list[str]:
    m = panel.model
    return [m.data(m.index(r, col)) for r in range(m.rowCount())]


def test_vietnam_time_and_summaries() -> None:
    assert local_time(dt.datetime(2026, 11, 21, 20, 5)).strftime("%d/%m/%Y %H:%M") == (
        "22/11/2026 03:05"
    )
    assert flatten('{"so": 1, "ky_hieu": "21/UBND-VP", "ghi_chu": ""}') == (
        "so: 1; ky_hieu: 21/UBND-VP"
    )
    assert flatten("") == ""


def test_lists_registrations_newest_first(qtbot, ui_office) -> None:
    docs = _people(ui_office)
    panel = _panel(qtbot, ui_office)
    entries, total = audit_entries(ui_office)
    assert panel.model.total == total and panel.model.rowCount() == total
    assert _column(panel, 0) == [str(e.seq) for e in entries]  # newest first
    actions = _column(panel, 3)
    assert actions.count("Đăng ký văn bản đến") == 2
    assert "Khởi tạo cơ quan" in actions and "Thêm tài khoản" in actions
    row = actions.index("Đăng ký văn bản đến")
    assert _column(panel, 4)[row] == str(docs["second"])
    assert _column(panel, 2)[row] == "vanthu"
    assert _column(panel, 1)[row] == local_time(entries[row].at).strftime("%d/%m/%Y %H:%M:%S")
    assert "22/UBND-VP" in _column(panel, 5)[row]
    assert panel.page_label.text() == f"Mục 1–{total} trên {total}"


def test_filters_by_person_document_and_dates(qtbot, ui_office) -> None:
    docs = _people(ui_office)
    panel = _panel(qtbot, ui_office)
    type_text(qtbot, panel.actor, "vanthu")
    qtbot.keyClick(panel.actor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.last.done, timeout=5000)
    assert set(_column(panel, 2)) == {"vanthu"}
    assert _column(panel, 3).count("Đăng ký văn bản đến") == 2

    panel.actor.clear()
    type_text(qtbot, panel.document, str(docs["first"]))
    qtbot.mouseClick(panel.apply_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.last.done, timeout=5000)
    assert _column(panel, 4) == [str(docs["first"])]

    op = panel.clear_filters()
    qtbot.waitUntil(lambda: op.done, timeout=5000)
    everything = panel.model.rowCount()
    assert everything > 1
    panel.use_start.setChecked(True)
    panel.start.setDate(vn_today() + dt.timedelta(days=2))
    op = panel.apply_filters()
    qtbot.waitUntil(lambda: op.done, timeout=5000)
    assert panel.model.rowCount() == 0 and panel.page_label.text() == "Không có mục nào."


def test_pages_through_a_long_log(qtbot, ui_office, monkeypatch) -> None:
    from ui.accounts import audit_panel

    monkeypatch.setattr(audit_panel, "PAGE_SIZE", 2)
    for i in range(3):
        add_incoming(ui_office, symbol=f"{30 + i}/UBND-VP")
    panel = _panel(qtbot, ui_office)
    total = panel.model.total
    assert panel.model.rowCount() == 2 and not panel.previous.isEnabled()
    qtbot.mouseClick(panel.next, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.last.done, timeout=5000)
    assert panel.model.offset == 2 and panel.previous.isEnabled()
    assert panel.page_label.text() == f"Mục 3–4 trên {total}"


def test_double_click_opens_the_document(qtbot, ui_office) -> None:
    docs = _people(ui_office)
    window = MainWindow(ui_office)
    qtbot.addWidget(window)
    window.show()
    window.show_panel("audit")
    panel = window.panel("audit")
    assert isinstance(panel, AuditPanel)
    assert window.nav.currentItem().text() == "Nhật ký"
    qtbot.waitUntil(lambda: panel.last is not None and panel.last.done, timeout=5000)
    row = _column(panel, 4).index(str(docs["first"]))
    rect = panel.view.visualRect(panel.model.index(row, 3))
    qtbot.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert isinstance(window.dialog, DocumentDialog)
    assert window.dialog.doc_id == docs["first"]
    window.dialog.close()


def test_integrity_check_passes_on_untouched_data(qtbot, ui_office, recorded) -> None:
    add_incoming(ui_office)
    panel = _panel(qtbot, ui_office)
    qtbot.mouseClick(panel.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.last.done, timeout=10000)
    assert recorded[-1].kind == "info"
    assert recorded[-1].text.startswith("Dữ liệu toàn vẹn")


def test_an_edited_entry_is_named(qtbot, ui_office, recorded) -> None:
    _people(ui_office)
    target = next(e for e in audit_entries(ui_office)[0] if e.action == "dang-ky-den")
    db = ui_office.location.sqlite_path
    with sqlite3.connect(db) as con:  # someone edits the log behind the program's back
        con.execute("UPDATE audit_log SET actor = 'nguoi-khac' WHERE seq = ?", (target.seq,))
    con.close()
    panel = _panel(qtbot, ui_office)
    qtbot.mouseClick(panel.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.last.done and panel.model.broken_seq is not None, timeout=10000)
    qtbot.waitUntil(lambda: panel.last.done, timeout=5000)
    shown = recorded[-1]
    assert shown.kind == "warning" and shown.title == "Dữ liệu không toàn vẹn"
    assert f"Mục nhật ký số {target.seq} đã bị sửa sau khi ghi." in shown.text
    assert f"số {target.seq}" in panel.result.text()
    current = panel.view.currentIndex()
    assert panel.model.data(current.siblingAtColumn(0)) == str(target.seq)
    assert panel.model.data(current, Qt.ItemDataRole.BackgroundRole) is not None


def test_model_passes_qtmodeltester(qtmodeltester, ui_office) -> None:
    _people(ui_office)
    model = AuditModel()
    entries, total = audit_entries(ui_office)
    model.set_page(entries, total, 0)
    qtmodeltester.check(model, force_py=True)


def test_an_officer_sees_no_log(qtbot, ui_office) -> None:
    add_user(ui_office, "canbo", "mat-khau-cb", [Role.OFFICER])
    ui_office.sign_in("canbo", "mat-khau-cb")
    panel = AuditPanel(ui_office)
    qtbot.addWidget(panel)
    panel.show()
    assert panel.last is None and panel.notice.isVisible()
    assert not panel.check_button.isEnabled()
