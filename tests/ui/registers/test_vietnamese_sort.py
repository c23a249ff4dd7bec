"""Clicking "Tác giả" sorts the register in Vietnamese order (issue 14, 9: the order was
Sở… / UBND… / Đảng ủy…, Đ after U)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt

from desktop.shell.services import Direction
from tests.ui.conftest import add_incoming
from ui.kit.tables import VietnameseSortProxy, vietnamese_sorted
from ui.registers.panel import RegisterPanel


def test_clicking_the_author_header_sorts_vietnamese(qtbot, ui_office) -> None:
    for n, name in enumerate(["Sở Nội vụ", "UBND huyện Bình Sơn", "Đảng ủy xã", "Cục Thuế"], 1):
        add_incoming(ui_office, symbol=f"{n}/CV-X", organ_name=name)
    panel = RegisterPanel(ui_office, Direction.INCOMING)
    qtbot.addWidget(panel)
    panel.show()
    header = panel.view.horizontalHeader()
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(header.sectionViewportPosition(2) + 5, 5))
    shown = [panel.model.data(panel.model.index(r, 2)) for r in range(panel.model.rowCount())]
    expected = ["Cục Thuế", "Đảng ủy xã", "Sở Nội vụ", "UBND huyện Bình Sơn"]
    if header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder:
        expected.reverse()
    assert panel.model.query.sort == "organ_name"
    assert shown == expected


def test_the_sort_proxy_and_lists_use_vietnamese_order(qtmodeltester) -> None:
    from PySide6.QtCore import QStringListModel

    names = ["UBND xã", "Đảng ủy", "Sở Y tế", "Dân quân", "Ủy ban MTTQ", "an ninh"]
    assert vietnamese_sorted(names) == ["an ninh", "Dân quân", "Đảng ủy", "Sở Y tế", "UBND xã",
                                        "Ủy ban MTTQ"]
    source = QStringListModel(names)
    proxy = VietnameseSortProxy()
    proxy.setSourceModel(source)
    proxy.sort(0)
    qtmodeltester.check(proxy)
    assert [proxy.index(r, 0).data() for r in range(proxy.rowCount())] == vietnamese_sorted(names)
