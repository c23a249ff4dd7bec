"""Pages scanned upside down, sideways or skewed are read like upright ones (issue 19,
deliverable 2); the stored scan is never changed, the OCR'd copy is shown upright."""

from __future__ import annotations

import importlib.util
import io
import random
import shutil
import sys
from pathlib import Path
from types import ModuleType

import pytest
from PIL import Image

from desktop.digitise.extract import extract_fields
from desktop.digitise.ocr import ocr_pdf, ocr_text_only
from desktop.digitise.orient import osd_rotation, skew_angle, straighten

ROOT = Path(__file__).resolve().parents[2]
TESSERACT = shutil.which("tesseract") or "tesseract"
EXACT = ("symbol", "issued_date", "type_name")


def _bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("extract_testset",
                                                  ROOT / "bench" / "extract_testset.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("extract_testset", module)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def upright() -> tuple[Image.Image, dict[str, str]]:
    bench = _bench()
    rng = random.Random(21)
    image, doc = bench.render(bench.make_doc(rng), bench.FONT_SETS["serif"], rng)
    return image.convert("L"), doc.expected()


def _png(im: Image.Image) -> bytes:
    buf = io.BytesIO()
    im.save(buf, "PNG", dpi=(300, 300))
    return buf.getvalue()


def _fields(data: bytes) -> dict[str, object]:
    found = extract_fields(ocr_text_only(data, max_pages=1).text).to_dict()
    return {k: found[k]["value"] for k in EXACT}


@pytest.mark.parametrize("angle", [-4.2, -3.0, 0.0, 2.5, 4.8])
def test_the_skew_is_measured(upright, angle: float) -> None:  # type: ignore[no-untyped-def]
    image, _expected = upright
    turned = image.rotate(angle, fillcolor=255, resample=Image.Resampling.BICUBIC)
    assert skew_angle(turned) == pytest.approx(-angle, abs=0.3)


@pytest.mark.parametrize(("turn", "rotate"), [(180, 180), (90, 90), (270, 270)])
def test_osd_finds_how_to_turn_the_page_upright(upright, tmp_path: Path, turn: int,
                                                rotate: int) -> None:  # type: ignore[no-untyped-def]
    image, _expected = upright
    path = tmp_path / "p.png"
    image.rotate(turn, expand=True).save(path)  # PIL turns counter-clockwise
    assert osd_rotation(TESSERACT, path) == rotate
    done = straighten(TESSERACT, path)
    assert done.rotate == rotate
    with Image.open(path) as im:
        assert im.size == image.size


@pytest.mark.slow
def test_a_page_turned_180_and_one_skewed_3_read_like_the_upright_one(upright) -> None:  # type: ignore[no-untyped-def]
    image, expected = upright
    want = {k: expected[k] for k in EXACT}
    assert _fields(_png(image)) == want
    assert _fields(_png(image.rotate(180))) == want
    skewed = image.rotate(3, fillcolor=255, resample=Image.Resampling.BICUBIC)
    assert _fields(_png(skewed)) == want


@pytest.mark.slow
def test_the_ocrd_copy_is_upright_and_the_scan_untouched(upright) -> None:  # type: ignore[no-untyped-def]
    from pypdf import PdfReader

    image, expected = upright
    flipped = image.rotate(180)
    buf = io.BytesIO()
    flipped.convert("RGB").save(buf, "JPEG", quality=85, dpi=(300, 300))
    jpeg = buf.getvalue()
    import img2pdf

    scan = img2pdf.convert(jpeg)
    result = ocr_pdf(scan)
    page = PdfReader(io.BytesIO(result.pdf_with_text)).pages[0]
    assert page.rotation == 180
    (xobject,) = page["/Resources"]["/XObject"].values()
    assert xobject.get_object().get_data() == jpeg  # the scan's pixels as they were
    assert expected["symbol"] in result.text
    assert expected["symbol"] in (page.extract_text() or "")


@pytest.mark.parametrize(("turn", "rotate", "reads"), [(0, 0, 1), (180, 180, 2), (90, 90, 2)])
def test_osd_is_asked_only_when_the_first_reading_is_unsure(upright, tmp_path: Path, turn: int,
                                                            rotate: int, reads: int) -> None:  # type: ignore[no-untyped-def]
    from desktop.digitise.ocr_pages import read_scored
    from desktop.digitise.orient import read_straightened

    image, expected = upright
    path = tmp_path / "p.png"
    image.rotate(turn, expand=True).save(path)
    calls: list[float] = []

    def read() -> tuple[str, bytes | None, float]:
        text, pdf, confidence = read_scored(TESSERACT, path, lang="vie", dpi=300,
                                            want_pdf=False, cancel=None, timeout=120)
        calls.append(confidence)
        return text, pdf, confidence

    text, _pdf, done = read_straightened(TESSERACT, path, read)
    assert done.rotate == rotate
    assert len(calls) == reads  # an upright page is read once, and OSD is not run
    assert expected["symbol"] in text
