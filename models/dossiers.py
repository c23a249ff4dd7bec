"""Tables of the one-stop desk (hồ sơ một cửa) and of the working-day calendar.

A dossier keeps its current state and the times the figures need (received, appointment,
finished), so the Decision 766 counts are plain aggregates over one table; the hand-overs of the
phiếu kiểm soát are rows of their own. Times are Vietnam local time (UTC+7, no daylight saving),
stored without offset, as the desk writes them on the receipt.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.base import Base


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class Procedure(Base):
    """The catalogue of administrative procedures (thủ tục hành chính) the desk receives."""

    __tablename__ = "procedures"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(30), default="")  # mã TTHC, when known
    name: Mapped[str] = mapped_column(String(300), unique=True)
    folded: Mapped[str] = mapped_column(String(300), unique=True)  # accent-free, for lookup
    field: Mapped[str] = mapped_column(String(100), default="")  # lĩnh vực: Hộ tịch, Chứng thực
    days: Mapped[int] = mapped_column(Integer)  # legal time limit, in working days (0: same day)
    basis: Mapped[str] = mapped_column(String(300), default="")  # căn cứ pháp lý of the limit
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)


class Dossier(Base):
    __tablename__ = "dossiers"
    __table_args__ = (
        Index("ix_dossiers_status_due", "status", "due_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(60), unique=True)  # mã hồ sơ
    procedure_id: Mapped[int] = mapped_column(ForeignKey("procedures.id"), index=True)
    procedure_name: Mapped[str] = mapped_column(String(300))  # as it was when received
    days: Mapped[int] = mapped_column(Integer)  # time limit applied to this dossier
    applicant_name: Mapped[str] = mapped_column(String(200))
    applicant_address: Mapped[str] = mapped_column(String(300), default="")
    applicant_phone: Mapped[str] = mapped_column(String(30), default="")
    applicant_email: Mapped[str] = mapped_column(String(120), default="")
    channel: Mapped[str] = mapped_column(String(12))  # truc-tiep | truc-tuyen | buu-chinh
    received_at: Mapped[dt.datetime] = mapped_column(DateTime, index=True)
    first_due_at: Mapped[dt.datetime] = mapped_column(DateTime)  # appointment on the receipt
    due_at: Mapped[dt.datetime] = mapped_column(DateTime)  # after supplement waits are added
    due_date: Mapped[dt.date] = mapped_column(Date)  # the day of due_at ("trước hạn" is before it)
    status: Mapped[str] = mapped_column(String(16))
    handler: Mapped[str] = mapped_column(String(120), default="")
    paused_at: Mapped[dt.datetime | None] = mapped_column(DateTime)  # clock stopped since
    paused_days: Mapped[int] = mapped_column(Integer, default=0)  # working days waited in all
    finished_at: Mapped[dt.datetime | None] = mapped_column(DateTime, index=True)
    returned_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    result_sha256: Mapped[str | None] = mapped_column(ForeignKey("files.sha256"))
    result_name: Mapped[str] = mapped_column(String(255), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)
    created_by: Mapped[str] = mapped_column(String(64), default="")

    components: Mapped[list[DossierComponent]] = relationship(
        back_populates="dossier", order_by="DossierComponent.position"
    )
    events: Mapped[list[DossierEvent]] = relationship(
        back_populates="dossier", order_by="DossierEvent.seq"
    )


class DossierComponent(Base):
    """One paper of the dossier (thành phần hồ sơ), with its scan when digitised at receipt."""

    __tablename__ = "dossier_components"

    id: Mapped[int] = mapped_column(primary_key=True)
    dossier_id: Mapped[int] = mapped_column(ForeignKey("dossiers.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(300))
    form: Mapped[str] = mapped_column(String(10))  # ban-chinh | ban-sao
    count: Mapped[int] = mapped_column(Integer, default=1)
    sha256: Mapped[str | None] = mapped_column(ForeignKey("files.sha256"), index=True)
    file_name: Mapped[str] = mapped_column(String(255), default="")
    reused: Mapped[bool] = mapped_column(Boolean, default=False)  # digitised for an earlier dossier
    reused_from: Mapped[str] = mapped_column(String(60), default="")  # that dossier's code

    dossier: Mapped[Dossier] = relationship(back_populates="components")


class DossierEvent(Base):
    """A hand-over of the phiếu kiểm soát: who gave, who received, when, and how it stood."""

    __tablename__ = "dossier_events"
    __table_args__ = (UniqueConstraint("dossier_id", "seq"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    dossier_id: Mapped[int] = mapped_column(ForeignKey("dossiers.id"), index=True)
    seq: Mapped[int] = mapped_column(Integer)
    at: Mapped[dt.datetime] = mapped_column(DateTime)
    from_status: Mapped[str] = mapped_column(String(16), default="")
    to_status: Mapped[str] = mapped_column(String(16))
    giver: Mapped[str] = mapped_column(String(200), default="")  # bên giao
    receiver: Mapped[str] = mapped_column(String(200), default="")  # bên nhận
    result: Mapped[str] = mapped_column(String(10), default="")  # truoc-han|dung-han|qua-han
    due_at: Mapped[dt.datetime] = mapped_column(DateTime)  # the appointment it was judged against
    note: Mapped[str] = mapped_column(Text, default="")
    actor: Mapped[str] = mapped_column(String(64), default="")

    dossier: Mapped[Dossier] = relationship(back_populates="events")


class CalendarDay(Base):
    """An exception to Monday–Friday: a day off (nghi) or a weekend day worked (lam-bu)."""

    __tablename__ = "calendar_days"

    day: Mapped[dt.date] = mapped_column(Date, primary_key=True)
    kind: Mapped[str] = mapped_column(String(8))
    name: Mapped[str] = mapped_column(String(200))
    source: Mapped[str] = mapped_column(String(300), default="")  # the notice number


class CalendarYear(Base):
    """A year whose table is loaded (shipped or imported): its days are those in calendar_days."""

    __tablename__ = "calendar_years"

    year: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    source: Mapped[str] = mapped_column(String(300), default="")
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)
    updated_by: Mapped[str] = mapped_column(String(64), default="")
