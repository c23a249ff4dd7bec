"""Turning and straightening a page before OCR (issue 19, deliverable 2).

Pages scanned upside down or sideways are turned by Tesseract's orientation detection
(``--psm 0``, the ``osd`` data of Debian's ``tesseract-ocr-osd``); pages skewed by up to ±5°
are straightened by the angle whose rows of ink are sharpest (a projection profile, the
classic deskew). Only the grey copy made for OCR is changed; the stored scan never is.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from desktop.digitise.ocr_pages import Cancel, EnvironmentProblem, Reading, _languages, _run

MAX_SKEW = 5.0
#: A first reading at least this sure (Tesseract's mean word confidence, 0–100) is of an
#: upright page, and orientation detection is skipped. Upright pages of the page set (clean,
#: noisy, skewed) read at about 95, upside-down ones at 44–52; sideways ones read well but
#: score 0 (:func:`desktop.digitise.ocr_pages.mean_confidence`).
UPRIGHT_CONFIDENCE = 70.0
#: Below this OSD confidence the page is left as it is (Tesseract's own advice is about 2).
MIN_OSD_CONFIDENCE = 2.0
_OSD_WIDTH = 1400  # OSD reads a reduced copy: faster, and as sure
_SKEW_WIDTH = 900

_ROTATE = re.compile(r"Rotate:\s*(\d+)")
_CONF = re.compile(r"Orientation confidence:\s*([0-9.]+)")


@dataclass(frozen=True)
class Straightening:
    rotate: int = 0  # degrees clockwise to turn the page upright (0, 90, 180, 270)
    skew: float = 0.0  # degrees counter-clockwise the page was then turned by to straighten it

    @property
    def changed(self) -> bool:
        return bool(self.rotate) or abs(self.skew) >= 0.1


def has_osd(tesseract: str) -> bool:
    return "osd" in _languages(tesseract)


def osd_rotation(tesseract: str, image: Path, *, cancel: Cancel | None = None,
                 timeout: float = 60.0) -> int:
    """Degrees clockwise that turn the page upright, per Tesseract's OSD; 0 when unsure or
    when the ``osd`` data is not installed."""
    from PIL import Image

    if not has_osd(tesseract):
        return 0
    small = image.with_name(image.stem + "-osd.png")
    with Image.open(image) as im:
        grey = im.convert("L")
        if grey.width > _OSD_WIDTH:
            grey = grey.resize((_OSD_WIDTH, round(grey.height * _OSD_WIDTH / grey.width)))
        grey.save(small)
    try:
        out = _run([tesseract, str(small), "stdout", "--psm", "0", "--dpi", "150"],
                   timeout=timeout, cancel=cancel, what="tesseract").decode(errors="replace")
    except EnvironmentProblem:
        return 0  # too little text to tell ("Too few characters"): leave the page as it is
    finally:
        small.unlink(missing_ok=True)
    rotate, conf = _ROTATE.search(out), _CONF.search(out)
    if rotate is None or conf is None or float(conf.group(1)) < MIN_OSD_CONFIDENCE:
        return 0
    return int(rotate.group(1)) % 360


def skew_angle(image: object, *, limit: float = MAX_SKEW) -> float:
    """The rotation (degrees, counter-clockwise, within ±``limit``) that straightens the page's
    lines of text: the one that makes the rows of ink sharpest."""
    from PIL import Image, ImageOps

    assert isinstance(image, Image.Image)
    grey = image.convert("L")
    if grey.width > _SKEW_WIDTH:
        grey = grey.resize((_SKEW_WIDTH, round(grey.height * _SKEW_WIDTH / grey.width)))
    ink = ImageOps.invert(grey).point(lambda v: 255 if v > 96 else 0)

    def sharpness(angle: float) -> float:
        turned = ink.rotate(angle, resample=Image.Resampling.BILINEAR, fillcolor=0)
        rows = turned.resize((1, turned.height), Image.Resampling.BOX).tobytes()
        mean = sum(rows) / len(rows)
        return sum((r - mean) ** 2 for r in rows)

    def best(candidates: list[float]) -> float:
        return max(candidates, key=lambda a: (sharpness(a), -abs(a)))

    coarse = best([x / 2 for x in range(int(-limit * 2), int(limit * 2) + 1)])
    fine = best([coarse + x / 10 for x in range(-5, 6) if abs(coarse + x / 10) <= limit])
    return round(fine, 1)


def straighten(tesseract: str, image: Path, *, cancel: Cancel | None = None,
               timeout: float = 60.0, osd: bool = True) -> Straightening:
    """Turn (unless not ``osd``) and deskew the OCR copy ``image`` in place; returns what was
    done."""
    from PIL import Image

    rotate = osd_rotation(tesseract, image, cancel=cancel, timeout=timeout) if osd else 0
    with Image.open(image) as im:
        page = im.convert("L")
        fmt = im.format or "PPM"
    if rotate:
        page = page.rotate(-rotate, expand=True)
    skew = skew_angle(page)
    if abs(skew) >= 0.1:
        page = page.rotate(skew, resample=Image.Resampling.BICUBIC, fillcolor=255)
    result = Straightening(rotate, skew)
    if result.changed:
        page.save(image, fmt)
    return result


def read_straightened(tesseract: str, image: Path, read: Callable[[], Reading], *,
                      cancel: Cancel | None = None, timeout: float = 60.0
                      ) -> tuple[str, bytes | None, Straightening]:
    """Deskew the OCR copy ``image`` and ``read()`` it; only when that reading is unsure
    (below :data:`UPRIGHT_CONFIDENCE`) ask orientation detection, and read again if the page
    had to be turned. Most pages are upright: they are read once, without OSD (about a second
    of CPU a page)."""
    original = image.read_bytes()
    done = straighten(tesseract, image, cancel=cancel, timeout=timeout, osd=False)
    text, pdf, confidence = read()
    if confidence >= UPRIGHT_CONFIDENCE:
        return text, pdf, done
    rotate = osd_rotation(tesseract, image, cancel=cancel, timeout=timeout)
    if not rotate:
        return text, pdf, done
    image.write_bytes(original)  # turn the page as scanned, then measure its skew afresh
    _turn(image, rotate)
    again = straighten(tesseract, image, cancel=cancel, timeout=timeout, osd=False)
    text, pdf, _confidence = read()
    return text, pdf, Straightening(rotate, again.skew)


def _turn(image: Path, rotate: int) -> None:
    from PIL import Image

    with Image.open(image) as im:
        page = im.convert("L")
        fmt = im.format or "PPM"
    page.rotate(-rotate, expand=True).save(image, fmt)
