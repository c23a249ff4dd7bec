"""The typed models of the registers.

Incoming and outgoing documents share one table (``documents``, told apart by ``direction``):
they are one numbering of record ids for ``vanthu show ID``, share files, search, audit and
cancellation, and most Phụ lục IV columns exist in both registers. Columns that belong to one
register only are nullable.
"""

from __future__ import annotations

import datetime as dt
import enum

from sqlalchemy import (
    BigInteger,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.base import Base


class Direction(enum.StrEnum):
    INCOMING = "den"
    OUTGOING = "di"


class Urgency(enum.StrEnum):
    NORMAL = "thuong"
    URGENT = "khan"  # Khẩn
    VERY_URGENT = "thuong-khan"  # Thượng khẩn
    FLASH = "hoa-toc"  # Hỏa tốc


class Secrecy(enum.StrEnum):
    NONE = "thuong"
    SECRET = "mat"  # Mật
    TOP_SECRET = "toi-mat"  # Tối mật
    ULTRA = "tuyet-mat"  # Tuyệt mật


class Status(enum.StrEnum):
    REGISTERED = "da-dang-ky"
    PROCESSING = "dang-xu-ly"
    DONE = "da-xu-ly"
    SIGNED = "da-ky"  # outgoing: signed by the competent person, not yet issued
    ISSUED = "da-phat-hanh"
    CANCELLED = "da-huy"


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class Organisation(Base):
    """The commune's own profile (one row)."""

    __tablename__ = "organisation"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    short_name: Mapped[str] = mapped_column(String(30))
    place: Mapped[str] = mapped_column(String(100))
    code: Mapped[str | None] = mapped_column(String(13))  # mã định danh (OrganId)
    parent_name: Mapped[str | None] = mapped_column(String(200))
    seal_image_sha256: Mapped[str | None] = mapped_column(String(64))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)


class Agency(Base):
    """Directory of issuing bodies and recipients, for completion and interchange."""

    __tablename__ = "agencies"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    code: Mapped[str | None] = mapped_column(String(13))
    folded: Mapped[str] = mapped_column(String(200), index=True)


class User(Base):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    full_name: Mapped[str] = mapped_column(String(120), default="")
    title: Mapped[str] = mapped_column(String(120), default="")
    password_hash: Mapped[str] = mapped_column(String(255))
    roles: Mapped[str] = mapped_column(String(120), default="")  # comma-separated role codes
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[dt.datetime | None] = mapped_column(DateTime)
    signature_image_sha256: Mapped[str | None] = mapped_column(String(64))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)


class NumberSeries(Base):
    """Last number given in one series and year. Rows are locked by UPDATE … RETURNING."""

    __tablename__ = "number_series"

    series: Mapped[str] = mapped_column(String(40), primary_key=True)
    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    last_number: Mapped[int] = mapped_column(BigInteger, default=0)


class Document(Base):
    __tablename__ = "documents"
    __table_args__ = (
        UniqueConstraint("series", "year", "number", name="uq_documents_series_year_number"),
        Index("ix_documents_direction_year_number", "direction", "year", "number"),
        Index("ix_documents_direction_received", "direction", "received_date"),
        Index("ix_documents_direction_issued", "direction", "issued_date"),
        # The register's own order (year, series, number; rowid breaks ties): windows of the
        # view are index walks, in either direction.
        Index("ix_documents_register_order", "direction", "year", "series", "number"),
        # The status bar's counts: selective index walks instead of a scan of the register.
        Index("ix_documents_urgency", "direction", "urgency", "year"),
        Index("ix_documents_status_due", "direction", "status", "due_date", "year"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    direction: Mapped[str] = mapped_column(String(4))
    series: Mapped[str] = mapped_column(String(40))
    year: Mapped[int] = mapped_column(Integer)
    number: Mapped[int] = mapped_column(Integer)  # số đến (incoming) or số đi (outgoing)
    symbol: Mapped[str] = mapped_column(String(60))  # "Số, ký hiệu văn bản", e.g. 01/QĐ-UBND
    code_number: Mapped[str] = mapped_column(String(11), default="")  # CodeNumber
    code_notation: Mapped[str] = mapped_column(String(30), default="")  # CodeNotation
    issued_date: Mapped[dt.date] = mapped_column(Date)  # Ngày tháng văn bản
    received_date: Mapped[dt.date | None] = mapped_column(Date)  # Ngày đến (incoming)
    organ_name: Mapped[str] = mapped_column(String(200), default="")  # Tác giả / issuing body
    type_name: Mapped[str] = mapped_column(String(60))
    subject: Mapped[str] = mapped_column(String(500))  # trích yếu
    recipients: Mapped[str] = mapped_column(Text, default="")  # Đơn vị/người nhận; Nơi nhận
    transfer_date: Mapped[dt.date | None] = mapped_column(Date)  # Ngày chuyển
    receiver_sign: Mapped[str] = mapped_column(String(200), default="")  # Ký nhận
    notes: Mapped[str] = mapped_column(Text, default="")  # Ghi chú
    signer_name: Mapped[str] = mapped_column(String(120), default="")  # Người ký
    signer_title: Mapped[str] = mapped_column(String(120), default="")
    archive_unit: Mapped[str] = mapped_column(String(200), default="")  # bản lưu
    copies: Mapped[int | None] = mapped_column(Integer)  # Số lượng bản
    drafting_unit: Mapped[str] = mapped_column(String(30), default="")
    urgency: Mapped[str] = mapped_column(String(12), default=Urgency.NORMAL.value)
    secrecy: Mapped[str] = mapped_column(String(12), default=Secrecy.NONE.value)
    due_date: Mapped[dt.date | None] = mapped_column(Date)
    handler: Mapped[str] = mapped_column(String(120), default="")
    status: Mapped[str] = mapped_column(String(16), default=Status.REGISTERED.value)
    page_amount: Mapped[int | None] = mapped_column(Integer)
    electronic: Mapped[bool] = mapped_column(Boolean, default=False)  # received electronically
    # Derived from the current files (desktop/fileflags.py), for the reports' aggregates.
    has_file: Mapped[bool] = mapped_column(Boolean, default=False)
    files_ok: Mapped[bool] = mapped_column(Boolean, default=False)  # every scan meets Phụ lục I
    signed: Mapped[bool] = mapped_column(Boolean, default=False)
    cancelled_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    cancel_reason: Mapped[str] = mapped_column(Text, default="")
    search_text: Mapped[str] = mapped_column(Text, default="")  # folded, for accent-free search
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)
    created_by: Mapped[str] = mapped_column(String(64), default="")

    files: Mapped[list[DocumentFile]] = relationship(
        back_populates="document", order_by="DocumentFile.id"
    )


class StoredFile(Base):
    """A blob in the content-addressed store (or in the database, for multi-seat)."""

    __tablename__ = "files"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(BigInteger)
    media_type: Mapped[str] = mapped_column(String(100))
    pages: Mapped[int | None] = mapped_column(Integer)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)
    # Digitisation standard (Phụ lục I): "dat" | "khong-dat" | "khong-xac-dinh" | None (unchecked)
    quality: Mapped[str | None] = mapped_column(String(20))
    quality_reasons: Mapped[str] = mapped_column(Text, default="")
    min_dpi: Mapped[float | None] = mapped_column(Float)
    signed: Mapped[bool] = mapped_column(Boolean, default=False)  # carries a PDF signature


