"""Managing accounts (quản trị only), and a person's own password change."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from sqlalchemy import select

from desktop.core.errors import NotFound, UserError
from desktop.core.i18n import _
from desktop.core.validate import require_text
from desktop.kernel import audit
from desktop.kernel.auth import Role, check_username, hash_password
from desktop.kernel.office import Office
from models.entities import User


@dataclass(frozen=True)
class UserInfo:
    username: str
    full_name: str
    title: str
    roles: tuple[str, ...]
    active: bool

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def _info(u: User) -> UserInfo:
    return UserInfo(u.username, u.full_name, u.title, tuple(r for r in u.roles.split(",") if r),
                    u.active)


def add_user(
    office: Office,
    username: str,
    password: str,
    roles: list[Role],
    full_name: str = "",
    title: str = "",
) -> UserInfo:
    office.require(Role.ADMIN, action=_("quản lý tài khoản"))
    name = require_text(username, "username", _("tên đăng nhập"), 64)
    if " " in name:
        raise UserError(_("Tên đăng nhập không được có dấu cách: “{value}”.", value=name),
                        field="username")
    if not roles:
        raise UserError(_("Cần ít nhất một vai trò (--role)."), field="role")
    pw = hash_password(password)
    with office.db.write() as s:
        if s.scalar(select(User.id).where(User.username == name)) is not None:
            raise UserError(_("Tài khoản {user} đã có.", user=name), field="username")
        name = check_username(s, name)
        user = User(
            username=name,
            full_name=full_name.strip(),
            title=title.strip(),
            password_hash=pw,
            roles=",".join(sorted({r.value for r in roles})),
        )
        s.add(user)
        audit.record(s, office.actor.username, "them-tai-khoan",
                     after={"user": name, "roles": user.roles})
        return _info(user)


def list_users(office: Office) -> list[UserInfo]:
    office.require(Role.ADMIN, action=_("quản lý tài khoản"))
    with office.db.read() as s:
        return [_info(u) for u in s.scalars(select(User).order_by(User.username))]


def _get(s: Any, username: str) -> User:
    user = s.scalar(select(User).where(User.username == username))
    if user is None:
        raise NotFound(_("Không có tài khoản {user}.", user=username))
    return user


def disable_user(office: Office, username: str) -> UserInfo:
    office.require(Role.ADMIN, action=_("quản lý tài khoản"))
    if username == office.actor.username:
        raise UserError(_("Không thể tự vô hiệu hóa tài khoản đang dùng."))
    with office.db.write() as s:
        user = _get(s, username)
        user.active = False
        audit.record(s, office.actor.username, "khoa-tai-khoan", after={"user": username})
        return _info(user)


def set_password(office: Office, username: str, password: str) -> None:
    """A person changes their own password; an administrator may reset anyone's."""
    if username != office.actor.username:
        office.require(Role.ADMIN, action=_("đặt lại mật khẩu người khác"))
    pw = hash_password(password)
    with office.db.write() as s:
        user = _get(s, username)
        user.password_hash = pw
        user.failed_logins = 0
        user.locked_until = None
        audit.record(s, office.actor.username, "doi-mat-khau", after={"user": username})
