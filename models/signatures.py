"""Digital signatures: who signed which file of a document, and the administrator's trust store.

- ``signatures``: one row per signature the app applied. A signature never overwrites a file:
  ``sha256_before`` (the bytes that were signed) and ``sha256_after`` (the new incremental
  revision) both stay in the file store.
- ``trust_roots``: CA certificates (roots and intermediates) the administrator imported from files.
- ``crls``: certificate revocation lists imported from files (the app is offline).

Times are naive UTC, like the rest of the schema.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean,
    DateTime,
    ForeignKey,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class SignatureRecord(Base):
    """A signature applied to one file of a document (main file or attachment)."""

    __tablename__ = "signatures"

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id"), index=True)
    kind: Mapped[str] = mapped_column(String(16))  # signer | organisation | copy | attachment
    actor: Mapped[str] = mapped_column(String(64))  # account that applied it
    field_name: Mapped[str] = mapped_column(String(64))
    certificate_serial: Mapped[str] = mapped_column(String(80))  # hex
    certificate_subject: Mapped[str] = mapped_column(String(500))
    certificate_issuer: Mapped[str] = mapped_column(String(500))
    signer_name: Mapped[str] = mapped_column(String(200), default="")  # certificate CN
    signed_at: Mapped[dt.datetime] = mapped_column(DateTime)  # signing time (UTC)
    sha256_before: Mapped[str] = mapped_column(ForeignKey("files.sha256"), index=True)
    sha256_after: Mapped[str] = mapped_column(ForeignKey("files.sha256"), index=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)


class TrustRoot(Base):
    """A CA certificate trusted for verifying signatures (root or intermediate)."""

    __tablename__ = "trust_roots"

    id: Mapped[int] = mapped_column(primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)  # of the DER certificate
    subject: Mapped[str] = mapped_column(String(500))
    issuer: Mapped[str] = mapped_column(String(500))
    serial: Mapped[str] = mapped_column(String(80))  # hex
    not_before: Mapped[dt.datetime] = mapped_column(DateTime)
    not_after: Mapped[dt.datetime] = mapped_column(DateTime)
    self_signed: Mapped[bool] = mapped_column(Boolean, default=True)
    der: Mapped[bytes] = mapped_column(LargeBinary)
    added_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)
    added_by: Mapped[str] = mapped_column(String(64), default="")


class CrlFile(Base):
    """A certificate revocation list imported from a file."""

    __tablename__ = "crls"

    id: Mapped[int] = mapped_column(primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)  # of the DER CRL
    issuer: Mapped[str] = mapped_column(String(500), index=True)
    this_update: Mapped[dt.datetime] = mapped_column(DateTime)
    next_update: Mapped[dt.datetime | None] = mapped_column(DateTime)
    revoked_count: Mapped[int] = mapped_column(Integer, default=0)
    # the trust root whose key checked the CRL's signature; None when no imported CA matched
    checked_by: Mapped[int | None] = mapped_column(ForeignKey("trust_roots.id", ondelete="SET NULL"))
    note: Mapped[str] = mapped_column(Text, default="")
    der: Mapped[bytes] = mapped_column(LargeBinary)
    added_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)
    added_by: Mapped[str] = mapped_column(String(64), default="")


class CertificatePin(Base):
    """A certificate the administrator has assigned to an account (its holder signs with it even
    when the certificate's common name is written differently from the account's full name) or
    to the organisation (``username`` empty)."""

    __tablename__ = "certificate_pins"
    __table_args__ = (UniqueConstraint("username", "sha256"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(64), index=True, default="")  # "" = organisation
    sha256: Mapped[str] = mapped_column(String(64))  # of the DER certificate
    subject: Mapped[str] = mapped_column(String(500))
    serial: Mapped[str] = mapped_column(String(80))
    not_after: Mapped[dt.datetime] = mapped_column(DateTime)
    pinned_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)
    pinned_by: Mapped[str] = mapped_column(String(64), default="")
