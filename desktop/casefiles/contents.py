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


def main_pdf_subquery():  # type: ignore[no-untyped-def]
    """document_id → the sha256 of its current PDF (the newest current link that is a PDF)."""
    newest = (select(DocumentFile.document_id, func.max(DocumentFile.id).label("link_id"))
              .join(StoredFile, StoredFile.sha256 == DocumentFile.sha256)
              .where(DocumentFile.current.is_(True), StoredFile.media_type == PDF)
              .group_by(DocumentFile.document_id).subquery())
    return (select(newest.c.document_id, DocumentFile.sha256, StoredFile.pages)
            .join(DocumentFile, DocumentFile.id == newest.c.link_id)
            .join(StoredFile, StoredFile.sha256 == DocumentFile.sha256).subquery())


def contents(s: Session, case_file_id: int) -> list[ItemView]:
    items = list(s.execute(
        select(CaseFileItem.position, CaseFileItem.document_id, CaseFileItem.dossier_id,
               CaseFileItem.symbol, CaseFileItem.doc_date, CaseFileItem.subject,
               CaseFileItem.organ_name, CaseFileItem.type_name, CaseFileItem.pages,
               CaseFileItem.notes, CaseFileItem.sha256)
        .where(CaseFileItem.case_file_id == case_file_id).order_by(CaseFileItem.position)))
    docs = _documents(s, case_file_id) if any(i.document_id for i in items) else {}
    dossiers = _dossiers(s, [i.dossier_id for i in items if i.dossier_id])
    out: list[ItemView] = []
    for order, i in enumerate(items, start=1):
        if i.document_id is not None:
            d = docs[i.document_id]
            out.append(ItemView(order, d[0], i.document_id, d[1], d[2], d[3], d[4], d[5], d[6],
                                i.notes or d[7], d[8]))
        elif i.dossier_id is not None:
            v = dossiers[i.dossier_id]
            out.append(ItemView(order, "mot-cua", v[0], v[1], v[2], v[3], v[4], v[5], v[6],
                                i.notes, v[7]))
        else:
            out.append(ItemView(order, "nhap", None, i.symbol, i.doc_date, i.subject,
                                i.organ_name, i.type_name, int(i.pages or 0), i.notes,
                                i.sha256))
    return out


def _documents(s: Session, case_file_id: int) -> dict[int, tuple]:  # type: ignore[type-arg]
    pdf = main_pdf_subquery()
    rows = s.execute(
        select(Document.id, Document.direction, Document.symbol, Document.issued_date,
               Document.subject, Document.organ_name, Document.type_name,
               Document.page_amount, pdf.c.pages, Document.notes, pdf.c.sha256)
        .join(CaseFileItem, CaseFileItem.document_id == Document.id)
        .outerjoin(pdf, pdf.c.document_id == Document.id)
        .where(CaseFileItem.case_file_id == case_file_id))
    out: dict[int, tuple] = {}  # type: ignore[type-arg]
    for r in rows:
        pages = int(r.page_amount or r.pages or 0)
        out[r.id] = (r.direction, r.symbol, r.issued_date, r.subject, r.organ_name,
                     r.type_name, pages, r.notes, r.sha256)
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
