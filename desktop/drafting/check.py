"""The Phụ lục I check of a draft PDF: what differs from the layout rules. It warns, never blocks.

- page size A4 (210 × 297 mm, within 2 mm);
- margins of the page content box (the ink of every page, rendered at low resolution with
  poppler's ``pdftoppm``, so text, lines and images all count): top and bottom 20–25 mm, left
  30–35 mm, right 15–20 mm;
- page 1 carries the "Số:" line and the place-and-date line (where the number and the date go).
"""

from __future__ import annotations

import io
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop.core.hostile import pdf_errors
from desktop.core.i18n import _

MM = 72.0 / 25.4
A4 = (210.0, 297.0)
MARGINS = {"top": (20.0, 25.0), "bottom": (20.0, 25.0), "left": (30.0, 35.0),
           "right": (15.0, 20.0)}
RENDER_DPI = 36
MAX_PAGES = 30  # the margins of longer drafts are checked on their first 30 pages


@dataclass
class CheckReport:
    pages: int = 0
    page_size_mm: tuple[float, float] | None = None
    margins_mm: dict[str, float] = field(default_factory=dict)
    number_line: bool = False
    date_line: bool = False
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def to_dict(self) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "pages": self.pages,
            "page_size_mm": list(self.page_size_mm) if self.page_size_mm else None,
            "margins_mm": self.margins_mm,
            "number_line": self.number_line,
            "date_line": self.date_line,
            "problems": list(self.problems),
        }


def _label(side: str) -> str:
    return {"top": _("trên"), "bottom": _("dưới"), "left": _("trái"), "right": _("phải")}[side]


def _ink_margins(data: bytes, pages: int, size_pt: tuple[float, float]) -> dict[str, float]:
    """Smallest margin on each side over the rendered pages, in mm (blank pages ignored)."""
    from PIL import Image, ImageOps

    found: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "d.pdf"
        src.write_bytes(data)
        last = min(pages, MAX_PAGES)
        try:
            subprocess.run(
                ["pdftoppm", "-r", str(RENDER_DPI), "-gray", "-f", "1", "-l", str(last),
                 str(src), str(Path(tmp) / "p")],
                capture_output=True, check=True, timeout=120,
            )
        except (OSError, subprocess.SubprocessError):
            return found
        for png in sorted(Path(tmp).glob("p-*.pgm")):
            with Image.open(png) as im:
                inverted = ImageOps.invert(im.convert("L")).point(lambda v: 255 if v > 40 else 0)
                box = inverted.getbbox()
                width, height = im.size
            if box is None:
                continue
            px_mm = 25.4 / RENDER_DPI
            sides = {"left": box[0] * px_mm, "top": box[1] * px_mm,
                     "right": (width - box[2]) * px_mm, "bottom": (height - box[3]) * px_mm}
            for side, value in sides.items():
                found[side] = round(min(found.get(side, value), value), 1)
    return found


def check_pdf(data: bytes) -> CheckReport:
    from pypdf import PdfReader

    from signing.fields import DATE_FIELD, NUMBER_FIELD, find_blank_lines

    report = CheckReport()
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            report.problems.append(_("Tệp PDF được mã hóa; không kiểm tra được thể thức."))
            return report
        report.pages = len(reader.pages)
        box = reader.pages[0].cropbox
        w_pt, h_pt = float(box.width), float(box.height)
    except pdf_errors():
        report.problems.append(_("Không đọc được tệp PDF; không kiểm tra được thể thức."))
        return report
    w_mm, h_mm = round(w_pt / MM, 1), round(h_pt / MM, 1)
    report.page_size_mm = (w_mm, h_mm)
    if abs(w_mm - A4[0]) > 2 or abs(h_mm - A4[1]) > 2:
        report.problems.append(_("Khổ giấy {w} × {h} mm, không phải A4 (210 × 297 mm).",
                                 w=w_mm, h=h_mm))
    report.margins_mm = _ink_margins(data, report.pages, (w_pt, h_pt))
    for side, (lo, hi) in MARGINS.items():
        value = report.margins_mm.get(side)
        if value is None:
            continue
        if not lo - 0.5 <= value <= hi + 0.5:
            report.problems.append(_("Lề {side} {value} mm, Phụ lục I quy định {lo}–{hi} mm.",
                                     side=_label(side), value=value, lo=int(lo), hi=int(hi)))
    lines = find_blank_lines(data)
    report.number_line = NUMBER_FIELD in lines
    report.date_line = DATE_FIELD in lines
    if not report.number_line:
        report.problems.append(_("Trang 1 không có dòng “Số: …/…” (số, ký hiệu văn bản)."))
    if not report.date_line:
        report.problems.append(
            _("Trang 1 không có dòng địa danh và ngày tháng (“…, ngày … tháng … năm …”)."))
    return report
