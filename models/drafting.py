"""Drafts of outgoing documents, their versions and history; dispatches and links of issued ones.

A draft (dự thảo) lives outside the registers: it has no number and is not a row of
``documents`` until it is issued (Nghị định 30, Điều 15: số and ngày are given at issue). Issuing
creates the outgoing register row and points ``drafts.document_id`` at it. Every uploaded PDF is
kept as a version; the PDF the competent person signed is ``drafts.signed_sha256`` (its blank
số/ngày fields already added: ``fields_sha256`` is the bytes that were signed).

``dispatches`` record where each copy of an issued document went (Điều 18; the register's Nơi
nhận, Ngày chuyển and Ký nhận are filled from them); ``document_links`` keep that one document
corrects, replaces or recalls another.
"""

from __future__ import annotations

import datetime as dt
import enum

from sqlalchemy import Date, DateTime, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class DraftStatus(enum.StrEnum):
    DRAFT = "du-thao"  # being written (also after a new version following a return)
    SUBMITTED = "cho-duyet"  # sent for approval
    RETURNED = "tra-lai"  # sent back by the leader with a comment
    APPROVED = "da-duyet"
    SIGNED = "da-ky"  # the competent person signed (số and ngày still blank)
    ISSUED = "da-phat-hanh"  # numbered, organisation signature, in the register


class Draft(Base):
    __tablename__ = "drafts"
    __table_args__ = (Index("ix_drafts_status", "status", "id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    status: Mapped[str] = mapped_column(String(16), default=DraftStatus.DRAFT.value)
    type_name: Mapped[str] = mapped_column(String(60))
    subject: Mapped[str] = mapped_column(String(500))
    signer_username: Mapped[str] = mapped_column(String(64))
    signer_name: Mapped[str] = mapped_column(String(120), default="")
    signer_title: Mapped[str] = mapped_column(String(120), default="")
    drafting_unit: Mapped[str] = mapped_column(String(30), default="")
    recipients: Mapped[str] = mapped_column(Text, default="")
    urgency: Mapped[str] = mapped_column(String(12), default="thuong")
    secrecy: Mapped[str] = mapped_column(String(12), default="thuong")
    version: Mapped[int] = mapped_column(Integer, default=1)  # the current version
    fields_sha256: Mapped[str | None] = mapped_column(ForeignKey("files.sha256"))
    signed_sha256: Mapped[str | None] = mapped_column(ForeignKey("files.sha256"))
    signed_by: Mapped[str] = mapped_column(String(64), default="")
    signed_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    signature_field: Mapped[str] = mapped_column(String(64), default="")
    certificate_serial: Mapped[str] = mapped_column(String(80), default="")
    certificate_subject: Mapped[str] = mapped_column(String(500), default="")
    certificate_issuer: Mapped[str] = mapped_column(String(500), default="")
    certificate_cn: Mapped[str] = mapped_column(String(200), default="")
    document_id: Mapped[int | None] = mapped_column(ForeignKey("documents.id"), index=True)
    created_by: Mapped[str] = mapped_column(String(64), default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)


class DraftVersion(Base):
    """Every PDF uploaded for a draft, never replaced."""

    __tablename__ = "draft_versions"
    __table_args__ = (UniqueConstraint("draft_id", "version",
                                       name="uq_draft_versions_draft_id_version"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    draft_id: Mapped[int] = mapped_column(ForeignKey("drafts.id"), index=True)
    version: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(ForeignKey("files.sha256"))
    name: Mapped[str] = mapped_column(String(255))
    problems: Mapped[str] = mapped_column(Text, default="")  # Phụ lục I check, one per line
    added_by: Mapped[str] = mapped_column(String(64), default="")
    added_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)


class DraftEvent(Base):
    """The history of a draft: created, new version, submitted, approved, returned (with the
    comment), signed, issued."""

    __tablename__ = "draft_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    draft_id: Mapped[int] = mapped_column(ForeignKey("drafts.id"), index=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)
    actor: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(20))
    version: Mapped[int] = mapped_column(Integer)
    comment: Mapped[str] = mapped_column(Text, default="")


class Dispatch(Base):
    """One copy of an issued document sent to one recipient."""

    __tablename__ = "dispatches"
    __table_args__ = (Index("ix_dispatches_via_date", "via", "sent_date"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id"), index=True)
    recipient: Mapped[str] = mapped_column(String(300))
    via: Mapped[str] = mapped_column(String(12))  # buu-dien | truc-tiep | dien-tu
    sent_date: Mapped[dt.date] = mapped_column(Date)
    receipt: Mapped[str] = mapped_column(String(100), default="")  # post receipt / who signed
    created_by: Mapped[str] = mapped_column(String(64), default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)


class DocumentLink(Base):
    """``document_id`` corrects (dinh-chinh), replaces (thay-the) or recalls (thu-hoi)
    ``other_id`` (Nghị định 30, Điều 18)."""

    __tablename__ = "document_links"
    __table_args__ = (UniqueConstraint("document_id", "other_id", "kind",
                                       name="uq_document_links_document_id_other_id_kind"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id"), index=True)
    other_id: Mapped[int] = mapped_column(ForeignKey("documents.id"), index=True)
    kind: Mapped[str] = mapped_column(String(12))
    reason: Mapped[str] = mapped_column(Text, default="")
    created_by: Mapped[str] = mapped_column(String(64), default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)
