"""The register shows which entries have files (issue 14, "Also seen"): a paperclip in the
summary column, with a tooltip; none on an entry without files."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.shell.services import Direction
from tests.ui.conftest import add_incoming, make_pdf
from ui.registers.model import RegisterModel


def test_entries_with_files_carry_a_paperclip(qtmodeltester, ui_office, tmp_path) -> None:
    with_file = add_incoming(ui_office, symbol="1/CV-X", files=[make_pdf(tmp_path / "a.pdf")])
    add_incoming(ui_office, symbol="2/CV-X")
    model = RegisterModel(ui_office, Direction.INCOMING)
    qtmodeltester.check(model)
    column = next(i for i, c in enumerate(model.columns) if c.sort == "subject")
    rows = {model.data(model.index(r, 3)): r for r in range(model.rowCount())}
    marked = model.index(rows["1/CV-X"], column)
    plain = model.index(rows["2/CV-X"], column)
    assert with_file.has_file
    assert model.data(marked, Qt.ItemDataRole.DecorationRole) is not None
    assert "Có tệp đính kèm" in model.data(marked, Qt.ItemDataRole.ToolTipRole)
    assert model.data(plain, Qt.ItemDataRole.DecorationRole) is None
