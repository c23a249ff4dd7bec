"""A document's files on their way in: checked before anything is written, put in the store,
linked to the document (queued for OCR when they need it), and removed again when the
transaction that was to record them fails."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from sqlalchemy.orm import Session

from desktop.core.errors import UserError
from desktop.core.i18n import _
from desktop.kernel.office import Office
from desktop.storage.fileinfo import file_row
from desktop.storage.filestore import PutResult
from models.entities import DocumentFile, StoredFile


def check_files(paths: Sequence[Path]) -> list[Path]:
    """Every file exists, is a file and is not empty — before anything is written."""
    checked: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if not path.is_file():
            raise UserError(_("Không tìm thấy tệp: {path}.", path=str(path)), field="file")
        if path.stat().st_size == 0:
            raise UserError(_("Tệp rỗng: {path}.", path=str(path)), field="file")
        checked.append(path)
    return checked


def store_files(office: Office, paths: Sequence[Path]) -> list[tuple[Path, PutResult]]:
    stored: list[tuple[Path, PutResult]] = []
    try:
        for path in paths:
            stored.append((path, office.files.put_file(path)))
    except BaseException:
        undo_files(office, stored)
        raise
    return stored


def undo_files(office: Office, stored: Sequence[tuple[Path, PutResult]]) -> None:
    for _path, put in stored:
        if put.created:
            office.files.remove_new(put.sha256)


def link_files(
    session: Session,
    doc_id: int,
    stored: Sequence[tuple[Path, PutResult]],
    actor: str,
    role: str = "chinh",
) -> None:
    from desktop.storage.ocr_jobs import enqueue, needs_ocr

    for path, put in stored:
        row = ensure_file_row(session, path, put)
        session.add(
            DocumentFile(
                document_id=doc_id, sha256=put.sha256, name=path.name, role=role, added_by=actor
            )
        )
        if needs_ocr(row):
            enqueue(session, doc_id, put.sha256)


def ensure_file_row(session: Session, path: Path, put: PutResult) -> StoredFile:
    """The metadata row of a stored file, analysed once per distinct content."""
    row = session.get(StoredFile, put.sha256)
    return row if row is not None else file_row(session, put.sha256, path.read_bytes(), path.name)
