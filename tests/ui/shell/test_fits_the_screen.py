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


@pytest.mark.parametrize("language", ["vi", "en"])
def test_the_dashboard_tiles_show_their_whole_text_at_1366_by_768(qtbot, ui_office,
                                                                   language: str) -> None:
    """A tile's note is wrapped to the width it has and the tile gets that height (the dossier
    tile's breakdown was cut after one line), the chart below yields the room, the window stays
    768 px tall."""
    from ui.shell.main_window import MainWindow

    apply_language(language)
    window = MainWindow(ui_office)
    qtbot.addWidget(window)
    window.show()
    window.showNormal()  # (the test screen is 800 px tall: not maximised on it)
    window.resize(1366, 768)
    window.show_panel("dashboard")
    panel = window.panel("dashboard")
    qtbot.waitUntil(lambda: panel.figures is not None, timeout=10_000)  # type: ignore[attr-defined]
    tile = panel.tiles["dossiers"]  # type: ignore[attr-defined]
    tile.setVisible(True)
    tile.note.setText("Phải giải quyết 5 hồ sơ (tiếp nhận trong kỳ 2, kỳ trước chuyển sang 3): "
                      "đã giải quyết trước hạn 0, đúng hạn 0, quá hạn 0; đang giải quyết trong "
                      "hạn 3, quá hạn 2. Đúng hạn 3/5.")
    panel.fit_tiles()  # type: ignore[attr-defined]
    area = panel.tile_area  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: tile.note.height() >= tile.note.heightForWidth(tile.note.width())
                    and area.verticalScrollBar().maximum() == 0)
    assert window.height() == 768
    for t in panel.tiles.values():  # type: ignore[attr-defined]
        if t.isVisible():
            assert t.note.height() >= t.note.heightForWidth(t.note.width()), t.key
            assert t.title.height() >= t.title.heightForWidth(t.title.width()), t.key
    assert area.verticalScrollBar().maximum() == 0  # nothing hidden below the tiles
    assert panel.chart.height() >= 190  # type: ignore[attr-defined]
