"""A window action is one transaction: registering a pending scan calls two services (the
registration, then marking the scan used); when the second fails, the first is undone too —
no document without its scan marked, no number spent, the scan still waiting."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import Qt

from bench.extract_testset import build_cases
from desktop.registers.registry import ListQuery, count_documents
from desktop.shell.services import Direction
from tests.conftest import snapshot
from tests.ui.conftest import type_text
from tests.ui.digitise.test_scans_inbox import drop, make_panel
from ui.digitise.pending_form import PendingIncomingDialog


def test_registering_a_scan_is_undone_whole_when_its_second_step_fails(
    qtbot, ui_office, tmp_path, recorded
) -> None:
    case = build_cases(1, 7)[0]
    page = tmp_path / "cv-den.png"
    page.write_bytes(case.data)
    panel = make_panel(qtbot, ui_office, extract=True)
    drop(panel, [page])
    qtbot.waitUntil(lambda: panel.table.rowCount() == 1, timeout=30_000)
    db = ui_office.location.sqlite_path
    con = sqlite3.connect(db)
    con.execute("CREATE TRIGGER refuse_mark BEFORE UPDATE ON inbox_items "
                "BEGIN SELECT RAISE(ABORT, 'the disk is full'); END")
    con.commit()
    before = snapshot(ui_office)

    panel.register_button.click()
    dialog = panel.dialog
    assert isinstance(dialog, PendingIncomingDialog)
    type_text(qtbot, dialog.recipients, "Chủ tịch UBND xã")
    qtbot.keyClick(dialog.recipients, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    assert recorded and recorded[-1].kind == "error"
    assert "dữ liệu giữ nguyên" in recorded[-1].text
    assert snapshot(ui_office) == before
    assert count_documents(ui_office, ListQuery(Direction.INCOMING)) == 0
    assert dialog.isVisible()  # the clerk's typing is still there to save again

    con.execute("DROP TRIGGER refuse_mark")
    con.commit()
    con.close()
    with qtbot.waitSignal(panel.registered, timeout=3000) as signal:
        qtbot.keyClick(dialog.recipients, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert signal.args[0].number == 1  # the undone attempt spent no number
    assert panel.table.rowCount() == 0
