"""A document received through the interchange shows its key, the checks made on arrival and
what later packages did to it on its page."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from desktop.interchange.envelope import REVOCATION
from desktop.interchange.receive import register_package
from tests.interchange.edxml_helpers import KEY, business, cong_van, package_bytes
from ui.documents.view import DocumentDialog


def rows(dialog: DocumentDialog) -> dict[str, str]:
    found: dict[str, str] = {}
    for r in range(dialog.meta.rowCount()):
        label = dialog.meta.itemAt(r, dialog.meta.ItemRole.LabelRole).widget()
        value = dialog.meta.itemAt(r, dialog.meta.ItemRole.FieldRole).widget()
        assert isinstance(label, QLabel) and isinstance(value, QLabel)
        found[label.text().replace("<b>", "").replace("</b>", "").rstrip(":")] = value.text()
    return found


def test_the_page_shows_the_interchange_checks_and_the_revocation(qtbot, ui_office) -> None:
    got = register_package(ui_office, package_bytes(cong_van()), "a.edxml")
    dialog = DocumentDialog(ui_office, got.view.id)
    qtbot.addWidget(dialog)
    shown = rows(dialog)
    assert shown["Mã văn bản liên thông"] == KEY
    assert shown["Chữ ký số XML của gói"] == "Không có"
    assert shown["Chữ ký số của tệp 1234-UBND-VP.pdf"] == "không có chữ ký số"
    assert "Liên thông" not in shown
    register_package(ui_office, package_bytes(business(cong_van(), REVOCATION, "Nhầm")), "b.edxml")
    dialog = DocumentDialog(ui_office, got.view.id)
    qtbot.addWidget(dialog)
    shown = rows(dialog)
    assert shown["Liên thông"] == "Đã bị cơ quan gửi thu hồi"
    assert shown["Tình trạng"].startswith("ĐÃ HỦY: Thu hồi theo gói edXML")


def test_a_document_outside_the_interchange_has_no_such_rows(qtbot, ui_office) -> None:
    from tests.ui.conftest import add_incoming

    doc = add_incoming(ui_office)
    dialog = DocumentDialog(ui_office, doc.id)
    qtbot.addWidget(dialog)
    assert "Mã văn bản liên thông" not in rows(dialog)
