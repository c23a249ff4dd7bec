"""OCR with Tesseract (``vie``): an invisible text layer over scanned pages, or plain text.

Each page is rasterised with ``pdftoppm`` and read by one ``tesseract`` process (with
``OMP_THREAD_LIMIT=1``, so ``jobs`` pages in parallel use at most ``jobs`` cores). Tesseract's
own PDF renderer writes a *text-only* page (``textonly_pdf=1``), which pypdf overlays on the
original page, scaled to its crop box and turned to its ``/Rotate``: the page's images are
never touched, only text is added on top. A signed PDF is never OCR'd into a new file (OCR
comes before any signature); :func:`ocr_text_only` still reads it, for search.

Everything here is a pure function on bytes; long work can be cancelled with ``cancel`` (polled
every 0.1 s, running processes are killed) and followed with ``progress(done, total)``.
One page (the tools, rendering, Tesseract) is :mod:`desktop.digitise.ocr_pages`.
"""

from __future__ import annotations

import io
import tempfile
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from desktop.core.errors import UserError
from desktop.core.hostile import largest_image, largest_image_in_bytes, pdf_errors
from desktop.core.i18n import _
from desktop.digitise.ocr_pages import (
    Cancel,
    OcrCancelled,
    Reading,
    Straighten,
    check_environment,
    clean_page_text,
    page_reader,
    read_scored,
    red_channel,
    run_tesseract,
)
from desktop.digitise.orient import Straightening, read_straightened
from desktop.digitise.overlay import overlay_matrix, then, unskew

Progress = Callable[[int, int], None]

PAGE_TIMEOUT = 300.0
#: Pages whose existing text has at least this many letters are not OCR'd again.
MIN_EXISTING_TEXT = 20


@dataclass
class OcrResult:
    pdf_with_text: bytes
    #: NFC text, one entry per page joined with form feeds (``\\f``).
    text: str
    pages: int
    #: 1-based numbers of pages that already had text and were left as they were.
    skipped_pages: list[int] = field(default_factory=list)


@dataclass
class OcrText:
    text: str
    pages: int



# --------------------------------------------------------------------------------------------
# Pages in parallel


def _map_pages(
    work: Callable[[int, Cancel], tuple[str, bytes | None]],
    pages: list[int],
    *,
    jobs: int,
    cancel: Cancel | None,
    progress: Progress | None,
) -> dict[int, tuple[str, bytes | None]]:
    stop = threading.Event()

    def cancelled() -> bool:
        if stop.is_set():
            return True
        if cancel is not None and cancel():
            stop.set()
            return True
        return False

    results: dict[int, tuple[str, bytes | None]] = {}
    done = 0
    total = len(pages)
    if progress is not None:
        progress(0, total)
    if jobs <= 1 or total <= 1:
        for page in pages:
            if cancelled():
                raise OcrCancelled(_("Đã hủy nhận dạng chữ."))
            results[page] = work(page, cancelled)
            done += 1
            if progress is not None:
                progress(done, total)
        return results
    with ThreadPoolExecutor(max_workers=jobs) as pool:
        futures = {pool.submit(_guarded, work, page, cancelled): page for page in pages}
        try:
            for future in futures:
                results[futures[future]] = future.result()
                done += 1
                if progress is not None:
                    progress(done, total)
        except BaseException:
            stop.set()
            for future in futures:
                future.cancel()
            raise
    return results


def _guarded(
    work: Callable[[int, Cancel], tuple[str, bytes | None]], page: int, cancelled: Cancel
) -> tuple[str, bytes | None]:
    if cancelled():
        raise OcrCancelled(_("Đã hủy nhận dạng chữ."))
    return work(page, cancelled)


# --------------------------------------------------------------------------------------------
# Public API


