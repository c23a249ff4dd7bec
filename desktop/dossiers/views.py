"""Plain data for the CLI and the UI: what the desk types in, and what it is shown."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from desktop.core.clock import vn_now
from desktop.core.i18n import _
from desktop.dossiers.states import CHANNELS, FORMS, JUDGEMENTS, STATE_LABELS, State, judge
from desktop.workdays.calendar import iso_vn


# -- plain data for the CLI and the UI -------------------------------------------------------
@dataclass(frozen=True)
class ComponentInput:
    name: str
    form: str = "ban-chinh"
    count: int = 1


@dataclass
class DossierInput:
    received: str | dt.datetime
    procedure: str
    applicant: str
    days: int | None = None
    address: str = ""
    phone: str = ""
    email: str = ""
    channel: str | None = None
    components: Sequence[str | ComponentInput] = field(default_factory=list)
    files: Sequence[Path] = field(default_factory=list)
    handler: str = ""
    notes: str = ""


@dataclass(frozen=True)
class ComponentView:
    position: int
    name: str
    form: str
    count: int
    sha256: str | None
    file_name: str
    reused: bool
    reused_from: str

    @property
    def form_label(self) -> str:
        return _(FORMS.get(self.form, self.form))

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class EventView:
    seq: int
    at: dt.datetime
    from_status: str
    to_status: str
    giver: str
    receiver: str
    result: str
    due_at: dt.datetime
    note: str
    actor: str

    @property
    def result_label(self) -> str:
        return _(JUDGEMENTS[self.result]) if self.result in JUDGEMENTS else ""

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["at"], data["due_at"] = iso_vn(self.at), iso_vn(self.due_at)
        return data


@dataclass(frozen=True)
class DossierView:
    id: int
    code: str
    procedure: str
    days: int
    applicant_name: str
    applicant_address: str
    applicant_phone: str
    applicant_email: str
    channel: str
    received_at: dt.datetime
    first_appointment: dt.datetime
    appointment: dt.datetime
    status: str
    handler: str
    paused_days: int
    paused_at: dt.datetime | None
    finished_at: dt.datetime | None
    returned_at: dt.datetime | None
    result_sha256: str | None
    result_name: str
    notes: str
    components: tuple[ComponentView, ...] = ()
    events: tuple[EventView, ...] = ()
    warnings: tuple[str, ...] = ()

    @property
    def status_label(self) -> str:
        return _(STATE_LABELS[State(self.status)])

    @property
    def channel_label(self) -> str:
        return _(CHANNELS.get(self.channel, self.channel))

    @property
    def judgement(self) -> str:
        """How the dossier stands: for a closed one when it closed, else now."""
        if self.finished_at is not None:
            return judge(self.finished_at, self.appointment)
        at = self.paused_at or vn_now()
        return judge(at, self.appointment)

    def to_dict(self) -> dict[str, Any]:
        def t(v: dt.datetime | None) -> str | None:
            return iso_vn(v) if v is not None else None

        return {
            "id": self.id,
            "code": self.code,
            "procedure": self.procedure,
            "days": self.days,
            "applicant": {"name": self.applicant_name, "address": self.applicant_address,
                          "phone": self.applicant_phone, "email": self.applicant_email},
            "channel": self.channel,
            "received": t(self.received_at),
            "appointment": t(self.appointment),
            "first_appointment": t(self.first_appointment),
            "status": self.status,
            "status_label": self.status_label,
            "handler": self.handler,
            "paused_days": self.paused_days,
            "finished": t(self.finished_at),
            "returned": t(self.returned_at),
            "judgement": self.judgement,
            "result_sha256": self.result_sha256,
            "result_name": self.result_name,
            "notes": self.notes,
            "components": [c.to_dict() for c in self.components],
            "events": [e.to_dict() for e in self.events],
            "warnings": list(self.warnings),
        }
