"""The yearly file plan (Danh mục hồ sơ, Nghị định 30 Điều 28, Phụ lục V).

The văn thư (or a lãnh đạo) drafts it; a lãnh đạo approves it, and from then on it is fixed for
that year: a change is itself a new approval, made by a lãnh đạo (``--amend``) and audited. A
plan can be started from the previous year's (copied as a draft).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.casefiles.rules import (
    HeadingPart,
    heading_label,
    parse_code,
    parse_heading,
    parse_retention,
    parse_year,
    retention_label,
)
from desktop.casefiles.views import EntryView, HeadingView, PlanView
from desktop.core.errors import NotFound, UserError
from desktop.core.i18n import _
from desktop.core.textfold import fold
from desktop.core.validate import require_text
from desktop.kernel import audit
from desktop.kernel.auth import Role
from desktop.kernel.office import Office
from models.casefiles import FilePlan, PlanEntry, PlanHeading


@dataclass
class EntryInput:
    year: int | str
    code: str
    title: str
    retention: str | int | None
    heading: str = ""
    keeper: str = ""
    notes: str = ""
    construction: bool = False


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)


def find_plan(s: Session, year: int) -> FilePlan | None:
    return s.scalar(select(FilePlan).where(FilePlan.year == year))


def _resolve_heading(s: Session, plan: FilePlan, parts: list[HeadingPart]) -> PlanHeading:
    parent: PlanHeading | None = None
    for level, part in enumerate(parts):
        siblings = list(s.scalars(select(PlanHeading).where(
            PlanHeading.plan_id == plan.id,
            PlanHeading.parent_id.is_(None) if parent is None
            else PlanHeading.parent_id == parent.id)))
        found: PlanHeading | None = None
        if part.number is not None:
            found = next((h for h in siblings if h.number == part.number), None)
            if found is not None and part.title and fold(found.title) != fold(part.title):
                raise UserError(
                    _("Đề mục {label} đã có tên “{title}”, khác “{given}”.",
                      label=heading_label(level, part.number), title=found.title,
                      given=part.title), field="heading")
            if found is None and not part.title:
                raise UserError(_("Chưa có đề mục {label}; ghi cả tên đề mục.",
                                  label=heading_label(level, part.number)), field="heading")
        else:
            found = next((h for h in siblings if fold(h.title) == fold(part.title)), None)
        if found is None:
            number = part.number or max((h.number for h in siblings), default=0) + 1
            found = PlanHeading(plan_id=plan.id, parent_id=parent.id if parent else None,
                                number=number, title=part.title)
            s.add(found)
            s.flush()
        parent = found
    assert parent is not None
    return parent


def add_entry(office: Office, inp: EntryInput, *, amend: bool = False) -> EntryView:
    """Add a file to the plan of a year (a draft; an approved plan only with ``amend`` by a
    lãnh đạo, which approves it again)."""
    office.require(Role.CLERK, Role.LEADER, action=_("lập danh mục hồ sơ"))
    year = parse_year(inp.year)
    code = parse_code(inp.code)
    title = require_text(inp.title, "title", _("tên đề mục và tiêu đề hồ sơ"), 500)
    retention = parse_retention(inp.retention)
    parts = parse_heading(inp.heading) if (inp.heading or "").strip() else []
    keeper = (inp.keeper or "").strip()
    if len(keeper) > 200:
        raise UserError(_("Đơn vị/người lập hồ sơ dài quá 200 ký tự."), field="keeper")
    notes = (inp.notes or "").strip()
    if amend:
        office.require(Role.LEADER, action=_("sửa danh mục hồ sơ đã duyệt"))
    actor = office.actor.username
    with office.db.write() as s:
        plan = find_plan(s, year)
        if plan is None:
            plan = FilePlan(year=year, approved=False, approvals=0, approved_by="")
            s.add(plan)
            s.flush()
        elif plan.approved and not amend:
            raise UserError(
                _("Danh mục hồ sơ năm {year} đã được duyệt, không sửa được. Lãnh đạo bổ sung "
                  "bằng --amend (tính là một lần duyệt mới).", year=year), field="year")
        if s.scalar(select(PlanEntry.id).where(PlanEntry.plan_id == plan.id,
                                               PlanEntry.code == code)) is not None:
            raise UserError(_("Danh mục hồ sơ năm {year} đã có hồ sơ số {code}.", year=year,
                              code=code), field="code")
        heading = _resolve_heading(s, plan, parts) if parts else None
        position = (s.scalar(select(func.max(PlanEntry.position))
                             .where(PlanEntry.plan_id == plan.id)) or 0) + 1
        entry = PlanEntry(plan_id=plan.id, heading_id=heading.id if heading else None,
                          position=position, code=code, title=title, retention_years=retention,
                          keeper=keeper, notes=notes, construction=bool(inp.construction))
        s.add(entry)
        s.flush()
        after = {"nam": year, "so_ky_hieu": code, "tieu_de": title,
                 "thoi_han": retention_label(retention), "nguoi_lap": keeper,
                 "de_muc": heading.title if heading else "", "xay_dung": entry.construction}
        audit.record(s, actor, "danh-muc-them", after=after)
        if amend:
            _approve(s, plan, actor, amended=code)
        return _entry_view(entry)


def _approve(s: Session, plan: FilePlan, actor: str, amended: str = "") -> None:
    plan.approved = True
    plan.approvals += 1
    plan.approved_at = _now()
    plan.approved_by = actor
    count = s.scalar(select(func.count()).select_from(PlanEntry)
                     .where(PlanEntry.plan_id == plan.id)) or 0
    audit.record(s, actor, "danh-muc-duyet", after={
        "nam": plan.year, "lan_duyet": plan.approvals, "so_ho_so": int(count),
        **({"bo_sung": amended} if amended else {})})


def approve(office: Office, year: int | str) -> PlanView:
    office.require(Role.LEADER, action=_("duyệt danh mục hồ sơ"))
    y = parse_year(year)
    with office.db.write() as s:
        plan = find_plan(s, y)
        if plan is None:
            raise NotFound(_("Chưa có danh mục hồ sơ năm {year}.", year=y), field="year")
        if plan.approved:
            raise UserError(_("Danh mục hồ sơ năm {year} đã được duyệt (lần {n}).", year=y,
                              n=plan.approvals), field="year")
        if not s.scalar(select(func.count()).select_from(PlanEntry)
                        .where(PlanEntry.plan_id == plan.id)):
            raise UserError(_("Danh mục hồ sơ năm {year} chưa có hồ sơ nào.", year=y),
                            field="year")
        _approve(s, plan, office.actor.username)
        s.flush()
        return _plan_view(s, plan)


def copy_plan(office: Office, source: int | str, target: int | str) -> PlanView:
    """Start next year's plan from this year's: headings and entries, as a draft."""
    office.require(Role.CLERK, Role.LEADER, action=_("lập danh mục hồ sơ"))
    y1, y2 = parse_year(source), parse_year(target)
    if y1 == y2:
        raise UserError(_("Năm nguồn và năm đích trùng nhau ({year}).", year=y1), field="to")
    with office.db.write() as s:
        src = find_plan(s, y1)
        if src is None:
            raise NotFound(_("Chưa có danh mục hồ sơ năm {year}.", year=y1), field="from")
        if find_plan(s, y2) is not None:
            raise UserError(_("Đã có danh mục hồ sơ năm {year}.", year=y2), field="to")
        dst = FilePlan(year=y2, approved=False, approvals=0, approved_by="")
        s.add(dst)
        s.flush()
        ids: dict[int, int] = {}
        heads = list(s.scalars(select(PlanHeading).where(PlanHeading.plan_id == src.id)
                               .order_by(PlanHeading.parent_id.is_not(None), PlanHeading.id)))
        for h in heads:
            new = PlanHeading(plan_id=dst.id, parent_id=ids.get(h.parent_id or 0),
                              number=h.number, title=h.title)
            s.add(new)
            s.flush()
            ids[h.id] = new.id
        entries = list(s.scalars(select(PlanEntry).where(PlanEntry.plan_id == src.id)
                                 .order_by(PlanEntry.position)))
        for e in entries:
            s.add(PlanEntry(plan_id=dst.id, heading_id=ids.get(e.heading_id or 0),
                            position=e.position, code=e.code, title=e.title,
                            retention_years=e.retention_years, keeper=e.keeper, notes=e.notes,
                            construction=e.construction))
        audit.record(s, office.actor.username, "danh-muc-sao",
                     after={"tu_nam": y1, "den_nam": y2, "so_ho_so": len(entries)})
        s.flush()
        return _plan_view(s, dst)


def get_plan(office: Office, year: int | str) -> PlanView:
    y = parse_year(year)
    with office.db.read() as s:
        plan = find_plan(s, y)
        if plan is None:
            raise NotFound(_("Chưa có danh mục hồ sơ năm {year}.", year=y), field="year")
        return _plan_view(s, plan)


def plan_years(office: Office) -> list[int]:
    with office.db.read() as s:
        return [int(y) for y in s.scalars(select(FilePlan.year).order_by(FilePlan.year.desc()))]


def _entry_view(e: PlanEntry) -> EntryView:
    return EntryView(e.id, e.code, e.title, e.retention_years, e.keeper, e.notes,
                     e.construction, e.heading_id)


def _plan_view(s: Session, plan: FilePlan) -> PlanView:
    heads = [HeadingView(h.id, 0 if h.parent_id is None else 1, h.number, h.title, h.parent_id)
             for h in s.scalars(select(PlanHeading).where(PlanHeading.plan_id == plan.id)
                                .order_by(PlanHeading.id))]
    entries = [_entry_view(e) for e in s.scalars(
        select(PlanEntry).where(PlanEntry.plan_id == plan.id).order_by(PlanEntry.position))]
    return PlanView(plan.year, plan.approved, plan.approvals, plan.approved_by, plan.approved_at,
                    tuple(heads), tuple(entries))
