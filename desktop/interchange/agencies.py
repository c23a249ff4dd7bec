"""The agencies directory with each agency's code (mã định danh, the OrganId of edXML): the
recipients an outgoing document can be exported to. The directory is the register's own
``agencies`` table (names remembered at registration), whose ``code`` column this fills."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from typing import Any

from sqlalchemy import select

from desktop.core.errors import NotFound, UserError
from desktop.core.i18n import _
from desktop.core.textfold import fold
from desktop.core.validate import require_text
from desktop.kernel import audit
from desktop.kernel.auth import Role
from desktop.kernel.office import Office
from models.entities import Agency

#: Mã định danh (Quyết định 20/2020/QĐ-TTg): e.g. 000.00.00.G22, 000.00.01.H56.
_CODE = re.compile(r"^[0-9A-Z]{2,3}(?:\.[0-9A-Z]{2,3}){3}$")


@dataclass(frozen=True)
class AgencyInfo:
    id: int
    name: str
    code: str

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def check_code(code: str) -> str:
    value = (code or "").strip().upper()
    if not _CODE.match(value) or len(value) > 13:
        raise UserError(_("Mã định danh cơ quan không đúng dạng: “{value}”. Ví dụ đúng: "
                          "000.00.00.G22.", value=code), field="code")
    return value


def add_agency(office: Office, name: str, code: str) -> AgencyInfo:
    """Add an agency, or give an agency already in the directory its code."""
    office.require(Role.CLERK, Role.ADMIN, action=_("sửa danh bạ cơ quan"))
    name = require_text(name, "name", _("tên cơ quan"), 200)
    code = check_code(code)
    with office.unit(), office.db.write() as s:
        other = s.scalar(select(Agency).where(Agency.code == code, Agency.name != name))
        if other is not None:
            raise UserError(_("Mã định danh {code} đã gán cho “{name}”.", code=code,
                              name=other.name), field="code")
        row = s.scalar(select(Agency).where(Agency.name == name))
        before = {"ma": row.code} if row is not None else None
        if row is None:
            row = Agency(name=name, folded=fold(name), code=code)
            s.add(row)
        else:
            row.code = code
        s.flush()
        audit.record(s, office.actor.username, "danh-ba-co-quan", None, before=before,
                     after={"ten": name, "ma": code})
        return AgencyInfo(row.id, row.name, row.code or "")


def list_agencies(office: Office, *, with_code_only: bool = False) -> list[AgencyInfo]:
    stmt = select(Agency).order_by(Agency.name)
    if with_code_only:
        stmt = stmt.where(Agency.code.is_not(None), Agency.code != "")
    with office.db.read() as s:
        return [AgencyInfo(a.id, a.name, a.code or "") for a in s.scalars(stmt)]


def agency_by_code(office: Office, code: str) -> AgencyInfo:
    value = (code or "").strip().upper()
    with office.db.read() as s:
        row = s.scalar(select(Agency).where(Agency.code == value))
    if row is None:
        raise NotFound(_("Không có cơ quan mã {code} trong danh bạ; thêm bằng: vanthu agency add "
                         "TÊN --code {code}.", code=value), field="to")
    return AgencyInfo(row.id, row.name, row.code or "")
