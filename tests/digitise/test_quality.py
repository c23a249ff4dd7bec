"""desktop.storage.quality: resolution, colour, version and scale of scanned PDFs."""

from __future__ import annotations

import io
from pathlib import Path

import img2pdf
from fpdf import FPDF

from desktop.digitise.scan import build_pdf
from desktop.storage.quality import check_pdf
from tests.digitise.conftest import page_image, save, simple_pdf


def _scan(tmp_path: Path, name: str, fmt: str, mode: str, dpi: int, **kw: object) -> bytes:
    size = (int(8.27 * dpi), int(11.69 * dpi))
    colour_mark = bool(kw.pop("colour_mark", True))
    im = page_image(size=size, mode=mode, font_size=dpi // 7, colour_mark=colour_mark)
    path = save(im, tmp_path / name, fmt, dpi=dpi, **kw)
    return build_pdf([path]).pdf


def test_150_dpi_grey_scan_fails(tmp_path: Path) -> None:
    report = check_pdf(_scan(tmp_path, "xam.jpg", "JPEG", "L", 150))
    assert report.status == "khong_dat"
    assert "150 dpi < 200 dpi" in report.reasons
    assert "ảnh xám" in report.reasons
    assert report.min_dpi == 150.0
    assert report.colour is False


def test_bilevel_scan_is_black_and_white(tmp_path: Path) -> None:
    pdf = _scan(tmp_path, "dentrang.tif", "TIFF", "1", 300, compression="group4")
    report = check_pdf(pdf)
    assert report.reasons == ["ảnh đen trắng"]
    assert report.status == "khong_dat"


def test_300_dpi_colour_passes(tmp_path: Path) -> None:
    report = check_pdf(_scan(tmp_path, "mau.jpg", "JPEG", "RGB", 300))
    assert report.status == "dat", report.reasons
    assert report.reasons == []
    assert report.colour is True
    assert report.min_dpi is not None and abs(report.min_dpi - 300) < 1
    assert report.pdf_version == "1.7"


def test_colour_jpeg_with_only_grey_pixels_is_grey(tmp_path: Path) -> None:
    report = check_pdf(_scan(tmp_path, "xam_rgb.jpg", "JPEG", "RGB", 300, colour_mark=False))
    assert report.reasons == ["ảnh xám"]


def test_born_digital_pdf_is_not_a_scan() -> None:
    report = check_pdf(simple_pdf("Công văn", pages=2))
    assert report.status == "khong_xac_dinh"
    assert "không có ảnh quét" in report.reasons
    assert report.pages == 2
    assert report.min_dpi is None


def test_old_pdf_version_flagged(tmp_path: Path) -> None:
    im = page_image(size=(1654, 2339))
    buf = io.BytesIO()
    im.save(buf, "JPEG", dpi=(200, 200))
    pdf = img2pdf.convert(buf.getvalue())  # img2pdf writes PDF 1.3
    assert isinstance(pdf, bytes)
    report = check_pdf(pdf)
    assert report.reasons == ["phiên bản PDF 1.3 < 1.4"]


def test_unequal_x_y_resolution_is_not_100_percent(tmp_path: Path) -> None:
    im = page_image(size=(2480, 1754))
    path = tmp_path / "lech.jpg"
    im.save(path, "JPEG", dpi=(300, 150))
    report = check_pdf(build_pdf([path]).pdf)
    assert "150 dpi < 200 dpi" in report.reasons
    assert any(r.startswith("tỉ lệ 50% ≠ 100%") for r in report.reasons), report.reasons


def test_dpi_from_placement_matrix(tmp_path: Path) -> None:
    """The same 2480-pixel image drawn over a whole A4 page is 300 dpi, over an A3 page ~212
    dpi and over an A2 page 150 dpi: the cm matrix decides, not the pixel count."""
    path = tmp_path / "a4.jpg"
    page_image(size=(2480, 3508)).save(path, "JPEG", dpi=(72, 72))
    results = {}
    formats: dict[str, str | tuple[float, float]] = {"A4": "A4", "A3": "A3", "A2": (420, 594)}
    for fmt, page_format in formats.items():
        doc = FPDF(format=page_format)
        doc.add_page()
        doc.image(str(path), x=0, y=0, w=doc.w, h=doc.h)
        results[fmt] = check_pdf(bytes(doc.output())).min_dpi
    assert results["A4"] is not None and abs(results["A4"] - 300) < 1
    assert results["A3"] is not None and abs(results["A3"] - 212) < 1
    assert results["A2"] is not None and abs(results["A2"] - 150) < 1


def test_small_logo_on_digital_page_is_not_a_scan(tmp_path: Path) -> None:
    path = tmp_path / "logo.png"
    page_image(size=(200, 200)).save(path, "PNG")
    doc = FPDF(format="A4")
    doc.add_page()
    doc.image(str(path), x=10, y=10, w=30)
    report = check_pdf(bytes(doc.output()))
    assert report.status == "khong_xac_dinh"
