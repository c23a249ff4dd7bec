"""The opened office: database, file store and the person acting. Every service takes one.

Opening upgrades the database when it is behind, after copying it aside (SQLite online backup),
so a failed migration never costs the registers.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType

from sqlalchemy import select
from sqlalchemy.exc import ArgumentError, DatabaseError, DBAPIError, NoSuchModuleError
from sqlalchemy.orm import Session

from desktop.core.clock import vn_now
from desktop.core.config import Location, ensure_private_dir, resolve
from desktop.core.errors import EnvironmentProblem, NotFound, PermissionDenied, UserError
from desktop.core.i18n import _
from desktop.kernel import anchor, audit
from desktop.kernel.auth import SYSTEM, Actor, Role, has_accounts, login, refusal
from desktop.storage.filestore import BlobStore, FileStore
from models import migrate
from models.db import Database, sqlite_copy
from models.entities import Organisation


@dataclass
class Office:
    location: Location
    db: Database
    files: FileStore | BlobStore
    actor: Actor = field(default=SYSTEM)
    _action: contextlib.ExitStack | None = field(default=None, init=False, repr=False)
    audit_key_problem: bool = field(default=False, init=False)
    audit_key_since: int | None = field(default=None, init=False)

    @classmethod
    def open(
        cls, data: str | Path | None = None, db: str | None = None, *, upgrade: bool = True
    ) -> Office:
        location = resolve(data, db)
        if location.data_dir.exists() and not location.data_dir.is_dir():
            raise UserError(_("Thư mục dữ liệu {path} là một tệp, không phải thư mục; chọn thư "
                              "mục khác bằng --data.", path=str(location.data_dir)), field="data")
        try:
            ensure_private_dir(location.data_dir)
        except OSError as exc:
            raise EnvironmentProblem(
                _("Không tạo được thư mục dữ liệu {path}.", path=str(location.data_dir)), str(exc)
            ) from exc
        try:
            database = Database(location.db_url)
        except (ArgumentError, NoSuchModuleError, ValueError) as exc:
            raise UserError(
                _("Địa chỉ cơ sở dữ liệu không hợp lệ: {url}. Ví dụ: "
                  "postgresql+psycopg://nguoidung@maychu/vanthu.", url=_safe_url(location.db_url)),
                str(exc), field="db",
            ) from exc
        try:
            if upgrade and migrate.needs_upgrade(database.engine):
                _backup_before_upgrade(location, database)
                migrate.upgrade(database.engine)
        except migrate.UnknownRevision as exc:
            database.dispose()
            raise EnvironmentProblem(
                _("Cơ sở dữ liệu {url} ở phiên bản {revision}, chương trình này không biết "
                  "(do bản VănThư mới hơn tạo ra?); hãy mở bằng bản VănThư mới hơn.",
                  url=_safe_url(location.db_url), revision=str(exc)[:40]),
            ) from exc
        except DatabaseError as exc:
            database.dispose()
            raise EnvironmentProblem(
                _("Không mở được cơ sở dữ liệu {url}.", url=_safe_url(location.db_url)),
                str(exc),
            ) from exc
        store: FileStore | BlobStore = (
            FileStore(location.files_dir) if location.is_sqlite else BlobStore(database)
        )
        office = cls(location, database, store)
        office._open_audit_key()
        return office

    def _open_audit_key(self) -> None:
        """The audit key of this data folder, made on first use (entries from then on carry a
        MAC). A damaged key file is not replaced: the log is then reported, not re-keyed."""
        try:
            key = anchor.load_key(self.location.data_dir)
        except ValueError:
            self.audit_key_problem = True
            return
        if key is None:
            try:
                with self.db.read() as s:
                    top = audit.head(s)
                key = anchor.create_key(self.location.data_dir, (top[0] if top else 0) + 1)
            except (DatabaseError, OSError):
                return  # an office not yet migrated (opened with upgrade=False) or read-only
        self.db.audit_key = (key.key_id, key.key)
        self.audit_key_since = key.since

    # -- one command, one transaction (the CLI's edge) ---------------------------------------
    def __enter__(self) -> Office:
        """``with open_office(args) as office:`` — the command's unit of work: committed when
        the block ends normally (before anything is printed), rolled back on an exception; the
        office is closed in either case."""
        stack = contextlib.ExitStack()
        stack.enter_context(self.unit())
        self._action = stack
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        stack, self._action = self._action, None
        try:
            if stack is not None:
                stack.__exit__(kind, exc, tb)
        finally:
            self.close()

    def close(self) -> None:
        self._advance_anchor()
        self.db.dispose()

    # -- the audit log's anchor outside the database ---------------------------------------
    def audit_problem(self) -> audit.ChainProblem | None:
        """The audit chain checked in itself and against this data folder's anchor."""
        saved = anchor.load(self.location.data_dir)
        if self.audit_key_problem:
            return audit.ChainProblem(0, "key")
        keys = dict([self.db.audit_key]) if self.db.audit_key else None
        with self.db.read() as s:
            problem = audit.verify(s, keys, self.audit_key_since)
            if problem is None and saved is not None:
                problem = audit.verify_anchor(s, saved.seq, saved.hash)
        return problem

    def _advance_anchor(self) -> None:
        """Move the anchor to the log's head, only when the log still extends it."""
        try:
            saved = anchor.load(self.location.data_dir)
            with self.db.read() as s:
                top = audit.head(s)
                if top is None or (saved is not None and saved.seq >= top[0]):
                    return
                if saved is not None and audit.verify_anchor(s, saved.seq, saved.hash):
                    return  # keep the evidence: the log no longer extends what we saw
            anchor.save(self.location.data_dir, anchor.Anchor(*top))
        except (DatabaseError, OSError):
            return  # closing never fails for the anchor; the next close tries again

    # -- who is acting -------------------------------------------------------------------
    def sign_in(self, username: str | None, password: str | None) -> Actor:
        """Log in; an office without accounts runs as the built-in system actor."""
        with self.db.read() as s:
            accounts = has_accounts(s)
        if not accounts:
            self.actor = SYSTEM
            return SYSTEM
        if not username:
            raise PermissionDenied(
                _("Cần đăng nhập: dùng --user TÊN (hoặc biến VANTHU_USER) và mật khẩu.")
            )
        if password is None:
            raise PermissionDenied(_("Thiếu mật khẩu (biến VANTHU_PASSWORD hoặc nhập khi hỏi)."))
        with self.db.write() as s:
            result = login(s, username, password)
        if isinstance(result, PermissionDenied):
            raise result
        self.actor = result
        return result

    def require(self, *roles: Role, action: str) -> None:
        """Refuse, and audit the refusal in its own transaction, unless the actor may act."""
        problem = refusal(self.actor, roles, action)
        if problem is None:
            return
        username = self.actor.username
        self.db.in_own_transaction(
            lambda s: audit.record(s, username, "tu-choi", after={"hanh_dong": action})
        )
        raise problem

    @contextlib.contextmanager
    def unit(self) -> Iterator[Session]:
        """One transaction for one user action (see :meth:`models.db.Database.unit`): the CLI
        opens it around a command, the window around an operation; the services join it.

        A failure of the database itself (a lock that never frees, a full disk, a constraint)
        is told as such, with the assurance that nothing of the action was kept."""
        try:
            with self.db.unit() as session:
                yield session
        except DBAPIError as exc:
            raise EnvironmentProblem(
                _("Không ghi được vào cơ sở dữ liệu; thao tác chưa được thực hiện, dữ liệu giữ "
                  "nguyên như trước."),
                str(exc.orig or exc),
            ) from exc

    # -- organisation profile ------------------------------------------------------------
    def organisation(self) -> Organisation:
        with self.db.read() as s:
            org = s.scalar(select(Organisation).limit(1))
        if org is None:
            raise NotFound(
                _(
                    "Chưa khởi tạo cơ quan. Chạy: vanthu init --org-name … --org-short … "
                    "--place …"
                )
            )
        return org


def _safe_url(url: str) -> str:
    if "@" in url and "://" in url:
        scheme, rest = url.split("://", 1)
        return f"{scheme}://***@{rest.split('@', 1)[1]}"
    return url


def _backup_before_upgrade(location: Location, database: Database) -> None:
    path = location.sqlite_path
    if path is None or not path.exists() or migrate.current_revision(database.engine) is None:
        return
    backups = location.data_dir / "backups"
    ensure_private_dir(backups)
    stamp = vn_now().strftime("%Y%m%d-%H%M%S")
    target = backups / f"truoc-nang-cap-{stamp}.sqlite3"
    try:
        sqlite_copy(path, target)
    except sqlite3.Error as exc:
        raise EnvironmentProblem(
            _("Không sao lưu được cơ sở dữ liệu trước khi nâng cấp."), str(exc)
        ) from exc



def audit_entries(office: Office, **filters: object) -> tuple[list[audit.EntryView], int]:
    """The audit log for the log screen and ``vanthu audit list`` (quản trị, văn thư)."""
    office.require(Role.ADMIN, Role.CLERK, action=_("xem nhật ký"))
    with office.db.read() as s:
        return audit.entries(s, **filters)  # type: ignore[arg-type]
