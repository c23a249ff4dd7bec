"""Tables of the processing of incoming documents (Nghị định 30, Điều 20–24).

One ``handlings`` row per incoming document once it enters the flow (submitted to the leader, or
assigned directly): its current state, the instruction, the deadline and the times the figures
need, so the handling figures are plain aggregates over one table. The people who handle it are
rows of ``handling_people`` (one lead, any number of support handlers; a reassignment ends the
old rows and adds new ones, so the history stays). Every step is a row of ``handling_steps``
with the time it happened (``at``, which may be earlier than when it was typed: offices catch up
on paper slips) and the time it was recorded. Times are Vietnam local time, naive.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class Handling(Base):
    __tablename__ = "handlings"
    __table_args__ = (
        # process due, the reminders and the leader's list: open states walked by deadline.
        Index("ix_handlings_state_due", "state", "due_date"),
        # the handling figures of a period: received date, then state.
        Index("ix_handlings_received_state", "received_date", "state"),
    )

    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id"), primary_key=True,
                                             autoincrement=False)
    state: Mapped[str] = mapped_column(String(16))
    received_date: Mapped[dt.date] = mapped_column(Date)  # the document's ngày đến (copied)
    instruction: Mapped[str] = mapped_column(Text, default="")  # ý kiến chỉ đạo
    lead: Mapped[str] = mapped_column(String(64), default="")  # username of the chủ trì
    due_date: Mapped[dt.date | None] = mapped_column(Date)  # thời hạn giải quyết
    submitted_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    assigned_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    assigned_by: Mapped[str] = mapped_column(String(64), default="")
    accepted_at: Mapped[dt.datetime | None] = mapped_column(DateTime)  # the lead's Ký nhận
    done_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    done_by: Mapped[str] = mapped_column(String(64), default="")
    reply_id: Mapped[int | None] = mapped_column(ForeignKey("documents.id"))
    result_note: Mapped[str] = mapped_column(Text, default="")
    on_time: Mapped[bool | None] = mapped_column(Boolean)  # judged when done
    last_at: Mapped[dt.datetime] = mapped_column(DateTime)  # the latest step's time
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)


class HandlingPerson(Base):
    """A person handling a document: ``chu-tri`` (lead) or ``phoi-hop`` (support)."""

    __tablename__ = "handling_people"
    __table_args__ = (
        # process mine: a person's current documents.
        Index("ix_handling_people_user", "username", "active", "document_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("handlings.document_id"), index=True)
    username: Mapped[str] = mapped_column(String(64))
    full_name: Mapped[str] = mapped_column(String(120), default="")
    part: Mapped[str] = mapped_column(String(10))  # chu-tri | phoi-hop
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    assigned_at: Mapped[dt.datetime] = mapped_column(DateTime)
    accepted_at: Mapped[dt.datetime | None] = mapped_column(DateTime)


class HandlingStep(Base):
    """One step of the flow, as it happened (``at``) and as it was recorded (``recorded_at``)."""

    __tablename__ = "handling_steps"

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("handlings.document_id"), index=True)
    seq: Mapped[int] = mapped_column(Integer)
    step: Mapped[str] = mapped_column(String(16))
    at: Mapped[dt.datetime] = mapped_column(DateTime)
    recorded_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)
    actor: Mapped[str] = mapped_column(String(64))
    text: Mapped[str] = mapped_column(Text, default="")
    due_date: Mapped[dt.date | None] = mapped_column(Date)
    lead: Mapped[str] = mapped_column(String(64), default="")
    support: Mapped[str] = mapped_column(Text, default="")  # comma-separated usernames
    reply_id: Mapped[int | None] = mapped_column(Integer)


class HandlingReminder(Base):
    """The last day a person was reminded of their overdue and due-soon documents."""

    __tablename__ = "handling_reminders"

    username: Mapped[str] = mapped_column(String(64), primary_key=True)
    day: Mapped[dt.date] = mapped_column(Date)
