"""Issue 14, finding 10: in English the report screen names the period in English ("Figures
for May 2026", not "Figures for tháng 5 năm 2026"), also after switching language on figures
already loaded, and the dossier tile's words are English."""

from __future__ import annotations

from desktop.dossiers.service import DossierInput, receive
from ui.kit.i18n import apply_language
from ui.reports.dashboard import DashboardPanel


def test_the_period_and_the_dossier_tile_in_english(qtbot, ui_office) -> None:
    receive(ui_office, DossierInput(received="2026-05-29 09:00",
                                    procedure="Xác nhận tình trạng hôn nhân",
                                    applicant="Nguyễn Thị Lan"))
    panel = DashboardPanel(ui_office)
    qtbot.addWidget(panel)
    panel.show()
    op = panel.set_period("2026-05")
    assert op is not None
    qtbot.waitUntil(lambda: op.done and panel.figures is not None, timeout=10000)
    assert panel.heading.text() == "Số liệu tháng 5 năm 2026"
    assert panel.part.currentText() == "Tháng 5"

    apply_language("en")  # switched on figures counted in Vietnamese
    qtbot.waitUntil(lambda: panel.heading.text() == "Figures for May 2026", timeout=3000)
    assert panel.part.currentText() == "May"
    tile = panel.tiles["dossiers"]
    assert (tile.value.text(), tile.ratio.text()) == ("1/1", "reaching 100%")
    assert tile.note.text().startswith("Dossiers to handle: 1 (received in the period 1")
    assert "hồ sơ" not in tile.note.text() and "tháng" not in panel.heading.text()

    apply_language("vi")
    qtbot.waitUntil(lambda: panel.heading.text() == "Số liệu tháng 5 năm 2026", timeout=3000)
    assert tile.note.text().startswith("Phải giải quyết 1 hồ sơ")


def test_quarters_read_iv_in_vietnamese_and_q4_in_english(qtbot, ui_office) -> None:
    panel = DashboardPanel(ui_office)
    qtbot.addWidget(panel)
    panel.kind.setCurrentIndex(panel.kind.findData("quarter"))
    items = lambda: [panel.part.itemText(i) for i in range(panel.part.count())]  # noqa: E731
    assert items() == ["Quý I", "Quý II", "Quý III", "Quý IV"]
    apply_language("en")
    qtbot.waitUntil(lambda: items() == ["Q1", "Q2", "Q3", "Q4"], timeout=3000)
    apply_language("vi")
