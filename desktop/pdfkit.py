"""Shared set-up for the PDFs the services print (registers, reports, forms): fpdf2 with the
bundled Noto fonts, which cover Vietnamese, and atomic writing of the result."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from fpdf import FPDF

from desktop.errors import EnvironmentProblem
from desktop.i18n import RESOURCES, _

FONTS = RESOURCES / "fonts"
SERIF = "NotoSerif"


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
