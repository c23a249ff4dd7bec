"""The window's lists write the mask of a secret document in the window's language, whatever
the language the service ran in: the leader's work list, a case file's table of contents, the
documents behind a report figure, the dispatches on the drafts panel and the document's page.
Loaded in one language and shown in the other (the language switched while they are open)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.accounts.users import add_user
from desktop.casefiles import filling
from desktop.casefiles import service as casefiles
from desktop.core.periods import Period
from desktop.drafting.dispatch import dispatch
from desktop.kernel.auth import SYSTEM, Actor, Role
from desktop.processing import service
from desktop.registers import secrecy
from desktop.registers.registry import OutgoingInput, get_document, register_outgoing
from desktop.reports.figures import incoming_rows
from tests.ui.conftest import add_incoming
from ui.casefiles.panel import CaseFilePanel
from ui.documents.metadata import metadata_rows
from ui.drafting.panel import DraftsPanel
from ui.kit.i18n import apply_language
from ui.processing.panel import WorkPanel
from ui.reports.figure_rows import FigureRowsModel, figure_rows

LEADER = Actor("chutich", frozenset({Role.LEADER}), "Nguyễn Văn Chủ")
MASKS = {"vi": "(văn bản mật — không có quyền xem)", "en": "(secret document — no access)"}
SECRET = "Phương án bảo vệ kho vũ khí"


def _arrange(office: Any) -> tuple[int, int]:
    """A tối mật incoming document waiting for the leader, filed in a case file, and a tối mật
    outgoing one sent by post; then the leaders' grant is revoked."""
    office.actor = SYSTEM
    add_user(office, LEADER.username, "matkhau-chung", [Role.LEADER], LEADER.full_name)
    incoming = add_incoming(office, received=dt.date(2026, 4, 27), issued=dt.date(2026, 4, 25),
                            symbol="12/PA-CA", organ_name="Công an huyện", subject=SECRET,
                            secrecy="toi-mat").id
    now = dt.datetime(2026, 4, 28, 9, 0)
    service.submit(office, incoming, at="2026-04-27 15:00", now=now)
    casefiles.open_file(office, "01.VP", 2026, title="Hồ sơ quốc phòng", outside_plan=True)
    filling.add_documents(office, "01.VP", [incoming], 2026)
    outgoing = register_outgoing(office, OutgoingInput(
        issued="2026-04-27", type_name="Kế hoạch", subject=SECRET, signer_name="Nguyễn Văn Chủ",
        signer_title="Chủ tịch", secrecy="toi-mat")).id
    dispatch(office, outgoing, "Bộ Chỉ huy Quân sự tỉnh", "buu-dien", dt.date(2026, 4, 28))
    secrecy.revoke(office, "mat", role="lanh-dao")
    office.actor = LEADER
    return incoming, outgoing


@pytest.mark.parametrize(("loaded", "shown"), [("vi", "en"), ("en", "vi"), ("en", "en"),
                                               ("vi", "vi")])
def test_every_list_writes_the_mask_in_the_window_language(qtbot: Any, ui_office: Any,
                                                           loaded: str, shown: str) -> None:
    incoming, outgoing = _arrange(ui_office)
    apply_language(loaded)
    work = WorkPanel(ui_office)
    files = CaseFilePanel(ui_office)
    drafts = DraftsPanel(ui_office)
    for widget in (work, files, drafts):
        qtbot.addWidget(widget)
    files.year.setValue(2026)
    assert files.select_file("01.VP", 2026)
    period = Period(dt.date(2026, 4, 1), dt.date(2026, 4, 30), "4/2026")
    figure = FigureRowsModel()
    figure.set_rows(figure_rows("incoming", incoming_rows(ui_office, period), []), "digitized")
    page = get_document(ui_office, incoming)

    apply_language(shown)
    QApplication.processEvents()  # the LanguageChange each open panel receives
    mask = MASKS[shown]
    waiting = work.waiting_table.work
    assert [waiting.data(waiting.index(r, 2)) for r in range(waiting.rowCount())] == [mask]
    assert waiting.data(waiting.index(0, 1)) == ""
    assert files.contents.item(0, 3).text() == mask
    assert files.contents.item(0, 1).text() == ""
    assert figure.data(figure.index(0, 4)) == mask
    assert figure.data(figure.index(0, 4), Qt.ItemDataRole.ToolTipRole) == mask
    sent = drafts._sent_and_linked(outgoing)
    assert len(sent) == 1 and mask in sent[0] and "Bộ Chỉ huy" not in sent[0]
    assert (mask in dict(metadata_rows(page)).values()
            and SECRET not in dict(metadata_rows(page)).values())
    other = MASKS["vi" if shown == "en" else "en"]
    texts = [waiting.data(waiting.index(0, 2)), files.contents.item(0, 3).text(),
             figure.data(figure.index(0, 4)), *sent]
    assert not any(other in t for t in texts)


def test_the_cleared_reader_sees_the_subject(qtbot: Any, ui_office: Any, tmp_path: Path) -> None:
    incoming, _outgoing = _arrange(ui_office)
    ui_office.actor = SYSTEM
    files = CaseFilePanel(ui_office)
    qtbot.addWidget(files)
    files.year.setValue(2026)
    assert files.select_file("01.VP", 2026)
    assert files.contents.item(0, 3).text() == SECRET
    rows = figure_rows("incoming", incoming_rows(ui_office, Period(
        dt.date(2026, 4, 1), dt.date(2026, 4, 30), "4/2026")), [])
    assert [r.shown_subject for r in rows if r.doc_id == incoming] == [SECRET]
