"""Sending a secret outgoing document: the dispatches, the links and the post book ask
desktop/registers/visibility.py like every other door. A clerk whose clearance no longer covers
the level (the clerks' grant revoked) sees that it went, when, and its number; not where to,
its symbol or the receipt; and may not record a new dispatch or link. On SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from desktop.accounts.users import add_user
from desktop.core.errors import PermissionDenied
from desktop.drafting.dispatch import dispatch, dispatches, link, links_of, write_post_book
from desktop.kernel.auth import Actor, Role
from desktop.kernel.office import Office
from desktop.registers import secrecy
from desktop.registers.registry import OutgoingInput, register_outgoing
from models.entities import AuditEntry
from tests.conftest import snapshot
from tests.registers.test_secrecy_service import ADMIN, CLERK, MASK, as_, desk_on_both

__all__ = ["desk_on_both"]  # the fixture, on both backends

OTHER = Actor("vanthu2", frozenset({Role.CLERK}), "Lê Thị Hai")
DAY = dt.date(2026, 4, 28)


def _outgoing(office: Office, kind: str, subject: str, secret: str | None) -> tuple[int, str]:
    view = register_outgoing(as_(office, CLERK), OutgoingInput(
        issued="2026-04-27", type_name=kind, subject=subject, signer_name="Nguyễn Văn Chủ",
        signer_title="Chủ tịch", recipients="Ban Chỉ huy Quân sự huyện", secrecy=secret))
    return view.id, view.symbol


def _sent(office: Office) -> tuple[int, str, int, str]:
    """A tuyệt mật document and a plain one, both sent by post; then the clerks' grant is
    revoked and a second clerk, who registered neither, opens the office."""
    secret, secret_symbol = _outgoing(office, "Kế hoạch", "Bảo vệ kho vũ khí", "tuyet-mat")
    plain, plain_symbol = _outgoing(office, "Công văn", "Lịch tiếp dân tháng năm", None)
    dispatch(office, secret, "Bộ Chỉ huy Quân sự tỉnh", "buu-dien", DAY, "RR123456789VN")
    dispatch(office, plain, "UBND huyện Chợ Gạo", "buu-dien", DAY, "RR987654321VN")
    link(office, plain, "thay-the", secret, "Thay kế hoạch kho vũ khí cũ")
    add_user(as_(office, ADMIN), OTHER.username, "matkhau-chung", [Role.CLERK], OTHER.full_name)
    secrecy.revoke(office, "tuyet-mat", role="van-thu")
    return secret, secret_symbol, plain, plain_symbol


def _book(office: Office, tmp_path: Path, actor: Actor) -> tuple[str, int, int]:
    out = write_post_book(as_(office, actor), 2026, tmp_path / f"{actor.username}.pdf")
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(out.path.read_bytes())).pages)
    return text, out.rows, out.masked


def test_the_dispatches_and_links_of_a_secret_document_are_masked(desk_on_both: Office) -> None:
    desk = desk_on_both
    secret, secret_symbol, plain, plain_symbol = _sent(desk)
    [hidden] = dispatches(as_(desk, OTHER), secret)
    assert (hidden.recipient, hidden.symbol, hidden.receipt, hidden.masked) == (MASK, "", "",
                                                                               True)
    assert (hidden.document_id, hidden.via, hidden.sent_date) == (secret, "buu-dien", DAY)
    [shown] = dispatches(desk, plain)
    assert (shown.recipient, shown.symbol, shown.receipt, shown.masked) == (
        "UBND huyện Chợ Gạo", plain_symbol, "RR987654321VN", False)
    [linked] = links_of(desk, plain)
    assert (linked.document_symbol, linked.other_symbol, linked.reason) == (plain_symbol, MASK, "")
    assert (linked.document_masked, linked.other_masked) == (False, True)
    # the clerk who registered it still reads it all
    [seen] = dispatches(as_(desk, CLERK), secret)
    assert (seen.recipient, seen.symbol, seen.masked) == ("Bộ Chỉ huy Quân sự tỉnh",
                                                           secret_symbol, False)
    assert links_of(desk, secret)[0].reason == "Thay kế hoạch kho vũ khí cũ"


def test_the_post_book_keeps_the_row_without_its_content(desk_on_both: Office,
                                                         tmp_path: Path) -> None:
    desk = desk_on_both
    secret, secret_symbol, _plain, plain_symbol = _sent(desk)
    text, rows, masked = _book(desk, tmp_path, OTHER)
    assert (rows, masked) == (2, 1)  # the book stays complete
    assert "Bộ Chỉ huy" not in text and secret_symbol not in text and "RR123456789VN" not in text
    assert "không có quyền xem" in text and "Tuyệt mật" in text and "28/04/2026" in text
    assert "UBND huyện Chợ Gạo" in text and plain_symbol in text and "RR987654321VN" in text
    text, rows, masked = _book(desk, tmp_path, CLERK)
    assert (rows, masked) == (2, 0)
    assert "Bộ Chỉ huy Quân sự tỉnh" in text and "RR123456789VN" in text


def test_sending_or_linking_what_one_may_not_read_is_refused(desk_on_both: Office) -> None:
    desk = desk_on_both
    secret, _symbol, plain, _plain_symbol = _sent(desk)
    before = snapshot(desk)
    as_(desk, OTHER)
    with pytest.raises(PermissionDenied, match="ghi chuyển văn bản đi"):
        dispatch(desk, secret, "Công an tỉnh", "truc-tiep", DAY)
    with pytest.raises(PermissionDenied, match="liên kết văn bản"):
        link(desk, plain, "dinh-chinh", secret)
    after = snapshot(desk)
    audit = ("audit_log", "number_series")  # the refusals' own entries, and their sequence
    assert {k: v for k, v in after["tables"].items() if k not in audit} == {
        k: v for k, v in before["tables"].items() if k not in audit}
    with desk.db.read() as s:
        refusals = [json.loads(e.after)["hanh_dong"] for e in s.scalars(
            select(AuditEntry).where(AuditEntry.action == "tu-choi").order_by(AuditEntry.seq))]
    assert refusals == ["ghi chuyển văn bản đi", "liên kết văn bản"]
    # the plain one is sent as before
    assert dispatch(desk, plain, "Công an tỉnh", "truc-tiep", DAY).recipient == "Công an tỉnh"
