"""The printed forms of the file plan and the hand-over (Nghị định 30, Phụ lục V): the Danh mục
hồ sơ (PDF and Excel), the Mục lục hồ sơ, tài liệu nộp lưu and the Biên bản giao nhận hồ sơ,
tài liệu (two copies each, one for each side). Built on the shared PDF set-up
(:mod:`desktop.core.pdfkit`) like the registers' book."""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass
from pathlib import Path

from fpdf.fonts import FontFace

from desktop.casefiles.plan import get_plan
from desktop.casefiles.rules import retention_label
from desktop.casefiles.views import EntryView, HeadingView, PlanView
from desktop.core.clock import from_utc, vn_today
from desktop.core.errors import UserError
from desktop.core.i18n import N_, _
from desktop.core.pdfkit import (
    SERIF,
    DocumentPdf,
    admin_header,
    date_line,
    ruled_table,
    write_atomic,
)
from desktop.kernel.office import Office
from models.entities import Organisation

PLAN_COLUMNS = (
    (N_("Số và ký hiệu hồ sơ"), 30),
    (N_("Tên đề mục và tiêu đề hồ sơ"), 72),
    (N_("Thời hạn bảo quản"), 22),
    (N_("Đơn vị/người lập hồ sơ"), 34),
    (N_("Ghi chú"), 32),
)
HANDOVER_COLUMNS = (
    (N_("Số TT"), 11),
    (N_("Số, ký hiệu hồ sơ"), 26),
    (N_("Tiêu đề hồ sơ"), 68),
    (N_("Thời gian tài liệu"), 26),
    (N_("Thời hạn bảo quản"), 20),
    (N_("Số tờ/Số trang"), 16),
    (N_("Ghi chú"), 23),
)


@dataclass(frozen=True)
class HandoverFile:
    year: int
    code: str
    title: str
    first: dt.date | None
    last: dt.date | None
    retention_years: int | None
    docs: int
    pages: int
    keeper: str


def _d(day: dt.date | None) -> str:
    return day.strftime("%d/%m/%Y") if day else ""


def _pdf(org: Organisation, number_line: str, day: dt.date) -> DocumentPdf:
    pdf = DocumentPdf("P")
    pdf.set_margins(20, 15, 15)
    pdf.set_creator("VănThư")
    pdf.add_page()
    admin_header(pdf, org.parent_name or "", org.name, number_line, date_line(org.place, day))
    return pdf


def _title(pdf: DocumentPdf, *lines: str) -> None:
    for i, line in enumerate(lines):
        pdf.set_font(SERIF, "B" if i == 0 else "I", 14 if i == 0 else 12)
        pdf.multi_cell(0, 7, line, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)


def _sign(pdf: DocumentPdf, left: str, right: str, note: str) -> None:
    if pdf.get_y() > pdf.h - 55:
        pdf.add_page()
    half = pdf.epw / 2
    y = pdf.get_y() + 6
    for i, title in enumerate((left, right)):
        if not title:
            continue
        pdf.set_xy(pdf.l_margin + i * half, y)
        pdf.set_font(SERIF, "B", 12)
        pdf.multi_cell(half, 6, title, align="C")
        pdf.set_x(pdf.l_margin + i * half)
        pdf.set_font(SERIF, "I", 11)
        pdf.multi_cell(half, 5.5, note, align="C")


# -- the file plan -------------------------------------------------------------------------
def _plan_rows(plan: PlanView) -> list[tuple[str, HeadingView | EntryView]]:
    return [("h" if isinstance(x, HeadingView) else "e", x) for x in plan.ordered()]


def _counts(plan: PlanView) -> tuple[int, int, int]:
    permanent = sum(1 for e in plan.entries if e.retention_years is None)
    return len(plan.entries), permanent, len(plan.entries) - permanent


