"""The one-stop desk's moment field: time and date typed, nothing rolled over."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from desktop.core.errors import UserError
from ui.kit.datetime_field import DateTimeField, checked_datetime


@pytest.mark.parametrize("typed", ["09:00", "9:00", "0900", "9h00", "9"])
def test_times_as_typed(qtbot, typed: str) -> None:
    field = DateTimeField(value=dt.datetime(2026, 4, 29, 8, 0))
    qtbot.addWidget(field)
    qtbot.keyClick(field.time, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(field.time, typed)
    assert field.value() == dt.datetime(2026, 4, 29, 9, 0)


@pytest.mark.parametrize(("time", "date", "says"), [("25:00", "29/04/2026", "Không có giờ"),
                                                    ("09:00", "31/04/2026", "chỉ có 30 ngày"),
                                                    ("", "29/04/2026", "Chưa nhập giờ")])
def test_impossible_moments_are_refused(qtbot, time: str, date: str, says: str) -> None:
    field = DateTimeField()
    qtbot.addWidget(field)
    qtbot.keyClicks(field.time, time)
    field.date.edit.clear()
    qtbot.keyClicks(field.date.edit, date)
    assert field.value() is None
    with pytest.raises(UserError, match=says):
        checked_datetime(field, "received")
