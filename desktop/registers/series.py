"""Number series that cannot be right, found by ``vanthu check`` and repaired by the audited
``vanthu repair-series`` (issue 13, finding 2).

A series is impossible when its last number is beyond the yearly maximum (one imported cell of
9223372036854775807 made every later registration of the year overflow), or below the highest
number a document of that series and year already holds (the next registration would collide).
The repair sets the last number to the highest plausible number in use, so that numbering goes
on gap-free after it; it never lowers the series below a number in use, and never renumbers a
registered document: documents with impossible numbers are listed for the clerk to cancel.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from desktop.core.i18n import _
from desktop.core.numbering import is_register_series, max_register_number
from desktop.kernel import audit
from desktop.kernel.auth import Role
from desktop.kernel.office import Office
from models.entities import Document, NumberSeries


@dataclass(frozen=True)
class SeriesProblem:
    series: str
    year: int
    last_number: int
    highest: int  # the highest plausible number in use (≤ the maximum)
    impossible: list[int]  # ids of documents numbered beyond the maximum

    @property
    def repaired_last(self) -> int:
        return self.highest

    def to_dict(self) -> dict[str, Any]:
        return asdict(self) | {"repaired_last": self.repaired_last}


def series_problems(session: Session) -> list[SeriesProblem]:
    cap = max_register_number()
    highest = {
        (series, year): (int(top or 0), int(beyond or 0))
        for series, year, top, beyond in session.execute(
            select(Document.series, Document.year,
                   func.max(Document.number).filter(Document.number <= cap),
                   func.count().filter(Document.number > cap))
            .group_by(Document.series, Document.year))
    }
    problems: list[SeriesProblem] = []
    for row in session.scalars(select(NumberSeries).order_by(NumberSeries.year,
                                                             NumberSeries.series)):
        if not is_register_series(row.series):
            continue
        top, beyond = highest.get((row.series, row.year), (0, 0))
        if row.last_number > cap or row.last_number < top or beyond:
            impossible = list(session.scalars(
                select(Document.id).where(Document.series == row.series,
                                          Document.year == row.year, Document.number > cap)
                .order_by(Document.id))) if beyond else []
            problems.append(SeriesProblem(row.series, row.year, int(row.last_number), top,
                                          impossible))
    return problems


def repair_series(office: Office) -> list[SeriesProblem]:
    """Set each impossible series to the highest plausible number in use; audited."""
    office.require(Role.ADMIN, action=_("sửa số cuối của sổ"))
    with office.db.write() as s:
        problems = series_problems(s)
        for p in problems:
            if p.last_number == p.repaired_last:
                continue  # only documents beyond the maximum: nothing to set
            s.execute(update(NumberSeries)
                      .where(NumberSeries.series == p.series, NumberSeries.year == p.year)
                      .values(last_number=p.repaired_last))
            audit.record(s, office.actor.username, "sua-so-cuoi",
                         before={"so": p.series, "nam": p.year, "so_cuoi": p.last_number},
                         after={"so": p.series, "nam": p.year, "so_cuoi": p.repaired_last,
                                "van_ban_so_khong_hop_le": p.impossible})
    return problems
