"""The hand-over of closed files to the agency archive (nộp lưu, Nghị định 30 Điều 30).

A file is due one year after the end of its work; a construction file three months after its
final settlement. Only files kept five years or more (or permanently) are handed over. Phụ lục VI
asks for a warning 30 days ahead: ``due`` lists what is due within 30 days or overdue, filtered
in SQL so it stays quick with tens of thousands of files. A hand-over prints its two forms, two
copies each, and leaves the files read-only.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from desktop.casefiles.reading import find_file
from desktop.casefiles.rules import (
    HANDOVER_MIN_YEARS,
    WARNING_DAYS,
    add_months,
    due_date,
    parse_day,
)
from desktop.casefiles.views import STATE_CLOSED, STATE_HANDED_OVER
from desktop.core.clock import vn_today
from desktop.core.errors import UserError
from desktop.core.i18n import _
from desktop.core.numbering import next_number
from desktop.kernel import audit
from desktop.kernel.auth import Role
from desktop.kernel.office import Office
from models.casefiles import CaseFile, Handover


@dataclass(frozen=True)
class DueFile:
    id: int
    year: int
    code: str
    title: str
    keeper: str
    end_date: dt.date
    due: dt.date
    overdue: bool
    retention_years: int | None

    def to_dict(self) -> dict[str, object]:
        return {"id": self.id, "year": self.year, "code": self.code, "title": self.title,
                "keeper": self.keeper, "end_date": self.end_date.isoformat(),
                "due": self.due.isoformat(), "overdue": self.overdue,
                "retention": "Vĩnh viễn" if self.retention_years is None
                else self.retention_years}


@dataclass(frozen=True)
class HandoverResult:
    year: int
    number: int
    codes: tuple[str, ...]
    paths: tuple[Path, ...]

    def to_dict(self) -> dict[str, object]:
        return {"year": self.year, "number": self.number, "codes": list(self.codes),
                "files": [str(p) for p in self.paths]}



if TYPE_CHECKING:
    from desktop.casefiles.forms import HandoverFile

def _due_query(today: dt.date):  # type: ignore[no-untyped-def]
    horizon = today + dt.timedelta(days=WARNING_DAYS)
    # due = end + 12 months ≤ horizon  ⇔  end ≤ horizon − 12 months (the same for 3 months)
    year_limit = add_months(horizon, -12)
    construction_limit = add_months(horizon, -3)
    settled = func.coalesce(CaseFile.settled_date, CaseFile.end_date)
    return (select(CaseFile.id, CaseFile.year, CaseFile.code, CaseFile.title, CaseFile.keeper,
                   CaseFile.end_date, CaseFile.construction, CaseFile.settled_date,
                   CaseFile.retention_years).where(
        CaseFile.state == STATE_CLOSED,
        or_(CaseFile.retention_years.is_(None), CaseFile.retention_years >= HANDOVER_MIN_YEARS),
        or_(and_(CaseFile.construction.is_(False), CaseFile.end_date <= year_limit),
            and_(CaseFile.construction.is_(True), settled <= construction_limit)))
        .order_by(CaseFile.end_date, CaseFile.code))


def due_files(office: Office, today: str | dt.date | None = None) -> list[DueFile]:
    """Closed files due for hand-over within 30 days, or overdue, soonest first."""
    day = parse_day(today, "today") if today else vn_today()
    with office.db.read() as s:
        rows = [_due_of(r, day) for r in s.connection().execute(_due_query(day))]
    return sorted(rows, key=lambda r: (r.due, r.year, r.code))


def due_count(office: Office, today: dt.date | None = None) -> int:
    day = today or vn_today()
    with office.db.read() as s:
        return int(s.scalar(select(func.count()).select_from(_due_query(day).subquery())) or 0)


def _due_of(cf: Any, today: dt.date) -> DueFile:
    assert cf.end_date is not None
    due = due_date(cf.end_date, cf.construction, cf.settled_date)
    assert due is not None
    return DueFile(cf.id, cf.year, cf.code, cf.title, cf.keeper, cf.end_date, due, due < today,
                   cf.retention_years)


def handover(office: Office, codes: Sequence[str], out_dir: Path,
             year: int | str | None = None) -> HandoverResult:
    """Hand closed files over: number the batch, print the Mục lục hồ sơ, tài liệu nộp lưu and
    the Biên bản giao nhận (two copies each) into ``out_dir``, mark the files handed over."""
    office.require(Role.CLERK, action=_("nộp lưu hồ sơ vào lưu trữ cơ quan"))
    if not codes:
        raise UserError(_("Chưa ghi hồ sơ nào để nộp lưu."), field="code")
    org = office.organisation()
    actor = office.actor.username
    today = vn_today()
    with office.db.write() as s:
        files: list[CaseFile] = []
        for code in codes:
            cf = find_file(s, code, year)
            if cf in files:
                raise UserError(_("Hồ sơ {code} được ghi hai lần.", code=cf.code), field="code")
            if cf.state == STATE_HANDED_OVER:
                raise UserError(_("Hồ sơ {code} đã nộp lưu trước đó.", code=cf.code),
                                field="code")
            if cf.state != STATE_CLOSED:
                raise UserError(_("Hồ sơ {code} chưa đóng; đóng hồ sơ trước khi nộp lưu.",
                                  code=cf.code), field="code")
            if cf.retention_years is not None and cf.retention_years < HANDOVER_MIN_YEARS:
                raise UserError(_("Hồ sơ {code} bảo quản {n} năm (dưới 05 năm), không thuộc diện "
                                  "nộp lưu.", code=cf.code, n=cf.retention_years), field="code")
            files.append(cf)
        number = next_number(s, "nop-luu", today.year)
        batch = Handover(year=today.year, number=number, actor=actor)
        s.add(batch)
        s.flush()
        lines = [_line(s, cf) for cf in files]
        for cf in files:
            cf.state = STATE_HANDED_OVER
            cf.handover_id = batch.id
        audit.record(s, actor, "nop-luu", after={
            "nam": today.year, "so": number,
            "ho_so": [f"{cf.year}/{cf.code}" for cf in files]})
        s.flush()
        from desktop.casefiles.forms import write_handover_forms  # fpdf only when printing

        paths = write_handover_forms(office, org, lines, out_dir, today, number,
                                     office.actor.full_name or actor)
    return HandoverResult(today.year, number, tuple(cf.code for cf in files), tuple(paths))


def _line(s: Session, cf: CaseFile) -> HandoverFile:
    from desktop.casefiles.contents import contents, span
    from desktop.casefiles.forms import HandoverFile

    items = contents(s, cf.id)
    first, last = span(items)
    return HandoverFile(cf.year, cf.code, cf.title, first, last, cf.retention_years,
                        len(items), sum(i.pages for i in items), cf.keeper)