def render_plan_pdf(office: Office, year: int | str) -> tuple[bytes, int]:
    plan = get_plan(office, year)
    org = office.organisation()
    day = from_utc(plan.approved_at).date() if plan.approved_at else vn_today()
    pdf = _pdf(org, "", day)
    pdf.set_title(_("Danh mục hồ sơ năm {year}", year=plan.year))
    _title(pdf, _("DANH MỤC HỒ SƠ CỦA {org} NĂM {year}", org=org.name.upper(), year=plan.year),
           _("(Đã duyệt, lần {n})", n=plan.approvals) if plan.approved else _("(Dự thảo)"))
    pdf.set_font(SERIF, "", 10)
    with ruled_table(pdf, PLAN_COLUMNS, line_height=5, padding=1, width=pdf.epw,
                     heading_align="C") as t:
        nums = t.row()
        for i in range(len(PLAN_COLUMNS)):
            nums.cell(f"({i + 1})", align="C")
        for kind, x in _plan_rows(plan):
            r = t.row()
            if kind == "h":
                assert isinstance(x, HeadingView)
                r.cell(f"{x.label}. {x.title}".upper() if x.level == 0
                       else f"{x.label}. {x.title}", colspan=len(PLAN_COLUMNS),
                       style=FontFace(emphasis="BOLD"))
            else:
                assert isinstance(x, EntryView)
                for value in (x.code, x.title, x.retention, x.keeper, x.notes):
                    r.cell(value)
    total, permanent, limited = _counts(plan)
    pdf.ln(4)
    pdf.set_font(SERIF, "", 12)
    pdf.multi_cell(0, 6.5, _("Bản Danh mục hồ sơ này có {total} hồ sơ, bao gồm: {permanent} hồ "
                             "sơ có thời hạn bảo quản vĩnh viễn; {limited} hồ sơ có thời hạn "
                             "bảo quản có thời hạn.", total=total, permanent=permanent,
                             limited=limited), new_x="LMARGIN", new_y="NEXT")
    _sign(pdf, "", _("THỦ TRƯỞNG CƠ QUAN"), _("(Ký, đóng dấu, ghi rõ họ tên)"))
    return bytes(pdf.output()), pdf.page_no()


def render_plan_xlsx(office: Office, year: int | str) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    plan = get_plan(office, year)
    org = office.organisation()
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = str(plan.year)
    ws.append([org.name.upper()])
    ws.append([_("DANH MỤC HỒ SƠ CỦA {org} NĂM {year}", org=org.name.upper(), year=plan.year)])
    ws["A2"].font = Font(bold=True, size=13)
    ws.append([])
    ws.append([_(name) for name, _w in PLAN_COLUMNS])
    for cell in ws[4]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True, horizontal="center")
    ws.append([f"({i + 1})" for i in range(len(PLAN_COLUMNS))])
    for kind, x in _plan_rows(plan):
        if kind == "h":
            assert isinstance(x, HeadingView)
            ws.append([f"{x.label}. {x.title}"])
            row = ws.max_row
            ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=5)
            ws.cell(row, 1).font = Font(bold=True)
        else:
            assert isinstance(x, EntryView)
            ws.append([x.code, x.title, x.retention, x.keeper, x.notes])
    for col, (_name, width) in zip("ABCDE", PLAN_COLUMNS, strict=True):
        ws.column_dimensions[col].width = width * 0.6
    total, permanent, limited = _counts(plan)
    ws.append([])
    ws.append([_("Bản Danh mục hồ sơ này có {total} hồ sơ, bao gồm: {permanent} hồ sơ có thời "
                 "hạn bảo quản vĩnh viễn; {limited} hồ sơ có thời hạn bảo quản có thời hạn.",
                 total=total, permanent=permanent, limited=limited)])
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def write_plan(office: Office, year: int | str, out: Path) -> tuple[Path, int]:
    """The plan as PDF (with its page count) or Excel (0 pages), chosen by the suffix."""
    suffix = out.suffix.lower()
    if suffix == ".pdf":
        data, pages = render_plan_pdf(office, year)
    elif suffix == ".xlsx":
        data, pages = render_plan_xlsx(office, year), 0
    else:
        raise UserError(_("Tệp ra phải có đuôi .pdf hoặc .xlsx: {path}.", path=str(out)),
                        field="out")
    write_atomic(data, out)
    return out, pages


# -- the hand-over ---------------------------------------------------------------------------
def _span(line: HandoverFile) -> str:
    if line.first is None:
        return ""
    if line.first == line.last or line.last is None:
        return _d(line.first)
    return f"{_d(line.first)} - {_d(line.last)}"


def _copy_note(pdf: DocumentPdf, copy: int) -> None:
    pdf.set_font(SERIF, "I", 9)
    pdf.cell(0, 5, _("Bản số {n}/2 — {side} giữ", n=copy,
                     side=_("bên giao") if copy == 1 else _("bên nhận")),
             align="R", new_x="LMARGIN", new_y="NEXT")


