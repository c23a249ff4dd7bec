"""Who may read the content of documents marked mật, tối mật, tuyệt mật.

One row grants one level to a role (``role``) or to one account (``username``); the other column
is empty. A grant at a level implies the lower levels (tuyệt mật ⊃ tối mật ⊃ mật), so the
defaults are two rows: văn thư and lãnh đạo at tuyệt mật. The handlers of a document and the
person who registered it need no row: they are read from ``handling_people`` and
``documents.created_by`` (desktop/registers/visibility.py).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import DateTime, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class SecrecyGrant(Base):
    __tablename__ = "secrecy_grants"
    __table_args__ = (
        UniqueConstraint("level", "role", "username", name="uq_secrecy_grants_level_role_user"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    level: Mapped[str] = mapped_column(String(12))  # mat | toi-mat | tuyet-mat
    role: Mapped[str] = mapped_column(String(20), default="")  # a role code, or ""
    username: Mapped[str] = mapped_column(String(64), default="")  # an account, or ""
    granted_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)
    granted_by: Mapped[str] = mapped_column(String(64), default="")
