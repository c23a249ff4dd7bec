"""The printable registers (Nghị định 30/2020, Phụ lục IV), A4 landscape, for binding.

Rows are streamed from the database in order of number; a cancelled registration keeps its row
and number, marked in the notes column.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select

from desktop.core.errors import UserError
from desktop.core.i18n import _
from desktop.core.pdfkit import SERIF, DocumentPdf, ruled_table, write_atomic
from desktop.core.validate import SECRECY_LABELS, format_number
from desktop.kernel import audit
from desktop.kernel.office import Office
from desktop.registers import visibility
from models.entities import Direction, Document, Secrecy, Status

INCOMING_COLUMNS = (
    ("Ngày đến", 17),
    ("Số đến", 12),
    ("Tác giả", 34),
    ("Số, ký hiệu văn bản", 26),
    ("Ngày tháng văn bản", 17),
    ("Tên loại và trích yếu nội dung", 70),
    ("Đơn vị hoặc người nhận", 30),
    ("Ngày chuyển", 17),
    ("Ký nhận", 22),
    ("Ghi chú", 32),
)
OUTGOING_COLUMNS = (
    ("Số, ký hiệu văn bản", 25),
    ("Ngày tháng văn bản", 17),
    ("Tên loại và trích yếu nội dung", 75),
    ("Người ký", 28),
    ("Nơi nhận văn bản", 35),
    ("Đơn vị, người nhận bản lưu", 28),
    ("Số lượng bản", 13),
    ("Ngày chuyển", 17),
    ("Ký nhận", 21),
    ("Ghi chú", 18),
)


@dataclass(frozen=True)
class BookResult:
    path: Path
    rows: int
    pages: int
    masked: int = 0  # secret rows printed masked (the reader may not see their content)


def _d(value: dt.date | None) -> str:
    return value.strftime("%d/%m/%Y") if value else ""


def _notes(doc: Document) -> str:
    if doc.status == Status.CANCELLED.value:
        mark = _("ĐÃ HỦY: {reason}", reason=doc.cancel_reason)
        return f"{mark}. {doc.notes}".strip(". ") if doc.notes else mark
    return doc.notes


def _incoming_cells(doc: Document) -> tuple[str, ...]:
    return (
        _d(doc.received_date),
        format_number(doc.number),
        doc.organ_name,
        doc.symbol,
        _d(doc.issued_date),
        f"{doc.type_name}: {doc.subject}",
        doc.recipients or doc.handler,
        _d(doc.transfer_date),
        doc.receiver_sign,
        _notes(doc),
    )


def _outgoing_cells(doc: Document) -> tuple[str, ...]:
    return (
        doc.symbol,
        _d(doc.issued_date),
        f"{doc.type_name}: {doc.subject}",
        doc.signer_name,
        doc.recipients,
        doc.archive_unit,
        str(doc.copies) if doc.copies else "",
        _d(doc.transfer_date),
        doc.receiver_sign,
        _notes(doc),
    )


def secrecy_mark(secrecy: str) -> str:
    """The notes of a row printed masked: its level ("Độ mật: Tuyệt mật")."""
    return _("Độ mật: {level}", level=SECRECY_LABELS[Secrecy(secrecy)])


def _masked_cells(doc: Document, register: str) -> tuple[str, ...]:
    """A secret row printed by someone who may not read it: that it exists, its number, dates
    and secrecy; the rest left blank (desktop/registers/visibility.py)."""
    level = secrecy_mark(doc.secrecy)
    notes = f"{level}. {_notes(doc)}" if doc.status == Status.CANCELLED.value else level
    if register == "incoming":
        return (_d(doc.received_date), format_number(doc.number), "", "", _d(doc.issued_date),
                visibility.mask_text(), "", _d(doc.transfer_date), "", notes)
    return (format_number(doc.number), _d(doc.issued_date), visibility.mask_text(), "", "", "",
            str(doc.copies) if doc.copies else "", _d(doc.transfer_date), "", notes)


def render_book(office: Office, register: str, year: int) -> tuple[bytes, int, int]:
    if register not in ("incoming", "outgoing"):
        raise UserError(_("Sổ không hợp lệ: {value}.", value=register), field="register")
    direction = Direction.INCOMING if register == "incoming" else Direction.OUTGOING
    org = office.organisation()
    columns = INCOMING_COLUMNS if register == "incoming" else OUTGOING_COLUMNS
    cells = _incoming_cells if register == "incoming" else _outgoing_cells
    title = (
        _("SỔ ĐĂNG KÝ VĂN BẢN ĐẾN") if register == "incoming" else _("SỔ ĐĂNG KÝ VĂN BẢN ĐI")
    )
    base = select(Document).where(Document.direction == direction.value, Document.year == year)
    order = (Document.series, Document.number)

    pdf = DocumentPdf("L")
    pdf.set_title(f"{title} {year} — {org.name}")
    pdf.set_creator("VănThư")
    hidden = visibility.hidden_ids(office, None, Document.direction == direction.value,
                                   Document.year == year)
    with office.db.read() as s:
        code = audit.audit_code(s)
        pdf.footer_text = f"{title} {year} — " + _("Mã kiểm tra nhật ký: {code}", code=code) + " — "
        first_last = s.execute(
            select(func.min(Document.number), func.max(Document.number),
                   func.min(Document.issued_date if register == "outgoing"
                            else Document.received_date),
                   func.max(Document.issued_date if register == "outgoing"
                            else Document.received_date),
                   func.count())
            .where(Document.direction == direction.value, Document.year == year)
        ).one()
        _cover(pdf, org.name, org.parent_name or "", title, year, first_last)
        pdf.set_font(SERIF, "I", 9)
        pdf.cell(0, 8, _("Mã kiểm tra nhật ký: {code}", code=code), align="C",
                 new_x="LMARGIN", new_y="NEXT")
        pdf.add_page()
        pdf.set_font(SERIF, size=8)
        rows = 0
        with ruled_table(pdf, columns, line_height=3.6) as table:
            for doc in s.scalars(base.order_by(*order).execution_options(yield_per=500)):
                table.row(_masked_cells(doc, register) if doc.id in hidden else cells(doc))
                rows += 1
    data = bytes(pdf.output())
    return data, rows, pdf.page_no()


def _cover(pdf: DocumentPdf, org_name: str, parent: str, title: str, year: int,
           stats: tuple[int | None, int | None, dt.date | None, dt.date | None, int]) -> None:
    pdf.add_page()
    pdf.set_font(SERIF, "B", 12)
    if parent:
        pdf.cell(0, 7, parent.upper(), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 7, org_name.upper(), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(30)
    pdf.set_font(SERIF, "B", 24)
    pdf.cell(0, 14, title, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(SERIF, "B", 16)
    pdf.cell(0, 10, _("Năm: {year}", year=year), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(10)
    lo, hi, first, last, count = stats
    pdf.set_font(SERIF, "", 13)
    lines = [
        _("Từ ngày {first} đến ngày {last}", first=_d(first) or "…", last=_d(last) or "…"),
        _("Từ số {lo} đến số {hi}", lo=format_number(lo) if lo else "…",
          hi=format_number(hi) if hi else "…"),
        _("Tổng số: {n} văn bản", n=count),
    ]
    for line in lines:
        pdf.cell(0, 8, line, align="C", new_x="LMARGIN", new_y="NEXT")


def write_book(office: Office, register: str, year: int, out: Path) -> BookResult:
    data, rows, pages = render_book(office, register, year)
    write_atomic(data, out)
    direction = Direction.INCOMING if register == "incoming" else Direction.OUTGOING
    masked = visibility.hidden_ids(office, None, Document.direction == direction.value,
                                   Document.year == year)
    return BookResult(out, rows, pages, len(masked))
