"""An incoming document's page shows its handling (state, deadline, instruction, lead and
support, result, every step) and lets a leader reopen it once handled; an officer who was not
given the document sees no handling and leaves no refusal in the log; an outgoing document has
no handling box."""

from __future__ import annotations

from sqlalchemy import func, select

from desktop.accounts.users import add_user
from desktop.kernel.auth import Actor, Role
from desktop.processing import reading, service
from desktop.registers.registry import get_document
from models.entities import AuditEntry
from tests.ui.conftest import add_incoming
from ui.documents.handling_box import handling_rows
from ui.documents.view import DocumentDialog
from ui.kit import messages
from ui.kit.i18n import apply_language

CLERK = Actor("vanthu", frozenset({Role.CLERK}), "Trần Thị Văn")
LEADER = Actor("chutich", frozenset({Role.LEADER}), "Nguyễn Văn Chủ")
ONE = Actor("canbo1", frozenset({Role.OFFICER}), "Lê Văn Một")
TWO = Actor("canbo2", frozenset({Role.OFFICER}), "Phạm Thị Hai")
THREE = Actor("canbo3", frozenset({Role.OFFICER}), "Võ Văn Ba")  # given nothing


def _desk(office):  # type: ignore[no-untyped-def]
    for a in (CLERK, LEADER, ONE, TWO, THREE):
        add_user(office, a.username, "matkhau-chung", sorted(a.roles), a.full_name)
    return office


def _handled(office) -> int:  # type: ignore[no-untyped-def]
    """Registered, submitted, assigned to canbo1 with canbo2 supporting, accepted, done."""
    office.actor = CLERK
    doc = add_incoming(office, symbol="77/UBND-VP").id  # type: ignore[attr-defined]
    service.submit(office, doc)
    office.actor = LEADER
    service.assign(office, doc, lead="canbo1", support=["canbo2"], days=3,
                   instruction="Đồng chí Một chủ trì, báo cáo trước hạn")
    office.actor = ONE
    service.accept(office, doc)
    service.done(office, doc, note="Đã báo cáo huyện bằng điện thoại")
    return doc


def _page(qtbot, office, actor: Actor, doc: int) -> DocumentDialog:  # type: ignore[no-untyped-def]
    office.actor = actor
    page = DocumentDialog(office, doc)
    qtbot.addWidget(page)
    page.show()
    return page


def _texts(page: DocumentDialog) -> dict[str, str]:
    form = page.handling.form
    out = {}
    for row in range(form.rowCount()):
        label = form.itemAt(row, form.ItemRole.LabelRole).widget().text()  # type: ignore[union-attr]
        field = form.itemAt(row, form.ItemRole.FieldRole).widget()
        out[label.removeprefix("<b>").removesuffix(":</b>")] = field.text()  # type: ignore[union-attr]
    return out


def test_the_page_shows_the_handling_and_a_leader_reopens_it(qtbot, ui_office) -> None:  # type: ignore[no-untyped-def]
    office = _desk(ui_office)
    doc = _handled(office)
    page = _page(qtbot, office, LEADER, doc)
    assert page.handling.isVisible()
    rows = _texts(page)
    assert rows["Tình trạng"] == "Đã xử lý, đúng hạn"
    assert rows["Ý kiến chỉ đạo"] == "Đồng chí Một chủ trì, báo cáo trước hạn"
    assert rows["Chủ trì"] == "Lê Văn Một" and rows["Phối hợp"] == "Phạm Thị Hai"
    assert rows["Kết quả"] == "Đã báo cáo huyện bằng điện thoại"
    steps = rows["Diễn biến"].splitlines()
    assert [s.split(" — ")[1] for s in steps] == [
        "Trình lãnh đạo", "Cho ý kiến chỉ đạo, giao xử lý", "Ký nhận", "Hoàn thành"]
    assert steps[1].split(" — ")[2].startswith("chutich: Đồng chí Một chủ trì")
    assert "(hạn " in steps[1]
    assert page.handling.reopen_button.isVisible()

    messages.answers.append("Huyện yêu cầu báo cáo bằng văn bản")
    with qtbot.waitSignal(page.changed, timeout=5000) as got:
        page.handling.reopen_button.click()
    assert got.args == [doc]
    assert reading.handling_of(office, doc).state == "in_progress"
    assert get_document(office, doc).status == "dang-xu-ly"
    rows = _texts(page)
    assert rows["Tình trạng"].startswith("Đang xử lý, hạn ")
    last = rows["Diễn biến"].splitlines()[-1]
    assert " — Mở lại — chutich: Huyện yêu cầu báo cáo bằng văn bản" in last
    assert not page.handling.reopen_button.isVisible()  # open again: nothing to reopen


def test_a_cancelled_reason_leaves_the_handling_as_it_was(qtbot, ui_office) -> None:  # type: ignore[no-untyped-def]
    office = _desk(ui_office)
    doc = _handled(office)
    page = _page(qtbot, office, LEADER, doc)
    messages.answers.clear()  # no answer: the person closes the reason box
    page.handling.reopen_button.click()
    assert reading.handling_of(office, doc).state == "done"
    assert _texts(page)["Tình trạng"] == "Đã xử lý, đúng hạn"


def test_only_a_leader_may_reopen_and_an_outsider_sees_no_handling(qtbot, ui_office) -> None:  # type: ignore[no-untyped-def]
    office = _desk(ui_office)
    doc = _handled(office)
    lead_page = _page(qtbot, office, ONE, doc)
    assert lead_page.handling.isVisible()
    assert not lead_page.handling.reopen_button.isVisible()  # the lead handler is no leader

    with office.db.read() as s:
        before = s.scalar(select(func.count()).select_from(AuditEntry))
    page = _page(qtbot, office, THREE, doc)
    assert not page.handling.isVisible()
    with office.db.read() as s:  # looking at a page is no refused request
        assert s.scalar(select(func.count()).select_from(AuditEntry)) == before


def test_a_fresh_incoming_document_reads_not_submitted_and_outgoing_has_none(qtbot, ui_office) -> None:  # type: ignore[no-untyped-def]
    from desktop.registers.registry import OutgoingInput, register_outgoing

    office = _desk(ui_office)
    office.actor = CLERK
    fresh = add_incoming(office, symbol="78/UBND-VP").id  # type: ignore[attr-defined]
    page = _page(qtbot, office, CLERK, fresh)
    assert _texts(page) == {"Tình trạng": "Chưa trình"}
    assert not page.handling.reopen_button.isVisible()

    from desktop.core.clock import vn_today

    sent = register_outgoing(office, OutgoingInput(
        issued=vn_today(), type_name="Công văn", subject="Về việc trả lời",
        signer_name="Nguyễn Văn Chủ", signer_title="Chủ tịch", recipients="UBND huyện")).id
    out_page = _page(qtbot, office, CLERK, sent)
    assert not out_page.handling.isVisible()


def test_the_handling_reads_in_english(qtbot, ui_office) -> None:  # type: ignore[no-untyped-def]
    office = _desk(ui_office)
    doc = _handled(office)
    apply_language("en")
    office.actor = LEADER
    rows = dict(handling_rows(reading.handling_of(office, doc)))
    assert rows["State"] == "Done, on time"
    assert [s.split(" — ")[1] for s in rows["Steps"].splitlines()] == [
        "Submitted to the leader", "Instruction and assignment", "Acknowledged", "Completed"]
    page = _page(qtbot, office, LEADER, doc)
    assert page.handling.title() == "Handling of the incoming document"
    assert page.handling.reopen_button.text() == "Reopen handling…"
