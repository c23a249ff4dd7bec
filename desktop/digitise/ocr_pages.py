"""One page of OCR, without threads: the tools (``pdftoppm``, ``tesseract``) run as child
processes that are killed on timeout or cancel, a page taken as it is when it is one full-page
scan JPEG or else rasterised (red seals dropped out on request), and read by Tesseract into
text and, when asked, a text-only PDF page. :mod:`desktop.digitise.ocr` runs these pages in
parallel and puts the text layer over the original.
"""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import tempfile
import time
import unicodedata
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

from desktop.core.errors import EnvironmentProblem, UserError, VanThuError
from desktop.core.hostile import pdf_errors
from desktop.core.i18n import _

Cancel = Callable[[], bool]

RENDER_TIMEOUT = 120.0
#: pdftoppm's exit codes for "error opening a PDF file" and "error related to PDF permissions".
PDFTOPPM_BAD_FILE = frozenset({1, 3})


class OcrCancelled(VanThuError):
    """The person cancelled the OCR; nothing was produced."""


# --------------------------------------------------------------------------------------------
# Environment


@cache
def _languages(tesseract: str) -> frozenset[str]:
    try:
        out = subprocess.run(
            [tesseract, "--list-langs"], capture_output=True, text=True, timeout=30, check=True
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return frozenset()
    return frozenset(line.strip() for line in out.splitlines()[1:] if line.strip())


def check_environment(lang: str = "vie", *, need_renderer: bool = True) -> str:
    """Path of ``tesseract`` after checking it (and ``pdftoppm``) exist with ``lang``."""
    from desktop.core.tools import find_tesseract

    tesseract = find_tesseract()
    if tesseract is None:
        raise EnvironmentProblem(
            _("Chưa cài Tesseract OCR; hãy cài gói tesseract-ocr và tesseract-ocr-vie "
              "(trên Windows: bộ cài Tesseract có tiếng Việt), hoặc đặt đường dẫn "
              "tesseract_path trong cài đặt."),
            "tesseract not on PATH, in the usual folders or in the settings",
        )
    missing = [part for part in lang.split("+") if part not in _languages(tesseract)]
    if missing:
        raise EnvironmentProblem(
            _(
                "Tesseract chưa có dữ liệu ngôn ngữ {lang}; hãy cài gói tesseract-ocr-{lang} "
                "(trên Windows: chọn thêm tiếng Việt khi cài Tesseract, hoặc chép tệp "
                "{lang}.traineddata vào thư mục tessdata của Tesseract).",
                lang="+".join(missing),
            ),
            f"available: {sorted(_languages(tesseract))}",
        )
    if need_renderer and shutil.which("pdftoppm") is None:
        raise EnvironmentProblem(
            _("Chưa cài công cụ pdftoppm; hãy cài gói poppler-utils."), "pdftoppm not on PATH"
        )
    return tesseract


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["OMP_THREAD_LIMIT"] = "1"
    return env


def _run(cmd: list[str], *, timeout: float, cancel: Cancel | None, what: str,
         bad_file: frozenset[int] = frozenset()) -> bytes:
    """Run ``cmd``; kill it on timeout or cancel. Returns stdout. An exit code in ``bad_file``
    means the tool could not read its input file: the file's fault, a :class:`UserError`."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        proc = subprocess.Popen(cmd, stdout=out, stderr=err, stdin=subprocess.DEVNULL, env=_env())
        deadline = time.monotonic() + timeout
        try:
            while True:
                try:
                    code = proc.wait(timeout=0.1)
                    break
                except subprocess.TimeoutExpired:
                    pass
                if cancel is not None and cancel():
                    raise OcrCancelled(_("Đã hủy nhận dạng chữ."))
                if time.monotonic() > deadline:
                    raise EnvironmentProblem(
                        _(
                            "Nhận dạng chữ quá lâu (quá {seconds} giây một trang); "
                            "hãy thử lại hoặc giảm độ phân giải.",
                            seconds=round(timeout),
                        ),
                        f"timeout: {cmd}",
                    )
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read(), err.read()
    if code in bad_file:
        raise UserError(_("Tệp PDF bị hỏng, không nhận dạng chữ được."),
                        f"{cmd} → {code}: {stderr.decode(errors='replace')[-2000:]}")
    if code != 0:
        raise EnvironmentProblem(
            _("Công cụ {tool} báo lỗi khi nhận dạng chữ.", tool=what),
            f"{cmd} → {code}: {stderr.decode(errors='replace')[-2000:]}",
        )
    return stdout


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def clean_page_text(text: str) -> str:
    return _nfc(text.replace("\f", "")).strip("\n ")


# --------------------------------------------------------------------------------------------
# One page


def _render(
    pdf_path: Path, page: int, dpi: int, out_dir: Path, cancel: Cancel | None, dropout: bool
) -> Path:
    """Rasterise one page to a grey PGM. With ``dropout`` the page is rendered in colour and
    its red channel kept: red seals vanish (red is bright there) while black print and blue
    ink stay dark — the usual "colour dropout" of document scanners."""
    base = out_dir / f"p{page}"
    cmd = ["pdftoppm", "-r", str(dpi), "-f", str(page), "-l", str(page), "-singlefile"]
    if not dropout:
        cmd.append("-gray")
    _run([*cmd, str(pdf_path), str(base)], timeout=RENDER_TIMEOUT, cancel=cancel, what="pdftoppm",
         bad_file=PDFTOPPM_BAD_FILE)
    image = base.with_suffix(".pgm" if not dropout else ".ppm")
    if not image.exists():
        raise EnvironmentProblem(
            _("Công cụ {tool} báo lỗi khi nhận dạng chữ.", tool="pdftoppm"), f"no {image}"
        )
    if dropout:
        grey = base.with_suffix(".pgm")
        red_channel(image.read_bytes(), grey)
        image.unlink()
        image = grey
    return image


def _page_scan_jpeg(page: Any) -> tuple[bytes, int] | None:
    """The JPEG bytes and resolution of a page that is exactly one upright full-page JPEG
    (what scanners and img2pdf write), else None. Conservative: anything else is rendered."""
    try:
        if int(page.get("/Rotate", 0) or 0) % 360:
            return None
        xobjects = page["/Resources"].get_object().get("/XObject")
        if xobjects is None:
            return None
        xobjects = xobjects.get_object()
        if len(xobjects) != 1:
            return None
        image = next(iter(xobjects.values())).get_object()
        filters = image.get("/Filter")
        if image.get("/Subtype") != "/Image" or filters not in ("/DCTDecode", ["/DCTDecode"]):
            return None
        from pypdf.generic import ContentStream

        ops = ContentStream(page.get_contents(), page.pdf).operations
        draws = [o for o in ops if o[1] == b"Do"]
        matrices = [o[0] for o in ops if o[1] == b"cm"]
        if len(draws) != 1 or len(matrices) != 1:
            return None
        a, b, c, d, e, f = (float(x) for x in matrices[0])
        box = page.mediabox
        width, height = float(box.width), float(box.height)
        if b or c or abs(a - width) > 0.01 * width or abs(d - height) > 0.01 * height:
            return None
        if abs(e - float(box.left)) > 1 or abs(f - float(box.bottom)) > 1:
            return None
        dpi = round(int(image["/Width"]) / (width / 72.0))
        return bytes(image.get_data()), dpi
    except pdf_errors():  # any doubt: render the page instead
        return None


#: ``straighten(page, image, read, cancel)``: turns the OCR copy upright and deskews it around
#: ``read()`` (text, text-only PDF, mean word confidence); returns the text and PDF it kept.
Reading = tuple[str, bytes | None, float]
Straighten = Callable[[int, Path, Callable[[], Reading], Cancel], tuple[str, bytes | None]]


def page_reader(
    reader: Any, pages: list[int], src: Path, tmp_dir: Path, tesseract: str, *, lang: str,
    dpi: int, dropout: bool, timeout: float, want_pdf: bool,
    straighten: Straighten | None = None,
) -> Callable[[int, Cancel], tuple[str, bytes | None]]:
    """OCR of one page: a page that is one full-page JPEG is read as it is, others rendered.
    ``straighten`` may change the OCR copy around the reading (turn it upright, deskew)."""
    embedded = {n: _page_scan_jpeg(reader.pages[n - 1]) for n in pages}

    def work(page: int, cancelled: Cancel) -> tuple[str, bytes | None]:
        page_dpi: int | None = dpi
        scan = embedded.get(page)
        if scan is not None:
            image = tmp_dir / f"p{page}.pgm"
            _grey_for_ocr(scan[0], image, dropout)
            page_dpi = scan[1]
        else:
            image = _render(src, page, dpi, tmp_dir, cancelled, dropout)
        try:
            if straighten is None:
                return run_tesseract(tesseract, image, lang=lang, dpi=page_dpi,
                                     want_pdf=want_pdf, cancel=cancelled, timeout=timeout)

            def read() -> Reading:
                return read_scored(tesseract, image, lang=lang, dpi=page_dpi,
                                   want_pdf=want_pdf, cancel=cancelled, timeout=timeout)

            return straighten(page, image, read, cancelled)
        finally:
            image.unlink(missing_ok=True)

    return work


def _grey_for_ocr(jpeg: bytes, out: Path, dropout: bool) -> None:
    from PIL import Image

    with Image.open(io.BytesIO(jpeg)) as im:
        if dropout and im.mode in ("RGB", "YCbCr", "CMYK"):
            grey = im.convert("RGB").getchannel("R")
        else:
            grey = im.convert("L")
        grey.save(out, "PPM")


def red_channel(data: bytes, out: Path) -> int | None:
    """Write the red channel of an image (the grey image itself if it has no colour) as PGM;
    returns the image's resolution if it records one."""
    from PIL import Image

    with Image.open(io.BytesIO(data)) as im:
        raw_dpi = im.info.get("dpi")
        if im.mode in ("RGB", "RGBA", "P", "CMYK", "YCbCr", "LAB", "HSV"):
            grey = im.convert("RGB").getchannel("R")
        else:
            grey = im.convert("L")
        grey.save(out, "PPM")
    return round(float(raw_dpi[0])) if raw_dpi and float(raw_dpi[0]) > 1 else None


def run_tesseract(
    tesseract: str,
    image: Path,
    *,
    lang: str,
    dpi: int | None,
    want_pdf: bool,
    cancel: Cancel | None,
    timeout: float,
) -> tuple[str, bytes | None]:
    text, pdf, _conf = _tesseract(tesseract, image, lang=lang, dpi=dpi, want_pdf=want_pdf,
                                  cancel=cancel, timeout=timeout, scored=False)
    return text, pdf


def read_scored(
    tesseract: str, image: Path, *, lang: str, dpi: int | None, want_pdf: bool,
    cancel: Cancel | None, timeout: float,
) -> Reading:
    """:func:`run_tesseract`, and the mean confidence (0–100) of the words read, from the same
    run (Tesseract's ``tsv`` output): an upside-down or sideways page reads far below an
    upright one."""
    return _tesseract(tesseract, image, lang=lang, dpi=dpi, want_pdf=want_pdf, cancel=cancel,
                      timeout=timeout, scored=True)


def _tesseract(
    tesseract: str, image: Path, *, lang: str, dpi: int | None, want_pdf: bool,
    cancel: Cancel | None, timeout: float, scored: bool,
) -> Reading:
    base = image.with_name(image.stem + "-ocr")
    cmd = [tesseract, str(image), str(base), "-l", lang]
    if dpi:
        cmd += ["--dpi", str(dpi)]
    if want_pdf:
        cmd += ["-c", "textonly_pdf=1", "pdf"]
    cmd += ["txt"]
    if scored:
        cmd += ["tsv"]
    _run(cmd, timeout=timeout, cancel=cancel, what="tesseract")
    text = base.with_suffix(".txt").read_text(encoding="utf-8", errors="replace")
    pdf = base.with_suffix(".pdf").read_bytes() if want_pdf else None
    confidence = 0.0
    if scored:
        tsv = base.with_suffix(".tsv")
        confidence = mean_confidence(tsv.read_text(encoding="utf-8", errors="replace"))
        tsv.unlink(missing_ok=True)
    return text, pdf, confidence


def mean_confidence(tsv: str) -> float:
    """The mean confidence of the words in Tesseract's TSV output; 0 when none was read, or
    when most words are taller than wide: Tesseract reads a sideways page's lines well, but
    the page still has to be turned to be shown upright."""
    scores = []
    tall = long_words = 0
    for line in tsv.splitlines()[1:]:
        cells = line.split("\t")
        if len(cells) != 12 or cells[0] != "5" or not cells[11].strip():
            continue
        try:
            scores.append(float(cells[10]))
            width, height = int(cells[8]), int(cells[9])
        except ValueError:
            continue
        if len(cells[11].strip()) >= 3:
            long_words += 1
            tall += height > width
    if not scores or tall * 2 > long_words:
        return 0.0
    return sum(scores) / len(scores)
