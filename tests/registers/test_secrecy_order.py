"""Sorting a register by a column a reader sees masked tells nothing of what the mask hides:
the secret rows they may not read sort as if the column were empty, in any direction, in
windows read from either end (``flipped``), on SQLite and PostgreSQL."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import update

from desktop.core.records import MASKED_FIELDS
from desktop.kernel.office import Office
from desktop.registers.listing import SORT_COLUMNS
from desktop.registers.registry import (
    IncomingInput,
    ListQuery,
    OutgoingInput,
    list_documents,
    register_incoming,
    register_outgoing,
)
from models.entities import Direction, Document
from tests.registers.test_secrecy_service import CLERK, LEADER, ONE, as_, desk_on_both

__all__ = ["desk_on_both"]  # the fixture, on both backends

SHOWN = ("B", "M", "Y")  # plain documents
HIDDEN = ("A", "Z")  # secret ones: before and after every plain one when their values are read
#: the columns the register sorts by and a masked row empties, per register
INCOMING = ("organ_name", "symbol", "subject", "recipients")
OUTGOING = ("subject", "signer_name", "recipients")


def test_every_masked_sort_column_is_covered() -> None:
    assert set(INCOMING) | set(OUTGOING) == set(SORT_COLUMNS) & set(MASKED_FIELDS)


def _fill(office: Office, direction: Direction) -> dict[str, int]:
    """Five documents named by a letter in each column that can be masked; A and Z secret."""
    as_(office, CLERK)
    ids: dict[str, int] = {}
    for letter in sorted(SHOWN + HIDDEN):
        secrecy = "mat" if letter in HIDDEN else None
        if direction is Direction.INCOMING:
            view = register_incoming(office, IncomingInput(
                received="2026-04-27", organ_name=f"{letter} Sở", symbol=f"7/{letter}",
                issued="2026-04-25", type_name="Công văn", subject=f"{letter} trích yếu",
                recipients=f"{letter} phòng", secrecy=secrecy))
        else:
            view = register_outgoing(office, OutgoingInput(
                issued="2026-04-25", type_name="Công văn", subject=f"{letter} trích yếu",
                signer_name=f"{letter} Người ký", signer_title="Chủ tịch",
                recipients=f"{letter} phòng", secrecy=secrecy))
        ids[letter] = view.id
    return ids


def _swap_hidden(office: Office, ids: dict[str, int], columns: tuple[str, ...]) -> None:
    """The two secret documents exchange every masked value (as if registered the other way)."""
    a, z = ids["A"], ids["Z"]
    with office.db.write() as s:
        rows = {i: s.get(Document, i) for i in (a, z)}
        old = {i: {c: getattr(rows[i], c) for c in columns} for i in (a, z)}
        s.execute(update(Document).where(Document.id == a).values(**old[z]))
        s.execute(update(Document).where(Document.id == z).values(**old[a]))


def _order(office: Office, q: ListQuery) -> list[int]:
    return [v.id for v in list_documents(office, q)]


def _windows(office: Office, q: ListQuery, size: int) -> list[int]:
    """The register read the way the window reads it: windows of ``size`` with the total known,
    so the second half is read from the other end."""
    total = len(SHOWN) + len(HIDDEN)
    out: list[int] = []
    for offset in range(0, total, size):
        window = ListQuery(q.direction, sort=q.sort, descending=q.descending, offset=offset,
                           limit=size)
        out += [v.id for v in list_documents(office, window, total=total)]
    return out


@pytest.mark.parametrize(("direction", "columns"), [
    (Direction.INCOMING, INCOMING), (Direction.OUTGOING, OUTGOING)])
def test_where_a_masked_row_falls_does_not_depend_on_what_it_hides(
        desk_on_both: Office, direction: Direction, columns: tuple[str, ...]) -> None:
    desk = desk_on_both
    ids = _fill(desk, direction)
    plain = [ids[x] for x in SHOWN]
    secret = [ids["A"], ids["Z"]]
    queries = [ListQuery(direction, sort=c, descending=d) for c in columns for d in (False, True)]
    before: dict[Any, list[int]] = {}
    for q in queries:
        seen = _order(as_(desk, ONE), q)
        # the secret rows sort as empty: first going up, last going down, in the order of
        # registration; the others in the order of what they say
        expected = secret + plain if not q.descending else plain[::-1] + secret[::-1]
        assert seen == expected, (q.sort, q.descending)
        assert _windows(desk, q, 2) == seen == _windows(desk, q, 1), (q.sort, q.descending)
        cleared = _order(as_(desk, LEADER), q)
        assert cleared == sorted(plain + secret, key=lambda i: _letter(ids, i),
                                 reverse=q.descending), q.sort
        before[q] = seen
    _swap_hidden(desk, ids, columns)
    for q in queries:
        assert _order(as_(desk, ONE), q) == before[q], (q.sort, q.descending)
        assert _windows(desk, q, 2) == before[q], (q.sort, q.descending)
        # the leader reads the values: for him the two secret rows did change places
        cleared = _order(as_(desk, LEADER), q)
        assert cleared[-1 if q.descending else 0] == ids["Z"], (q.sort, q.descending)
        assert cleared[0 if q.descending else -1] == ids["A"], (q.sort, q.descending)


def _letter(ids: dict[str, int], doc_id: int) -> str:
    return next(k for k, v in ids.items() if v == doc_id)
