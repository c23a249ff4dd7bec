"""Accounts, roles and the checks every service makes.

An installation without any account (a single clerk's PC, ``vanthu init`` without ``--admin``)
runs every command as the built-in ``he-thong`` actor. Once the first account exists, every
command needs a user and a password, and each service checks the roles itself.
"""

from __future__ import annotations

import datetime as dt
import enum
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.core.errors import PermissionDenied, UserError
from desktop.core.i18n import _, _p
from desktop.kernel import audit
from models.entities import User

if TYPE_CHECKING:
    from argon2 import PasswordHasher

MAX_FAILURES = 5
LOCK_MINUTES = 15


#: Argon2id with the library's current parameters, made at the first password (argon2 is not
#: loaded by the commands and windows that never hash or check one); tests put a cheap one here.
_hasher: PasswordHasher | None = None


def _password_hasher() -> PasswordHasher:
    global _hasher
    if _hasher is None:
        from argon2 import PasswordHasher

        _hasher = PasswordHasher()
    return _hasher


class Role(enum.StrEnum):
    ADMIN = "quan-tri"
    CLERK = "van-thu"
    LEADER = "lanh-dao"
    OFFICER = "can-bo"


#: The roles as a clerk reads them, in the words of the window's account dialog
#: (``ui.kit.roles``); "Văn thư" the role is not "Văn thư" the office, hence the context.
ROLE_NAMES: dict[Role, Callable[[], str]] = {
    Role.ADMIN: lambda: _p("vai trò", "Quản trị"),
    Role.CLERK: lambda: _p("vai trò", "Văn thư"),
    Role.LEADER: lambda: _p("vai trò", "Lãnh đạo"),
    Role.OFFICER: lambda: _p("vai trò", "Cán bộ"),
}


def role_name(role: Role | str) -> str:
    """The role's name in the user's language; a code that is no role stays as it is."""
    try:
        return ROLE_NAMES[Role(role)]()
    except ValueError:
        return str(role)


@dataclass(frozen=True)
class Actor:
    username: str
    roles: frozenset[Role] = field(default_factory=frozenset)
    full_name: str = ""
    title: str = ""

    def has(self, *roles: Role) -> bool:
        return any(r in self.roles for r in roles)


SYSTEM = Actor("he-thong", frozenset(Role), "Hệ thống")

#: Names the program itself writes in the audit log as the actor; no account may take them.
RESERVED_NAMES = frozenset({SYSTEM.username, "ocr", "system", "he-thong", "hethong", "root"})
_USERNAME = re.compile(r"[a-z0-9][a-z0-9._-]{0,63}")


def _skeleton(name: str) -> str:
    """What a reader of the log sees: case, separators and look-alike digits do not count."""
    return name.lower().translate(str.maketrans("01l", "oii", "._-"))


def check_username(session: Session, username: str) -> str:
    """The name a new account gets, or a refusal: lower-case letters without diacritics,
    digits and ``. _ -`` only (no invisible or look-alike characters), not a name the program
    uses for itself, and not one that reads like an existing account (``ADMIN``/``admin``,
    ``van-thu``/``vanthu``)."""
    name = username.strip()
    if not name:
        raise UserError(_("Thiếu tên đăng nhập."), field="username")
    if not _USERNAME.fullmatch(name):
        raise UserError(
            _("Tên đăng nhập “{value}” chỉ được gồm chữ thường không dấu, chữ số và các dấu . _ -"
              " (tối đa 64 ký tự).", value=name.encode("unicode_escape").decode("ascii")[:80]),
            field="username",
        )
    skeleton = _skeleton(name)
    if skeleton in {_skeleton(r) for r in RESERVED_NAMES}:
        raise UserError(_("Tên đăng nhập “{value}” dành cho chương trình; hãy chọn tên khác.",
                          value=name), field="username")
    for existing in session.scalars(select(User.username)):
        if _skeleton(existing) == skeleton:
            raise UserError(_("Tên đăng nhập “{value}” trùng hoặc dễ nhầm với tài khoản đã có "
                              "“{user}”.", value=name, user=existing), field="username")
    return name


def parse_role(text: str) -> Role:
    try:
        return Role(text.strip())
    except ValueError:
        raise UserError(
            _(
                "Vai trò không hợp lệ: “{value}”. Chọn: quan-tri, van-thu, lanh-dao, can-bo.",
                value=text,
            ),
            field="role",
        ) from None


def hash_password(password: str) -> str:
    if len(password) < 6:
        raise UserError(_("Mật khẩu phải có ít nhất 6 ký tự."), field="password")
    return _password_hasher().hash(password)


def has_accounts(session: Session) -> bool:
    return bool(session.scalar(select(func.count()).select_from(User)))


def actor_of(user: User) -> Actor:
    roles = frozenset(Role(r) for r in user.roles.split(",") if r)
    return Actor(user.username, roles, user.full_name, user.title)


def login(session: Session, username: str, password: str) -> Actor | PermissionDenied:
    """Check a password; count failures and lock the account for a while after too many.

    A refusal is *returned*, not raised, so the caller commits the failure count and the audit
    entry before raising it.
    """
    user = session.scalar(select(User).where(User.username == username))
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    refused = _("Sai tên đăng nhập hoặc mật khẩu.")
    if user is None:
        audit.record(session, username, "dang-nhap-sai", after={"ly_do": "khong-co-tai-khoan"})
        return PermissionDenied(refused)
    if not user.active:
        audit.record(session, username, "dang-nhap-sai", after={"ly_do": "tai-khoan-bi-khoa"})
        return PermissionDenied(_("Tài khoản {user} đã bị vô hiệu hóa.", user=username))
    if user.locked_until and user.locked_until > now:
        audit.record(session, username, "dang-nhap-sai", after={"ly_do": "dang-bi-tam-khoa"})
        return PermissionDenied(
            _(
                "Tài khoản {user} tạm bị khóa sau nhiều lần nhập sai mật khẩu; "
                "thử lại sau {minutes} phút hoặc nhờ quản trị đặt lại mật khẩu.",
                user=username,
                minutes=LOCK_MINUTES,
            )
        )
    from argon2.exceptions import InvalidHashError, VerificationError

    try:
        _password_hasher().verify(user.password_hash, password)
    except (VerificationError, InvalidHashError):
        user.failed_logins += 1
        if user.failed_logins >= MAX_FAILURES:
            user.locked_until = now + dt.timedelta(minutes=LOCK_MINUTES)
            user.failed_logins = 0
        audit.record(session, username, "dang-nhap-sai", after={"ly_do": "sai-mat-khau"})
        return PermissionDenied(refused)
    user.failed_logins = 0
    user.locked_until = None
    if _password_hasher().check_needs_rehash(user.password_hash):
        user.password_hash = _password_hasher().hash(password)
    audit.record(session, username, "dang-nhap")
    return actor_of(user)


def refusal(actor: Actor, roles: tuple[Role, ...], action: str) -> PermissionDenied | None:
    """The refusal for an actor lacking every one of ``roles`` (the caller audits it)."""
    if actor.has(*roles):
        return None
    names = ", ".join(role_name(r) for r in roles)
    return PermissionDenied(
        _(
            "Tài khoản {user} không có quyền {action}. Cần vai trò: {roles}.",
            user=actor.username,
            action=action,
            roles=names,
        )
    )
