"""Shared set-up for the PDFs the services print (registers, reports, forms): fpdf2 with the
bundled Noto fonts, which cover Vietnamese, the ruled table the books and forms print their
rows in, and atomic writing of the result."""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from fpdf import FPDF
from fpdf.fonts import FontFace
from fpdf.table import Table

from desktop.core.errors import EnvironmentProblem
from desktop.core.i18n import _
from desktop.core.resources import fonts_dir

FONTS = fonts_dir()
SERIF = "NotoSerif"
#: The headings of a ruled table: bold on light grey.
HEADINGS = FontFace(emphasis="BOLD", fill_color=(235, 235, 235))


class DocumentPdf(FPDF):
    """A4 with the Vietnamese serif font loaded and a page number at the foot."""

    footer_text = ""

    def __init__(self, orientation: str = "P") -> None:
        super().__init__(orientation=orientation, unit="mm", format="A4")
        self.add_font(SERIF, "", str(FONTS / "NotoSerif-Regular.ttf"))
        self.add_font(SERIF, "B", str(FONTS / "NotoSerif-Bold.ttf"))
        self.add_font(SERIF, "I", str(FONTS / "NotoSerif-Italic.ttf"))
        self.set_font(SERIF, size=11)
        self.set_auto_page_break(True, margin=12)
        self.set_margins(10, 10, 10)

    def footer(self) -> None:
        if self.page_no() == 1:
            return
        self.set_y(-9)
        self.set_font(SERIF, "I", 8)
        self.cell(0, 5, self.footer_text + _("Trang {page}", page=self.page_no()), align="R")


@contextmanager
def ruled_table(pdf: FPDF, columns: Sequence[tuple[str, float]], *, line_height: float,
                padding: float = 0.8, width: float | None = None,
                heading_align: str | None = None) -> Iterator[Table]:
    """The table a register, book or form prints its rows in: ``columns`` are (name, width in
    mm) with the names as message ids (translated here), headings bold on grey and repeated on
    every page, text left-aligned; ``width`` defaults to the columns' sum. Add rows with
    ``table.row(values)``."""
    with pdf.table(
        col_widths=tuple(w for _n, w in columns),
        width=sum(w for _n, w in columns) if width is None else width,
        headings_style=HEADINGS,
        line_height=line_height,
        text_align="LEFT",
        repeat_headings=1,
        padding=padding,
    ) as table:
        head = table.row()
        for name, _w in columns:
            if heading_align is None:
                head.cell(_(name))
            else:
                head.cell(_(name), align=heading_align)
        yield table


def write_atomic(data: bytes, target: Path) -> None:
    target = target.resolve()
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".tmp-", suffix=target.suffix, dir=target.parent)
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, target)
    except OSError as exc:
        raise EnvironmentProblem(
            _("Không ghi được tệp {path}.", path=str(target)), str(exc)
        ) from exc


def date_line(place: str, day: dt.date) -> str:
    """'Bình Phú, ngày 05 tháng 3 năm 2026' (days and months below 10 as written in practice:
    day with a leading zero, months 1 and 2 with one too, Nghị định 30 Phụ lục I)."""
    month = f"{day.month:02d}" if day.month < 3 else str(day.month)
    return _("{place}, ngày {day} tháng {month} năm {year}", place=place,
             day=f"{day.day:02d}", month=month, year=day.year)


def admin_header(pdf: DocumentPdf, parent: str, org_name: str, number_line: str,
                 place_date: str) -> None:
    """The Nghị định 30 header: issuing body at the left, Quốc hiệu and Tiêu ngữ at the right,
    the number under the body and the place-and-date line under the motto."""
    left_w, gap = 72.0, 4.0
    right_w = pdf.epw - left_w - gap
    x0, y0 = pdf.l_margin, pdf.get_y()
    pdf.set_font(SERIF, "", 12)
    if parent:
        pdf.set_xy(x0, y0)
        pdf.cell(left_w, 6, parent.upper(), align="C")
        y_org = y0 + 6
    else:
        y_org = y0
    pdf.set_xy(x0, y_org)
    pdf.set_font(SERIF, "B", 12)
    pdf.cell(left_w, 6, org_name.upper(), align="C")
    line_w = min(pdf.get_string_width(org_name.upper()), left_w) / 3
    pdf.line(x0 + left_w / 2 - line_w / 2, y_org + 6.5, x0 + left_w / 2 + line_w / 2, y_org + 6.5)
    pdf.set_xy(x0 + left_w + gap, y0)
    pdf.set_font(SERIF, "B", 12)
    pdf.cell(right_w, 6, _("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), align="C")
    pdf.set_xy(x0 + left_w + gap, y0 + 6)
    pdf.set_font(SERIF, "B", 13)
    motto = _("Độc lập - Tự do - Hạnh phúc")
    pdf.cell(right_w, 6, motto, align="C")
    mw = pdf.get_string_width(motto)
    cx = x0 + left_w + gap + right_w / 2
    pdf.line(cx - mw / 2, y0 + 12.3, cx + mw / 2, y0 + 12.3)
    y1 = max(y_org, y0 + 6) + 10
    pdf.set_xy(x0, y1)
    pdf.set_font(SERIF, "", 13)
    pdf.cell(left_w, 6, number_line, align="C")
    pdf.set_xy(x0 + left_w + gap, y1)
    pdf.set_font(SERIF, "I", 13)
    pdf.cell(right_w, 6, place_date, align="C")
    pdf.set_xy(x0, y1 + 12)
