"""The administrator's setting of who reads secret documents (``vanthu secrecy``).

A grant names a level and a role or an account; it covers that level and the lower ones. A
revocation at a level removes the subject's grants at that level and above (whoever may not
read mật may not read tối mật either), and leaves lower ones. Every change is audited.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass
from typing import Any

from sqlalchemy import select

from desktop.core.errors import NotFound, UserError
from desktop.core.i18n import _
from desktop.kernel import audit
from desktop.kernel.auth import Role, parse_role, role_name
from desktop.kernel.office import Office
from desktop.registers.visibility import LEVELS, RANK
from models.entities import User
from models.secrecy import SecrecyGrant


@dataclass(frozen=True)
class GrantView:
    level: str
    role: str
    username: str
    granted_at: dt.datetime
    granted_by: str

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["granted_at"] = self.granted_at.isoformat()
        data["role"] = self.role or None
        data["username"] = self.username or None
        data["covers"] = list(LEVELS[:RANK[self.level]])
        return data


def _level(text: str) -> str:
    level = text.strip()
    if level not in RANK:
        raise UserError(_("Độ mật không hợp lệ: “{value}”. Chọn: mat, toi-mat, tuyet-mat.",
                          value=text), field="level")
    return level


def _subject(office: Office, role: str | None, user: str | None) -> tuple[str, str]:
    if bool(role) == bool(user):
        raise UserError(_("Nêu đúng một trong hai: --role VAI_TRÒ hoặc --user TÊN."),
                        field="role")
    if role:
        return parse_role(role).value, ""
    name = (user or "").strip()
    with office.db.read() as s:
        if s.scalar(select(User.id).where(User.username == name)) is None:
            raise NotFound(_("Không có tài khoản {user}.", user=name))
    return "", name


def _who(role: str, username: str) -> dict[str, str]:
    return {"vai_tro": role} if role else {"tai_khoan": username}


def list_grants(office: Office) -> list[GrantView]:
    office.require(Role.ADMIN, Role.CLERK, action=_("xem danh sách người được xem văn bản mật"))
    with office.db.read() as s:
        rows = s.scalars(select(SecrecyGrant).order_by(SecrecyGrant.role.desc(),
                                                       SecrecyGrant.role, SecrecyGrant.username,
                                                       SecrecyGrant.id))
        out = [GrantView(g.level, g.role, g.username, g.granted_at, g.granted_by) for g in rows]
    return sorted(out, key=lambda g: (g.role == "", g.role, g.username, RANK[g.level]))


def grant(office: Office, level: str, *, role: str | None = None, user: str | None = None
          ) -> GrantView:
    office.require(Role.ADMIN, action=_("cấp quyền xem văn bản mật"))
    level = _level(level)
    role_code, username = _subject(office, role, user)
    with office.db.write() as s:
        held = [g.level for g in s.scalars(select(SecrecyGrant).where(
            SecrecyGrant.role == role_code, SecrecyGrant.username == username))]
        if any(RANK[h] >= RANK[level] for h in held if h in RANK):
            raise UserError(_("{who} đã được xem văn bản ở độ mật này (hoặc cao hơn); không có "
                              "gì thay đổi.", who=_label(role_code, username)), field="level")
        row = SecrecyGrant(level=level, role=role_code, username=username,
                           granted_at=dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0),
                           granted_by=office.actor.username)
        s.add(row)
        audit.record(s, office.actor.username, "cap-quyen-mat",
                     after={"muc": level} | _who(role_code, username))
        s.flush()
        return GrantView(row.level, row.role, row.username, row.granted_at, row.granted_by)


def revoke(office: Office, level: str, *, role: str | None = None, user: str | None = None
           ) -> list[str]:
    """The levels whose grants were removed (``level`` and every higher one the subject had)."""
    office.require(Role.ADMIN, action=_("thu hồi quyền xem văn bản mật"))
    level = _level(level)
    role_code, username = _subject(office, role, user)
    with office.db.write() as s:
        rows = [g for g in s.scalars(select(SecrecyGrant).where(
            SecrecyGrant.role == role_code, SecrecyGrant.username == username))
            if RANK.get(g.level, 0) >= RANK[level]]
        if not rows:
            raise UserError(_("{who} không có quyền nào ở độ mật này để thu hồi.",
                              who=_label(role_code, username)), field="level")
        removed = sorted({g.level for g in rows}, key=RANK.__getitem__)
        for g in rows:
            s.delete(g)
        audit.record(s, office.actor.username, "thu-quyen-mat",
                     before={"muc": removed} | _who(role_code, username),
                     after={"muc": level} | _who(role_code, username))
    return removed


def _label(role: str, username: str) -> str:
    if role:
        return _("Vai trò {role}", role=role_name(role))
    return _("Tài khoản {user}", user=username)
