"""The monthly report as files: a PDF in the administrative layout and an Excel workbook."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path
from typing import Any

from fpdf.fonts import FontFace

from desktop.core.clock import vn_today
from desktop.core.i18n import N_, _
from desktop.core.numfmt import vn_int, vn_percent
from desktop.core.pdfkit import SERIF, DocumentPdf, admin_header, date_line, write_atomic
from desktop.core.periods import Period
from desktop.core.validate import format_number
from desktop.kernel.office import Office
from desktop.reports.dossier_figure import DIGITIZED_TITLE
from desktop.reports.dossier_figure import TITLE as DOSSIER_TITLE
from desktop.reports.figures import Figures, incoming_rows, outgoing_rows


def render_pdf(fig: Figures, today: dt.date | None = None) -> bytes:
    today = today or vn_today()
    org = fig.organisation
    pdf = DocumentPdf("P")
    pdf.set_margins(20, 15, 15)
    pdf.set_title(_("Báo cáo kết quả số hóa văn bản {period}", period=fig.period["label"]))
    pdf.set_creator("VănThư")
    pdf.add_page()
    admin_header(pdf, org.get("parent_name", ""), org["name"],
                 _("Số:       /BC-{short}", short=org["short_name"]),
                 date_line(org["place"], today))
    pdf.set_font(SERIF, "B", 14)
    pdf.cell(0, 7, _("BÁO CÁO"), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(SERIF, "B", 13)
    pdf.multi_cell(0, 6.5, _("Kết quả số hóa, tiếp nhận, xử lý và phát hành văn bản trên phần mềm "
                             "{period}", period=fig.period["label"]),
                   align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font(SERIF, "", 13)
    start = dt.date.fromisoformat(fig.period["start"]).strftime("%d/%m/%Y")
    end = dt.date.fromisoformat(fig.period["end"]).strftime("%d/%m/%Y")
    pdf.multi_cell(0, 6.5, _("{org} báo cáo kết quả số hóa, tiếp nhận, xử lý và phát hành văn "
                             "bản trên phần mềm từ ngày {start} đến ngày {end} như sau:",
                             org=org["name"], start=start, end=end),
                   new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    for sentence in fig.sentences():
        pdf.multi_cell(0, 6.5, "- " + sentence + ".", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font(SERIF, "", 11)
    i, o, s = fig.incoming, fig.outgoing, fig.signed
    rows = [
        (_("Văn bản đến được số hóa, xử lý trên phần mềm"), i["digitized"], i["total"], i["ratio"]),
        (_("Văn bản đến số hóa đạt chuẩn"), i["meeting_standard"], i["digitized"],
         i["standard_ratio"]),
        (_("Văn bản đi phát hành trên phần mềm (có ký số)"), o["issued_electronically"],
         o["total"], o["ratio"]),
        (_("Văn bản được ký số"), s["total"], s["of"], s["ratio"]),
    ]
    d = fig.dossier_figure()
    if d is not None:
        rows.append((_(DOSSIER_TITLE), d.numerator, d.denominator, d.percent))
        rows.append((_(DIGITIZED_TITLE), d.digitized, d.received, d.digitized_percent))
    with pdf.table(col_widths=(90, 25, 25, 30), text_align=("LEFT", "RIGHT", "RIGHT", "RIGHT"),
                   headings_style=FontFace(emphasis="BOLD"), line_height=6) as table:
        head = table.row()
        for h in (_("Chỉ tiêu"), _("Số lượng"), _("Tổng số"), _("Tỷ lệ")):
            head.cell(h)
        for label, part, whole, r in rows:
            row = table.row()
            row.cell(label)
            row.cell(vn_int(int(part)))
            row.cell(vn_int(int(whole)))
            row.cell(vn_percent(r))
    if d is not None:
        pdf.ln(2)
        pdf.set_font(SERIF, "", 12)
        pdf.multi_cell(0, 6, d.breakdown_text(), new_x="LMARGIN", new_y="NEXT")
    if fig.cancelled:
        pdf.ln(3)
        pdf.set_font(SERIF, "", 12)
        pdf.multi_cell(0, 6, _("Các đăng ký đã hủy (không tính vào số liệu): {items}.", items="; ".join(
            f"{c['symbol']} ({c['reason']})" for c in fig.cancelled)), new_x="LMARGIN", new_y="NEXT")
    if fig.overdue_by_handler:
        pdf.ln(2)
        pdf.set_font(SERIF, "", 12)
        pdf.multi_cell(0, 6, _("Văn bản đến quá hạn giải quyết: {items}.", items="; ".join(
            f"{o_['handler']}: {vn_int(o_['count'])}" for o_ in fig.overdue_by_handler)),
            new_x="LMARGIN", new_y="NEXT")
    pdf.ln(8)
    y = pdf.get_y()
    pdf.set_font(SERIF, "I", 11)
    pdf.cell(80, 5, _("Nơi nhận:"), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(SERIF, "", 10)
    for line in (_("- Như trên;"), _("- Lưu: VT.")):
        pdf.cell(80, 5, line, new_x="LMARGIN", new_y="NEXT")
    pdf.set_xy(pdf.l_margin + 85, y)
    pdf.set_font(SERIF, "B", 13)
    pdf.cell(0, 6, _("TM. ỦY BAN NHÂN DÂN"), align="C")
    pdf.set_xy(pdf.l_margin + 85, y + 6)
    pdf.cell(0, 6, _("CHỦ TỊCH"), align="C")
    if fig.audit_code:  # a witness on paper of the audit log's head (see docs/architecture.md)
        pdf.set_xy(pdf.l_margin, y + 40)
        pdf.set_font(SERIF, "I", 8)
        pdf.cell(0, 4, _("Mã kiểm tra nhật ký: {code}", code=fig.audit_code),
                 new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def write_pdf(fig: Figures, out: Path, today: dt.date | None = None) -> Path:
    write_atomic(render_pdf(fig, today), out)
    return out


def _yes(flag: object) -> str:
    return _("Có") if flag else _("Không")


def render_xlsx(office: Office, fig: Figures, period: Period) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = _("Tổng hợp")
    ws.append([_("Báo cáo kết quả số hóa văn bản {period}", period=fig.period["label"])])
    ws.append([fig.organisation["name"]])
    ws.append([])
    ws.append([_("Chỉ tiêu"), _("Số lượng"), _("Tổng số"), _("Tỷ lệ (%)")])
    i, o, s = fig.incoming, fig.outgoing, fig.signed
    ws.append([_("Văn bản đến được số hóa, xử lý trên phần mềm"), i["digitized"], i["total"],
               i["ratio"]])
    ws.append([_("Văn bản đến số hóa đạt chuẩn"), i["meeting_standard"], i["digitized"],
               i["standard_ratio"]])
    ws.append([_("Văn bản đi phát hành trên phần mềm (có ký số)"), o["issued_electronically"],
               o["total"], o["ratio"]])
    ws.append([_("Văn bản được ký số"), s["total"], s["of"], s["ratio"]])
    d = fig.dossier_figure()
    if d is not None:
        ws.append([_(DOSSIER_TITLE), d.numerator, d.denominator, d.percent])
        ws.append([_(DIGITIZED_TITLE), d.digitized, d.received, d.digitized_percent])
    ws.append([])
    for sentence in fig.sentences():
        ws.append([sentence])
    if d is not None:
        ws.append([d.breakdown_text()])
    for cell in ws[4]:
        cell.font = Font(bold=True)
    ws.column_dimensions["A"].width = 60

    wi = wb.create_sheet(_("Văn bản đến"))
    wi.append([_("Mã"), _("Số đến"), _("Ngày đến"), _("Tác giả"), _("Số, ký hiệu văn bản"),
               _("Tên loại và trích yếu nội dung"), _("Được số hóa"), _("Đạt chuẩn số hóa"),
               _("Ký số"), _("Đã hủy")])
    for r in incoming_rows(office, period):
        wi.append([r["id"], format_number(r["number"]), r["received_date"], r["organ_name"],
                   r["symbol"], f"{r['type_name']}: {r['subject']}", _yes(r["digitized"]),
                   _yes(r["meets"]), _yes(r["signed"]), _yes(r["status"] == "da-huy")])
    wo = wb.create_sheet(_("Văn bản đi"))
    wo.append([_("Mã"), _("Số, ký hiệu văn bản"), _("Ngày tháng văn bản"),
               _("Tên loại và trích yếu nội dung"), _("Người ký"), _("Phát hành có ký số"),
               _("Đã hủy")])
    for r in outgoing_rows(office, period):
        wo.append([r["id"], r["symbol"], r["issued_date"], f"{r['type_name']}: {r['subject']}",
                   r["signer_name"], _yes(r["signed"]), _yes(r["status"] == "da-huy")])
    sheets = [wi, wo]
    if fig.processing is not None:
        sheets += _handling_sheets(wb, ws, office, fig, period)
    for sheet in sheets:
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        sheet.freeze_panes = "A2"
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


FIGURE_LABELS = {
    "done_on_time": N_("Đã giải quyết đúng hạn"),
    "done_late": N_("Đã giải quyết quá hạn"),
    "in_progress": N_("Đang giải quyết trong hạn"),
    "overdue": N_("Đang giải quyết, quá hạn"),
}


def _handling_sheets(wb: Any, summary: Any, office: Office, fig: Figures, period: Period
                     ) -> list[Any]:
    """The handling figures in the summary, and the lists behind them: every document with
    the figure it counts in, and the figures by handler."""
    from desktop.processing.figures import handling_rows

    p = fig.processing
    assert p is not None
    summary.append([])
    summary.append([_("Văn bản đến phải giải quyết"), p["to_handle"]])
    for key, label in FIGURE_LABELS.items():
        summary.append([_(label), p[key], p["to_handle"]])
    ws = wb.create_sheet(_("Xử lý văn bản đến"))
    ws.append([_("Mã"), _("Số đến"), _("Ngày đến"), _("Số, ký hiệu văn bản"), _("Tác giả"),
               _("Trích yếu"), _("Người chủ trì"), _("Thời hạn giải quyết"),
               _("Hoàn thành"), _("Chỉ tiêu")])
    with office.db.read() as s:
        rows = handling_rows(s, period.start, period.end, dt.date.fromisoformat(p["as_of"]))
    for r in rows:
        figure = FIGURE_LABELS.get(r["figure"])
        ws.append([r["id"], format_number(r["number"]), r["received_date"], r["symbol"],
                   r["organ_name"], r["subject"], r["handler"] or r["lead"], r["due_date"],
                   r["done_at"], _(figure) if figure else ""])
    wh = wb.create_sheet(_("Theo người xử lý"))
    wh.append([_("Người chủ trì"), _("Phải giải quyết"),
               *(_(label) for label in FIGURE_LABELS.values())])
    for h in p["by_handler"]:
        wh.append([h["full_name"], h["to_handle"], *(h[k] for k in FIGURE_LABELS)])
    return [ws, wh]


def write_xlsx(office: Office, fig: Figures, period: Period, out: Path) -> Path:
    write_atomic(render_xlsx(office, fig, period), out)
    return out
