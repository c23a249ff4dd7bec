"""Case files (hồ sơ công việc, Nghị định 30 Điều 28–29): opened from an entry of the approved
plan (or outside it, flagged), filled with registered documents and one-stop dossiers in order,
closed by their keeper when the work ends, reopened only by a lãnh đạo with a reason, and
read-only once handed over to the archive.

The plan is :mod:`desktop.casefiles.plan`, the table of contents :mod:`contents`, the hand-over
:mod:`archive`, export and import :mod:`exchange`, the printed forms :mod:`forms`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from desktop.casefiles.contents import contents, span
from desktop.casefiles.plan import find_plan
from desktop.casefiles.rules import (
    due_date,
    parse_code,
    parse_day,
    parse_retention,
    parse_year,
    retention_label,
    vn_today,
)
from desktop.casefiles.views import (
    STATE_CLOSED,
    STATE_HANDED_OVER,
    STATE_LABELS,
    STATE_OPEN,
    CaseFileView,
)
from desktop.core.errors import NotFound, PermissionDenied, UserError
from desktop.core.i18n import _
from desktop.core.validate import require_text
from desktop.kernel import audit
from desktop.kernel.auth import SYSTEM, Role
from desktop.kernel.office import Office
from desktop.registers import visibility
from models.casefiles import CaseFile, CaseFileItem, PlanEntry
from models.dossiers import Dossier
from models.entities import Document, Status, User

KEEPERS = (Role.OFFICER, Role.CLERK, Role.LEADER)


@dataclass(frozen=True)
class FileRow:
    """A line of the list of files: counts without the contents."""

    id: int
    year: int
    code: str
    title: str
    state: str
    keeper: str
    outside_plan: bool
    end_date: dt.date | None
    due: dt.date | None
    doc_total: int
    entry_id: int | None

    @property
    def state_label(self) -> str:
        return _(STATE_LABELS[self.state])

    def to_dict(self) -> dict[str, object]:
        from desktop.casefiles.views import STATE_NAMES

        return {"id": self.id, "year": self.year, "code": self.code, "title": self.title,
                "state": STATE_NAMES[self.state], "keeper": self.keeper,
                "outside_plan": self.outside_plan,
                "end_date": self.end_date.isoformat() if self.end_date else None,
                "due": self.due.isoformat() if self.due else None, "doc_total": self.doc_total}


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)


def refuse(office: Office, action: str, message: str) -> PermissionDenied:
    """A refusal that is not about roles (not the file's keeper), audited like the others."""
    username = office.actor.username
    office.db.in_own_transaction(
        lambda s: audit.record(s, username, "tu-choi", after={"hanh_dong": action}))
    return PermissionDenied(message)


def _check_keeper(office: Office, code: str, year: int | str | None, action: str) -> None:
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


def find_file(s: Session, code: str, year: int | str | None, *, lock: bool = False) -> CaseFile:
    code = (code or "").strip()
    stmt = select(CaseFile).where(CaseFile.code == code)
    if year is not None:
        stmt = stmt.where(CaseFile.year == parse_year(year))
    found = list(s.scalars(stmt.order_by(CaseFile.year.desc()).limit(5)))
    if not found:
        if year is None:
            raise NotFound(_("Không có hồ sơ số {code}.", code=code[:60]), field="code")
        raise NotFound(_("Không có hồ sơ số {code} năm {year}.", code=code[:60], year=year),
                       field="code")
    if len(found) > 1:
        raise UserError(_("Có hồ sơ số {code} ở nhiều năm ({years}); ghi thêm --year.",
                          code=code, years=", ".join(str(f.year) for f in found)), field="year")
    return found[0]


def _writable(cf: CaseFile) -> None:
    if cf.state == STATE_HANDED_OVER:
        raise UserError(_("Hồ sơ {code} đã nộp lưu, chỉ còn để xem.", code=cf.code),
                        field="code")
    if cf.state == STATE_CLOSED:
        raise UserError(_("Hồ sơ {code} đã đóng ngày {date}; cần lãnh đạo mở lại.",
                          code=cf.code, date=_d(cf.end_date)), field="code")


def _d(day: dt.date | None) -> str:
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
        return _view(s, cf)


# -- filling ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class _Ref:
    document_id: int | None
    dossier_id: int | None
    label: str


def _resolve(s: Session, ref: str | int) -> _Ref:
    text = str(ref).strip()
    if text.isdigit():
        doc = s.get(Document, int(text))
        if doc is None:
            raise NotFound(_("Không có văn bản mã {id}.", id=text), field="doc_id")
        if doc.status == Status.CANCELLED.value:
            raise UserError(_("Văn bản mã {id} đã bị hủy đăng ký, không đưa vào hồ sơ được.",
                              id=text), field="doc_id")
        return _Ref(doc.id, None, text)
    dossier = s.scalar(select(Dossier).where(Dossier.code == text))
    if dossier is None:
        raise NotFound(_("Không có văn bản mã {id} (cũng không có hồ sơ một cửa mã này).",
                         id=text[:60]), field="doc_id")
    return _Ref(None, dossier.id, text)


def add_documents(office: Office, code: str, refs: Sequence[str | int],
                  year: int | str | None = None) -> CaseFileView:
    """Put documents (ids) or one-stop dossiers (codes) at the end of the file, in the order
    given. A document may be in several files, once in each."""
    office.require(*KEEPERS, action=_("đưa văn bản vào hồ sơ"))
    if not refs:
        raise UserError(_("Chưa ghi văn bản nào."), field="doc_id")
    actor = office.actor.username
    _check_keeper(office, code, year, _("đưa văn bản vào hồ sơ"))
    with office.db.write() as s:
        cf = find_file(s, code, year)
        _writable(cf)
        resolved = [_resolve(s, r) for r in refs]
        seen: set[tuple[int | None, int | None]] = set()
        for r in resolved:
            key = (r.document_id, r.dossier_id)
            if key in seen:
                raise UserError(_("Văn bản {id} được ghi hai lần.", id=r.label), field="doc_id")
            seen.add(key)
            there = select(CaseFileItem.id).where(CaseFileItem.case_file_id == cf.id)
            there = there.where(CaseFileItem.document_id == r.document_id) \
                if r.document_id is not None else there.where(
                    CaseFileItem.dossier_id == r.dossier_id)
            if s.scalar(there) is not None:
                raise UserError(_("Văn bản {id} đã có trong hồ sơ {code}.", id=r.label,
                                  code=cf.code), field="doc_id")
        last = s.scalar(select(func.max(CaseFileItem.position))
                        .where(CaseFileItem.case_file_id == cf.id)) or 0
        for i, r in enumerate(resolved, start=1):
            s.add(CaseFileItem(case_file_id=cf.id, position=last + i, document_id=r.document_id,
                               dossier_id=r.dossier_id, added_by=actor))
        s.flush()
        audit.record(s, actor, "ho-so-them-van-ban", after={
            "nam": cf.year, "so_ky_hieu": cf.code, "van_ban": [r.label for r in resolved]})
        return _view(s, cf)


def _item_of(s: Session, cf: CaseFile, ref: str | int) -> CaseFileItem:
    r = _resolve(s, ref)
    stmt = select(CaseFileItem).where(CaseFileItem.case_file_id == cf.id)
    stmt = stmt.where(CaseFileItem.document_id == r.document_id) if r.document_id is not None \
        else stmt.where(CaseFileItem.dossier_id == r.dossier_id)
    item = s.scalar(stmt)
    if item is None:
        raise NotFound(_("Văn bản {id} không có trong hồ sơ {code}.", id=r.label, code=cf.code),
                       field="doc_id")
    return item


def move_document(office: Office, code: str, ref: str | int, to: int,
                  year: int | str | None = None) -> CaseFileView:
    """Put one document at place ``to`` (1 = first) of the table of contents."""
    office.require(*KEEPERS, action=_("sắp xếp văn bản trong hồ sơ"))
    _check_keeper(office, code, year, _("sắp xếp văn bản trong hồ sơ"))
    with office.db.write() as s:
        cf = find_file(s, code, year)
        _writable(cf)
        item = _item_of(s, cf, ref)
        ids = list(s.scalars(select(CaseFileItem.id).where(CaseFileItem.case_file_id == cf.id)
                             .order_by(CaseFileItem.position)))
        if not 1 <= to <= len(ids):
            raise UserError(_("Vị trí {to} ngoài mục lục (1 đến {n}).", to=to, n=len(ids)),
                            field="to")
        old = ids.index(item.id) + 1
        ids.remove(item.id)
        ids.insert(to - 1, item.id)
        _renumber(s, cf.id, ids)
        audit.record(s, office.actor.username, "ho-so-sap-xep", after={
            "nam": cf.year, "so_ky_hieu": cf.code, "van_ban": str(ref), "tu": old, "den": to})
        return _view(s, cf)


def remove_document(office: Office, code: str, ref: str | int,
                    year: int | str | None = None) -> CaseFileView:
    office.require(*KEEPERS, action=_("bỏ văn bản khỏi hồ sơ"))
    _check_keeper(office, code, year, _("bỏ văn bản khỏi hồ sơ"))
    with office.db.write() as s:
        cf = find_file(s, code, year)
        _writable(cf)
        item = _item_of(s, cf, ref)
        s.delete(item)
        s.flush()
        ids = list(s.scalars(select(CaseFileItem.id).where(CaseFileItem.case_file_id == cf.id)
                             .order_by(CaseFileItem.position)))
        _renumber(s, cf.id, ids)
        audit.record(s, office.actor.username, "ho-so-bo-van-ban", after={
            "nam": cf.year, "so_ky_hieu": cf.code, "van_ban": str(ref)})
        return _view(s, cf)


def _renumber(s: Session, case_file_id: int, ids: list[int]) -> None:
    for pos, item_id in enumerate(ids, start=1):
        s.execute(update(CaseFileItem).where(CaseFileItem.id == item_id).values(position=pos))
    s.flush()


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
        raise UserError(_("Ngày kết thúc {date} ở tương lai.", date=_d(end_day)), field="end")
    _check_keeper(office, code, year, _("đóng hồ sơ"))
    with office.db.write() as s:
        cf = find_file(s, code, year)
        _writable(cf)
        items = contents(s, cf.id)
        if not items:
            raise UserError(_("Hồ sơ {code} chưa có văn bản nào, chưa đóng được.", code=cf.code),
                            field="code")
        first, _last = span(items)
        if first is not None and end_day < first:
            raise UserError(_("Ngày kết thúc {date} sớm hơn văn bản đầu tiên của hồ sơ "
                              "({first}).", date=_d(end_day), first=_d(first)), field="end")
        if settled_day is not None:
            if not cf.construction:
                raise UserError(_("Ngày quyết toán chỉ ghi cho hồ sơ xây dựng cơ bản."),
                                field="settled")
            if settled_day < end_day or settled_day > today:
                raise UserError(_("Ngày quyết toán {date} phải từ ngày kết thúc đến hôm nay.",
                                  date=_d(settled_day)), field="settled")
        cf.state = STATE_CLOSED
        cf.end_date = end_day
        cf.settled_date = settled_day
        cf.closed_at = _now()
        audit.record(s, office.actor.username, "ho-so-dong", after={
            "nam": cf.year, "so_ky_hieu": cf.code, "ngay_ket_thuc": end_day.isoformat(),
            "so_van_ban": len(items)})
        s.flush()
        return _view(s, cf)


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
        return _view(s, cf)


# -- reading ---------------------------------------------------------------------------------
def get_file(office: Office, code: str, year: int | str | None = None) -> CaseFileView:
    with office.db.read() as s:
        return visibility.mask_contents(office, _view(s, find_file(s, code, year)))


def _view(s: Session, cf: CaseFile) -> CaseFileView:
    items = contents(s, cf.id)
    start, _end = span(items)
    return CaseFileView(
        id=cf.id, year=cf.year, code=cf.code, title=cf.title, state=cf.state, keeper=cf.keeper,
        outside_plan=cf.outside_plan, retention_years=cf.retention_years,
        construction=cf.construction, start_date=start, end_date=cf.end_date,
        settled_date=cf.settled_date,
        due=due_date(cf.end_date, cf.construction, cf.settled_date),
        doc_total=len(items), page_total=sum(i.pages for i in items),
        imported_from=cf.imported_from, documents=tuple(items))


def file_view(s: Session, cf: CaseFile) -> CaseFileView:
    """The view of a file read in the caller's session (its own uncommitted work included)."""
    return _view(s, cf)


def list_files(office: Office, year: int | str | None = None) -> list[FileRow]:
    counts = (select(CaseFileItem.case_file_id, func.count().label("n"))
              .group_by(CaseFileItem.case_file_id).subquery())
    stmt = (select(CaseFile, func.coalesce(counts.c.n, 0))
            .outerjoin(counts, counts.c.case_file_id == CaseFile.id)
            .order_by(CaseFile.year.desc(), CaseFile.code))
    if year is not None:
        stmt = stmt.where(CaseFile.year == parse_year(year))
    with office.db.read() as s:
        return [_row(cf, int(n)) for cf, n in s.execute(stmt)]


def _row(cf: CaseFile, n: int) -> FileRow:
    return FileRow(cf.id, cf.year, cf.code, cf.title, cf.state, cf.keeper, cf.outside_plan,
                   cf.end_date, due_date(cf.end_date, cf.construction, cf.settled_date), n,
                   cf.entry_id)


def files_of_document(office: Office, ref: str | int) -> list[FileRow]:
    """The files a document (or a dossier) is in."""
    with office.db.read() as s:
        r = _resolve(s, ref)
        col = CaseFileItem.document_id if r.document_id is not None else CaseFileItem.dossier_id
        value = r.document_id if r.document_id is not None else r.dossier_id
        stmt = (select(CaseFile).join(CaseFileItem, CaseFileItem.case_file_id == CaseFile.id)
                .where(col == value).order_by(CaseFile.year, CaseFile.code))
        return [_row(cf, 0) for cf in s.scalars(stmt)]
