"""Reading case files: finding one by its number (and year), its view with the table of contents
and the dates it gives, the list of files with their counts, and the files a document or a
one-stop dossier is in. Nothing here writes."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.casefiles.contents import contents, span
from desktop.casefiles.rules import due_date, parse_year
from desktop.casefiles.views import STATE_LABELS, CaseFileView
from desktop.core.errors import NotFound, UserError
from desktop.core.i18n import _
from desktop.kernel.office import Office
from desktop.registers import visibility
from models.casefiles import CaseFile, CaseFileItem
from models.dossiers import Dossier
from models.entities import Document, Status


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


@dataclass(frozen=True)
class Ref:
    document_id: int | None
    dossier_id: int | None
    label: str


def resolve_ref(s: Session, ref: str | int) -> Ref:
    text = str(ref).strip()
    if text.isdigit():
        doc = s.get(Document, int(text))
        if doc is None:
            raise NotFound(_("Không có văn bản mã {id}.", id=text), field="doc_id")
        if doc.status == Status.CANCELLED.value:
            raise UserError(_("Văn bản mã {id} đã bị hủy đăng ký, không đưa vào hồ sơ được.",
                              id=text), field="doc_id")
        return Ref(doc.id, None, text)
    dossier = s.scalar(select(Dossier).where(Dossier.code == text))
    if dossier is None:
        raise NotFound(_("Không có văn bản mã {id} (cũng không có hồ sơ một cửa mã này).",
                         id=text[:60]), field="doc_id")
    return Ref(None, dossier.id, text)


def get_file(office: Office, code: str, year: int | str | None = None) -> CaseFileView:
    with office.db.read() as s:
        return visibility.mask_contents(office, file_view(s, find_file(s, code, year)))


def file_view(s: Session, cf: CaseFile) -> CaseFileView:
    """The view of a file read in the caller's session (its own uncommitted work included)."""
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
        r = resolve_ref(s, ref)
        col = CaseFileItem.document_id if r.document_id is not None else CaseFileItem.dossier_id
        value = r.document_id if r.document_id is not None else r.dossier_id
        stmt = (select(CaseFile).join(CaseFileItem, CaseFileItem.case_file_id == CaseFile.id)
                .where(col == value).order_by(CaseFile.year, CaseFile.code))
        return [_row(cf, 0) for cf in s.scalars(stmt)]
