"""Case files (hồ sơ công việc, Nghị định 30 Điều 28–29): opened from an entry of the approved
plan (or outside it, flagged), filled with registered documents and one-stop dossiers in order,
closed by their keeper when the work ends, reopened only by a lãnh đạo with a reason, and
read-only once handed over to the archive.

The plan is :mod:`desktop.casefiles.plan`, the table of contents :mod:`contents`, the hand-over
:mod:`archive`, export and import :mod:`exchange`, the printed forms :mod:`forms`; filling a
file is :mod:`filling`, reading files :mod:`reading`.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from desktop.casefiles.contents import contents, span
from desktop.casefiles.plan import find_plan
from desktop.casefiles.reading import file_view, find_file
from desktop.casefiles.rules import (
    parse_code,
    parse_day,
    parse_retention,
    parse_year,
    retention_label,
)
from desktop.casefiles.views import (
    STATE_CLOSED,
    STATE_HANDED_OVER,
    STATE_OPEN,
    CaseFileView,
)
from desktop.core.clock import vn_today
from desktop.core.errors import PermissionDenied, UserError
from desktop.core.i18n import _
from desktop.core.validate import require_text
from desktop.kernel import audit
from desktop.kernel.auth import SYSTEM, Role
from desktop.kernel.office import Office
from models.casefiles import CaseFile, PlanEntry
from models.entities import User

KEEPERS = (Role.OFFICER, Role.CLERK, Role.LEADER)


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)


def refuse(office: Office, action: str, message: str) -> PermissionDenied:
    """A refusal that is not about roles (not the file's keeper), audited like the others."""
    username = office.actor.username
    office.db.in_own_transaction(
        lambda s: audit.record(s, username, "tu-choi", after={"hanh_dong": action}))
    return PermissionDenied(message)


def check_keeper(office: Office, code: str, year: int | str | None, action: str) -> None:
    """Only the file's keeper fills, sorts and closes it. Checked in a read before the write,
    so the refusal's own audit entry is never written while the write holds the lock."""
    actor = office.actor
    if actor == SYSTEM:
        return
    with office.db.read() as s:
        cf = find_file(s, code, year)
        keeper, file_code = cf.keeper, cf.code
    if actor.username == keeper:
        return
    raise refuse(office, action, _("Hồ sơ {code} do {keeper} lập; chỉ người lập hồ sơ mới được "
                                   "{action}.", code=file_code, keeper=keeper, action=action))


def check_writable(cf: CaseFile) -> None:
    if cf.state == STATE_HANDED_OVER:
        raise UserError(_("Hồ sơ {code} đã nộp lưu, chỉ còn để xem.", code=cf.code),
                        field="code")
    if cf.state == STATE_CLOSED:
        raise UserError(_("Hồ sơ {code} đã đóng ngày {date}; cần lãnh đạo mở lại.",
                          code=cf.code, date=fmt_day(cf.end_date)), field="code")


def fmt_day(day: dt.date | None) -> str:
    return day.strftime("%d/%m/%Y") if day else ""


# -- opening ---------------------------------------------------------------------------------
def _check_plan_keeper(office: Office, code: str, year: int) -> None:
    """An entry whose keeper is an account is opened by that account only."""
    if office.actor == SYSTEM:
        return
    with office.db.read() as s:
        plan = find_plan(s, year)
        keeper = "" if plan is None else (s.scalar(select(PlanEntry.keeper).where(
            PlanEntry.plan_id == plan.id, PlanEntry.code == code)) or "").strip()
        is_account = bool(keeper) and s.scalar(
            select(User.id).where(User.username == keeper)) is not None
    if is_account and keeper != office.actor.username:
        raise refuse(office, _("lập hồ sơ"), _("Theo danh mục, hồ sơ {code} do {keeper} lập.",
                                                code=code, keeper=keeper))


def open_file(office: Office, code: str, year: int | str, *, title: str = "",
              outside_plan: bool = False, retention: str | int | None = None,
              construction: bool = False, notes: str = "") -> CaseFileView:
    office.require(*KEEPERS, action=_("lập hồ sơ"))
    y = parse_year(year)
    code = parse_code(code)
    title = (title or "").strip()
    if len(title) > 500:
        raise UserError(_("Tiêu đề hồ sơ dài quá 500 ký tự."), field="title")
    actor = office.actor.username
    if not outside_plan:
        _check_plan_keeper(office, code, y)
    with office.db.write() as s:
        if s.scalar(select(CaseFile.id).where(CaseFile.year == y, CaseFile.code == code)):
            raise UserError(_("Hồ sơ số {code} năm {year} đã được lập.", code=code, year=y),
                            field="code")
        plan = find_plan(s, y)
        entry = None
        if plan is not None and plan.approved:
            entry = s.scalar(select(PlanEntry).where(PlanEntry.plan_id == plan.id,
                                                     PlanEntry.code == code))
        if outside_plan:
            if entry is not None:
                raise UserError(_("Hồ sơ số {code} có trong danh mục hồ sơ năm {year}; lập theo "
                                  "danh mục, bỏ --outside-plan.", code=code, year=y),
                                field="outside_plan")
            title = require_text(title, "title", _("tiêu đề hồ sơ"), 500)
            years = parse_retention(retention) if retention is not None else None
            cf = CaseFile(year=y, code=code, title=title, entry_id=None, outside_plan=True,
                          retention_years=years, construction=construction, keeper=actor,
                          state=STATE_OPEN, notes=notes)
        else:
            if entry is None:
                if plan is None or not plan.approved:
                    raise UserError(
                        _("Danh mục hồ sơ năm {year} chưa được duyệt; hồ sơ ngoài danh mục "
                          "lập bằng --outside-plan.", year=y), field="code")
                raise UserError(
                    _("Hồ sơ số {code} không có trong danh mục hồ sơ năm {year} đã duyệt; hồ "
                      "sơ ngoài danh mục lập bằng --outside-plan.", code=code, year=y),
                    field="code")
            if retention is not None:
                raise UserError(_("Thời hạn bảo quản lấy theo danh mục hồ sơ; bỏ --retention."),
                                field="retention")
            cf = CaseFile(year=y, code=code, title=title or entry.title, entry_id=entry.id,
                          outside_plan=False, retention_years=entry.retention_years,
                          construction=entry.construction, keeper=actor, state=STATE_OPEN,
                          notes=notes)
        s.add(cf)
        s.flush()
        audit.record(s, actor, "ho-so-lap", after={
            "nam": y, "so_ky_hieu": code, "tieu_de": cf.title, "ngoai_danh_muc": outside_plan,
            "thoi_han": retention_label(cf.retention_years)})
        return file_view(s, cf)


# -- closing and reopening ---------------------------------------------------------------------
def close_file(office: Office, code: str, end: str | dt.date, year: int | str | None = None,
               settled: str | dt.date | None = None) -> CaseFileView:
    """Close a file when the work ends (``end``: the end of the work). A construction file may
    give its final settlement date (quyết toán), from which its hand-over is counted."""
    office.require(*KEEPERS, action=_("đóng hồ sơ"))
    end_day = parse_day(end, "end")
    settled_day = parse_day(settled, "settled") if settled else None
    today = vn_today()
    if end_day > today:
        raise UserError(_("Ngày kết thúc {date} ở tương lai.", date=fmt_day(end_day)), field="end")
    check_keeper(office, code, year, _("đóng hồ sơ"))
    with office.db.write() as s:
        cf = find_file(s, code, year)
        check_writable(cf)
        items = contents(s, cf.id)
        if not items:
            raise UserError(_("Hồ sơ {code} chưa có văn bản nào, chưa đóng được.", code=cf.code),
                            field="code")
        first, _last = span(items)
        if first is not None and end_day < first:
            raise UserError(_("Ngày kết thúc {date} sớm hơn văn bản đầu tiên của hồ sơ "
                              "({first}).", date=fmt_day(end_day), first=fmt_day(first)), field="end")
        if settled_day is not None:
            if not cf.construction:
                raise UserError(_("Ngày quyết toán chỉ ghi cho hồ sơ xây dựng cơ bản."),
                                field="settled")
            if settled_day < end_day or settled_day > today:
                raise UserError(_("Ngày quyết toán {date} phải từ ngày kết thúc đến hôm nay.",
                                  date=fmt_day(settled_day)), field="settled")
        cf.state = STATE_CLOSED
        cf.end_date = end_day
        cf.settled_date = settled_day
        cf.closed_at = _now()
        audit.record(s, office.actor.username, "ho-so-dong", after={
            "nam": cf.year, "so_ky_hieu": cf.code, "ngay_ket_thuc": end_day.isoformat(),
            "so_van_ban": len(items)})
        s.flush()
        return file_view(s, cf)


def reopen_file(office: Office, code: str, reason: str,
                year: int | str | None = None) -> CaseFileView:
    office.require(Role.LEADER, action=_("mở lại hồ sơ đã đóng"))
    reason = require_text(reason, "reason", _("lý do mở lại"), 500)
    with office.db.write() as s:
        cf = find_file(s, code, year)
        if cf.state == STATE_HANDED_OVER:
            raise UserError(_("Hồ sơ {code} đã nộp lưu, chỉ còn để xem.", code=cf.code),
                            field="code")
        if cf.state != STATE_CLOSED:
            raise UserError(_("Hồ sơ {code} đang mở.", code=cf.code), field="code")
        before = {"ngay_ket_thuc": cf.end_date.isoformat() if cf.end_date else None}
        cf.state = STATE_OPEN
        cf.end_date = None
        cf.settled_date = None
        cf.closed_at = None
        audit.record(s, office.actor.username, "ho-so-mo-lai", before=before, after={
            "nam": cf.year, "so_ky_hieu": cf.code, "ly_do": reason})
        s.flush()
        return file_view(s, cf)


