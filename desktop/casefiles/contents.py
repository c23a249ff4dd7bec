"""A file's table of contents (Mục lục văn bản): its documents in order, read with the current
data of each registered document or one-stop dossier, in a few queries whatever the size.

A document's pages are those typed at registration (PageAmount) or else those of its current PDF
(the newest current file of the document that is a PDF: the signed one once signed).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.casefiles.views import ItemView
from desktop.core.i18n import _
from models.casefiles import CaseFileItem
from models.dossiers import Dossier, DossierComponent
from models.entities import Document, DocumentFile, StoredFile

PDF = "application/pdf"


def main_pdf_subquery(case_file_id: int):  # type: ignore[no-untyped-def]
    """document_id → the sha256 of its current PDF (the newest current link that is a PDF),
    for the documents of one file."""
    members = select(CaseFileItem.document_id).where(CaseFileItem.case_file_id == case_file_id)
    newest = (select(DocumentFile.document_id, func.max(DocumentFile.id).label("link_id"))
              .join(StoredFile, StoredFile.sha256 == DocumentFile.sha256)
              .where(DocumentFile.current.is_(True), StoredFile.media_type == PDF,
                     DocumentFile.document_id.in_(members))
              .group_by(DocumentFile.document_id).subquery())
    return (select(newest.c.document_id, DocumentFile.sha256, StoredFile.pages)
            .join(DocumentFile, DocumentFile.id == newest.c.link_id)
            .join(StoredFile, StoredFile.sha256 == DocumentFile.sha256).subquery())


def contents(s: Session, case_file_id: int) -> list[ItemView]:
    """One query (items outer-joined with their documents and current PDFs), read as plain
    rows on the session's connection: a 2,000-document file stays a few times the bare SQL."""
    pdf = main_pdf_subquery(case_file_id)
    stmt = (
        select(CaseFileItem.position, CaseFileItem.document_id, CaseFileItem.dossier_id,
               CaseFileItem.symbol, CaseFileItem.doc_date, CaseFileItem.subject,
               CaseFileItem.organ_name, CaseFileItem.type_name, CaseFileItem.pages,
               CaseFileItem.notes, CaseFileItem.sha256,
               Document.direction, Document.symbol.label("d_symbol"),
               Document.issued_date, Document.subject.label("d_subject"),
               Document.organ_name.label("d_organ"), Document.type_name.label("d_type"),
               Document.page_amount, Document.notes.label("d_notes"),
               pdf.c.pages.label("pdf_pages"), pdf.c.sha256.label("pdf_sha"))
        .outerjoin(Document, Document.id == CaseFileItem.document_id)
        .outerjoin(pdf, pdf.c.document_id == CaseFileItem.document_id)
        .where(CaseFileItem.case_file_id == case_file_id).order_by(CaseFileItem.position))
    rows = s.connection().execute(stmt).all()
    dossiers = _dossiers(s, [r.dossier_id for r in rows if r.dossier_id])
    out: list[ItemView] = []
    for order, r in enumerate(rows, start=1):
        if r.document_id is not None:
            out.append(ItemView(order, r.direction, r.document_id, r.d_symbol, r.issued_date,
                                r.d_subject, r.d_organ, r.d_type,
                                int(r.page_amount or r.pdf_pages or 0), r.notes or r.d_notes,
                                r.pdf_sha))
        elif r.dossier_id is not None:
            v = dossiers[r.dossier_id]
            out.append(ItemView(order, "mot-cua", v[0], v[1], v[2], v[3], v[4], v[5], v[6],
                                r.notes, v[7]))
        else:
            out.append(ItemView(order, "nhap", None, r.symbol, r.doc_date, r.subject,
                                r.organ_name, r.type_name, int(r.pages or 0), r.notes,
                                r.sha256))
    return out


def _dossiers(s: Session, ids: list[int]) -> dict[int, tuple]:  # type: ignore[type-arg]
    if not ids:
        return {}
    pages = {int(r[0]): int(r[1] or 0) for r in s.execute(
        select(DossierComponent.dossier_id, func.sum(StoredFile.pages))
        .join(StoredFile, StoredFile.sha256 == DossierComponent.sha256)
        .where(DossierComponent.dossier_id.in_(ids)).group_by(DossierComponent.dossier_id))}
    out: dict[int, tuple] = {}  # type: ignore[type-arg]
    for d in s.scalars(select(Dossier).where(Dossier.id.in_(ids))):
        out[d.id] = (d.code, d.code, d.received_at.date(),
                     f"{d.procedure_name} — {d.applicant_name}", d.applicant_name,
                     _("Hồ sơ thủ tục hành chính"), int(pages.get(d.id) or 0), d.result_sha256)
    return out


def span(items: list[ItemView]) -> tuple[dt.date | None, dt.date | None]:
    days = [i.date for i in items if i.date is not None]
    return (min(days), max(days)) if days else (None, None)
