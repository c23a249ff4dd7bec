"""One user action, one transaction: the services an action calls join the unit the edge opens,
so they are kept together or undone together; refusals are audited whatever happens."""

from __future__ import annotations

import dataclasses

import pytest
from sqlalchemy import func, select

from desktop.core.clock import vn_today
from desktop.core.errors import EnvironmentProblem, PermissionDenied, UserError
from desktop.kernel.auth import Actor, Role
from desktop.kernel.office import Office
from desktop.registers.registry import (
    IncomingInput,
    ListQuery,
    OutgoingInput,
    count_documents,
    register_incoming,
    register_outgoing,
)
from models.entities import AuditEntry, Direction
from tests.conftest import snapshot

TODAY = vn_today()
INCOMING = IncomingInput(received=TODAY, organ_name="Sở Nội vụ", symbol="15/HD-SNV",
                         issued=TODAY, type_name="Hướng dẫn", subject="Hướng dẫn công tác")
OUTGOING = OutgoingInput(issued=TODAY, type_name="Công văn", subject="Trả lời Sở Nội vụ",
                         recipients="Sở Nội vụ", signer_name="Nguyễn Văn An",
                         signer_title="Chủ tịch")


def _refusals(office: Office) -> int:
    with office.db.read() as s:
        return int(s.scalar(select(func.count()).select_from(AuditEntry)
                            .where(AuditEntry.action == "tu-choi")) or 0)


def test_two_services_in_one_action_are_undone_together(office: Office) -> None:
    before = snapshot(office)
    with pytest.raises(UserError), office.unit():
        register_incoming(office, INCOMING)
        assert count_documents(office, ListQuery(Direction.INCOMING)) == 1  # seen inside
        register_outgoing(office, dataclasses.replace(OUTGOING, subject=""))  # refused
    assert snapshot(office) == before
    view = register_incoming(office, INCOMING)
    assert view.number == 1  # the undone registration took no number


def test_an_action_that_succeeds_keeps_both_services_work(office: Office) -> None:
    with office.unit():
        first = register_incoming(office, INCOMING)
        second = register_outgoing(office, OUTGOING)
    assert (first.number, second.number) == (1, 1)
    assert count_documents(office, ListQuery(Direction.INCOMING)) == 1
    assert count_documents(office, ListQuery(Direction.OUTGOING)) == 1
    assert not office.db.in_unit


def test_a_failed_step_the_caller_handles_undoes_only_that_step(office: Office) -> None:
    with office.unit():
        register_incoming(office, INCOMING)
        with pytest.raises(UserError):
            register_outgoing(office, dataclasses.replace(OUTGOING, subject=""))
        register_outgoing(office, OUTGOING)
    assert count_documents(office, ListQuery(Direction.INCOMING)) == 1
    assert count_documents(office, ListQuery(Direction.OUTGOING)) == 1


def test_a_refusal_is_audited_although_the_action_is_undone(office: Office) -> None:
    officer = Actor("canbo1", frozenset({Role.OFFICER}), "Lê Văn Cường")
    office.actor = officer
    with pytest.raises(PermissionDenied), office.unit():
        register_incoming(office, INCOMING)
    assert _refusals(office) == 1
    office.actor = Actor("vanthu1", frozenset({Role.CLERK}), "Trần Thị Hoa")
    with office.unit():
        register_incoming(office, INCOMING)
        office.actor = officer
        with pytest.raises(PermissionDenied):
            register_incoming(office, INCOMING)
        assert _refusals(office) == 1  # recorded once the unit has ended, not inside it
    assert _refusals(office) == 2
    assert count_documents(office, ListQuery(Direction.INCOMING)) == 1


def test_a_database_failure_is_told_and_leaves_nothing(office: Office) -> None:
    before = snapshot(office)
    with pytest.raises(EnvironmentProblem) as caught, office.unit() as s:
        register_incoming(office, INCOMING)
        s.execute(select(func.no_such_function()))  # the database itself refuses
    assert "dữ liệu giữ nguyên" in caught.value.message
    assert snapshot(office) == before