def render_list(org: Organisation, lines: list[HandoverFile], day: dt.date,
                number: int) -> tuple[bytes, int]:
    pdf: DocumentPdf | None = None
    for copy in (1, 2):
        if pdf is None:
            pdf = _pdf(org, "", day)
            pdf.set_title(_("Mục lục hồ sơ, tài liệu nộp lưu"))
        else:
            pdf.add_page()
            admin_header(pdf, org.parent_name or "", org.name, "", date_line(org.place, day))
        _copy_note(pdf, copy)
        _title(pdf, _("MỤC LỤC HỒ SƠ, TÀI LIỆU NỘP LƯU"),
               _("Năm {year} — lần nộp lưu số {n}", year=day.year, n=f"{number:02d}"))
        pdf.set_font(SERIF, "", 10)
        with ruled_table(pdf, HANDOVER_COLUMNS, line_height=5, padding=1, width=pdf.epw,
                         heading_align="C") as t:
            for i, line in enumerate(lines, start=1):
                t.row((str(i), line.code, line.title, _span(line),
                       retention_label(line.retention_years), str(line.pages), ""))
        pdf.ln(3)
        pdf.set_font(SERIF, "", 12)
        pdf.multi_cell(0, 6.5, _("Mục lục này gồm {n} hồ sơ, {docs} văn bản, {pages} trang.",
                                 n=len(lines), docs=sum(x.docs for x in lines),
                                 pages=sum(x.pages for x in lines)),
                       new_x="LMARGIN", new_y="NEXT")
        _sign(pdf, _("NGƯỜI NỘP LƯU"), _("NGƯỜI NHẬN"), _("(Ký và ghi rõ họ tên)"))
    assert pdf is not None
    return bytes(pdf.output()), pdf.page_no()


def render_record(org: Organisation, lines: list[HandoverFile], day: dt.date, number: int,
                  receiver: str) -> tuple[bytes, int]:
    first = min((x.first for x in lines if x.first), default=None)
    last = max((x.last for x in lines if x.last), default=None)
    givers = ", ".join(sorted({x.keeper for x in lines}))
    pdf: DocumentPdf | None = None
    number_line = _("Số: {n}/BB-{org}", n=f"{number:02d}", org=org.short_name)
    for copy in (1, 2):
        if pdf is None:
            pdf = _pdf(org, number_line, day)
            pdf.set_title(_("Biên bản giao nhận hồ sơ, tài liệu"))
        else:
            pdf.add_page()
            admin_header(pdf, org.parent_name or "", org.name, number_line,
                         date_line(org.place, day))
        _copy_note(pdf, copy)
        _title(pdf, _("BIÊN BẢN"), _("Về việc giao nhận hồ sơ, tài liệu"))
        pdf.set_font(SERIF, "", 12)
        paragraphs = [
            _("Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về "
              "công tác văn thư;"),
            _("Căn cứ Danh mục hồ sơ của {org};", org=org.name),
            _("Hôm nay, ngày {date}, tại {org}, chúng tôi gồm:", date=_d(day), org=org.name),
            _("BÊN GIAO: {givers} (người lập hồ sơ).", givers=givers),
            _("BÊN NHẬN: Lưu trữ cơ quan {org} ({person}).", org=org.name, person=receiver),
            _("Thống nhất lập biên bản giao nhận tài liệu như sau:"),
            _("1. Tên khối tài liệu giao nộp: hồ sơ, tài liệu của {org}.", org=org.name),
            _("2. Thời gian của tài liệu: từ {first} đến {last}.", first=_d(first) or "…",
              last=_d(last) or "…"),
            _("3. Số lượng tài liệu: {n} hồ sơ, {docs} văn bản, {pages} trang.", n=len(lines),
              docs=sum(x.docs for x in lines), pages=sum(x.pages for x in lines)),
            _("4. Tình trạng tài liệu giao nộp: đủ theo mục lục."),
            _("5. Mục lục hồ sơ, tài liệu nộp lưu kèm theo."),
            _("Biên bản này được lập thành hai bản; bên giao giữ một bản, bên nhận giữ một bản."),
        ]
        for text in paragraphs:
            pdf.multi_cell(0, 6.5, text, new_x="LMARGIN", new_y="NEXT")
        _sign(pdf, _("ĐẠI DIỆN BÊN GIAO"), _("ĐẠI DIỆN BÊN NHẬN"), _("(Ký và ghi rõ họ tên)"))
    assert pdf is not None
    return bytes(pdf.output()), pdf.page_no()


def write_handover_forms(office: Office, org: Organisation, lines: list[HandoverFile],
                         out_dir: Path, day: dt.date, number: int, receiver: str) -> list[Path]:
    if out_dir.exists() and not out_dir.is_dir():
        raise UserError(_("{path} là một tệp, không phải thư mục.", path=str(out_dir)),
                        field="out")
    stem = f"{day.year}-{number:02d}"
    listing, _p = render_list(org, lines, day, number)
    record, _q = render_record(org, lines, day, number, receiver)
    paths = [out_dir / f"muc-luc-nop-luu-{stem}.pdf", out_dir / f"bien-ban-giao-nhan-{stem}.pdf"]
    for path in paths:
        if path.exists():
            raise UserError(_("Đã có tệp {path}; chọn thư mục khác.", path=str(path)),
                            field="out")
    for path, data in zip(paths, (listing, record), strict=True):
        write_atomic(data, path)
    return paths