class FileText(Base):
    """Text of a stored file (OCR or the PDF's own text layer), NFC-normalised."""

    __tablename__ = "file_texts"

    sha256: Mapped[str] = mapped_column(ForeignKey("files.sha256"), primary_key=True)
    text: Mapped[str] = mapped_column(Text, default="")
    engine: Mapped[str] = mapped_column(String(40), default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)


class OcrJob(Base):
    """The persistent OCR queue: survives restarts; a job is claimed, then finished or failed."""

    __tablename__ = "ocr_jobs"
    __table_args__ = (Index("ix_ocr_jobs_status", "status", "id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id"))
    sha256: Mapped[str] = mapped_column(ForeignKey("files.sha256"))
    status: Mapped[str] = mapped_column(String(12), default="cho")  # cho|dang|xong|loi
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    error: Mapped[str] = mapped_column(Text, default="")
    result_sha256: Mapped[str | None] = mapped_column(String(64))
    claimed_by: Mapped[str] = mapped_column(String(80), default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)
    finished_at: Mapped[dt.datetime | None] = mapped_column(DateTime)


class InboxItem(Base):
    """A scan picked up from the watched folder, waiting to be attached or registered."""

    __tablename__ = "inbox_items"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(255))
    sha256: Mapped[str] = mapped_column(ForeignKey("files.sha256"))
    pages: Mapped[int | None] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(12), default="cho")  # cho|da-dung
    fields_json: Mapped[str] = mapped_column(Text, default="")  # extracted registration fields
    document_id: Mapped[int | None] = mapped_column(Integer)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)


class DocumentFile(Base):
    __tablename__ = "document_files"

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id"), index=True)
    sha256: Mapped[str] = mapped_column(ForeignKey("files.sha256"), index=True)
    name: Mapped[str] = mapped_column(String(255))
    role: Mapped[str] = mapped_column(String(20), default="chinh")  # chinh|dinh-kem|ban-quet|ky-so
    current: Mapped[bool] = mapped_column(Boolean, default=True)
    added_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)
    added_by: Mapped[str] = mapped_column(String(64), default="")

    document: Mapped[Document] = relationship(back_populates="files")


class AuditEntry(Base):
    """Append-only, hash-chained: ``hash`` covers the entry and the previous entry's hash."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    seq: Mapped[int] = mapped_column(BigInteger, unique=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime)
    actor: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(40))
    document_id: Mapped[int | None] = mapped_column(Integer, index=True)
    before: Mapped[str] = mapped_column(Text, default="")
    after: Mapped[str] = mapped_column(Text, default="")
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))
    # What the document (and its file links) looked like when the entry's transaction ended, and
    # an HMAC of hash + state with the data folder's audit key (see desktop/kernel/audit.py).
    state: Mapped[str | None] = mapped_column(String(64))
    key_id: Mapped[str | None] = mapped_column(String(16))
    mac: Mapped[str | None] = mapped_column(String(64))


class Blob(Base):
    """File contents kept in the database (PostgreSQL multi-seat mode)."""

    __tablename__ = "blobs"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    data: Mapped[bytes] = mapped_column(LargeBinary)
