"""The drafts panel shows a secret draft another officer wrote with its subject masked, in the
window's language, and refuses to open it for signing; the author reads it whole."""

from __future__ import annotations

from pathlib import Path

from desktop.accounts.users import add_user
from desktop.drafting import service
from desktop.kernel.auth import Actor, Role
from tests.drafting.draft_helpers import draft_pdf
from ui.drafting.panel import DraftsPanel
from ui.kit import messages
from ui.kit.i18n import apply_language

ONE = Actor("canbo1", frozenset({Role.OFFICER}), "Lê Văn Một")
TWO = Actor("canbo2", frozenset({Role.OFFICER}), "Phạm Thị Hai")
CHAIR = Actor("chutich", frozenset({Role.LEADER}), "Nguyễn Văn Chủ")
SUBJECT = "Phương án bảo vệ kho vũ khí"


def _panel(qtbot, office, actor: Actor) -> DraftsPanel:  # type: ignore[no-untyped-def]
    office.actor = actor
    panel = DraftsPanel(office)
    qtbot.addWidget(panel)
    panel.show()
    return panel


def test_a_secret_draft_is_masked_for_another_officer(qtbot, ui_office, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    for a in (ONE, TWO, CHAIR):
        add_user(ui_office, a.username, "matkhau-chung", sorted(a.roles), a.full_name)
    pdf = tmp_path / "ke-hoach.pdf"
    pdf.write_bytes(draft_pdf())
    ui_office.actor = ONE
    with ui_office.unit():
        draft = service.create_draft(ui_office, service.DraftInput(
            "Kế hoạch", SUBJECT, CHAIR.username, pdf, secrecy="mat")).id

    author = _panel(qtbot, ui_office, ONE)
    assert author.table.item(0, 3).text() == SUBJECT

    apply_language("en")
    other = _panel(qtbot, ui_office, TWO)
    assert other.table.item(0, 3).text() == "(secret document — no access)"
    other.table.setCurrentCell(0, 0)
    assert SUBJECT not in other.details.toPlainText()
    before = len(messages.recorded)
    other._key_dialog(other.current(), "personal", "", lambda *_a: None)  # type: ignore[arg-type]
    assert len(messages.recorded) == before + 1  # the refusal, shown; no signing dialog
    assert "DT-" in messages.recorded[-1].text and str(draft) in messages.recorded[-1].text
