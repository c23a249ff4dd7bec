"""Check a scan against Phụ lục I of Nghị định 30/2020 (PDF ≥ 1.4, colour, ≥ 200 dpi, 100%).

Everything is computed from the images drawn in the file: the content stream of each page is
walked (``q``/``Q``/``cm`` … ``Do``, inline images and form XObjects included) to find where each
image is placed, which gives its effective resolution in x and y. The colour comes from the
image's colour space; an RGB image whose pixels are all grey (a grey scan saved as colour) is
found on a cheap downsample. A PDF without scanned images (born digital) is not a scan: its
status is ``khong_xac_dinh``, not a failure.

Finding the images and their colour is :mod:`desktop.storage.quality_images`.
"""

from __future__ import annotations

import io
import math
import re
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

from desktop.core.errors import UserError
from desktop.core.hostile import pdf_errors
from desktop.core.i18n import _
from desktop.storage.quality_images import IDENTITY, ColourKind, PageWalker, pdf_get

Status = Literal["dat", "khong_dat", "khong_xac_dinh"]


MIN_DPI = 200.0
#: Resolutions within this fraction below the minimum still pass (page sizes are rounded).
DPI_TOLERANCE = 0.01
MIN_PDF_VERSION = (1, 4)
#: x and y resolutions differing by more than this fraction mean the scan is not at 100%.
SCALE_TOLERANCE = 0.03
#: A page counts as scanned when its images cover at least this fraction of it.
SCAN_COVERAGE = 0.5


@dataclass
class PageQuality:
    page: int  # 1-based
    scanned: bool
    dpi_x: float | None = None
    dpi_y: float | None = None
    colour: ColourKind | None = None
    images: int = 0


@dataclass
class QualityReport:
    status: Status
    reasons: list[str]
    pages: int
    min_dpi: float | None
    colour: bool | None
    pdf_version: str = ""
    details: list[PageQuality] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def _pdf_version(pdf: bytes, reader: Any) -> str:
    match = re.search(rb"%PDF-(\d)\.(\d)", pdf[:1024])
    version = f"{match.group(1).decode()}.{match.group(2).decode()}" if match else "1.0"
    try:
        catalogue_version = reader.root_object.get("/Version")
        if catalogue_version is not None:
            other = str(catalogue_version).lstrip("/")
            if re.fullmatch(r"\d\.\d", other) and _vkey(other) > _vkey(version):
                version = other
    except pdf_errors():  # a damaged catalogue: the header's version stands
        pass
    return version


def _vkey(version: str) -> tuple[int, int]:
    major, _sep, minor = version.partition(".")
    return int(major), int(minor or 0)


def check_pdf(pdf: bytes) -> QualityReport:
    """Check a scanned PDF. Raises :class:`UserError` if the PDF cannot be read at all."""
    from pypdf import PdfReader

    try:
        reader = PdfReader(io.BytesIO(pdf), strict=False)
        if reader.is_encrypted:
            raise UserError(_("Tệp PDF được mã hóa nên không kiểm tra được chất lượng quét."))
        pages = list(reader.pages)
    except UserError:
        raise
    except pdf_errors() as exc:  # hostile input
        raise UserError(
            _("Tệp PDF bị hỏng, không kiểm tra được chất lượng quét."), repr(exc)
        ) from exc

    version = _pdf_version(pdf, reader)
    details: list[PageQuality] = []
    for number, page in enumerate(pages, start=1):
        details.append(_check_page(number, page))

    reasons: list[str] = []
    if _vkey(version) < MIN_PDF_VERSION:
        reasons.append(_("phiên bản PDF {version} < 1.4", version=version))
    scanned = [d for d in details if d.scanned]
    if not scanned:
        reasons.append(_("không có ảnh quét"))
        return QualityReport("khong_xac_dinh", reasons, len(pages), None, None, version, details)

    dpis = [min(d.dpi_x or 0.0, d.dpi_y or 0.0) for d in scanned]
    min_dpi = min(dpis)
    if min_dpi < MIN_DPI * (1 - DPI_TOLERANCE):
        reasons.append(f"{math.floor(min_dpi)} dpi < {MIN_DPI:.0f} dpi")
    kinds = {d.colour for d in scanned}
    if "bw" in kinds:
        reasons.append(_("ảnh đen trắng"))
    if "grey" in kinds:
        reasons.append(_("ảnh xám"))
    colour: bool | None
    if None in kinds:
        colour = None if kinds <= {None, "colour"} else False
    else:
        colour = kinds == {"colour"}
    for d in scanned:
        x, y = d.dpi_x or 0.0, d.dpi_y or 0.0
        if max(x, y) > 0 and abs(x - y) / max(x, y) > SCALE_TOLERANCE:
            ratio = round(100 * min(x, y) / max(x, y))
            reasons.append(
                _(
                    "tỉ lệ {ratio}% ≠ 100% (trang {page}: {x} × {y} dpi)",
                    ratio=ratio,
                    page=d.page,
                    x=round(x),
                    y=round(y),
                )
            )
            break
    status: Status = "khong_dat" if reasons else "dat"
    return QualityReport(status, reasons, len(pages), round(min_dpi, 1), colour, version, details)


def _check_page(number: int, page: Any) -> PageQuality:
    try:
        box = page.cropbox
        page_box = (float(box.left), float(box.bottom), float(box.right), float(box.top))
        page_area = max((page_box[2] - page_box[0]) * (page_box[3] - page_box[1]), 1.0)
        walker = PageWalker(page_box)
        resources = pdf_get(page, "/Resources")
        contents = page.get_contents()
        walker.walk(contents, resources, IDENTITY)
    except pdf_errors():  # a page we cannot parse says nothing about the scan
        return PageQuality(page=number, scanned=False)
    images = walker.placements
    covering = [im for im in images if im.area >= 0.05 * page_area]
    coverage = sum(im.area for im in covering) / page_area
    if not covering or coverage < SCAN_COVERAGE:
        return PageQuality(page=number, scanned=False, images=len(images))
    dpi_x = min(im.dpi_x for im in covering)
    dpi_y = min(im.dpi_y for im in covering)
    kinds = {im.colour for im in covering}
    colour: ColourKind | None
    if "colour" in kinds:
        colour = "colour"
    elif "grey" in kinds:
        colour = "grey"
    elif "bw" in kinds:
        colour = "bw"
    else:
        colour = None
    return PageQuality(
        page=number,
        scanned=True,
        dpi_x=round(dpi_x, 1),
        dpi_y=round(dpi_y, 1),
        colour=colour,
        images=len(images),
    )
