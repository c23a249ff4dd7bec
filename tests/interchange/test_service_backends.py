"""The services on SQLite and on PostgreSQL: receive, update, revoke, answer, refuse by role."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.core.errors import PermissionDenied, UserError
from desktop.interchange.envelope import REVOCATION, UPDATE
from desktop.interchange.receive import register_package
from desktop.interchange.records import interchange_of
from desktop.interchange.status import write_status
from models.entities import AuditEntry
from tests.conftest import snapshot
from tests.interchange.edxml_helpers import KEY, business, cong_van, package_bytes


def test_receive_update_revoke_and_answer(office, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    first = register_package(office, package_bytes(cong_van()), "a.edxml")
    assert first.registered and first.view.number == 1
    with pytest.raises(UserError) as dup:
        register_package(office, package_bytes(cong_van(subject="Lại")), "b.edxml")
    assert f"mã {first.view.id}" in dup.value.message
    upd = register_package(office, package_bytes(business(cong_van(), UPDATE, "Sửa")), "c.edxml")
    assert upd.view.number == 2
    assert interchange_of(office, first.view.id)["superseded_by"] == upd.view.id  # type: ignore[index]
    rev = register_package(office, package_bytes(business(cong_van(), REVOCATION, "Nhầm")),
                           "d.edxml")
    assert not rev.registered and rev.view.id == upd.view.id and rev.view.cancelled
    result = write_status(office, first.view.id, "03", tmp_path / "out")
    assert result.document_key == KEY and Path(result.path).is_file()
    with office.db.read() as s:
        actions = [a.action for a in s.scalars(select(AuditEntry).order_by(AuditEntry.seq))]
    assert actions[-7:] == ["dang-ky-den", "nhan-edxml", "dang-ky-den", "nhan-edxml", "huy",
                            "thu-hoi-edxml", "trang-thai-edxml"]
    # without a folder (as the processing flow calls it): the exchange folder's outbox
    assigned = write_status(office, first.view.id, "04")
    assert Path(assigned.path).parent == office.location.data_dir / "lien-thong" / "di"
    from desktop.interchange.status import answer_if_received
    from tests.ui.conftest import add_incoming

    plain = add_incoming(office)
    assert answer_if_received(office, plain.id, "05") is None  # type: ignore[attr-defined]
    done = answer_if_received(office, first.view.id, "06", "Đã báo cáo")
    assert done is not None and done.code == "06" and Path(done.path).is_file()
    info = interchange_of(office, upd.view.id)
    assert info is not None and info["revoked"] is True
    assert json.dumps(info, ensure_ascii=False)  # plain data


def test_an_officer_may_not_receive_and_the_refusal_is_audited(office) -> None:  # type: ignore[no-untyped-def]
    from desktop.accounts.users import add_user
    from desktop.kernel.auth import Role

    add_user(office, "can-bo", "mat-khau-dai-du-12", [Role.OFFICER], "Đỗ Cán Bộ")
    office.sign_in("can-bo", "mat-khau-dai-du-12")
    before = snapshot(office)
    with pytest.raises(PermissionDenied):
        register_package(office, package_bytes(cong_van()), "a.edxml")
    after = snapshot(office)
    assert after["files"] == before["files"]
    assert after["tables"]["documents"] == before["tables"]["documents"]
    with office.db.read() as s:
        assert s.scalars(select(AuditEntry.action).order_by(AuditEntry.seq.desc())).first() \
            == "tu-choi"
