"""The document types in the order this office uses them (issue 14, 8): the type list of the
forms puts the most used first, so Công văn is not the 28th of 32 entries."""

from __future__ import annotations

from sqlalchemy import func, select

from desktop.kernel.office import Office
from desktop.registers.doctypes import TYPES, DocType
from models.entities import Document

#: Before an office has registered anything: the types a commune issues and receives most.
COMMON = ("Công văn", "Quyết định", "Thông báo", "Kế hoạch", "Báo cáo", "Tờ trình", "Giấy mời")


def types_by_use(office: Office, direction: str | None = None) -> list[DocType]:
    """Every type, most used first (counted in SQL); ties in the order of ``COMMON``, then of
    Phụ lục III."""
    stmt = select(Document.type_name, func.count()).group_by(Document.type_name)
    if direction:
        stmt = stmt.where(Document.direction == direction)
    with office.db.read() as s:
        counts = {str(name): int(n) for name, n in s.execute(stmt)}
    common = {name: i for i, name in enumerate(COMMON)}
    position = {t.name: i for i, t in enumerate(TYPES)}
    return sorted(TYPES, key=lambda t: (-counts.get(t.name, 0),
                                        common.get(t.name, len(COMMON)), position[t.name]))
