"""Tamper-evident audit log: each entry's hash covers its content and the previous hash.

Entries are numbered by the same locked series mechanism as the registers (series ``audit``), so
two writers cannot both chain onto the same predecessor, on SQLite or PostgreSQL.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.numbering import next_number
from models.entities import AuditEntry, NumberSeries

GENESIS = "0" * 64
SERIES = "audit"


def _canonical(value: dict[str, Any] | None) -> str:
    if value is None:
        return ""
    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)


def _digest(
    seq: int,
    at: dt.datetime,
    actor: str,
    action: str,
    document_id: int | None,
    before: str,
    after: str,
    prev_hash: str,
) -> str:
    payload = json.dumps(
        [seq, at.isoformat(), actor, action, document_id, before, after, prev_hash],
        ensure_ascii=False,
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def record(
    session: Session,
    actor: str,
    action: str,
    document_id: int | None = None,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
) -> None:
    seq = next_number(session, SERIES, 0)
    prev = GENESIS
    if seq > 1:
        prev = session.scalar(select(AuditEntry.hash).where(AuditEntry.seq == seq - 1)) or GENESIS
    at = dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)
    b, a = _canonical(before), _canonical(after)
    session.add(
        AuditEntry(
            seq=seq,
            at=at,
            actor=actor,
            action=action,
            document_id=document_id,
            before=b,
            after=a,
            prev_hash=prev,
            hash=_digest(seq, at, actor, action, document_id, b, a, prev),
        )
    )


@dataclass(frozen=True)
class ChainProblem:
    seq: int
    reason: str


def verify(session: Session) -> ChainProblem | None:
    """The first entry that was edited, deleted or re-chained, or ``None`` when intact."""
    prev = GENESIS
    expected = 1
    rows = session.execute(select(AuditEntry).order_by(AuditEntry.seq)).scalars()
    for e in rows:
        if e.seq != expected:
            return ChainProblem(expected, "missing")
        if e.prev_hash != prev:
            return ChainProblem(e.seq, "chain")
        digest = _digest(
            e.seq, e.at, e.actor, e.action, e.document_id, e.before, e.after, e.prev_hash
        )
        if digest != e.hash:
            return ChainProblem(e.seq, "edited")
        prev = e.hash
        expected += 1
    last = session.scalar(
        select(NumberSeries.last_number).where(
            NumberSeries.series == SERIES, NumberSeries.year == 0
        )
    )
    if last is not None and last >= expected:
        return ChainProblem(expected, "missing")
    return None
