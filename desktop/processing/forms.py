"""The printed forms of the handling (Nghị định 30, Phụ lục IV), with the bundled fonts:
the Phiếu giải quyết văn bản đến for one document (A4 portrait) and the Sổ theo dõi giải quyết
văn bản đến for a period (A4 landscape, for binding)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from desktop.core.clock import vn_today
from desktop.core.errors import NotFound, UserError
from desktop.core.i18n import N_, _
from desktop.core.pdfkit import SERIF, DocumentPdf, date_line, ruled_table, write_atomic
from desktop.core.validate import format_number
from desktop.kernel.auth import Role
from desktop.kernel.office import Office
from desktop.processing.reading import handling_of, view_of
from desktop.processing.states import STATE_LABELS, HState, Step
from desktop.processing.views import HandlingView
from desktop.registers import visibility
from models.entities import Direction, Document, Status, User
from models.processing import Handling

BOOK_COLUMNS = (
    (N_("Số đến"), 14),
    (N_("Tên loại, số, ký hiệu, ngày tháng văn bản, cơ quan ban hành và trích yếu"), 78),
    (N_("Đơn vị hoặc người nhận"), 38),
    (N_("Thời hạn giải quyết"), 20),
    (N_("Tiến độ giải quyết"), 50),
    (N_("Số, ký hiệu văn bản trả lời"), 26),
    (N_("Ghi chú"), 51),
)


@dataclass(frozen=True)
class PdfResult:
    path: Path
    rows: int
    pages: int


def _d(day: dt.date | None) -> str:
    return day.strftime("%d/%m/%Y") if day else ""


def _t(moment: dt.datetime | None) -> str:
    return moment.strftime("%H:%M %d/%m/%Y") if moment else ""


def _progress(v: HandlingView) -> str:
    parts = [_(STATE_LABELS[HState(v.state)])]
    if v.accepted_at:
        parts.append(_("Ký nhận: {time}", time=_t(v.accepted_at)))
    if v.done_at and v.state == HState.DONE.value:
        judged = _("đúng hạn") if v.on_time else _("quá hạn")
        parts.append(_("Hoàn thành: {time} ({judged})", time=_t(v.done_at), judged=judged))
    elif v.state in (HState.ASSIGNED.value, HState.IN_PROGRESS.value) and v.due_date \
            and v.due_date < vn_today():
        parts.append(_("Quá hạn {days} ngày", days=(vn_today() - v.due_date).days))
    for step in v.history:
        if step.step in (Step.EXTEND.value, Step.REOPEN.value, Step.REASSIGN.value,
                         Step.TAKE_BACK.value):
            parts.append(f"{step.label} {_t(step.at)}" + (f": {step.text}" if step.text else ""))
    return "\n".join(parts)


# -- the slip -----------------------------------------------------------------------------------
def render_slip(office: Office, doc_id: int) -> tuple[bytes, int]:
    v = handling_of(office, doc_id)  # an officer prints only what is theirs
    visibility.require_content(office, doc_id, _("in phiếu giải quyết văn bản đến"))
    org = office.organisation()
    with office.db.read() as s:
        doc = s.get(Document, doc_id)
        if doc is None or doc.direction != Direction.INCOMING.value:
            raise NotFound(_("Không có văn bản đến mã {id}.", id=doc_id), field="id")
        names = {u: n for u, n in s.execute(select(User.username, User.full_name))}
    pdf = DocumentPdf("P")
    pdf.set_margins(30, 20, 15)
    pdf.set_title(_("Phiếu giải quyết văn bản đến"))
    pdf.set_creator("VănThư")
    pdf.add_page()
    w = pdf.epw
    pdf.set_font(SERIF, "", 12)
    if org.parent_name:
        pdf.cell(80, 6, org.parent_name.upper(), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(SERIF, "B", 12)
    pdf.cell(80, 6, org.name.upper(), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(8)
    pdf.set_font(SERIF, "B", 14)
    pdf.cell(w, 8, _("PHIẾU GIẢI QUYẾT VĂN BẢN ĐẾN"), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)

    def line(label: str, value: str) -> None:
        pdf.set_font(SERIF, "B", 12)
        pdf.write(6.5, label + " ")
        pdf.set_font(SERIF, "", 12)
        pdf.multi_cell(0, 6.5, value or "…", new_x="LMARGIN", new_y="NEXT")

    line(_("Số đến:"), _("{number}, ngày đến {date}", number=format_number(doc.number),
                        date=_d(doc.received_date)))
    line(_("Tác giả:"), doc.organ_name)
    line(_("Số, ký hiệu, ngày tháng văn bản:"), f"{doc.symbol}, {_d(doc.issued_date)}")
    line(_("Tên loại và trích yếu nội dung:"), f"{doc.type_name}: {doc.subject}")
    pdf.ln(3)
    pdf.set_font(SERIF, "B", 12)
    pdf.cell(w, 7, _("1. Ý kiến chỉ đạo của lãnh đạo"), new_x="LMARGIN", new_y="NEXT")
    line(_("Ý kiến:"), v.instruction or (_("Để biết, lưu.") if v.state == HState.INFO_ONLY
                                         else ""))
    line(_("Chủ trì:"), v.lead_name or v.lead)
    line(_("Phối hợp:"), ", ".join(v.support_names))
    line(_("Thời hạn giải quyết:"), _d(v.due_date))
    by = names.get(v.assigned_by, v.assigned_by)
    line(_("Người cho ý kiến:"), f"{by}, {_t(v.assigned_at)}" if v.assigned_at else "")
    pdf.ln(3)
    pdf.set_font(SERIF, "B", 12)
    pdf.cell(w, 7, _("2. Ý kiến của người xử lý"), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(SERIF, "", 12)
    notes = [st for st in v.history if st.step in (Step.ACCEPT.value, Step.NOTE.value)]
    for st in notes:
        who = names.get(st.actor, st.actor) or st.actor
        text = st.text or st.label
        pdf.multi_cell(0, 6.5, f"- {_t(st.at)} — {who}: {text}", new_x="LMARGIN", new_y="NEXT")
    if not notes:
        for _i in range(3):
            pdf.cell(w, 7, "." * 120, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font(SERIF, "B", 12)
    pdf.cell(w, 7, _("3. Kết quả giải quyết"), new_x="LMARGIN", new_y="NEXT")
    if v.done_at and v.state == HState.DONE.value:
        judged = _("đúng hạn") if v.on_time else _("quá hạn")
        line(_("Hoàn thành:"), f"{_t(v.done_at)} ({judged})")
    line(_("Văn bản trả lời:"), v.reply_symbol)
    line(_("Ghi chú:"), v.result_note)
    pdf.ln(6)
    pdf.set_font(SERIF, "I", 12)
    pdf.set_x(pdf.l_margin + w / 2)
    pdf.cell(w / 2, 6, date_line(org.place, vn_today()), align="C",
             new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output()), pdf.page_no()


def write_slip(office: Office, doc_id: int, out: Path) -> PdfResult:
    data, pages = render_slip(office, doc_id)
    write_atomic(data, out)
    return PdfResult(out, 1, pages)


# -- the follow-up book -------------------------------------------------------------------------
def render_book(office: Office, start: dt.date, end: dt.date) -> tuple[bytes, int, int]:
    """The documents received in the period that entered the flow, in order of Số đến."""
    office.require(Role.CLERK, Role.LEADER, action=_("in sổ theo dõi giải quyết văn bản đến"))
    if end < start:
        raise UserError(_("Kỳ không hợp lệ."), field="period")
    org = office.organisation()
    title = _("SỔ THEO DÕI GIẢI QUYẾT VĂN BẢN ĐẾN")
    pdf = DocumentPdf("L")
    pdf.set_title(f"{title} — {org.name}")
    pdf.set_creator("VănThư")
    pdf.footer_text = f"{title} — "
    pdf.add_page()
    pdf.set_font(SERIF, "B", 12)
    if org.parent_name:
        pdf.cell(90, 6, org.parent_name.upper(), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(90, 6, org.name.upper(), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font(SERIF, "B", 15)
    pdf.cell(0, 8, title, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(SERIF, "I", 11)
    pdf.cell(0, 6, _("Từ ngày {first} đến ngày {last}", first=_d(start), last=_d(end)),
             align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font(SERIF, size=8)
    rows = 0
    stmt = (select(Document, Handling.document_id).join(Handling,
                                                        Handling.document_id == Document.id)
            .where(Document.direction == Direction.INCOMING.value,
                   Handling.received_date >= start, Handling.received_date <= end)
            .order_by(Document.year, Document.series, Document.number)
            .execution_options(yield_per=500))
    hidden = visibility.hidden_ids(office, None, Document.direction == Direction.INCOMING.value,
                                   Document.id.in_(select(Handling.document_id).where(
                                       Handling.received_date >= start,
                                       Handling.received_date <= end)))
    with office.db.read() as s:
        with ruled_table(pdf, BOOK_COLUMNS, line_height=3.6) as table:
            for doc, _id in s.execute(stmt):
                v = view_of(s, doc.id)
                receivers = "; ".join(x for x in [v.lead_name or v.lead, *v.support_names] if x)
                table.row((
                    format_number(doc.number),
                    visibility.mask_text() if doc.id in hidden else
                    _("{type} {symbol} ngày {date} — {organ}: {subject}", type=doc.type_name,
                      symbol=doc.symbol, date=_d(doc.issued_date), organ=doc.organ_name,
                      subject=doc.subject),
                    receivers,
                    _d(v.due_date),
                    "" if doc.id in hidden else _progress(v),
                    "" if doc.id in hidden else v.reply_symbol,
                    "" if doc.id in hidden else (_("ĐÃ HỦY: {reason}", reason=doc.cancel_reason)
                     if doc.status == Status.CANCELLED.value
                     else v.result_note or doc.notes),
                ))
                rows += 1
    return bytes(pdf.output()), rows, pdf.page_no()


def write_book(office: Office, start: dt.date, end: dt.date, out: Path) -> PdfResult:
    data, rows, pages = render_book(office, start, end)
    write_atomic(data, out)
    return PdfResult(out, rows, pages)
