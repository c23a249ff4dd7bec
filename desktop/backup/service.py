"""Backup and restore of database and file store (the consistency check is :mod:`integrity`).

A backup is one ZIP: the database (SQLite online backup API, or ``pg_dump`` for PostgreSQL),
every stored file it references, and ``manifest.json`` with the SHA-256 of each member. It is
consistent while the app is running: the database is copied first, and the store is
append-only, so every file the copy references is already on disk. The ZIP is written to a
temporary name and renamed when complete.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import re
import shutil
import sqlite3
import stat
import subprocess
import tempfile
import threading
import zipfile
import zlib
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from desktop import __version__
from desktop.backup.integrity import check
from desktop.core.clock import vn_now, vn_today
from desktop.core.config import DB_FILE
from desktop.core.errors import Cancelled, EnvironmentProblem, IntegrityProblem, UserError
from desktop.core.i18n import _
from desktop.kernel import audit
from desktop.kernel.auth import Role
from desktop.kernel.office import Office
from desktop.storage.filestore import FileStore
from models import migrate
from models.db import sqlite_copy

MANIFEST = "manifest.json"
FORMAT = 1


@dataclass
class BackupResult:
    path: Path
    files: int
    size: int
    sha256: str

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["path"] = str(self.path)
        return d


def _sha_file(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def _pg_tool(name: str) -> str:
    import glob

    for cand in sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"), reverse=True):
        return cand
    found = shutil.which(name)
    if not found:
        raise EnvironmentProblem(
            _("Không tìm thấy công cụ {tool} của PostgreSQL; hãy cài gói postgresql-client.",
              tool=name)
        )
    return found


def _pg_env(url: str) -> tuple[list[str], dict[str, str]]:
    from sqlalchemy.engine import make_url

    u = make_url(url)
    env = dict(os.environ)
    if u.password:
        env["PGPASSWORD"] = str(u.password)  # never on the command line
    args = ["-h", u.host or "127.0.0.1", "-p", str(u.port or 5432), "-U", u.username or "",
            "-d", u.database or ""]
    return args, env


def _stop_if_asked(stop: threading.Event | None) -> None:
    """A backup stopped on the way (the window closing) keeps nothing: the caller's
    ``except BaseException`` removes the partial archive."""
    if stop is not None and stop.is_set():
        raise Cancelled(_("Đã dừng sao lưu; không giữ lại bản sao lưu dở dang."))


def backup(office: Office, out: Path, stop: threading.Event | None = None) -> BackupResult:
    office.require(Role.ADMIN, Role.CLERK, action=_("sao lưu dữ liệu"))
    out = out.resolve()
    if out.is_dir():  # a folder (a USB stick, D:\): the backup goes inside it, named by the time
        out = out / vn_now().strftime("vanthu-sao-luu-%Y%m%d-%H%M%S.zip")
    out.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="vanthu-backup-") as tmpdir:
        tmp = Path(tmpdir)
        members: dict[str, str] = {}
        if office.db.dialect == "sqlite":
            db_copy = tmp / DB_FILE
            src_path = office.location.sqlite_path
            assert src_path is not None
            try:
                sqlite_copy(src_path, db_copy)
            except sqlite3.Error as exc:
                raise EnvironmentProblem(_("Không sao lưu được cơ sở dữ liệu."), str(exc)) from exc
            db_member = DB_FILE
            con = sqlite3.connect(db_copy)
            hashes = [r[0] for r in con.execute("SELECT sha256 FROM files")]
            con.close()
        else:
            db_copy = tmp / "database.pgdump"
            args, env = _pg_env(office.location.db_url)
            proc = subprocess.run([_pg_tool("pg_dump"), "-Fc", "-f", str(db_copy), *args],
                                  env=env, capture_output=True, text=True, timeout=3600)
            if proc.returncode != 0:
                raise EnvironmentProblem(_("pg_dump không sao lưu được cơ sở dữ liệu."),
                                         proc.stderr[-2000:])
            db_member = "database.pgdump"
            hashes = []  # the files are inside the dump (blobs table)
        members[db_member] = _sha_file(db_copy)
        part = out.with_name(f".{out.name}.partial")
        try:
            with zipfile.ZipFile(part, "w", zipfile.ZIP_DEFLATED, allowZip64=True) as z:
                z.write(db_copy, db_member)
                if isinstance(office.files, FileStore):
                    for sha in hashes:
                        _stop_if_asked(stop)
                        path = office.files.path_for(sha)
                        if not path.is_file():
                            raise IntegrityProblem(
                                _("Thiếu tệp {sha} trong kho; chạy “vanthu check”.", sha=sha))
                        name = f"files/{sha[:2]}/{sha[2:4]}/{sha}"
                        z.write(path, name, compress_type=zipfile.ZIP_STORED)
                        members[name] = sha
                manifest = {
                    "format": FORMAT,
                    "app_version": __version__,
                    "created_at": dt.datetime.now(dt.UTC).isoformat(),
                    "dialect": office.db.dialect,
                    "revision": migrate.current_revision(office.db.engine),
                    "database": db_member,
                    "members": members,
                    **_audit_evidence(office),
                }
                z.writestr(MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=1))
            _stop_if_asked(stop)
            with open(part, "rb+") as f:
                os.fsync(f.fileno())
            os.replace(part, out)
        except BaseException:
            part.unlink(missing_ok=True)
            raise
    with office.db.write() as s:
        audit.record(s, office.actor.username, "sao-luu",
                     after={"tep": out.name, "so_tep": len(hashes)})
    return BackupResult(out, len(hashes), out.stat().st_size, _sha_file(out))


_FILE_MEMBER = re.compile(r"files/([0-9a-f]{2})/([0-9a-f]{2})/([0-9a-f]{64})")
DATABASE_MEMBERS = {"sqlite": DB_FILE, "postgresql": "database.pgdump"}


def _checked_manifest(z: zipfile.ZipFile) -> dict[str, Any]:
    """The manifest, refused unless every name in it is one a VănThư backup writes: the database
    member of its dialect and store files ``files/ab/cd/<sha256>`` listed under their own hash.
    No other name is ever written, so none can point outside the data folder."""
    manifest = json.loads(z.read(MANIFEST))
    if not isinstance(manifest, dict) or not isinstance(manifest.get("members"), dict):
        raise ValueError("manifest is not an object with members")
    dialect, database = manifest.get("dialect"), manifest.get("database")
    if DATABASE_MEMBERS.get(str(dialect)) != database or database not in manifest["members"]:
        raise ValueError(f"unexpected dialect/database: {dialect!r} {database!r}")
    if "audit_key" in manifest:
        from desktop.kernel.anchor import AuditKey

        AuditKey.from_json(manifest["audit_key"])  # ValueError, KeyError, TypeError: refused
    for name, sha in manifest["members"].items():
        if not isinstance(name, str) or not isinstance(sha, str):
            raise ValueError("member names and hashes must be strings")
        if name == database:
            continue
        m = _FILE_MEMBER.fullmatch(name)
        if m is None or m.group(3) != sha or not sha.startswith(m.group(1) + m.group(2)):
            raise UserError(_("Bản sao lưu chứa tên tệp không hợp lệ: {name}.", name=name[:200]))
        info = z.getinfo(name)
        if stat.S_ISLNK(info.external_attr >> 16):
            raise UserError(_("Bản sao lưu chứa tên tệp không hợp lệ: {name}.", name=name[:200]))
    return manifest


def read_manifest(archive: Path) -> dict[str, Any]:
    try:
        with zipfile.ZipFile(archive) as z:
            manifest = _checked_manifest(z)
            for name, sha in manifest["members"].items():
                h = hashlib.sha256()
                with z.open(name) as f:
                    for chunk in iter(lambda: f.read(1 << 20), b""):
                        h.update(chunk)
                if h.hexdigest() != sha:
                    raise IntegrityProblem(
                        _("Bản sao lưu bị hỏng: {name} sai mã băm.", name=name))
    except (zipfile.BadZipFile, KeyError, ValueError, TypeError, OSError, zlib.error,
            EOFError, NotImplementedError, RuntimeError) as exc:
        raise UserError(
            _("Tệp {path} không phải bản sao lưu VănThư hợp lệ.", path=str(archive)), str(exc)
        ) from exc
    return dict(manifest)


def _audit_evidence(office: Office) -> dict[str, Any]:
    """The audit log's head (an anchor the database cannot reach) and its key, so that a
    restored office can still check its log."""
    from desktop.kernel import anchor

    out: dict[str, Any] = {}
    with office.db.read() as s:
        top = audit.head(s)
    if top is not None:
        out["audit_head"] = {"seq": top[0], "hash": top[1]}
    if office.db.audit_key is not None and office.audit_key_since is not None:
        key_id, key = office.db.audit_key
        out["audit_key"] = anchor.AuditKey(key_id, key, office.audit_key_since).to_json()
    return out


def _restore_audit_evidence(manifest: dict[str, Any], work: Path) -> None:
    from desktop.kernel import anchor

    if "audit_key" in manifest:
        try:
            key = anchor.AuditKey.from_json(manifest["audit_key"])
        except (ValueError, KeyError, TypeError) as exc:
            raise ValueError(f"bad audit key in manifest: {exc}") from None
        anchor.write_key(work, key)
    head = manifest.get("audit_head")
    if isinstance(head, dict) and isinstance(head.get("seq"), int) and isinstance(
            head.get("hash"), str):
        anchor.save(work, anchor.Anchor(head["seq"], head["hash"]))


def restore(archive: Path, data_dir: Path, db_url: str | None = None) -> dict[str, Any]:
    """Restore into an empty data folder (and, for PostgreSQL, an empty database).

    Everything is written into a temporary folder beside the target; it becomes the data
    folder only once the database has opened and been upgraded. On any failure nothing is left
    behind, so the restore can simply be tried again."""
    data_dir = Path(os.path.abspath(data_dir))
    if data_dir.exists() and (not data_dir.is_dir() or any(data_dir.iterdir())):
        raise UserError(
            _("Thư mục {path} không trống; chỉ khôi phục vào thư mục dữ liệu trống.",
              path=str(data_dir)), field="data")
    manifest = read_manifest(archive)
    if db_url and not db_url.startswith("sqlite"):
        _require_empty_database(db_url)
    data_dir.parent.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=f".{data_dir.name}.khoi-phuc-", dir=data_dir.parent))
    try:
        os.chmod(work, 0o700)
        with zipfile.ZipFile(archive) as z:
            _unpack(z, manifest, work, db_url)
        _restore_audit_evidence(manifest, work)
        office = Office.open(work, db_url)  # upgrades an older backup
        try:
            report = check(office)
        finally:
            office.close()
        if data_dir.exists():
            data_dir.rmdir()  # empty, checked above
        os.replace(work, data_dir)
    except BaseException:
        shutil.rmtree(work, ignore_errors=True)
        raise
    return {"manifest": manifest, "check": report.to_dict()}


def _unpack(z: zipfile.ZipFile, manifest: dict[str, Any], work: Path, db_url: str | None) -> None:
    for name in manifest["members"]:
        if name.startswith("files/"):
            target = work / name
            target.parent.mkdir(parents=True, exist_ok=True)
            with z.open(name) as src, open(target, "xb") as dst:
                shutil.copyfileobj(src, dst)
            os.chmod(target, 0o440)
    if manifest["dialect"] == "sqlite":
        if db_url and not db_url.startswith("sqlite"):
            raise UserError(_("Bản sao lưu SQLite chỉ khôi phục vào SQLite."))
        with z.open(manifest["database"]) as src, open(work / DB_FILE, "xb") as dst:
            shutil.copyfileobj(src, dst)
        return
    if not db_url or db_url.startswith("sqlite"):
        raise UserError(_("Bản sao lưu PostgreSQL cần --db trỏ tới một cơ sở dữ liệu "
                          "PostgreSQL trống."), field="db")
    dump = work / "database.pgdump"
    with z.open(manifest["database"]) as src, open(dump, "xb") as dst:
        shutil.copyfileobj(src, dst)
    args, env = _pg_env(db_url)
    proc = subprocess.run([_pg_tool("pg_restore"), "--no-owner", *args, str(dump)],
                          env=env, capture_output=True, text=True, timeout=3600)
    dump.unlink()
    if proc.returncode != 0:
        raise EnvironmentProblem(_("pg_restore không khôi phục được."), proc.stderr[-2000:])


def _require_empty_database(db_url: str) -> None:
    from sqlalchemy import create_engine, inspect
    from sqlalchemy.exc import SQLAlchemyError

    engine = create_engine(db_url)
    try:
        with engine.connect() as conn:
            tables = inspect(conn).get_table_names()
    except (SQLAlchemyError, OSError) as exc:  # any connection failure is the environment's
        raise EnvironmentProblem(_("Không kết nối được cơ sở dữ liệu đích."), str(exc)) from exc
    finally:
        engine.dispose()
    if tables:
        raise UserError(_("Cơ sở dữ liệu đích không trống; chỉ khôi phục vào cơ sở dữ liệu trống."),
                        field="db")


def auto_backup(office: Office, folder: Path, keep: int = 10,
                today: dt.date | None = None, stop: threading.Event | None = None
                ) -> Path | None:
    """The daily backup the app makes at start: one per day, the newest ``keep`` kept."""
    today = today or vn_today()
    if not folder.is_dir():
        # Never create it: a missing folder is usually a USB drive that is not plugged in.
        raise EnvironmentProblem(_("Không thấy thư mục sao lưu {path}; nếu là ổ USB, hãy cắm ổ "
                                   "rồi thử lại.", path=str(folder)), field="backup_dir")
    name = f"vanthu-{today:%Y%m%d}.zip"
    made: Path | None = None
    if not (folder / name).exists():
        made = backup(office, folder / name, stop).path
    backups = sorted(folder.glob("vanthu-????????.zip"))
    for old in backups[:-keep] if keep > 0 else []:
        old.unlink()
    return made
