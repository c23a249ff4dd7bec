"""Setting up an office: the organisation profile and the first administrator."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from sqlalchemy import select

from desktop.core.errors import UserError
from desktop.core.i18n import _
from desktop.core.validate import require_text
from desktop.kernel import audit
from desktop.kernel.auth import Role, check_username, hash_password
from desktop.kernel.office import Office
from models.entities import Organisation, User


@dataclass(frozen=True)
class OrgProfile:
    name: str
    short_name: str
    place: str
    code: str | None = None
    parent_name: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class AdminAccount:
    username: str
    password: str
    full_name: str = ""
    title: str = ""


def check_profile(p: OrgProfile) -> OrgProfile:
    """Validate a profile (also used by the setup wizard before anything is written)."""
    name = require_text(p.name, "org-name", _("tên cơ quan"), 200)
    short = require_text(p.short_name, "org-short", _("tên viết tắt của cơ quan"), 30)
    if " " in short or "/" in short or "-" in short:
        raise UserError(
            _("Tên viết tắt của cơ quan không được có dấu cách, “/” hay “-”: “{value}”.",
              value=short),
            field="org-short",
        )
    place = require_text(p.place, "place", _("địa danh"), 100)
    code = (p.code or "").strip() or None
    if code is not None and len(code) > 13:
        raise UserError(
            _("Mã định danh dài quá 13 ký tự: “{value}”.", value=code), field="org-code"
        )
    parent = (p.parent_name or "").strip() or None
    return OrgProfile(name, short, place, code, parent)


def is_initialised(office: Office) -> bool:
    with office.db.read() as s:
        return s.scalar(select(Organisation.id).limit(1)) is not None


def initialise(office: Office, profile: OrgProfile, admin: AdminAccount | None) -> OrgProfile:
    profile = check_profile(profile)
    if admin is not None:
        require_text(admin.username, "admin", _("tên đăng nhập"), 64)
        pw_hash = hash_password(admin.password)
    with office.db.write() as s:
        if s.scalar(select(Organisation.id).limit(1)) is not None:
            raise UserError(
                _("Cơ quan đã được khởi tạo trong thư mục dữ liệu này; chọn thư mục khác bằng --data.")
            )
        s.add(
            Organisation(
                name=profile.name,
                short_name=profile.short_name,
                place=profile.place,
                code=profile.code,
                parent_name=profile.parent_name,
            )
        )
        actor = office.actor.username
        if admin is not None:
            s.add(
                User(
                    username=check_username(s, admin.username),
                    full_name=admin.full_name.strip(),
                    title=admin.title.strip(),
                    password_hash=pw_hash,
                    roles=",".join([Role.ADMIN.value, Role.CLERK.value]),
                )
            )
            actor = admin.username.strip()
        audit.record(s, actor, "khoi-tao", after=profile.to_dict())
    return profile


def update_profile(office: Office, profile: OrgProfile) -> OrgProfile:
    office.require(Role.ADMIN, action=_("sửa thông tin cơ quan"))
    profile = check_profile(profile)
    with office.db.write() as s:
        org = s.scalar(select(Organisation).limit(1))
        if org is None:
            raise UserError(_("Chưa khởi tạo cơ quan."))
        before = {"name": org.name, "short_name": org.short_name, "place": org.place}
        org.name, org.short_name, org.place = profile.name, profile.short_name, profile.place
        org.code, org.parent_name = profile.code, profile.parent_name
        audit.record(s, office.actor.username, "sua-co-quan", before=before, after=profile.to_dict())
    return profile


def profile(office: Office) -> OrgProfile:
    org = office.organisation()
    return OrgProfile(org.name, org.short_name, org.place, org.code, org.parent_name)
