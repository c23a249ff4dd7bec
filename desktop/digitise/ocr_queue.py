"""The persistent OCR queue: registration never waits for OCR.

A job is a row in ``ocr_jobs``: queued (``cho``) when a scan is linked, claimed (``dang``) by one
worker in a short write transaction, processed outside any transaction (Tesseract can take
seconds a page), and finished (``xong``) or failed (``loi``) in a second transaction. The app
can close mid-way: jobs claimed by a process that no longer exists are put back at start.

The result is the same PDF with an invisible text layer, stored as a new file and made the
document's current file; the scan itself stays in the store, unchanged. A document signed in
the meantime is left alone: OCR happens before any signature.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import socket
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from desktop.core.errors import VanThuError
from desktop.core.textfold import fold
from desktop.kernel import audit
from desktop.kernel.office import Office
from desktop.storage import fileflags
from desktop.storage.fileinfo import file_row
from desktop.storage.ocr_jobs import OcrState
from models.entities import Document, DocumentFile, FileText, OcrJob, StoredFile

log = logging.getLogger(__name__)
MAX_ATTEMPTS = 3


def worker_id() -> str:
    return f"{socket.gethostname()}:{os.getpid()}"


@dataclass(frozen=True)
class QueueStatus:
    waiting: int
    running: int
    done: int
    failed: int

    def to_dict(self) -> dict[str, int]:
        return {"waiting": self.waiting, "running": self.running, "done": self.done,
                "failed": self.failed}


def status(office: Office) -> QueueStatus:
    with office.db.read() as s:
        counts = dict(s.execute(select(OcrJob.status, func.count()).group_by(OcrJob.status)).all())
    return QueueStatus(int(counts.get(OcrState.WAITING, 0)), int(counts.get(OcrState.RUNNING, 0)),
                       int(counts.get(OcrState.DONE, 0)), int(counts.get(OcrState.FAILED, 0)))


def recover(office: Office) -> int:
    """Put back the jobs claimed by processes of this machine that are gone."""
    host = socket.gethostname()
    back = 0
    with office.db.write() as s:
        for job in s.scalars(select(OcrJob).where(OcrJob.status == OcrState.RUNNING)):
            h, _sep, pid = job.claimed_by.partition(":")
            if h == host and not _alive(int(pid or 0)):
                job.status = OcrState.WAITING
                job.claimed_by = ""
                back += 1
    return back


def _alive(pid: int) -> bool:
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def claim(office: Office) -> OcrJob | None:
    me = worker_id()
    with office.db.write() as s:
        job = s.scalar(select(OcrJob).where(OcrJob.status == OcrState.WAITING).order_by(OcrJob.id).limit(1))
        if job is None:
            return None
        job.status = OcrState.RUNNING
        job.claimed_by = me
        job.attempts += 1
        s.flush()
        s.expunge(job)
        return job


def process(office: Office, job: OcrJob, cancel: Callable[[], bool] | None = None) -> str:
    """OCR one job; returns the new status."""
    from desktop.digitise.ocr import OcrCancelled, ocr_pdf

    try:
        scan = office.files.read(job.sha256)
        result = ocr_pdf(scan, cancel=cancel)
    except OcrCancelled:
        with office.db.write() as s:
            s.execute(update(OcrJob).where(OcrJob.id == job.id)
                      .values(status=OcrState.WAITING, claimed_by="", attempts=OcrJob.attempts - 1))
        return OcrState.WAITING
    except VanThuError as exc:
        return _fail(office, job, f"{exc.message} {exc.details}")
    except Exception as exc:  # one bad file must not stop the queue: logged, then recorded
        log.exception("OCR failed for job %s", job.id)
        return _fail(office, job, repr(exc))
    put = office.files.put_bytes(result.pdf_with_text)
    try:
        with office.db.write() as s:
            _finish(s, office, job, put.sha256, result.pdf_with_text, result.text)
    except Exception as exc:  # logged and recorded on the job; the queue goes on
        log.exception("OCR result of job %s could not be saved", job.id)
        if put.created:
            office.files.remove_new(put.sha256)
        return _fail(office, job, repr(exc))
    return OcrState.DONE


def _finish(s: Session, office: Office, job: OcrJob, new_sha: str, data: bytes,
            text: str) -> None:
    link = s.scalar(select(DocumentFile).where(
        DocumentFile.document_id == job.document_id, DocumentFile.sha256 == job.sha256,
        DocumentFile.current.is_(True)))
    signed_now = s.scalar(select(func.count()).select_from(DocumentFile).join(
        StoredFile, StoredFile.sha256 == DocumentFile.sha256).where(
        DocumentFile.document_id == job.document_id, DocumentFile.current.is_(True),
        StoredFile.signed.is_(True)))
    file_row(s, new_sha, data, "ocr.pdf")
    for sha in (job.sha256, new_sha):
        if s.get(FileText, sha) is None:
            s.add(FileText(sha256=sha, text=text, engine="tesseract-vie"))
    if link is not None and not signed_now:
        link.current = False
        s.add(DocumentFile(document_id=job.document_id, sha256=new_sha, name=link.name,
                           role=link.role, added_by="ocr"))
    fileflags.refresh(s, [job.document_id])
    doc = s.get(Document, job.document_id)
    if doc is not None:
        from desktop.registers.registry import search_text_of

        doc.search_text = (search_text_of(doc) + " " + fold(text)).strip()
    s.execute(update(OcrJob).where(OcrJob.id == job.id).values(
        status=OcrState.DONE, result_sha256=new_sha,
        finished_at=dt.datetime.now(dt.UTC).replace(tzinfo=None)))
    audit.record(s, "ocr", "nhan-dang-chu", job.document_id,
                 after={"tep_goc": job.sha256, "tep_co_chu": new_sha})


def _fail(office: Office, job: OcrJob, error: str) -> str:
    state = OcrState.FAILED if job.attempts >= MAX_ATTEMPTS else OcrState.WAITING
    with office.db.write() as s:
        s.execute(update(OcrJob).where(OcrJob.id == job.id).values(
            status=state, error=error[:2000], claimed_by=""))
    return state


def run(office: Office, workers: int = 0, *, stop: threading.Event | None = None,
        progress: Callable[[QueueStatus], None] | None = None) -> QueueStatus:
    """Work the queue until it is empty (or ``stop`` is set), using at most the machine's cores."""
    workers = workers or max(1, (os.cpu_count() or 1))
    recover(office)
    cancel = (lambda: stop.is_set()) if stop is not None else None

    def loop() -> None:
        while stop is None or not stop.is_set():
            job = claim(office)
            if job is None:
                return
            process(office, job, cancel)
            if progress is not None:
                progress(status(office))

    with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="ocr") as pool:
        for f in [pool.submit(loop) for _ in range(workers)]:
            f.result()
    return status(office)
