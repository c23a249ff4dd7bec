"""Working days in the window's English: "1 working day", "2 working days" (Qt numerus forms),
in the dossier's view and the receipt's spin box; Vietnamese unchanged."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QFormLayout, QLabel

from desktop.dossiers.service import ComponentInput, DossierInput, receive
from ui.dossiers.form import DossierReceiptDialog
from ui.dossiers.view import DossierDialog
from ui.kit.i18n import apply_language


@pytest.fixture
def english() -> Iterator[None]:
    assert apply_language("en"), "make install builds resources/translations/vanthu_en.qm"
    yield
    apply_language("vi")


def _limit_shown(qtbot, office, days: int) -> str:
    view = receive(office, DossierInput(
        received="2026-04-29 09:00", procedure=f"Thủ tục thử số {days}", days=days,
        applicant="Nguyễn Thị Hoa", components=[ComponentInput("Tờ khai", "ban-chinh", 1)]))
    dialog = DossierDialog(office, view.code)
    qtbot.addWidget(dialog)
    texts = []
    for row in range(dialog.meta.rowCount()):
        item = dialog.meta.itemAt(row, QFormLayout.ItemRole.FieldRole)
        if item is not None and isinstance(item.widget(), QLabel):
            texts.append(item.widget().text())
    return next(t for t in texts if "ngày làm việc" in t or "working" in t)


def test_the_view_reads_one_working_day_and_two_working_days(qtbot, ui_office, english) -> None:
    assert _limit_shown(qtbot, ui_office, 1) == "1 working day"
    assert _limit_shown(qtbot, ui_office, 2) == "2 working days"
    apply_language("vi")
    assert _limit_shown(qtbot, ui_office, 1) == "1 ngày làm việc"


def test_the_receipt_suffix_follows_the_number(qtbot, ui_office, english) -> None:
    dialog = DossierReceiptDialog(ui_office)
    qtbot.addWidget(dialog)
    dialog.days.setValue(1)
    assert dialog.days.text() == "1 working day"
    dialog.days.setValue(2)
    assert dialog.days.text() == "2 working days"
    apply_language("vi")
    dialog.days.setValue(1)
    assert dialog.days.text() == "1 ngày làm việc"
