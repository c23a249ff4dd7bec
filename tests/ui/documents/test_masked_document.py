"""A tuyệt mật document seen by an officer without the right: the register's row in grey
italics with the mask, the page saying so, its open/attach/edit buttons disabled."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from desktop.accounts.users import add_user
from desktop.kernel.auth import SYSTEM, Actor, Role
from desktop.shell.services import Direction
from tests.ui.conftest import add_incoming, make_pdf
from ui.documents.view import DocumentDialog
from ui.registers.model import DOC_ID_ROLE, RegisterModel

OFFICER = Actor("canbo1", frozenset({Role.OFFICER}), "Lê Văn Một")
MASK = "(văn bản mật — không có quyền xem)"


def _secret(office: object, tmp_path: Path) -> tuple[int, int]:
    pdf = make_pdf(tmp_path / "pa.pdf", "PHƯƠNG ÁN bảo vệ kho vũ khí")
    plain = add_incoming(office, symbol="5/TB-UBND", subject="Lịch tiếp dân")
    secret = add_incoming(office, symbol="12/PA-CA", organ_name="Công an huyện",
                          subject="Bảo vệ kho vũ khí", secrecy="tuyet-mat", files=[pdf])
    add_user(office, OFFICER.username, "matkhau-chung", [Role.OFFICER])  # type: ignore[arg-type]
    return plain.id, secret.id  # type: ignore[attr-defined]


def test_a_masked_row_is_grey_italic_with_the_mask(qtmodeltester, ui_office,
                                                   tmp_path: Path) -> None:
    plain, secret = _secret(ui_office, tmp_path)
    ui_office.actor = OFFICER
    model = RegisterModel(ui_office, Direction.INCOMING)
    qtmodeltester.check(model, force_py=True)
    rows = {model.data(model.index(r, 0), DOC_ID_ROLE): r for r in range(model.rowCount())}
    subject = next(c for c, col in enumerate(model.columns) if col.sort == "subject")
    organ = next(c for c, col in enumerate(model.columns) if col.sort == "organ_name")
    hidden = model.index(rows[secret], subject)
    assert model.data(hidden) == MASK
    assert model.data(model.index(rows[secret], organ)) == ""
    assert model.data(hidden, Qt.ItemDataRole.FontRole).italic()
    assert model.data(hidden, Qt.ItemDataRole.ForegroundRole).color().name() == "#757575"
    assert "Tuyệt mật" in model.data(hidden, Qt.ItemDataRole.ToolTipRole)
    shown = model.index(rows[plain], subject)
    assert "Lịch tiếp dân" in model.data(shown)
    assert model.data(shown, Qt.ItemDataRole.FontRole) is None
    ui_office.actor = SYSTEM
    model.refresh()
    row = {model.data(model.index(r, 0), DOC_ID_ROLE): r for r in range(model.rowCount())}
    assert "kho vũ khí" in model.data(model.index(row[secret], subject))


def test_opening_a_masked_document_says_so(qtbot, ui_office, tmp_path: Path) -> None:
    _plain, secret = _secret(ui_office, tmp_path)
    ui_office.actor = OFFICER
    dialog = DocumentDialog(ui_office, secret)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.doc.masked and dialog.files.count() == 0
    assert "12/PA-CA" not in dialog.windowTitle() and "Tuyệt mật" in dialog.windowTitle()
    assert not dialog.open_button.isEnabled()
    assert "không có quyền xem nội dung" in dialog.open_button.toolTip()
    assert dialog.right.currentWidget() is dialog.no_preview
    assert "không có quyền" in dialog.no_preview.text()
    texts = [dialog.meta.itemAt(i).widget().text() for i in range(dialog.meta.count())
             if dialog.meta.itemAt(i).widget() is not None]
    assert MASK in texts and not any("kho vũ khí" in t for t in texts)
    assert not any("Công an huyện" in t for t in texts)
    assert not dialog.acceptDrops()


def test_the_clerk_opens_it_as_before(qtbot, ui_office, tmp_path: Path) -> None:
    _plain, secret = _secret(ui_office, tmp_path)
    dialog = DocumentDialog(ui_office, secret)  # the system actor of an office without accounts
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.doc.masked and dialog.files.count() == 1
    assert dialog.open_button.isEnabled() and "12/PA-CA" in dialog.windowTitle()
