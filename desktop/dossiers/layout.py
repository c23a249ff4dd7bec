"""The page layout shared by the desk's forms and its register: an A4 page with the margins of
an administrative document, the organisation at the left and the Quốc hiệu and Tiêu ngữ at the
right (Nghị định 30/2020), paragraphs, tables and the signature blocks."""

from __future__ import annotations

import datetime as dt

from fpdf.fonts import FontFace

from desktop.core.clock import vn_today
from desktop.core.i18n import _
from desktop.core.pdfkit import SERIF, DocumentPdf
from models.entities import Organisation


def date_line(place: str, day: dt.date) -> str:
    """Days below 10 and the months January and February take a leading zero (Nghị định 30)."""
    month = f"{day.month:02d}" if day.month < 3 else str(day.month)
    return _("{place}, ngày {day} tháng {month} năm {year}", place=place, day=f"{day.day:02d}",
             month=month, year=day.year)


class FormPage:
    """A portrait A4 page with the margins of an administrative document."""

    def __init__(self, org: Organisation, orientation: str = "P") -> None:
        self.org = org
        self.pdf = DocumentPdf(orientation)
        self.pdf.set_margins(25 if orientation == "P" else 15, 15, 15)
        self.pdf.set_auto_page_break(True, margin=18)
        self.pdf.set_creator("VănThư")
        self.pdf.add_page()

    def header(self, place_date: str, number_line: str = "", desk: bool = True) -> None:
        pdf = self.pdf
        left_w, gap = 80.0, 2.0
        right_w = pdf.epw - left_w - gap
        x0, y0 = pdf.l_margin, pdf.get_y()
        y = y0
        if self.org.parent_name:
            pdf.set_xy(x0, y)
            pdf.set_font(SERIF, "", 11)
            pdf.multi_cell(left_w, 5.5, self.org.parent_name.upper(), align="C")
            y = pdf.get_y()
        pdf.set_xy(x0, y)
        pdf.set_font(SERIF, "B", 11)
        pdf.multi_cell(left_w, 5.5, self.org.name.upper(), align="C")
        if desk:
            pdf.set_x(x0)
            pdf.set_font(SERIF, "B", 10)
            pdf.multi_cell(left_w, 5.5, _("BỘ PHẬN TIẾP NHẬN VÀ TRẢ KẾT QUẢ"), align="C")
        y_left = pdf.get_y()
        pdf.line(x0 + left_w / 2 - 12, y_left + 0.8, x0 + left_w / 2 + 12, y_left + 0.8)
        xr = x0 + left_w + gap
        pdf.set_xy(xr, y0)
        pdf.set_font(SERIF, "B", 11)
        pdf.cell(right_w, 5.5, _("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), align="C")
        pdf.set_xy(xr, y0 + 5.5)
        pdf.set_font(SERIF, "B", 12)
        motto = _("Độc lập - Tự do - Hạnh phúc")
        pdf.cell(right_w, 6, motto, align="C")
        mw = pdf.get_string_width(motto)
        cx = xr + right_w / 2
        pdf.line(cx - mw / 2, y0 + 12, cx + mw / 2, y0 + 12)
        y1 = max(y_left + 3, y0 + 15)
        if number_line:
            pdf.set_xy(x0, y1)
            pdf.set_font(SERIF, "", 12)
            pdf.cell(left_w, 6, number_line, align="C")
        pdf.set_xy(xr, y1)
        pdf.set_font(SERIF, "I", 12)
        pdf.cell(right_w, 6, place_date, align="C")
        pdf.set_xy(x0, y1 + 12)

    def title(self, text: str, sub: str = "") -> None:
        pdf = self.pdf
        pdf.set_font(SERIF, "B", 13)
        pdf.multi_cell(0, 7, text, align="C", new_x="LMARGIN", new_y="NEXT")
        if sub:
            pdf.set_font(SERIF, "B", 12)
            pdf.multi_cell(0, 7, sub, align="C", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(4)

    def para(self, text: str, style: str = "", indent: bool = False) -> None:
        pdf = self.pdf
        pdf.set_font(SERIF, style, 12)
        pdf.multi_cell(0, 6.5, ("\u2003" if indent else "") + text, align="J" if indent else "L",
                       new_x="LMARGIN", new_y="NEXT")

    def table(self, columns: list[tuple[str, float]], rows: list[list[str]],
              size: float = 11) -> None:
        pdf = self.pdf
        pdf.set_font(SERIF, "", size)
        total = sum(w for _n, w in columns)
        with pdf.table(col_widths=tuple(w for _n, w in columns), width=min(total, pdf.epw),
                       headings_style=FontFace(emphasis="BOLD", fill_color=(235, 235, 235)),
                       line_height=size * 0.5, text_align="LEFT", repeat_headings=1,
                       padding=1) as t:
            head = t.row()
            for name, _w in columns:
                head.cell(name)
            for values in rows:
                r = t.row()
                for value in values:
                    r.cell(value)
        pdf.ln(3)

    def signatures(self, left: str, right: str, left_name: str = "", right_name: str = "",
                   right_note: str = "") -> None:
        pdf = self.pdf
        if pdf.get_y() > pdf.h - 60:
            pdf.add_page()
        half = pdf.epw / 2
        y = pdf.get_y() + 4
        for i, (title, name) in enumerate(((left, left_name), (right, right_name))):
            if not title:
                continue
            x = pdf.l_margin + i * half
            pdf.set_xy(x, y)
            pdf.set_font(SERIF, "B", 12)
            pdf.multi_cell(half, 6, title, align="C")
            pdf.set_x(x)
            pdf.set_font(SERIF, "I", 11)
            pdf.multi_cell(half, 5.5, right_note if i == 1 and right_note
                           else _("(Ký và ghi rõ họ tên)"), align="C")
            if name:
                pdf.set_xy(x, y + 34)
                pdf.set_font(SERIF, "B", 12)
                pdf.multi_cell(half, 6, name, align="C")

    def output(self) -> tuple[bytes, int]:
        return bytes(self.pdf.output()), self.pdf.page_no()


def today() -> dt.date:
    """Today in Vietnam, the date printed on a form."""
    return vn_today()
