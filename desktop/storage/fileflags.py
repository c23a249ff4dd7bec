"""Per-document flags derived from its current files, kept on the document row.

The monthly report counts "has an electronic file", "every scan meets the standard" and
"carries a digital signature" over a year of a million-document archive; probing the file
tables for each document (several EXISTS per row) cost 0.8 s there. The flags are recomputed
in SQL, in the same transaction, by every code path that changes a document's files
(registration, attaching, bulk import, OCR, signing), and ``vanthu check`` verifies them.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import and_, case, exists, or_, select, update
from sqlalchemy.orm import Session

from models.entities import Document, DocumentFile, StoredFile


def _current(*conds: Any) -> Any:
    return exists(
        select(DocumentFile.id)
        .join(StoredFile, StoredFile.sha256 == DocumentFile.sha256)
        .where(DocumentFile.document_id == Document.id, DocumentFile.current.is_(True), *conds)
    )


HAS_FILE: Any = _current()
FILES_OK: Any = and_(HAS_FILE, ~_current(or_(StoredFile.quality.is_(None),
                                          StoredFile.quality == "khong-dat")))
SIGNED: Any = or_(_current(StoredFile.signed.is_(True)), exists(
    select(DocumentFile.id).where(DocumentFile.document_id == Document.id,
                                  DocumentFile.role == "ky-so")))


def _values() -> dict[str, object]:
    return {
        "has_file": case((HAS_FILE, True), else_=False),
        "files_ok": case((FILES_OK, True), else_=False),
        "signed": case((SIGNED, True), else_=False),
    }


def refresh(session: Session, document_ids: Iterable[int]) -> None:
    ids = sorted(set(document_ids))
    for i in range(0, len(ids), 500):
        session.execute(update(Document).where(Document.id.in_(ids[i:i + 500]))
                        .values(**_values()).execution_options(synchronize_session=False))


def refresh_all(session: Session) -> None:
    session.execute(update(Document).values(**_values())
                    .execution_options(synchronize_session=False))


def stale(session: Session, limit: int = 20) -> list[int]:
    """Documents whose stored flags differ from their files (``vanthu check``)."""
    wrong = or_(Document.has_file != case((HAS_FILE, True), else_=False),
                Document.files_ok != case((FILES_OK, True), else_=False),
                Document.signed != case((SIGNED, True), else_=False))
    return list(session.scalars(select(Document.id).where(wrong).order_by(Document.id)
                                .limit(limit)))


