"""A secret draft by the rule of registered documents (desktop/drafting/secret.py): its author,
the leader who is to sign it and the readers whose grants cover its level read it; anyone else
sees its reference, state and level with the subject masked, and its PDF is refused and
audited. On SQLite and PostgreSQL."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop.core.errors import PermissionDenied
from desktop.drafting import service
from desktop.kernel.office import Office
from desktop.registers import secrecy
from models.entities import AuditEntry
from tests.drafting.draft_helpers import draft_pdf
from tests.registers.test_secrecy_service import CLERK, LEADER, MASK, ONE, TWO, as_, desk_on_both

__all__ = ["desk_on_both"]  # the fixture, on both backends

SUBJECT = "Phương án bảo vệ kho vũ khí"


def _drafts(office: Office, tmp_path: Path) -> tuple[int, int]:
    """A tuyệt mật draft and a plain one, both written by canbo1 for the chairperson."""
    ids = []
    for subject, level in ((SUBJECT, "tuyet-mat"), ("Lịch tiếp dân tháng năm", None)):
        pdf = tmp_path / f"{level}.pdf"
        pdf.write_bytes(draft_pdf())
        with as_(office, ONE).unit():
            ids.append(service.create_draft(office, service.DraftInput(
                "Kế hoạch", subject, LEADER.username, pdf, recipients="Ban Chỉ huy Quân sự",
                secrecy=level)).id)
    return ids[0], ids[1]


def _seen(office: Office, actor, draft_id: int) -> service.DraftView:  # type: ignore[no-untyped-def]
    [view] = [d for d in service.list_drafts(as_(office, actor)) if d.id == draft_id]
    assert service.get_draft(office, draft_id) == view
    return view


def _refusals(office: Office) -> int:
    with office.db.read() as s:
        return int(s.scalar(select(func.count()).select_from(AuditEntry)
                            .where(AuditEntry.action == "tu-choi")) or 0)


@pytest.mark.parametrize("actor", [ONE, LEADER, CLERK], ids=lambda a: a.username)
def test_the_author_the_signer_and_a_cleared_clerk_read_it(desk_on_both: Office, tmp_path: Path,
                                                           actor) -> None:  # type: ignore[no-untyped-def]
    secret, _plain = _drafts(desk_on_both, tmp_path)
    view = _seen(desk_on_both, actor, secret)
    assert (view.subject, view.recipients, view.masked) == (SUBJECT, "Ban Chỉ huy Quân sự", False)
    assert view.versions[0].name == "tuyet-mat.pdf"
    assert service.current_pdf(desk_on_both, secret).startswith(b"%PDF")


def test_anyone_else_sees_the_row_masked_and_may_not_open_it(desk_on_both: Office,
                                                             tmp_path: Path) -> None:
    office = desk_on_both
    secret, plain = _drafts(office, tmp_path)
    view = _seen(office, TWO, secret)
    assert (view.subject, view.recipients, view.drafting_unit, view.masked) == (MASK, "", "",
                                                                                 True)
    assert (view.ref, view.status, view.secrecy, view.signer) == (
        service.draft_ref(secret), "du-thao", "tuyet-mat", LEADER.username)
    assert [v.name for v in view.versions] == [""]
    data = view.to_dict()
    assert (data["summary"], data["to"], data["masked"]) == (None, None, True)
    assert SUBJECT not in str(data)
    assert _seen(office, TWO, plain).subject == "Lịch tiếp dân tháng năm"

    before = _refusals(office)
    with pytest.raises(PermissionDenied) as refused:
        service.current_pdf(as_(office, TWO), secret)
    assert service.draft_ref(secret) in refused.value.message
    assert _refusals(office) == before + 1
    assert service.current_pdf(office, plain).startswith(b"%PDF")


def test_revoking_the_clerks_grant_masks_it_for_the_clerk(desk_on_both: Office,
                                                          tmp_path: Path) -> None:
    office = desk_on_both
    secret, _plain = _drafts(office, tmp_path)
    assert _seen(office, CLERK, secret).masked is False
    secrecy.revoke(_admin(office), "tuyet-mat", role="van-thu")
    assert _seen(office, CLERK, secret).subject == MASK
    with pytest.raises(PermissionDenied):
        service.current_pdf(as_(office, CLERK), secret)
    assert _seen(office, LEADER, secret).subject == SUBJECT  # the signer still reads it


def _admin(office: Office) -> Office:
    from tests.registers.test_secrecy_service import ADMIN

    return as_(office, ADMIN)
