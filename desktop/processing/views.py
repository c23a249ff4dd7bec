"""Plain data for the CLI and the window: one document's handling, a work-list item."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from desktop.core.i18n import _
from desktop.processing.states import STATE_LABELS, STEP_LABELS, HState, Step
from desktop.workdays.calendar import iso_vn


def _iso(moment: dt.datetime | None) -> str | None:
    return iso_vn(moment) if moment is not None else None


def _day(day: dt.date | None) -> str | None:
    return day.isoformat() if day is not None else None


@dataclass(frozen=True)
class StepView:
    seq: int
    step: str
    at: dt.datetime
    actor: str
    text: str
    due_date: dt.date | None
    lead: str
    support: tuple[str, ...]
    reply_id: int | None
    recorded_at: dt.datetime

    @property
    def label(self) -> str:
        return _(STEP_LABELS[Step(self.step)])

    def to_dict(self) -> dict[str, Any]:
        return {"seq": self.seq, "step": self.step, "at": _iso(self.at), "actor": self.actor,
                "text": self.text, "due_date": _day(self.due_date), "lead": self.lead or None,
                "support": list(self.support), "reply_id": self.reply_id,
                "recorded_at": self.recorded_at.isoformat()}


@dataclass(frozen=True)
class HandlingView:
    document_id: int
    state: str
    instruction: str = ""
    lead: str = ""
    lead_name: str = ""
    support: tuple[str, ...] = ()
    support_names: tuple[str, ...] = ()
    due_date: dt.date | None = None
    submitted_at: dt.datetime | None = None
    assigned_at: dt.datetime | None = None
    assigned_by: str = ""
    accepted_at: dt.datetime | None = None
    done_at: dt.datetime | None = None
    done_by: str = ""
    reply_id: int | None = None
    reply_symbol: str = ""
    result_note: str = ""
    on_time: bool | None = None
    history: tuple[StepView, ...] = field(default_factory=tuple)

    @property
    def state_label(self) -> str:
        return _(STATE_LABELS[HState(self.state)])

    def to_dict(self) -> dict[str, Any]:
        """The ``"processing"`` object of ``vanthu show ID --json`` (a contract)."""
        return {
            "state": self.state,
            "instruction": self.instruction,
            "lead": self.lead or None,
            "support": list(self.support),
            "due_date": _day(self.due_date),
            "accepted_at": _iso(self.accepted_at),
            "done_at": _iso(self.done_at),
            "reply_id": self.reply_id,
            "on_time": self.on_time,
            "history": [h.to_dict() for h in self.history],
        }


@dataclass(frozen=True)
class WorkItem:
    """One row of a work list."""

    document_id: int
    number: int
    year: int
    symbol: str
    organ_name: str
    subject: str
    received_date: dt.date | None
    state: str
    lead: str
    lead_name: str
    part: str  # chu-tri | phoi-hop | "" (not the viewer's own)
    due_date: dt.date | None
    urgency: str  # overdue | due_soon | on_track | none
    accepted: bool
    masked: bool = False  # a secret document this reader may not read (registers/visibility)

    @property
    def state_label(self) -> str:
        return _(STATE_LABELS[HState(self.state)])

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.document_id, "arrival_number": self.number, "year": self.year,
                "symbol": self.symbol, "organ_name": self.organ_name, "subject": self.subject,
                "received_date": _day(self.received_date), "state": self.state,
                "lead": self.lead or None, "lead_name": self.lead_name, "part": self.part or None,
                "due_date": _day(self.due_date), "deadline": self.urgency,
                "accepted": self.accepted}