def _read_pdf(pdf: bytes, max_pages: int | None = None) -> object:
    """The reader of a PDF to OCR, after the checks of the file door on the pages to be read
    (the catalogue, the page count, each page's contents and images): a file that never went
    through the door (``vanthu extract``) must not reach pdftoppm with a 256 MB content stream
    or a 60 000 × 60 000 image."""
    from pypdf import PdfReader

    from desktop.digitise.scan_inputs import check_page_tree, refuse_pdf_bomb

    try:
        reader = PdfReader(io.BytesIO(pdf), strict=False)
        if reader.is_encrypted:
            raise UserError(_("Tệp PDF được mã hóa nên không nhận dạng chữ được."))
        check_page_tree(reader)
        total = len(reader.pages)
        largest = 0
        for page in list(reader.pages)[: max_pages or total]:
            page.mediabox  # noqa: B018 - parsing it is the check
            page.get_contents()
            largest = max(largest, largest_image(page))
    except UserError:
        raise
    except pdf_errors() as exc:  # hostile input
        raise UserError(_("Tệp PDF bị hỏng, không nhận dạng chữ được."), repr(exc)) from exc
    if total == 0:
        raise UserError(_("Tệp PDF không có trang nào, không nhận dạng chữ được."))
    refuse_pdf_bomb(None, max(largest, largest_image_in_bytes(pdf)))
    return reader


def ocr_pdf(
    pdf: bytes,
    *,
    lang: str = "vie",
    dpi: int = 300,
    cancel: Cancel | None = None,
    progress: Progress | None = None,
    jobs: int = 1,
    page_timeout: float = PAGE_TIMEOUT,
    skip_text: bool = True,
    dropout_red: bool = True,
    orient: bool = True,
) -> OcrResult:
    """Add an invisible text layer to each scanned page of ``pdf``.

    Pages that already carry text (born digital) are left alone when ``skip_text``; their own
    text is returned. Refuses a signed PDF (:class:`UserError`). Raises :class:`OcrCancelled`
    when ``cancel()`` becomes true and :class:`EnvironmentProblem` when Tesseract is missing.
    """
    from pypdf import PdfReader, PdfWriter

    from desktop.storage.signed_files import is_signed_pdf

    if is_signed_pdf(pdf):
        raise UserError(
            _(
                "Văn bản đã được ký số nên không thể thêm lớp chữ nhận dạng "
                "(sẽ làm mất hiệu lực chữ ký); hãy nhận dạng chữ trước khi ký."
            )
        )
    reader = _read_pdf(pdf)
    assert isinstance(reader, PdfReader)
    tesseract = check_environment(lang)
    total = len(reader.pages)
    existing: dict[int, str] = {}
    if skip_text:
        for number, page in enumerate(reader.pages, start=1):
            try:
                text = page.extract_text() or ""
            except Exception:  # noqa: BLE001
                text = ""
            if sum(ch.isalnum() for ch in text) >= MIN_EXISTING_TEXT:
                existing[number] = clean_page_text(text)
    todo = [n for n in range(1, total + 1) if n not in existing]

    with tempfile.TemporaryDirectory(prefix="vanthu-ocr-") as tmp:
        tmp_dir = Path(tmp)
        src = tmp_dir / "in.pdf"
        src.write_bytes(pdf)

        turns: dict[int, Straightening] = {}
        work = page_reader(reader, todo, src, tmp_dir, tesseract, lang=lang, dpi=dpi,
                            dropout=dropout_red, timeout=page_timeout, want_pdf=True,
                            straighten=_straightener(tesseract, turns, page_timeout) if orient
                            else None)
        results = _map_pages(work, todo, jobs=jobs, cancel=cancel, progress=progress)

    writer = PdfWriter(clone_from=reader)
    texts: list[str] = []
    for number in range(1, total + 1):
        if number in existing:
            texts.append(existing[number])
            continue
        text, layer = results[number]
        texts.append(clean_page_text(text))
        if layer is None:
            continue
        overlay = PdfReader(io.BytesIO(layer)).pages[0]
        page = writer.pages[number - 1]
        turn = turns.get(number, Straightening())
        if turn.rotate:  # the OCR'd copy is shown upright; the stored scan is not touched
            page.rotation = (page.rotation + turn.rotate) % 360
        matrix = overlay_matrix(page, overlay)
        if abs(turn.skew) >= 0.1:
            matrix = then(unskew(overlay, turn.skew), matrix)
        page.merge_transformed_page(overlay, matrix, over=True)
    writer.add_metadata({"/Producer": "VănThư (Tesseract OCR)"})
    buf = io.BytesIO()
    writer.write(buf)
    return OcrResult(
        pdf_with_text=buf.getvalue(),
        text="\f".join(texts),
        pages=total,
        skipped_pages=sorted(existing),
    )


