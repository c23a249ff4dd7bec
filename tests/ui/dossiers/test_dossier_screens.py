"""The one-stop desk on screen: receiving by keyboard, the panel, the dossier view, the forms."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont

from desktop.dossiers.service import (
    ComponentInput,
    DossierInput,
    State,
    advance,
    get_dossier,
    receive,
)
from tests.ui.conftest import make_pdf, type_text
from ui.dossiers.form import DossierReceiptDialog
from ui.dossiers.form_printing import FormPreviewDialog
from ui.dossiers.model import (
    CODE_ROLE,
    DEADLINE_ROLE,
    DUE_TODAY,
    LATE,
    NORMAL,
    DossierModel,
    now_vn,
)
from ui.dossiers.panel import DossierPanel
from ui.dossiers.view import DossierDialog
from ui.kit import messages, worker
from ui.shell.main_window import MainWindow

PROCEDURE = "Xác nhận tình trạng hôn nhân"  # 03 working days in the catalogue


def _receive(office: object, received: str | dt.datetime, **changes: object) -> object:
    values: dict[str, object] = dict(
        received=received,
        procedure=PROCEDURE,
        applicant="Nguyễn Thị Hoa",
        address="Thôn An Phú, xã Bình Phú",
        components=[ComponentInput("Tờ khai", "ban-chinh", 1)],
    )
    values.update(changes)
    return receive(office, DossierInput(**values))  # type: ignore[arg-type]


def _window(qtbot, office) -> MainWindow:
    window = MainWindow(office)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    return window


def _panel(qtbot, office) -> DossierPanel:
    panel = DossierPanel(office)
    qtbot.addWidget(panel)
    panel.show()
    return panel


def test_receive_by_keyboard_shows_the_appointment_and_the_row(qtbot, ui_office, recorded):
    window = _window(qtbot, ui_office)
    panel = window.panel("dossiers")
    assert isinstance(panel, DossierPanel)
    qtbot.keyClick(window, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    dialog = panel.dialog
    assert isinstance(dialog, DossierReceiptDialog)
    assert window.stack.currentWidget() is panel
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
    assert dialog.procedure.hasFocus()

    line = dialog.procedure.lineEdit()
    type_text(qtbot, line, "hôn nhân")  # completion matches anywhere in the name
    popup = dialog.procedure.completer().popup()
    assert popup.isVisible()
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert dialog.procedure.currentText() == PROCEDURE
    assert dialog.days.value() == 3  # the catalogue's limit, filled in
    qtbot.keyClick(line, Qt.Key.Key_Tab)
    assert dialog.days.hasFocus()
    qtbot.keyClick(dialog.days, Qt.Key.Key_Tab)  # on to the time of receipt
    assert dialog.received.hasFocus()
    qtbot.keyClick(dialog.received.time, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(dialog.received.time, "0900")
    qtbot.keyClick(dialog.received.time, Qt.Key.Key_Tab)  # Tab: from the time to the date
    assert dialog.received.date.edit.hasFocus()
    qtbot.keyClick(dialog.received.date.edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(dialog.received.date.edit, "29/04/2026")
    assert dialog.received.dateTime().toPython() == dt.datetime(2026, 4, 29, 9, 0)
    # Thursday 30/4 and Friday 1/5 are holidays, then the weekend: due Wednesday 6/5 at 09:00
    assert "Hẹn trả kết quả: 09:00 06/05/2026" in dialog.appointment.text()

    qtbot.keyClick(dialog.days, Qt.Key.Key_Up)  # editable: one more working day
    assert "07/05/2026" in dialog.appointment.text()
    qtbot.keyClick(dialog.days, Qt.Key.Key_Down)
    assert "06/05/2026" in dialog.appointment.text()

    type_text(qtbot, dialog.applicant, "Trần Văn Bình")
    type_text(qtbot, dialog.address, "Thôn Phú Lộc, xã Bình Phú")
    qtbot.keyClicks(dialog.phone, "0905 123 456")
    dialog.component_table.table.item(0, 0).setText("Tờ khai xác nhận tình trạng hôn nhân")
    messages.answers.append(False)  # no receipt printed now
    qtbot.keyClick(dialog.phone, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    assert dialog.result() == DossierReceiptDialog.DialogCode.Accepted
    saved = dialog.saved
    assert saved.appointment == dt.datetime(2026, 5, 6, 9, 0)
    assert saved.applicant_phone == "0905 123 456"
    assert [c.name for c in saved.components] == ["Tờ khai xác nhận tình trạng hôn nhân"]
    assert any("In giấy tiếp nhận" in r.title for r in recorded)
    # the panel moved to April 2026 and selected the new row
    assert panel.period() == (dt.date(2026, 4, 1), dt.date(2026, 4, 30))
    assert panel.model.rowCount() == 1
    row = panel.view.currentIndex().row()
    assert row == 0
    model = panel.model
    assert model.data(model.index(row, 0)) == saved.code
    assert model.data(model.index(row, 2)) == "Trần Văn Bình"
    assert model.data(model.index(row, 4)) == "09:00 06/05/2026"
    assert saved.code in window.statusBar().currentMessage()
    assert "tiếp nhận 1" in window.counts.text()


def test_field_errors_are_shown_inline(qtbot, ui_office) -> None:
    dialog = DossierReceiptDialog(ui_office)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(qtbot, dialog.procedure.lineEdit(), PROCEDURE)
    type_text(qtbot, dialog.applicant, "Lê Thị Lan")
    qtbot.keyClicks(dialog.phone, "abc")
    qtbot.keyClick(dialog.phone, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.isVisible() and dialog.saved is None
    widget, label = dialog.errors.fields["phone"]
    assert widget is dialog.phone and label.isVisible()
    assert "Số điện thoại không hợp lệ" in label.text()
    from ui.kit import messages

    messages.answers.append(True)  # "Bỏ thông tin đã nhập?" — yes
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.result() == DossierReceiptDialog.DialogCode.Rejected


def test_supplement_and_back_appear_in_the_history(qtbot, ui_office, recorded) -> None:
    view = _receive(ui_office, "2026-04-29 09:00")
    dialog = DossierDialog(ui_office, view.code)
    qtbot.addWidget(dialog)
    dialog.show()
    assert set(dialog.step_buttons) == {"processing", "supplement", "done", "rejected", "withdrawn"}
    assert dialog.history.rowCount() == 1
    assert dialog.components.item(0, 1).text() == "Tờ khai"

    dialog.at.setDateTime(dt.datetime(2026, 4, 29, 10, 0))
    messages.answers.extend(["Thiếu bản sao giấy khai sinh", False])
    qtbot.mouseClick(dialog.step_buttons["supplement"], Qt.MouseButton.LeftButton)
    assert dialog.view.status == State.SUPPLEMENT.value
    assert set(dialog.step_buttons) == {"supplemented", "withdrawn", "stopped"}
    assert any("phiếu yêu cầu bổ sung" in r.text.lower() for r in recorded)

    # back on Tuesday 5/5: the clock stood still for 29/4 and 4/5, two working days
    dialog.at.setDateTime(dt.datetime(2026, 5, 5, 8, 0))
    messages.answers.append("Đã nộp bản sao giấy khai sinh")
    dialog.step_buttons["supplemented"].click()
    assert dialog.view.status == State.SUPPLEMENTED.value
    assert dialog.view.appointment == dt.datetime(2026, 5, 8, 9, 0)
    h = dialog.history
    assert h.rowCount() == 3
    rows = [[h.item(r, c).text() for c in range(h.columnCount())] for r in range(3)]
    assert rows[1][3] == "10:00 29/04/2026"
    assert rows[1][4] == "Chờ bổ sung, hoàn thiện" and rows[1][5] == "Trước hạn"
    assert rows[1][6] == "Thiếu bản sao giấy khai sinh"
    assert rows[1][2] == "Nguyễn Thị Hoa"  # handed back to the applicant
    assert rows[2][4] == "Đã bổ sung" and rows[2][1] == "Nguyễn Thị Hoa"
    assert get_dossier(ui_office, view.code).status == State.SUPPLEMENTED.value


def test_a_refused_step_shows_the_service_message(qtbot, ui_office, recorded) -> None:
    view = _receive(ui_office, "2026-04-29 09:00")
    dialog = DossierDialog(ui_office, view.code)
    qtbot.addWidget(dialog)
    dialog.at.setDateTime(dt.datetime(2026, 4, 28, 9, 0))  # before the receipt
    messages.answers.append("")
    dialog.step_buttons["withdrawn"].click()
    assert dialog.view.status == State.RECEIVED.value
    assert recorded[-1].kind == "warning" and "sớm hơn" in recorded[-1].text


def test_late_and_due_today_rows_are_marked(qtbot, ui_office) -> None:
    late = _receive(ui_office, "2026-04-29 09:00", applicant="Phạm Văn Trễ")
    done = _receive(ui_office, "2026-04-29 10:00", applicant="Võ Thị Xong")
    advance(ui_office, done.code, "done", at="2026-05-04 10:00")
    model = DossierModel(ui_office)
    model.set_query(dt.date(2026, 4, 1), dt.date(2026, 4, 30))
    row = model.row_of(late.code)
    assert model.data(model.index(row, 0), DEADLINE_ROLE) == LATE
    assert "quá hạn" in model.data(model.index(row, 5))
    assert isinstance(model.data(model.index(row, 2), Qt.ItemDataRole.FontRole), QFont)
    assert not model.data(model.index(row, 0), Qt.ItemDataRole.DecorationRole).isNull()
    assert model.data(model.index(row, 1), Qt.ItemDataRole.ForegroundRole) is not None
    row = model.row_of(done.code)
    assert model.data(model.index(row, 0), DEADLINE_ROLE) == NORMAL
    assert model.data(model.index(row, 5)) == "Đã có kết quả"
    assert model.data(model.index(row, 0), Qt.ItemDataRole.DecorationRole) is None

    model.fixed_now = dt.datetime(2026, 5, 6, 8, 0)  # the morning of the appointment
    model.refresh()
    row = model.row_of(late.code)
    assert model.data(model.index(row, 0), DEADLINE_ROLE) == DUE_TODAY
    assert model.data(model.index(row, 1), Qt.ItemDataRole.BackgroundRole) is not None

    model.fixed_now = None
    model.set_query(dt.date(2026, 4, 1), dt.date(2026, 4, 30), DossierModel.LATE)
    assert [model.data(model.index(r, 0), CODE_ROLE) for r in range(model.rowCount())] == [
        late.code
    ]


def test_panel_filters_counts_and_banner(qtbot, ui_office, recorded) -> None:
    now = now_vn()
    _receive(ui_office, "2026-04-29 09:00", applicant="Phạm Văn Trễ")
    fresh = _receive(ui_office, now - dt.timedelta(minutes=5), applicant="Đặng Thị Mới", days=10)
    panel = _panel(qtbot, ui_office)
    assert panel.model.rowCount() == 1  # this month: only the fresh one
    assert "tiếp nhận 1" in panel.counts.text()
    panel.month.setCurrentIndex(4)
    panel.year.setValue(2026)
    assert panel.model.rowCount() == 1
    assert "Phạm Văn Trễ" in panel.model.data(panel.model.index(0, 2))
    # judged at the period's end (30/4), before its appointment on 6/5
    assert "đang giải quyết 1 (quá hạn 0)" in panel.counts.text()
    panel.month.setCurrentIndex(5)  # May: carried over, still open, late by the month's end
    assert panel.model.rowCount() == 0
    assert "tiếp nhận 0" in panel.counts.text() and "(quá hạn 1)" in panel.counts.text()

    panel.month.setCurrentIndex(0)  # the whole year
    panel.year.setValue(now.year)
    if now.year == 2026:
        assert panel.model.rowCount() == 2
        panel.search.setText("dang thi")  # without diacritics
        qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=2000)
        assert panel.model.data(panel.model.index(0, 0)) == fresh.code

    assert panel.banner.isVisibleTo(panel)
    assert panel.late_list.count() == 1 and "Phạm Văn Trễ" in panel.late_list.itemText(0)
    panel.apology_button.click()
    apology = panel.dialog
    assert apology is not None
    type_text(qtbot, apology.reason, "Cần xác minh thêm tại nơi cư trú")
    apology.accept()
    assert worker.wait_all()
    preview = panel.printer.preview_dialog
    assert isinstance(preview, FormPreviewDialog) and preview.kind == "apology"
    assert preview.preview.document.pageCount() >= 1
    preview.close()


def test_receipt_pdf_is_written(qtbot, ui_office, tmp_path: Path, recorded) -> None:
    scan = make_pdf(tmp_path / "to-khai.pdf", "Tờ khai")
    view = _receive(
        ui_office,
        "2026-04-29 09:00",
        components=[
            ComponentInput("Tờ khai", "ban-chinh", 1),
            ComponentInput("CCCD", "ban-sao", 2),
        ],
        files=[scan],
    )
    dialog = DossierDialog(ui_office, view.code)
    qtbot.addWidget(dialog)
    assert dialog.components.item(0, 4).text() == "to-khai.pdf"
    out = tmp_path / "out" / "giay-tiep-nhan.pdf"
    op = dialog.printer.save_pdf(view.code, "receipt", out)
    assert op is not None and worker.wait_all()
    assert dialog.printer.saved is not None and out.exists()
    text = "".join(page.extract_text() for page in pypdf.PdfReader(out).pages)
    assert view.code in text
    assert "06/05/2026" in text
    assert recorded[-1].kind == "info" and str(out) in recorded[-1].text

    dialog.print_actions["control"].trigger()
    assert worker.wait_all()
    assert dialog.printer.preview_dialog is not None
    assert dialog.printer.preview_dialog.preview.document.pageCount() >= 1
    dialog.printer.preview_dialog.close()


def test_components_with_scans_go_first(qtbot, ui_office, tmp_path: Path) -> None:
    dialog = DossierReceiptDialog(ui_office)
    qtbot.addWidget(dialog)
    table = dialog.component_table
    table.table.item(0, 0).setText("Tờ khai")
    table.add_row("Giấy khai sinh", "ban-sao", 2, make_pdf(tmp_path / "ks.pdf"))
    table.add_row("")  # empty rows are left out
    comps, files = table.components()
    assert [c.name for c in comps] == ["Giấy khai sinh", "Tờ khai"]
    assert comps[0].form == "ban-sao" and comps[0].count == 2
    assert files == [tmp_path / "ks.pdf"]


def test_model_passes_qtmodeltester(qtmodeltester, ui_office) -> None:
    for i in range(5):
        _receive(ui_office, f"2026-04-2{i + 1} 09:00", applicant=f"Người nộp {i}")
    model = DossierModel(ui_office)
    model.set_query(dt.date(2026, 4, 1), dt.date(2026, 4, 30))
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == 5
    model.sort(2, Qt.SortOrder.DescendingOrder)
    assert model.data(model.index(0, 2)) == "Người nộp 4"
    qtmodeltester.check(model, force_py=True)


@pytest.mark.parametrize("language", ["en"])
def test_panel_retranslates(qtbot, ui_office, language) -> None:
    from ui.kit.i18n import apply_language

    panel = _panel(qtbot, ui_office)
    apply_language(language)
    assert panel.receive_button.text()
