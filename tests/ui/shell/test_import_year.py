"""After importing last year's register the window shows that year and says so (issue 14,
"Also seen": the view stayed on this year with no hint)."""

from __future__ import annotations

from desktop.core.clock import vn_today
from desktop.shell.services import Direction
from ui.registers.import_dialog import start_import
from ui.shell.main_window import MainWindow


def test_the_imported_year_is_shown(qtbot, ui_office, tmp_path, recorded) -> None:
    last = vn_today().year - 1
    csv = tmp_path / "so-den-cu.csv"
    csv.write_text(
        'Ngày đến,Số đến,Tác giả,"Số, ký hiệu văn bản",Ngày tháng văn bản,'
        "Tên loại và trích yếu nội dung,Đơn vị hoặc người nhận,Ghi chú\n"
        f"02/03/{last},1,Sở Tài chính,01/STC-NS,01/03/{last},Công văn về việc dự toán,Kế toán,\n",
        encoding="utf-8",
    )
    window = MainWindow(ui_office)
    qtbot.addWidget(window)
    window.show()
    window.show_panel("outgoing")
    done: list[str] = []
    op = start_import(window, ui_office, "incoming", csv, done.append, window.show_imported_year)
    qtbot.waitUntil(lambda: op.done, timeout=10000)
    assert done == ["incoming"], recorded
    panel = window.register_panel(Direction.INCOMING)
    assert window.stack.currentWidget() is panel
    assert panel.year.currentData() == last
    assert panel.model.rowCount() == 1
    assert str(last) in window.statusBar().currentMessage()
