"""Nghị định 30 appearances as rendered by poppler, and finding the signer block."""

from __future__ import annotations

import io
import re
import subprocess
from pathlib import Path

import pytest
from PIL import Image
from signing_helpers import make_document

from signing.appearance import Placement, find_signature_place, seal_box
from signing.samples import SEAL_FILE, SIGNATURE_FILE
from signing.sign import existing_signature_boxes, open_for_signing

PAGE_H = 842.0  # A4 in points (fpdf2: 841.89)


def _render(pdf: bytes, tmp_path: Path, page: int = 1) -> Image.Image:
    src = tmp_path / "doc.pdf"
    src.write_bytes(pdf)
    subprocess.run(
        ["pdftoppm", "-r", "72", "-png", "-f", str(page), "-l", str(page), "-singlefile",
         str(src), str(tmp_path / "page")],
        check=True, capture_output=True,
    )
    return Image.open(tmp_path / "page.png").convert("RGB")


def _is_blue(p: tuple[int, int, int]) -> bool:
    r, g, b = p
    return b > 140 and r < 110 and g < 130 and b - r > 60


def _is_red(p: tuple[int, int, int]) -> bool:
    r, g, b = p
    return r > 150 and g < 110 and b < 110 and r - g > 70


def _pixels(img: Image.Image, box: tuple[float, float, float, float], test: object) -> list[
    tuple[int, int]
]:
    """(x, y) in PDF points of pixels inside ``box`` (PDF coordinates) passing ``test``."""
    x0, y0, x1, y1 = box
    found = []
    height = img.height
    for px in range(max(0, int(x0)), min(img.width, int(x1) + 1)):
        for py in range(max(0, int(height - y1)), min(height, int(height - y0) + 1)):
            if test(img.getpixel((px, py))):  # type: ignore[operator]
                found.append((px, height - py))
    return found


def test_signer_blue_and_seal_red_overlapping_left_third(both_signed: bytes,
                                                         tmp_path: Path) -> None:
    boxes = existing_signature_boxes(open_for_signing(both_signed))
    assert len(boxes) == 2
    sig, seal = boxes[0].box, boxes[1].box
    assert boxes[0].page == boxes[1].page == 0
    assert seal == pytest.approx(seal_box(sig), abs=0.05)
    assert seal[2] - seal[0] == pytest.approx(36 * 72 / 25.4, abs=0.1)  # real size, 36 mm

    img = _render(both_signed, tmp_path)
    page = (0.0, 0.0, float(img.width), float(img.height))
    blue = _pixels(img, page, _is_blue)
    red = _pixels(img, page, _is_red)
    assert len(blue) > 300 and len(red) > 300
    # all blue is the signature image, all red the seal
    bx = [x for x, _ in blue]
    by = [y for _, y in blue]
    assert min(bx) >= sig[0] - 2 and max(bx) <= sig[2] + 2
    assert min(by) >= sig[1] - 2 and max(by) <= sig[3] + 2
    rx = [x for x, _ in red]
    # the seal covers the signature's left part, about a third, and is on its left
    width = sig[2] - sig[0]
    assert min(rx) < sig[0]
    overlap = (max(rx) - sig[0]) / width
    assert 0.2 < overlap < 0.45, overlap
    red_in_sig = _pixels(img, sig, _is_red)
    assert red_in_sig, "the seal must overlap the signature image"
    assert all(x < sig[0] + width * 0.45 for x, _ in red_in_sig)
    # blue is visible to the right of the seal too
    assert any(x > sig[0] + width * 0.5 for x in bx)


def test_signature_sits_between_title_and_name(signer_signed: bytes, tmp_path: Path) -> None:
    words = _words(signer_signed, tmp_path)
    title_bottom = min(y0 for w, _x, y0, _y1 in words if w == "PHÓ")
    name_top = max(y1 for w, _x, _y0, y1 in words if w == "Nguyễn")
    img = _render(signer_signed, tmp_path)
    blue = _pixels(img, (0, 0, img.width, img.height), _is_blue)
    assert blue
    ys = [y for _, y in blue]
    assert min(ys) >= name_top - 1 and max(ys) <= title_bottom + 1
    xs = [x for x, _ in blue]
    title_x = [x for w, x, _a, _b in words if w in ("KT.", "PHÓ", "Nguyễn")]
    assert min(title_x) - 60 < (min(xs) + max(xs)) / 2 < max(title_x) + 120


def _words(pdf: bytes, tmp_path: Path) -> list[tuple[str, float, float, float]]:
    """Words on page 1 with x and the y range in PDF coordinates (poppler's layout)."""
    src = tmp_path / "w.pdf"
    src.write_bytes(pdf)
    html = subprocess.run(
        ["pdftotext", "-bbox", "-f", "1", "-l", "1", str(src), "-"],
        check=True, capture_output=True,
    ).stdout.decode()
    out = []
    for m in re.finditer(
        r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)</word>', html
    ):
        out.append((m.group(4), float(m.group(1)), PAGE_H - float(m.group(3)),
                    PAGE_H - float(m.group(2))))
    return out


def test_find_signature_place(document: bytes, tmp_path: Path) -> None:
    place = find_signature_place(document)
    assert isinstance(place, Placement)
    assert place.page == 0
    words = _words(document, tmp_path)
    title_bottom = min(y0 for w, _x, y0, _y1 in words if w == "PHÓ")
    name_top = max(y1 for w, _x, _y0, y1 in words if w == "Nguyễn")
    x0, y0, x1, y1 = place.box
    assert name_top - 2 <= y0 < y1 <= title_bottom + 2
    assert y1 - y0 > 30  # three empty lines of 6 mm
    name_x0 = min(x for w, x, _a, _b in words if w == "Nguyễn")
    assert x0 < name_x0 + 40 and x1 > name_x0 + 40  # horizontally over the name
    assert x0 > 595 / 2 - 40  # right half of the page


def test_find_signature_place_last_page_only(tmp_path: Path) -> None:
    doc = make_document(pages=3)
    place = find_signature_place(doc)
    assert place is not None and place.page == 2


@pytest.mark.parametrize("pages", [1, 2])
def test_find_signature_place_none_without_block(pages: int) -> None:
    assert find_signature_place(make_document(with_signer_block=False, pages=pages)) is None


def test_find_signature_place_none_for_non_pdf() -> None:
    assert find_signature_place(b"not a pdf") is None


def test_sample_images_are_transparent_pngs() -> None:
    for path, colour in ((SIGNATURE_FILE, "blue"), (SEAL_FILE, "red")):
        img = Image.open(io.BytesIO(path.read_bytes()))
        assert img.format == "PNG" and img.mode == "RGBA"
        assert img.getpixel((0, 0))[3] == 0  # type: ignore[index]
        raw = img.tobytes()
        pixels = [tuple(raw[i:i + 4]) for i in range(0, len(raw), 4)]
        opaque = [p for p in pixels if p[3] > 200]
        assert opaque
        r, g, b = (sum(p[i] for p in opaque) / len(opaque) for i in range(3))
        assert (b > r + 80) if colour == "blue" else (r > b + 80 and r > g + 80)
