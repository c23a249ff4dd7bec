"""Tables of the file plan (Danh mục hồ sơ, Phụ lục V), the case files (hồ sơ công việc) and
their hand-over to the agency archive (nộp lưu, Nghị định 30 Điều 28–31).

A file's items point at a registered document or a one-stop dossier, so its table of contents
always shows their current data; an item imported from another office's export has neither and
carries what the export said (symbol, date, subject, pages, its PDF in the store).
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
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class FilePlan(Base):
    """The plan of one year: a draft until a lãnh đạo approves it; each approval counts."""

    __tablename__ = "file_plans"

    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(Integer, unique=True)
    approved: Mapped[bool] = mapped_column(Boolean, default=False)
    approvals: Mapped[int] = mapped_column(Integer, default=0)  # 2 and more: amended
    approved_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    approved_by: Mapped[str] = mapped_column(String(64), default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)


class PlanHeading(Base):
    """A heading of the plan: Roman (I, II …) at the top, Arabic (1, 2 …) under it."""

    __tablename__ = "plan_headings"
    __table_args__ = (
        UniqueConstraint("plan_id", "parent_id", "number", name="uq_plan_headings_number"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("file_plans.id"), index=True)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("plan_headings.id"))
    number: Mapped[int] = mapped_column(Integer)  # printed as I, II … (top) or 1, 2 … (below)
    title: Mapped[str] = mapped_column(String(300))


class PlanEntry(Base):
    """One file of the plan: số và ký hiệu hồ sơ, tiêu đề, thời hạn bảo quản, người lập."""

    __tablename__ = "plan_entries"
    __table_args__ = (UniqueConstraint("plan_id", "code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("file_plans.id"), index=True)
    heading_id: Mapped[int | None] = mapped_column(ForeignKey("plan_headings.id"))
    position: Mapped[int] = mapped_column(Integer)
    code: Mapped[str] = mapped_column(String(40))  # 01.TCCB
    title: Mapped[str] = mapped_column(String(500))
    retention_years: Mapped[int | None] = mapped_column(Integer)  # None: Vĩnh viễn
    keeper: Mapped[str] = mapped_column(String(200), default="")  # user name or unit
    notes: Mapped[str] = mapped_column(Text, default="")
    construction: Mapped[bool] = mapped_column(Boolean, default=False)  # xây dựng cơ bản


class Handover(Base):
    """One hand-over batch to the agency archive (its two forms are printed, not stored)."""

    __tablename__ = "archive_handovers"
    __table_args__ = (UniqueConstraint("year", "number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(Integer)
    number: Mapped[int] = mapped_column(Integer)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)
    actor: Mapped[str] = mapped_column(String(64), default="")


class CaseFile(Base):
    __tablename__ = "case_files"
    __table_args__ = (
        UniqueConstraint("year", "code"),
        Index("ix_case_files_state_end", "state", "end_date"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(Integer)
    code: Mapped[str] = mapped_column(String(40))
    title: Mapped[str] = mapped_column(String(500))
    entry_id: Mapped[int | None] = mapped_column(ForeignKey("plan_entries.id"), index=True)
    outside_plan: Mapped[bool] = mapped_column(Boolean, default=False)
    retention_years: Mapped[int | None] = mapped_column(Integer)  # None: Vĩnh viễn
    construction: Mapped[bool] = mapped_column(Boolean, default=False)
    settled_date: Mapped[dt.date | None] = mapped_column(Date)  # quyết toán (construction)
    keeper: Mapped[str] = mapped_column(String(64))  # the account that opened it
    rights: Mapped[str] = mapped_column(String(100), default="")  # chế độ sử dụng
    state: Mapped[str] = mapped_column(String(12))  # dang-mo | da-dong | da-nop-luu
    opened_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)
    end_date: Mapped[dt.date | None] = mapped_column(Date)
    closed_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    handover_id: Mapped[int | None] = mapped_column(ForeignKey("archive_handovers.id"))
    imported_from: Mapped[str] = mapped_column(String(200), default="")  # FileCode of the source
    notes: Mapped[str] = mapped_column(Text, default="")


class CaseFileItem(Base):
    """A document in a file, at its place in the table of contents."""

    __tablename__ = "case_file_items"
    __table_args__ = (
        Index("ix_case_file_items_file_position", "case_file_id", "position"),
        UniqueConstraint("case_file_id", "document_id", name="uq_case_file_items_document"),
        UniqueConstraint("case_file_id", "dossier_id", name="uq_case_file_items_dossier"),
        Index("ix_case_file_items_document", "document_id"),
        Index("ix_case_file_items_dossier", "dossier_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    case_file_id: Mapped[int] = mapped_column(ForeignKey("case_files.id"))
    position: Mapped[int] = mapped_column(Integer)
    document_id: Mapped[int | None] = mapped_column(ForeignKey("documents.id"))
    dossier_id: Mapped[int | None] = mapped_column(ForeignKey("dossiers.id"))
    # What an imported item carries (no document or dossier in this office).
    symbol: Mapped[str] = mapped_column(String(60), default="")
    doc_date: Mapped[dt.date | None] = mapped_column(Date)
    organ_name: Mapped[str] = mapped_column(String(200), default="")
    type_name: Mapped[str] = mapped_column(String(60), default="")
    subject: Mapped[str] = mapped_column(String(500), default="")
    pages: Mapped[int | None] = mapped_column(Integer)
    sha256: Mapped[str | None] = mapped_column(ForeignKey("files.sha256"))
    notes: Mapped[str] = mapped_column(Text, default="")
    added_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)
    added_by: Mapped[str] = mapped_column(String(64), default="")
