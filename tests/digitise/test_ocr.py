"""desktop.digitise.ocr with the real Tesseract (vie): invisible text layer and plain text."""

from __future__ import annotations

import io
import subprocess
import unicodedata
from difflib import SequenceMatcher
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from desktop.core.errors import UserError
from desktop.digitise.ocr import OcrCancelled, ocr_pdf, ocr_text_only
from desktop.digitise.scan import build_pdf
from tests.digitise.conftest import page_image, save, sign_pdf, simple_pdf

PHRASE = "Về việc phê duyệt kế hoạch sử dụng đất năm 2023"
LINES = "ỦY BAN NHÂN DÂN HUYỆN CHỢ GẠO\nQUYẾT ĐỊNH\n" + PHRASE + "\nCăn cứ Luật Đất đai"


def _image_objects(pdf: bytes) -> list[tuple[bytes, dict[str, str]]]:
    out = []
    for page in PdfReader(io.BytesIO(pdf)).pages:
        resources: Any = page["/Resources"]
        xobjects = resources["/XObject"]
        for name in sorted(xobjects):
            obj = xobjects[name].get_object()
            if obj["/Subtype"] == "/Image":
                keys = {k: str(v) for k, v in obj.items() if k != "/Length"}
                out.append((obj._data, keys))
    return out


def _word_boxes(pdf: bytes) -> dict[str, tuple[float, float]]:
    """First occurrence of each word → (xMin, yMin) in displayed page coordinates."""
    xml = subprocess.run(
        ["pdftotext", "-bbox", "-", "-"], input=pdf, capture_output=True, check=True
    ).stdout.decode()
    boxes: dict[str, tuple[float, float]] = {}
    for line in xml.splitlines():
        line = line.strip()
        if line.startswith("<word "):
            attrs = dict(part.split("=", 1) for part in line[6 : line.index(">")].split())
            word = unicodedata.normalize("NFC", line[line.index(">") + 1 : line.rindex("<")])
            boxes.setdefault(
                word, (float(attrs["xMin"].strip('"')), float(attrs["yMin"].strip('"')))
            )
    return boxes


@pytest.fixture(scope="module")
def scanned(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    tmp = tmp_path_factory.mktemp("ocr")
    path = save(page_image(size=(2480, 3508), text=LINES, font_size=48), tmp / "qd.jpg", "JPEG")
    return build_pdf([path]).pdf


def test_text_layer_added_images_untouched(scanned: bytes) -> None:
    result = ocr_pdf(scanned)
    assert result.pages == 1
    assert unicodedata.is_normalized("NFC", result.text)
    assert PHRASE in result.text
    assert "QUYẾT ĐỊNH" in result.text
    # The image stream and its dictionary are exactly those of the input.
    assert _image_objects(result.pdf_with_text) == _image_objects(scanned)
    # The new PDF has extractable text (poppler), at the place the words are printed:
    # the page image has its first line at x = 248 px = 59.5 pt.
    layer = unicodedata.normalize(
        "NFC",
        subprocess.run(
            ["pdftotext", "-", "-"], input=result.pdf_with_text, capture_output=True, check=True
        ).stdout.decode(),
    )
    assert "phê duyệt kế hoạch" in layer
    assert (
        "phê"
        not in subprocess.run(
            ["pdftotext", "-", "-"], input=scanned, capture_output=True, check=True
        ).stdout.decode()
    )
    x, y = _word_boxes(result.pdf_with_text)["ỦY"]
    assert abs(x - 59.5) < 3 and abs(y - 84) < 6


def test_text_layer_follows_rotated_page(scanned: bytes, tmp_path: Path) -> None:
    src = tmp_path / "in.pdf"
    src.write_bytes(scanned)
    rotated = build_pdf([src], rotations={0: 90}).pdf
    result = ocr_pdf(rotated)
    assert PHRASE in result.text
    # Turned 90° clockwise, the image's top-left corner is shown at the top-right of a
    # 842 × 595 pt page, and lines run downwards.
    x, y = _word_boxes(result.pdf_with_text)["ỦY"]
    assert 842 - 100 < x < 842 - 75 and abs(y - 59.5) < 3


def test_signed_pdf_is_refused_but_readable(scanned: bytes, tmp_path: Path) -> None:
    signed = sign_pdf(scanned, tmp_path)
    with pytest.raises(UserError, match="ký số"):
        ocr_pdf(signed)
    assert PHRASE in ocr_text_only(signed).text


def test_text_only_on_image_bytes(tmp_path: Path) -> None:
    path = save(page_image(size=(2480, 3508), text=LINES, font_size=48), tmp_path / "a.png", "PNG")
    result = ocr_text_only(path.read_bytes())
    assert result.pages == 1
    assert PHRASE in result.text


def test_born_digital_pages_are_skipped(scanned: bytes, tmp_path: Path) -> None:
    digital = tmp_path / "so.pdf"
    digital.write_bytes(simple_pdf("Công văn gửi các phòng ban về việc nộp báo cáo", pages=1))
    scan = tmp_path / "quet.pdf"
    scan.write_bytes(scanned)
    both = build_pdf([digital, scan]).pdf
    progress: list[tuple[int, int]] = []
    result = ocr_pdf(both, progress=lambda done, total: progress.append((done, total)))
    assert result.skipped_pages == [1]
    first, second = result.text.split("\f")
    assert "Công văn gửi các phòng ban" in first
    assert PHRASE in second
    assert progress[-1] == (1, 1)


def test_cancel_stops_before_any_page(scanned: bytes) -> None:
    with pytest.raises(OcrCancelled):
        ocr_pdf(scanned, cancel=lambda: True)


def test_parallel_pages_keep_their_order(scanned: bytes, tmp_path: Path) -> None:
    src = tmp_path / "in.pdf"
    src.write_bytes(scanned)
    pages = []
    for i, word in enumerate(("MỘT", "HAI", "BA")):
        pages.append(
            save(
                page_image(size=(1654, 2339), text=f"TRANG {word}", font_size=60),
                tmp_path / f"{i}.jpg",
                "JPEG",
                dpi=200,
            )
        )
    pdf = build_pdf(pages).pdf
    result = ocr_pdf(pdf, jobs=2, dpi=200)
    texts = result.text.split("\f")
    assert ["TRANG MỘT" in texts[0], "TRANG HAI" in texts[1], "TRANG BA" in texts[2]] == [True] * 3


def test_red_seal_over_the_organisation_is_dropped() -> None:
    from tests.digitise.conftest import red_seal

    name = "PHÒNG TÀI NGUYÊN VÀ MÔI TRƯỜNG"
    page = page_image(
        size=(2480, 1200), text="UBND HUYỆN CHỢ GẠO\n" + name, font_size=52, colour_mark=False
    ).convert("RGBA")
    seal = red_seal()
    page.alpha_composite(seal, (150, 30))
    page.alpha_composite(seal, (700, 60))
    buf = io.BytesIO()
    page.convert("RGB").save(buf, "PNG", dpi=(300, 300))
    with_dropout = ocr_text_only(buf.getvalue()).text
    without = ocr_text_only(buf.getvalue(), dropout_red=False).text
    expected = "UBND HUYỆN CHỢ GẠO\n" + name

    def score(text: str) -> float:
        return SequenceMatcher(None, text[: len(expected) + 10], expected).ratio()

    # The seal's lettering may still nick an accent; the words are there.
    assert score(with_dropout) >= 0.85, with_dropout
    assert "PHÒNG TÀI" in with_dropout
    # Why dropout exists: in the luminance image the seal hides most of the heading.
    assert score(without) < score(with_dropout) - 0.3, without
