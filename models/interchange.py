"""Electronic interchange (edXML, QCVN 102:2016): the packages that came in or went out, and
the status messages exchanged about them.

- ``interchange_packages``: one row per document package imported (``direction`` "den") or
  exported (``direction`` "di", one per recipient agency). ``document_key`` is the envelope's
  DocumentId, the key other agencies use for the document; the checks made on arrival (the
  XML signature, each attachment's PDF signatures) are kept as they were found, in JSON.
  ``state`` records what a later package did to this one (revoked, updated, replaced) and
  ``superseded_by`` the registration that took its place; nothing is ever deleted.
- ``interchange_statuses``: status packages read (answering one of our outgoing documents) or
  written (answering an incoming one).

Times are naive UTC, like the rest of the schema.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import DateTime, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class InterchangePackage(Base):
    __tablename__ = "interchange_packages"
    __table_args__ = (
        UniqueConstraint("direction", "package_sha256", "organ_id",
                         name="uq_interchange_packages_direction_package_sha256_organ_id"),
        Index("ix_interchange_packages_key", "direction", "document_key"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    direction: Mapped[str] = mapped_column(String(4))  # den | di
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id"), index=True)
    document_key: Mapped[str] = mapped_column(String(200))  # DocumentId of the envelope
    organ_id: Mapped[str] = mapped_column(String(40), default="")  # sender (den) / recipient (di)
    organ_name: Mapped[str] = mapped_column(String(200), default="")
    business_type: Mapped[int] = mapped_column(Integer, default=0)  # 0 new … 3 replacement
    business_reason: Mapped[str] = mapped_column(Text, default="")
    earlier_key: Mapped[str] = mapped_column(String(200), default="")  # for types 1–3
    package_sha256: Mapped[str] = mapped_column(String(64))  # the package file, in the store
    package_name: Mapped[str] = mapped_column(String(255), default="")
    xml_signature: Mapped[str] = mapped_column(String(12), default="")  # valid|invalid|absent|weak
    xml_signature_subject: Mapped[str] = mapped_column(String(500), default="")
    attachments_json: Mapped[str] = mapped_column(Text, default="[]")
    envelope_json: Mapped[str] = mapped_column(Text, default="{}")  # fields with no column
    state: Mapped[str] = mapped_column(String(12), default="")  # "" | thu-hoi | cap-nhat | thay-the
    superseded_by: Mapped[int | None] = mapped_column(Integer)  # document id of the newer one
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)
    created_by: Mapped[str] = mapped_column(String(64), default="")


class InterchangeStatus(Base):
    __tablename__ = "interchange_statuses"

    id: Mapped[int] = mapped_column(primary_key=True)
    direction: Mapped[str] = mapped_column(String(4))  # den (read) | di (written)
    # None: a status written for a package that was refused, never registered.
    document_id: Mapped[int | None] = mapped_column(ForeignKey("documents.id"), index=True)
    document_key: Mapped[str] = mapped_column(String(200), default="")
    organ_id: Mapped[str] = mapped_column(String(40), default="")  # who sent / who is answered
    organ_name: Mapped[str] = mapped_column(String(200), default="")
    status_code: Mapped[str] = mapped_column(String(4))
    description: Mapped[str] = mapped_column(Text, default="")
    staff: Mapped[str] = mapped_column(String(200), default="")
    package_sha256: Mapped[str] = mapped_column(String(64))
    xml_signature: Mapped[str] = mapped_column(String(12), default="")  # as read (den)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)
    created_by: Mapped[str] = mapped_column(String(64), default="")
