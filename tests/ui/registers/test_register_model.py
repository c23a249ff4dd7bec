"""The lazy register model: windows of rows, database sorting and filtering, failed rows."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from desktop.core.clock import vn_today
from desktop.registers import registry
from desktop.shell.services import Direction
from tests.ui.conftest import add_incoming
from ui.registers.model import DOC_ID_ROLE, RegisterModel


def _fill(office: object, n: int) -> None:
    organs = ["UBND huyện Bình Sơn", "Sở Tài chính", "Công an xã", "Bảo hiểm xã hội huyện"]
    for i in range(n):
        add_incoming(
            office,
            symbol=f"{i + 1}/TB-X",
            organ_name=organs[i % len(organs)],
            type_name="Thông báo",
            subject=f"Thông báo số {i + 1} về lịch trực",
            urgency="khan" if i == 2 else None,
            due=vn_today() - dt.timedelta(days=3) if i == 4 else None,
        )


def test_model_passes_qtmodeltester(qtmodeltester, ui_office) -> None:
    _fill(ui_office, 7)
    model = RegisterModel(ui_office, Direction.INCOMING)
    model.BLOCK = 3
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == 7


def test_rows_are_fetched_lazily_in_windows(ui_office) -> None:
    _fill(ui_office, 10)
    model = RegisterModel(ui_office, Direction.INCOMING)
    model.BLOCK = 4
    model.MAX_BLOCKS = 2
    assert model.rowCount() == 10
    assert model.fetches == 0  # only the count so far
    assert model.data(model.index(9, 1)) == "10"
    assert model.fetches == 1
    model.data(model.index(8, 2))
    assert model.fetches == 1  # same window, from the cache
    model.data(model.index(0, 1))
    model.data(model.index(5, 1))
    model.data(model.index(9, 1))  # evicted by the two windows since: fetched again
    assert model.fetches == 4


def test_urgent_and_overdue_rows_are_marked_beyond_colour(ui_office) -> None:
    _fill(ui_office, 6)
    model = RegisterModel(ui_office, Direction.INCOMING)
    urgent, overdue, plain = model.index(2, 0), model.index(4, 0), model.index(0, 0)
    assert model.data(urgent, Qt.ItemDataRole.FontRole).bold()
    assert not model.data(urgent, Qt.ItemDataRole.DecorationRole).isNull()
    assert "Khẩn" in model.data(urgent, Qt.ItemDataRole.ToolTipRole)
    assert model.data(overdue, Qt.ItemDataRole.BackgroundRole) is not None
    assert "Quá hạn" in model.data(overdue, Qt.ItemDataRole.ToolTipRole)
    assert model.data(plain, Qt.ItemDataRole.DecorationRole) is None


def test_sorting_and_filtering_happen_in_the_query(ui_office) -> None:
    _fill(ui_office, 5)
    model = RegisterModel(ui_office, Direction.INCOMING)
    model.sort(2, Qt.SortOrder.DescendingOrder)  # Tác giả
    assert model.query.sort == "organ_name" and model.query.descending
    assert model.data(model.index(0, 2)) == "UBND huyện Bình Sơn"
    model.sort(7)  # Ngày chuyển: the database does not sort it, nothing changes
    assert model.query.sort == "organ_name"
    model.set_query(text="so tai chinh")
    assert model.rowCount() == 1
    assert model.data(model.index(0, 2)) == "Sở Tài chính"


def test_a_row_that_fails_to_load_is_a_disabled_row(ui_office, monkeypatch, qtmodeltester) -> None:
    _fill(ui_office, 3)
    model = RegisterModel(ui_office, Direction.INCOMING)

    def broken(*_a: object, **_k: object) -> list[object]:
        raise RuntimeError("disk gone")

    monkeypatch.setattr("ui.registers.model.list_documents", broken)
    index = model.index(1, 0)
    assert model.flags(index) & Qt.ItemFlag.ItemIsEnabled == Qt.ItemFlag.NoItemFlags
    assert "không tải được" in model.data(model.index(1, 0))
    assert model.data(index, DOC_ID_ROLE) is None
    qtmodeltester.check(model, force_py=True)
    monkeypatch.setattr("ui.registers.model.list_documents", registry.list_documents)
    model.refresh()
    assert model.flags(model.index(1, 0)) & Qt.ItemFlag.ItemIsEnabled
