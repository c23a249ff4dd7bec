"""The OCR jobs a registration leaves behind: which stored files need OCR and the row that
queues one. The queue that works them off is :mod:`desktop.digitise.ocr_queue`; registration
only writes the row, so the registers never import the digitisation package."""

from __future__ import annotations

from enum import StrEnum

from sqlalchemy.orm import Session

from models.entities import OcrJob, StoredFile


class OcrState(StrEnum):
    """``ocr_jobs.status``: queued, claimed by a worker, finished, failed for good."""

    WAITING = "cho"
    RUNNING = "dang"
    DONE = "xong"
    FAILED = "loi"


def enqueue(session: Session, document_id: int, sha256: str) -> None:
    session.add(OcrJob(document_id=document_id, sha256=sha256, status=OcrState.WAITING))


def needs_ocr(row: StoredFile) -> bool:
    """A PDF made of scanned images, not signed (OCR comes before any signature)."""
    return (row.media_type == "application/pdf" and not row.signed
            and row.quality in ("dat", "khong-dat"))
