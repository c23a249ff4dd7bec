"""Content-addressed file store: SHA-256 names, atomic writes, verified reads.

A file is written to a temporary name in the same folder, flushed and fsynced, then renamed into
place, and the folder is fsynced: after a crash either the whole file is there under its hash or
nothing is. The same content is stored once. Reads re-hash and refuse a file that changed.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.core.errors import EnvironmentProblem, IntegrityProblem, NotFound
from desktop.core.i18n import _

if TYPE_CHECKING:
    from models.db import Database

CHUNK = 1 << 20


@dataclass(frozen=True)
class PutResult:
    sha256: str
    size: int
    created: bool  # False when the content was already in the store


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(CHUNK), b""):
            h.update(chunk)
    return h.hexdigest()


def _fsync_dir(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:  # pragma: no cover - Windows cannot open folders
        return
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


class FileStore:
    def __init__(self, root: Path) -> None:
        self.root = root

    def path_for(self, sha256: str) -> Path:
        return self.root / sha256[:2] / sha256[2:4] / sha256

    def exists(self, sha256: str) -> bool:
        return self.path_for(sha256).is_file()

    def put_bytes(self, data: bytes) -> PutResult:
        return self._put(iter([data]))

    def put_file(self, source: Path) -> PutResult:
        try:
            f = open(source, "rb")
        except OSError as exc:
            raise EnvironmentProblem(
                _("Không đọc được tệp {path}.", path=str(source)), str(exc)
            ) from exc
        with f:
            return self._put(iter(lambda: f.read(CHUNK), b""))

    def _put(self, chunks: Iterator[bytes]) -> PutResult:
        self.root.mkdir(parents=True, exist_ok=True)
        h = hashlib.sha256()
        size = 0
        fd, tmp_name = tempfile.mkstemp(prefix=".incoming-", dir=self.root)
        tmp = Path(tmp_name)
        try:
            with os.fdopen(fd, "wb") as out:
                for chunk in chunks:
                    h.update(chunk)
                    size += len(chunk)
                    out.write(chunk)
                out.flush()
                os.fsync(out.fileno())
            digest = h.hexdigest()
            target = self.path_for(digest)
            if target.is_file():
                tmp.unlink()
                return PutResult(digest, size, created=False)
            target.parent.mkdir(parents=True, exist_ok=True)
            os.chmod(tmp, 0o440)
            os.replace(tmp, target)
            _fsync_dir(target.parent)
            return PutResult(digest, size, created=True)
        except OSError as exc:
            tmp.unlink(missing_ok=True)
            raise EnvironmentProblem(
                _("Không ghi được tệp vào kho lưu trữ (ổ đĩa đầy hoặc không có quyền ghi)."),
                str(exc),
            ) from exc
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise

    def read(self, sha256: str) -> bytes:
        path = self.path_for(sha256)
        try:
            data = path.read_bytes()
        except FileNotFoundError as exc:
            raise NotFound(
                _("Thiếu tệp {sha} trong kho lưu trữ.", sha=sha256), str(path)
            ) from exc
        if hashlib.sha256(data).hexdigest() != sha256:
            raise IntegrityProblem(
                _("Tệp {sha} trong kho đã bị thay đổi (sai mã băm SHA-256).", sha=sha256),
                str(path),
            )
        return data

    def verify(self, sha256: str) -> bool:
        path = self.path_for(sha256)
        return path.is_file() and sha256_file(path) == sha256

    def remove_new(self, sha256: str) -> None:
        """Undo a write made by a unit of work that then failed (only files it created)."""
        path = self.path_for(sha256)
        try:
            os.chmod(path, 0o640)
            path.unlink()
        except FileNotFoundError:
            pass

    def all_hashes(self) -> Iterator[str]:
        if not self.root.is_dir():
            return
        for p in self.root.glob("??/??/*"):
            if p.is_file() and len(p.name) == 64:
                yield p.name


class BlobStore:
    """The same store kept inside the database, for several seats on one PostgreSQL server.

    Every seat reaches the files through the connection it already has, a file and the
    registration that uses it live in one backup (pg_dump), and no Windows share has to be
    mounted on each PC. Writes are idempotent (``ON CONFLICT DO NOTHING``); reads re-hash.
    """

    def __init__(self, db: Database) -> None:
        self.db = db

    def exists(self, sha256: str) -> bool:
        from sqlalchemy import select

        from models.entities import Blob

        with self.db.read() as s:
            return s.scalar(select(Blob.sha256).where(Blob.sha256 == sha256)) is not None

    def put_bytes(self, data: bytes) -> PutResult:
        from sqlalchemy.dialects.postgresql import insert as pg_insert
        from sqlalchemy.dialects.sqlite import insert as sqlite_insert

        from models.entities import Blob

        digest = hashlib.sha256(data).hexdigest()
        insert = pg_insert if self.db.dialect == "postgresql" else sqlite_insert
        with self.db.write() as s:
            result = s.execute(
                insert(Blob).values(sha256=digest, data=data).on_conflict_do_nothing()
            )
            created = bool(getattr(result, "rowcount", 0))
        return PutResult(digest, len(data), created)

    def put_file(self, source: Path) -> PutResult:
        try:
            data = source.read_bytes()
        except OSError as exc:
            raise EnvironmentProblem(
                _("Không đọc được tệp {path}.", path=str(source)), str(exc)
            ) from exc
        return self.put_bytes(data)

    def read(self, sha256: str) -> bytes:
        from sqlalchemy import select

        from models.entities import Blob

        with self.db.read() as s:
            data = s.scalar(select(Blob.data).where(Blob.sha256 == sha256))
        if data is None:
            raise NotFound(_("Thiếu tệp {sha} trong kho lưu trữ.", sha=sha256))
        if hashlib.sha256(data).hexdigest() != sha256:
            raise IntegrityProblem(
                _("Tệp {sha} trong kho đã bị thay đổi (sai mã băm SHA-256).", sha=sha256)
            )
        return bytes(data)

    def verify(self, sha256: str) -> bool:
        try:
            self.read(sha256)
        except (NotFound, IntegrityProblem):
            return False
        return True

    def remove_new(self, sha256: str) -> None:
        from sqlalchemy import delete

        from models.entities import Blob

        with self.db.write() as s:
            s.execute(delete(Blob).where(Blob.sha256 == sha256))

    def all_hashes(self) -> Iterator[str]:
        from sqlalchemy import select

        from models.entities import Blob

        with self.db.read() as s:
            hashes = list(s.scalars(select(Blob.sha256)))
        yield from hashes