def _straightener(tesseract: str, turns: dict[int, Straightening], timeout: float
                  ) -> Straighten:
    """Turns each page's OCR copy upright and deskews it around its reading, recording what
    was done."""
    def straighten(page: int, image: Path, read: Callable[[], Reading], cancel: Cancel
                   ) -> tuple[str, bytes | None]:
        text, pdf, turns[page] = read_straightened(tesseract, image, read, cancel=cancel,
                                                   timeout=timeout)
        return text, pdf

    return straighten


def ocr_text_only(
    data: bytes,
    *,
    lang: str = "vie",
    dpi: int = 300,
    cancel: Cancel | None = None,
    progress: Progress | None = None,
    jobs: int = 1,
    page_timeout: float = PAGE_TIMEOUT,
    max_pages: int | None = None,
    dropout_red: bool = True,
    orient: bool = True,
) -> OcrText:
    """Read the text of a PDF (signed ones too: nothing is written) or of an image (JPEG, PNG,
    TIFF), without making a new file. ``max_pages`` limits the work (e.g. 1 to read the first
    page for :func:`desktop.digitise.extract.extract_fields`). Text is NFC, pages joined with ``\\f``."""
    from desktop.digitise.scan import sniff

    kind = sniff(data)
    if kind is None:
        raise UserError(
            _("Dữ liệu không phải ảnh (JPEG, PNG, TIFF) hay PDF, không nhận dạng được.")
        )
    tesseract = check_environment(lang, need_renderer=kind == "pdf")
    with tempfile.TemporaryDirectory(prefix="vanthu-ocr-") as tmp:
        tmp_dir = Path(tmp)
        if kind != "pdf":
            image = tmp_dir / f"in.{'jpg' if kind == 'jpeg' else kind}"
            image.write_bytes(data)
            image_dpi: int | None = None
            if dropout_red and kind != "tiff":  # (multi-page TIFFs go to Tesseract as they are)
                grey = tmp_dir / "in.pgm"
                try:
                    image_dpi = red_channel(data, grey)
                    image = grey
                except Exception as exc:  # noqa: BLE001 - hostile input
                    raise UserError(_("Ảnh hỏng, không nhận dạng chữ được."), repr(exc)) from exc
            if progress is not None:
                progress(0, 1)
            if orient and kind != "tiff":
                if image.suffix not in (".pgm",):
                    grey = tmp_dir / "in.pgm"
                    _to_grey(image, grey)
                    image = grey
                copy = image

                def read() -> Reading:
                    return read_scored(tesseract, copy, lang=lang, dpi=image_dpi,
                                       want_pdf=False, cancel=cancel, timeout=page_timeout)

                text, _pdf, _turn = read_straightened(tesseract, image, read, cancel=cancel,
                                                      timeout=page_timeout)
            else:
                text, _pdf = run_tesseract(tesseract, image, lang=lang, dpi=image_dpi,
                                           want_pdf=False, cancel=cancel, timeout=page_timeout)
            pages = [clean_page_text(p) for p in text.split("\f")]
            while len(pages) > 1 and not pages[-1]:
                pages.pop()
            if max_pages is not None:
                pages = pages[:max_pages]
            if progress is not None:
                progress(1, 1)
            return OcrText("\f".join(pages), len(pages))

        reader = _read_pdf(data, max_pages)
        from pypdf import PdfReader

        assert isinstance(reader, PdfReader)
        total = len(reader.pages)
        numbers = list(range(1, (min(total, max_pages) if max_pages else total) + 1))
        src = tmp_dir / "in.pdf"
        src.write_bytes(data)

        work = page_reader(reader, numbers, src, tmp_dir, tesseract, lang=lang, dpi=dpi,
                            dropout=dropout_red, timeout=page_timeout, want_pdf=False,
                            straighten=_straightener(tesseract, {}, page_timeout) if orient
                            else None)
        results = _map_pages(work, numbers, jobs=jobs, cancel=cancel, progress=progress)
    texts = [clean_page_text(results[n][0]) for n in numbers]
    return OcrText("\f".join(texts), len(numbers))


def _to_grey(image: Path, out: Path) -> None:
    from PIL import Image

    try:
        with Image.open(image) as im:
            im.convert("L").save(out, "PPM")
    except Exception as exc:  # noqa: BLE001 - hostile input
        raise UserError(_("Ảnh hỏng, không nhận dạng chữ được."), repr(exc)) from exc
