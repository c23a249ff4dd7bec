"""Filling a case file (Nghị định 30 Điều 28): putting registered documents and one-stop
dossiers at its end in the order given, moving one to another place of the table of contents,
taking one out. Only the file's keeper does it, and only while the file is open; each change is
audited."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from desktop.casefiles.reading import file_view, find_file, resolve_ref
from desktop.casefiles.service import KEEPERS, check_keeper, check_writable
from desktop.casefiles.views import CaseFileView
from desktop.core.errors import NotFound, UserError
from desktop.core.i18n import _
from desktop.kernel import audit
from desktop.kernel.office import Office
from models.casefiles import CaseFile, CaseFileItem


def add_documents(office: Office, code: str, refs: Sequence[str | int],
                  year: int | str | None = None) -> CaseFileView:
    """Put documents (ids) or one-stop dossiers (codes) at the end of the file, in the order
    given. A document may be in several files, once in each."""
    office.require(*KEEPERS, action=_("đưa văn bản vào hồ sơ"))
    if not refs:
        raise UserError(_("Chưa ghi văn bản nào."), field="doc_id")
    actor = office.actor.username
    check_keeper(office, code, year, _("đưa văn bản vào hồ sơ"))
    with office.db.write() as s:
        cf = find_file(s, code, year)
        check_writable(cf)
        resolved = [resolve_ref(s, r) for r in refs]
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
        return file_view(s, cf)


def _item_of(s: Session, cf: CaseFile, ref: str | int) -> CaseFileItem:
    r = resolve_ref(s, ref)
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
    check_keeper(office, code, year, _("sắp xếp văn bản trong hồ sơ"))
    with office.db.write() as s:
        cf = find_file(s, code, year)
        check_writable(cf)
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
        return file_view(s, cf)


def remove_document(office: Office, code: str, ref: str | int,
                    year: int | str | None = None) -> CaseFileView:
    office.require(*KEEPERS, action=_("bỏ văn bản khỏi hồ sơ"))
    check_keeper(office, code, year, _("bỏ văn bản khỏi hồ sơ"))
    with office.db.write() as s:
        cf = find_file(s, code, year)
        check_writable(cf)
        item = _item_of(s, cf, ref)
        s.delete(item)
        s.flush()
        ids = list(s.scalars(select(CaseFileItem.id).where(CaseFileItem.case_file_id == cf.id)
                             .order_by(CaseFileItem.position)))
        _renumber(s, cf.id, ids)
        audit.record(s, office.actor.username, "ho-so-bo-van-ban", after={
            "nam": cf.year, "so_ky_hieu": cf.code, "van_ban": str(ref)})
        return file_view(s, cf)


def _renumber(s: Session, case_file_id: int, ids: list[int]) -> None:
    for pos, item_id in enumerate(ids, start=1):
        s.execute(update(CaseFileItem).where(CaseFileItem.id == item_id).values(position=pos))
    s.flush()


