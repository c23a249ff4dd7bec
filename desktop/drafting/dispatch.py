"""Sending issued documents (Nghị định 30, Điều 18): one row per copy sent, the register's
"Nơi nhận", "Ngày chuyển" and "Ký nhận" filled from them, the post book (Phụ lục IV "Sổ gửi văn
bản đi bưu điện"), and the links between a document and the one it corrects, replaces or
recalls.

A secret document the reader may not read (desktop/registers/visibility.py) keeps its rows in
the lists and the post book — date and number, so the book stays complete — without its
recipients, symbol or receipts; sending it or linking it is refused, as a correction is."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import extract, or_, select
from sqlalchemy.orm import Session

from desktop.core.clock import vn_today
from desktop.core.errors import NotFound, UserError
from desktop.core.i18n import _
from desktop.core.pdfkit import SERIF, DocumentPdf, ruled_table, write_atomic
from desktop.core.validate import format_number, parse_date, require_text
from desktop.kernel import audit
from desktop.kernel.auth import Role
from desktop.kernel.office import Office
from desktop.registers import visibility
from desktop.registers.book import BookResult, secrecy_mark
from desktop.registers.entries import search_text_of
from models.drafting import Dispatch, DocumentLink
from models.entities import Direction, Document, Status

VIAS = ("buu-dien", "truc-tiep", "dien-tu")
LINK_KINDS = ("dinh-chinh", "thay-the", "thu-hoi")


def via_label(via: str) -> str:
    return {"buu-dien": _("Bưu điện"), "truc-tiep": _("Trực tiếp"),
            "dien-tu": _("Điện tử")}.get(via, via)


def link_label(kind: str) -> str:
    return {"dinh-chinh": _("đính chính"), "thay-the": _("thay thế"),
            "thu-hoi": _("thu hồi")}.get(kind, kind)


@dataclass(frozen=True)
class DispatchInfo:
    id: int
    document_id: int
    symbol: str
    recipient: str
    via: str
    sent_date: dt.date
    receipt: str
    masked: bool = False  # recipient holds the mask, symbol and receipt are empty

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "document_id": self.document_id, "symbol": self.symbol,
                "to": self.recipient, "via": self.via, "date": self.sent_date.isoformat(),
                "receipt": self.receipt}


@dataclass(frozen=True)
class LinkInfo:
    document_id: int
    other_id: int
    kind: str
    reason: str
    document_symbol: str
    other_symbol: str
    #: which end this reader may not read: its symbol holds the mask, the reason is empty
    document_masked: bool = False
    other_masked: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.document_id, "other": self.other_id, "kind": self.kind,
                "reason": self.reason, "symbol": self.document_symbol,
                "other_symbol": self.other_symbol}


def _outgoing(s: Session, doc_id: int) -> Document:
    doc = s.get(Document, doc_id)
    if doc is None:
        raise NotFound(_("Không có văn bản mã {id}.", id=doc_id))
    if doc.direction != Direction.OUTGOING.value:
        raise UserError(_("Văn bản mã {id} không phải văn bản đi.", id=doc_id), field="id")
    if doc.status == Status.CANCELLED.value:
        raise UserError(_("Văn bản {symbol} đã bị hủy đăng ký.", symbol=doc.symbol), field="id")
    return doc


def _fill_register(s: Session, doc: Document) -> None:
    """Nơi nhận, Ngày chuyển, Ký nhận of the register row, from the dispatches."""
    rows = list(s.scalars(select(Dispatch).where(Dispatch.document_id == doc.id)
                          .order_by(Dispatch.sent_date, Dispatch.id)))
    names = [ln.strip() for ln in doc.recipients.replace(";", "\n").split("\n") if ln.strip()]
    for row in rows:
        if row.recipient not in names:
            names.append(row.recipient)
    doc.recipients = "; ".join(names)
    doc.transfer_date = rows[0].sent_date if rows else doc.transfer_date
    receipts = [f"{r.recipient}: {r.receipt}" for r in rows if r.receipt]
    doc.receiver_sign = "; ".join(receipts)[:200]
    doc.search_text = search_text_of(doc)


def dispatch(office: Office, doc_id: int, recipient: str, via: str,
             sent: str | dt.date | None = None, receipt: str = "") -> DispatchInfo:
    office.require(Role.CLERK, action=_("ghi chuyển văn bản đi"))
    recipient = require_text(recipient, "to", _("nơi nhận"), 300)
    if via not in VIAS:
        raise UserError(_("Cách gửi “{value}” không hợp lệ; chọn buu-dien, truc-tiep hoặc "
                          "dien-tu.", value=via), field="via")
    day = parse_date(sent, "date") if sent else vn_today()
    if day > vn_today():
        raise UserError(_("Ngày chuyển {date} ở tương lai.", date=day.strftime("%d/%m/%Y")),
                        field="date")
    receipt = receipt.strip()
    if len(receipt) > 100:
        raise UserError(_("Số biên lai dài quá 100 ký tự."), field="receipt")
    visibility.require_content(office, doc_id, _("ghi chuyển văn bản đi"))
    actor = office.actor.username
    with office.db.write() as s:
        doc = _outgoing(s, doc_id)
        if day < doc.issued_date:
            raise UserError(_("Ngày chuyển {date} trước ngày văn bản {issued}.",
                              date=day.strftime("%d/%m/%Y"),
                              issued=doc.issued_date.strftime("%d/%m/%Y")), field="date")
        row = Dispatch(document_id=doc.id, recipient=recipient, via=via, sent_date=day,
                       receipt=receipt, created_by=actor)
        s.add(row)
        s.flush()
        _fill_register(s, doc)
        audit.record(s, actor, "chuyen-di", doc.id,
                     after={"noi_nhan": recipient, "cach_gui": via, "ngay": day.isoformat(),
                            "bien_lai": receipt})
        s.flush()
        return DispatchInfo(row.id, doc.id, doc.symbol, recipient, via, day, receipt)


def dispatches(office: Office, doc_id: int) -> list[DispatchInfo]:
    with office.db.read() as s:
        rows = s.execute(select(Dispatch, Document.symbol).join(
            Document, Document.id == Dispatch.document_id)
            .where(Dispatch.document_id == doc_id).order_by(Dispatch.id)).all()
        sent = [DispatchInfo(d.id, d.document_id, sym, d.recipient, d.via, d.sent_date,
                             d.receipt) for d, sym in rows]
    return visibility.mask_rows(office, sent, lambda d: d.document_id, ("symbol", "receipt"),
                                subject="recipient")


def link(office: Office, doc_id: int, kind: str, other_id: int, reason: str = "") -> LinkInfo:
    """``doc_id`` corrects, replaces or recalls ``other_id``."""
    office.require(Role.CLERK, action=_("liên kết văn bản"))
    if kind not in LINK_KINDS:
        raise UserError(_("Kiểu liên kết không hợp lệ: {value}.", value=kind), field="kind")
    if doc_id == other_id:
        raise UserError(_("Một văn bản không thể liên kết với chính nó."), field="id")
    reason = reason.strip()
    visibility.require_content(office, (doc_id, other_id), _("liên kết văn bản"))
    actor = office.actor.username
    with office.db.write() as s:
        doc = _outgoing(s, doc_id)
        other = s.get(Document, other_id)
        if other is None:
            raise NotFound(_("Không có văn bản mã {id}.", id=other_id))
        exists = s.scalar(select(DocumentLink.id).where(
            DocumentLink.document_id == doc_id, DocumentLink.other_id == other_id,
            DocumentLink.kind == kind))
        if exists is not None:
            raise UserError(_("Văn bản {a} đã được ghi là {kind} văn bản {b}.", a=doc.symbol,
                              kind=link_label(kind), b=other.symbol))
        s.add(DocumentLink(document_id=doc_id, other_id=other_id, kind=kind, reason=reason,
                           created_by=actor))
        for target, role in ((doc, "lien-ket"), (other, "bi-lien-ket")):
            audit.record(s, actor, role, target.id,
                         after={"kieu": kind, "van_ban": doc.symbol, "van_ban_khac": other.symbol,
                                "ly_do": reason})
        s.flush()
        return LinkInfo(doc.id, other.id, kind, reason, doc.symbol, other.symbol)


def links_of(office: Office, doc_id: int) -> list[LinkInfo]:
    """Links in both directions: what this document corrects, replaces, recalls, and what
    corrects, replaces or recalls it."""
    with office.db.read() as s:
        rows = list(s.scalars(select(DocumentLink).where(or_(
            DocumentLink.document_id == doc_id, DocumentLink.other_id == doc_id))
            .order_by(DocumentLink.id)))
        ids = {r.document_id for r in rows} | {r.other_id for r in rows}
        symbols: dict[int, str] = {}
        if ids:
            for doc_id_, symbol in s.execute(select(Document.id, Document.symbol)
                                             .where(Document.id.in_(sorted(ids)))):
                symbols[doc_id_] = symbol
    hidden = visibility.hidden_ids(office, ids) if ids else set()  # their symbols: the mask
    symbols |= dict.fromkeys(hidden, visibility.mask_text())
    return [LinkInfo(r.document_id, r.other_id, r.kind,
                     "" if {r.document_id, r.other_id} & hidden else r.reason,
                     symbols.get(r.document_id, ""), symbols.get(r.other_id, ""),
                     r.document_id in hidden, r.other_id in hidden) for r in rows]


# --------------------------------------------------------------------------- the post book

POST_COLUMNS = (
    ("Ngày chuyển", 22),
    ("Số, ký hiệu văn bản", 34),
    ("Nơi nhận văn bản", 95),
    ("Số lượng bì", 18),
    ("Ghi chú", 60),
)


def render_post_book(office: Office, year: int) -> tuple[bytes, int, int]:
    data, rows, pages, _masked = _post_book(office, year)
    return data, rows, pages


def _post_book(office: Office, year: int) -> tuple[bytes, int, int, int]:
    """The PDF, its rows, its pages, and how many rows were printed masked."""
    if not 1945 <= year <= 9999:
        raise UserError(_("Năm không hợp lệ: {value}.", value=year), field="year")
    org = office.organisation()
    title = _("SỔ GỬI VĂN BẢN ĐI BƯU ĐIỆN")
    pdf = DocumentPdf("L")
    pdf.set_title(f"{title} {year} — {org.name}")
    pdf.set_creator("VănThư")
    pdf.footer_text = f"{title} {year} — "
    pdf.add_page()
    pdf.set_font(SERIF, "B", 12)
    if org.parent_name:
        pdf.cell(0, 7, org.parent_name.upper(), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 7, org.name.upper(), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(30)
    pdf.set_font(SERIF, "B", 24)
    pdf.cell(0, 14, title, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(SERIF, "B", 16)
    pdf.cell(0, 10, _("Năm: {year}", year=year), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.add_page()
    pdf.set_font(SERIF, size=9)
    rows = masked = 0
    hidden = _hidden_in_post_book(office, year)
    with office.db.read() as s:
        query = (select(Dispatch, Document.symbol, Document.number, Document.secrecy)
                 .join(Document, Document.id == Dispatch.document_id)
                 .where(*_post_book_rows(year)).order_by(Dispatch.sent_date, Dispatch.id))
        with ruled_table(pdf, POST_COLUMNS, line_height=4.2) as table:
            for d, symbol, number, secrecy in s.execute(query):
                day = d.sent_date.strftime("%d/%m/%Y")
                if d.document_id in hidden:  # that it went, when, and its number: no more
                    table.row((day, format_number(number), visibility.mask_text(), "1",
                               secrecy_mark(secrecy)))
                    masked += 1
                else:
                    note = _("Biên lai: {receipt}", receipt=d.receipt) if d.receipt else ""
                    table.row((day, symbol, d.recipient, "1", note))
                rows += 1
    return bytes(pdf.output()), rows, pdf.page_no(), masked


def _post_book_rows(year: int) -> tuple[Any, ...]:
    return Dispatch.via == "buu-dien", extract("year", Dispatch.sent_date) == year


def _hidden_in_post_book(office: Office, year: int) -> set[int]:
    """The documents of the year's post book this reader may not read."""
    sent = select(Dispatch.document_id).where(*_post_book_rows(year))
    return visibility.hidden_ids(office, None, Document.id.in_(sent))


def write_post_book(office: Office, year: int, out: Path) -> BookResult:
    data, rows, pages, masked = _post_book(office, year)
    write_atomic(data, out)
    return BookResult(out, rows, pages, masked)
