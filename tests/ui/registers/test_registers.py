"""Registering through the forms, as a clerk does, and finding documents again."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from desktop.accounts.users import add_user
from desktop.core.clock import vn_today
from desktop.kernel.auth import Role
from desktop.registers.registry import ListQuery, count_documents
from desktop.shell.services import Direction
from tests.ui.conftest import add_incoming, open_main_window, type_text
from ui.kit.date_field import qdate
from ui.registers.incoming_form import IncomingDialog
from ui.registers.outgoing_form import OutgoingDialog


def test_register_incoming_with_the_keyboard(qtbot, ui_office) -> None:
    window = open_main_window(qtbot, ui_office)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = window.dialog
    assert isinstance(dialog, IncomingDialog)
    qtbot.waitExposed(dialog)
    type_text(qtbot, dialog.organ, "Sở Nội vụ tỉnh Quảng Ngãi")
    type_text(qtbot, dialog.symbol, "125/SNV-CCHC")
    dialog.issued.setDate(qdate(vn_today()).addDays(-2))
    dialog.doc_type.setCurrentIndex(dialog.doc_type.findData("Công văn"))
    type_text(qtbot, dialog.subject, "V/v triển khai công tác cải cách hành chính năm 2026")
    type_text(qtbot, dialog.recipients, "Chủ tịch UBND xã")
    qtbot.keyClick(dialog.recipients, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    assert dialog.result() == IncomingDialog.DialogCode.Accepted
    panel = window.register_panel(Direction.INCOMING)
    assert panel.model.rowCount() == 1
    row = panel.view.currentIndex().row()
    assert row == 0
    assert panel.model.data(panel.model.index(row, 1)) == "01"
    assert panel.model.data(panel.model.index(row, 3)) == "125/SNV-CCHC"
    assert "01" in window.statusBar().currentMessage()
    assert "Tổng 1 văn bản" in window.counts.text()


def test_invalid_input_is_explained_next_to_its_field(qtbot, ui_office) -> None:
    dialog = IncomingDialog(ui_office)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(qtbot, dialog.organ, "Sở Tài chính")
    type_text(qtbot, dialog.symbol, "so 12 khong dung")
    type_text(qtbot, dialog.subject, "V/v quyết toán ngân sách")
    qtbot.keyClick(dialog.subject, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.isVisible() and dialog.saved is None
    widget, label = dialog.errors.fields["symbol"]
    assert widget is dialog.symbol
    assert label.isVisible() and "Ví dụ đúng" in label.text()
    assert count_documents(ui_office, ListQuery(Direction.INCOMING)) == 0


def test_duplicate_registration_warns(qtbot, ui_office, recorded) -> None:
    add_incoming(
        ui_office,
        symbol="77/UBND-VP",
        organ_name="UBND huyện Bình Sơn",
        issued=vn_today(),
        type_name="Công văn",
    )
    window = open_main_window(qtbot, ui_office)
    window.new_incoming()
    dialog = window.dialog
    assert isinstance(dialog, IncomingDialog)
    type_text(qtbot, dialog.organ, "UBND huyện Bình Sơn")
    type_text(qtbot, dialog.symbol, "77/UBND-VP")
    dialog.doc_type.setCurrentIndex(dialog.doc_type.findData("Công văn"))
    type_text(qtbot, dialog.subject, "V/v họp giao ban")
    qtbot.keyClick(dialog.subject, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert [m.kind for m in recorded] == ["warning"]
    assert "đã được đăng ký" in recorded[0].text


def test_register_outgoing_shows_the_assigned_symbol(qtbot, ui_office) -> None:
    window = open_main_window(qtbot, ui_office)
    qtbot.keyClick(
        window,
        Qt.Key.Key_N,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    dialog = window.dialog
    assert isinstance(dialog, OutgoingDialog)
    dialog.doc_type.setCurrentIndex(dialog.doc_type.findData("Quyết định"))
    type_text(qtbot, dialog.subject, "Về việc thành lập Tổ công tác chuyển đổi số")
    type_text(qtbot, dialog.signer, "Nguyễn Văn An")
    type_text(qtbot, dialog.signer_title, "Chủ tịch")
    type_text(qtbot, dialog.recipients, "Như Điều 3")
    qtbot.keyClick(dialog.recipients, Qt.Key.Key_Enter, Qt.KeyboardModifier.ControlModifier)
    assert "01/QĐ-UBND" in window.statusBar().currentMessage()
    panel = window.register_panel(Direction.OUTGOING)
    assert window.stack.currentWidget() is panel
    assert panel.model.data(panel.view.currentIndex().siblingAtColumn(0)) == "01/QĐ-UBND"


def test_escape_cancels_the_form(qtbot, ui_office, recorded) -> None:
    """Escape on a changed form asks first (issue 14, 8); "Không" keeps what was typed."""
    from ui.kit import messages

    window = open_main_window(qtbot, ui_office)
    window.new_incoming()
    dialog = window.dialog
    type_text(qtbot, dialog.organ, "Sở Y tế")
    qtbot.keyClick(dialog.organ, Qt.Key.Key_Escape)
    assert [r.kind for r in recorded] == ["question"]
    assert dialog.isVisible() and dialog.organ.text() == "Sở Y tế"
    messages.answers.append(True)
    qtbot.keyClick(dialog.organ, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert window.register_panel(Direction.INCOMING).model.rowCount() == 0


def test_search_without_diacritics_filters_the_register(qtbot, ui_office) -> None:
    add_incoming(
        ui_office,
        symbol="10/TB-STC",
        organ_name="Sở Tài chính",
        type_name="Thông báo",
        subject="Thông báo kết quả thẩm định quyết toán",
    )
    add_incoming(
        ui_office,
        symbol="11/KH-UBND",
        organ_name="UBND huyện Bình Sơn",
        type_name="Kế hoạch",
        subject="Kế hoạch phòng chống thiên tai năm 2026",
    )
    add_incoming(
        ui_office,
        symbol="12/GM-UBND",
        organ_name="UBND huyện Bình Sơn",
        type_name="Giấy mời",
        subject="Mời dự họp về phòng chống lụt bão",
    )
    window = open_main_window(qtbot, ui_office)
    panel = window.register_panel(Direction.INCOMING)
    assert panel.model.rowCount() == 3
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert panel.search.hasFocus()
    type_text(qtbot, panel.search, "phong chong")
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2, timeout=2000)
    subjects = {panel.model.data(panel.model.index(r, 5)) for r in range(2)}
    assert all("phòng chống" in s for s in subjects)
    assert "Đang hiện 2 dòng" in window.counts.text()
    panel.search.clear()
    type_text(qtbot, panel.search, "tai chinh")
    qtbot.keyClick(panel.search, Qt.Key.Key_Return)
    assert panel.model.rowCount() == 1


def test_status_filter_shows_only_urgent(qtbot, ui_office) -> None:
    add_incoming(
        ui_office,
        symbol="1/CĐ-UBND",
        type_name="Công điện",
        urgency="hoa-toc",
        subject="Về việc ứng phó với bão số 5",
    )
    add_incoming(ui_office, symbol="2/TB-UBND", type_name="Thông báo", subject="Lịch trực")
    window = open_main_window(qtbot, ui_office)
    panel = window.register_panel(Direction.INCOMING)
    panel.status.setCurrentIndex(panel.status.findData("__urgent__"))
    assert panel.model.rowCount() == 1
    assert panel.model.data(panel.model.index(0, 3)) == "1/CĐ-UBND"
    assert "Khẩn: 1" in panel.counts_text


def test_officer_is_refused_and_nothing_is_added(qtbot, ui_office, recorded) -> None:
    add_user(ui_office, "quantri", "matkhau-qt", [Role.ADMIN])
    add_user(ui_office, "canbo", "matkhau-cb", [Role.OFFICER], "Trần Thị Bình")
    ui_office.sign_in("canbo", "matkhau-cb")
    window = open_main_window(qtbot, ui_office)
    assert not window.act_new_in.isEnabled() and not window.act_new_in.isVisible()
    assert "Trần Thị Bình" in window.user.text()
    # Hiding is a convenience; the service is the check.
    dialog = IncomingDialog(ui_office, window)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(qtbot, dialog.organ, "Sở Tư pháp")
    type_text(qtbot, dialog.symbol, "5/STP-HCTP")
    type_text(qtbot, dialog.subject, "V/v hướng dẫn chứng thực")
    qtbot.keyClick(dialog.subject, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert [m.kind for m in recorded] == ["warning"]
    assert "không có quyền" in recorded[0].text
    assert dialog.saved is None
    assert count_documents(ui_office, ListQuery(Direction.INCOMING)) == 0


def test_completion_offers_known_agencies_without_diacritics(qtbot, ui_office) -> None:
    add_incoming(ui_office, organ_name="Sở Giáo dục và Đào tạo")
    dialog = IncomingDialog(ui_office)
    qtbot.addWidget(dialog)
    dialog.show()
    organ: QLineEdit = dialog.organ
    type_text(qtbot, organ, "giao duc")
    completer = organ.completer()
    assert completer.model().stringList() == ["Sở Giáo dục và Đào tạo"]


def test_opening_a_row_shows_the_document_and_cancelling_refreshes(qtbot, ui_office) -> None:
    add_incoming(ui_office, symbol="9/TB-UBND", type_name="Thông báo", subject="Lịch trực Tết")
    window = open_main_window(qtbot, ui_office)
    panel = window.register_panel(Direction.INCOMING)
    panel.view.setFocus()
    panel.view.selectRow(0)
    window.act_open.trigger()
    from ui.documents.view import DocumentDialog
    from ui.kit import messages

    dialog = window.dialog
    assert isinstance(dialog, DocumentDialog) and dialog.doc.symbol == "9/TB-UBND"
    messages.answers.append("Vào sổ nhầm")
    dialog.cancel_button.click()
    assert "Đã hủy: 1" in window.counts.text()
    font = panel.model.data(panel.model.index(0, 0), Qt.ItemDataRole.FontRole)
    assert font.strikeOut()
    assert "ĐÃ HỦY: Vào sổ nhầm" in panel.model.data(panel.model.index(0, 9))
