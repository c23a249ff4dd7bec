"""Writing a package out (atomically, never over an existing file) and keeping a copy of every
package that came in or went out in the file store, beside the document."""

from __future__ import annotations

import os
import re
from pathlib import Path

from sqlalchemy.orm import Session

from desktop.core.errors import EnvironmentProblem
from desktop.core.i18n import _
from desktop.kernel.office import Office
from models.entities import StoredFile


def safe_stem(text: str) -> str:
    return re.sub(r"[^0-9A-Za-z._-]+", "-", text).strip("-.")[:80] or "goi"


def free_path(folder: Path, name: str) -> Path:
    target = folder / name
    n = 1
    while target.exists():
        n += 1
        target = folder / f"{Path(name).stem}-{n}{Path(name).suffix}"
    return target


def write_out(folder: Path, name: str, data: bytes) -> Path:
    """Write ``data`` to a new file in ``folder`` (temporary file, fsync, rename)."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        target = free_path(folder, name)
        tmp = target.with_name(f".{target.name}.tmp")
        with open(tmp, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        tmp.replace(target)
    except OSError as exc:
        raise EnvironmentProblem(_("Không ghi được gói edXML vào {path}.", path=str(folder)),
                                 str(exc)) from exc
    return target


def keep(office: Office, s: Session, data: bytes, name: str) -> str:
    """The package's bytes in the store, with their file row; returns the SHA-256. The caller's
    transaction records what refers to it."""
    from desktop.storage.fileinfo import file_row

    put = office.files.put_bytes(data)
    try:
        if s.get(StoredFile, put.sha256) is None:
            file_row(s, put.sha256, data, name)
            s.flush()
    except BaseException:
        if put.created:
            office.files.remove_new(put.sha256)
        raise
    return put.sha256
