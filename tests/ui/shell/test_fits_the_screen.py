"""Every panel fits a clerk's 1366×768 screen, in Vietnamese and in English (issue 14, 6): the
window's minimum size is the largest of its panels', so one wide toolbar or filter row cut off
the dashboard's tiles and the status bar on every panel."""

from __future__ import annotations

import pytest

from ui.kit.i18n import apply_language


@pytest.mark.parametrize("language", ["vi", "en"])
def test_the_main_window_needs_no_more_than_1366_by_768(qtbot, ui_office, language: str) -> None:
    from ui.shell.main_window import MainWindow

    apply_language(language)
    window = MainWindow(ui_office)  # every panel built, as the leader (all buttons) sees them
    qtbot.addWidget(window)
    need = window.minimumSizeHint()
    assert need.width() <= 1366, need.width()
    assert need.height() <= 768, need.height()


def test_a_compact_date_field_keeps_the_whole_date_in_its_tooltip(qtbot) -> None:
    import datetime as dt

    from ui.kit.fields import date_edit

    apply_language("vi")
    wide, narrow = date_edit(value=dt.date(2026, 11, 15)), date_edit(value=dt.date(2026, 11, 15),
                                                                     compact=True)
    qtbot.addWidget(wide)
    qtbot.addWidget(narrow)
    assert narrow.minimumSizeHint().width() < wide.minimumSizeHint().width() - 100
    assert wide.shown.text().lower() == "= chủ nhật, 15/11/2026"
    assert narrow.shown.text().lower() == "cn" and narrow.shown.toolTip() == wide.shown.text()
    narrow.edit.setText("32/13/2026")
    assert narrow.shown.text() == "⚠" and narrow.shown.toolTip().startswith("⚠ ")
