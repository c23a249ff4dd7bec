"""Turn scanned pages (JPEG, PNG, TIFF, PDF) into one PDF, losslessly.

Pure functions on paths and bytes; no database, no Qt.

- JPEG pages are embedded as they are (img2pdf writes the JPEG bytes into a ``/DCTDecode``
  stream: no re-encoding). PNG and TIFF are embedded losslessly by img2pdf too.
- PDF inputs are merged page by page with pypdf.
- Rotation only sets the page's ``/Rotate``: image bytes never change.
- A PDF that carries a digital signature is never modified (:func:`is_signed_pdf`).
- The real type of each file comes from its first bytes, not from its extension.
- Hostile input (empty, truncated, corrupt, encrypted, decompression bombs, text named ``.pdf``)
  raises :class:`~desktop.core.errors.UserError` with a Vietnamese message naming the file.

What each input file is, and inspecting it, is :mod:`desktop.digitise.scan_inputs`.
"""

from __future__ import annotations

import io
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from desktop.core.errors import UserError, VanThuError
from desktop.core.hostile import conversion_errors, pdf_errors
from desktop.core.i18n import _
from desktop.digitise.scan_inputs import (
    FileCheck,
    FileKind,
    corrupt_error,
    inspect_bytes,
    inspect_file,
    read_input,
    sniff,
)
from desktop.storage.signed_files import is_signed_pdf

__all__ = ["OUTPUT_PDF_VERSION", "BatchItem", "FileCheck", "FileKind", "ScanFailure", "ScanResult",
           "build_batch", "build_pdf", "inspect_bytes", "inspect_file", "is_signed_pdf", "sniff"]

#: Output PDF version (Phụ lục I asks for 1.4 or later).
OUTPUT_PDF_VERSION = "1.7"


# Sizes of an A4 page in inches, used to guess the resolution of images that do not record it.
_A4_LONG_IN = 297 / 25.4
_A3_LONG_IN = 420 / 25.4


@dataclass
class ScanResult:
    """One PDF made of the given sources."""

    pdf: bytes
    pages: int
    warnings: list[str] = field(default_factory=list)
    sources: list[Path] = field(default_factory=list)
    #: True when a signed PDF was returned byte for byte.
    signed: bool = False


@dataclass
class ScanFailure:
    """One document of a batch that could not be built; the rest of the batch goes on."""

    sources: list[Path]
    message: str
    details: str = ""
    error: VanThuError | None = None


BatchItem = ScanResult | ScanFailure


# --------------------------------------------------------------------------------------------
# Building


@dataclass
class _Source:
    check: FileCheck
    data: bytes


def _image_to_pdf(src: _Source, notes: list[str]) -> bytes:
    """One image file (all its frames) → PDF bytes, losslessly."""
    import img2pdf

    check = src.check
    kwargs: dict[str, object] = {"rotation": img2pdf.Rotation.ifvalid}
    assumed = _assumed_dpi(check)
    if assumed is not None:
        kwargs["layout_fun"] = img2pdf.get_fixed_dpi_layout_fun((assumed, assumed))
        notes.append(
            _(
                "Ảnh {name} không ghi độ phân giải; coi là trang A4 ({dpi} dpi).",
                name=check.path.name,
                dpi=round(assumed),
            )
        )
    try:
        out = img2pdf.convert(src.data, **kwargs)
    except conversion_errors() as exc:  # img2pdf refuses some exotic images: convert them
        if check.kind == "jpeg":
            raise corrupt_error(check.path, check.kind, exc) from exc
        out = _image_to_pdf_via_pillow(src, kwargs)
        notes.append(
            _(
                "Ảnh {name} được chuyển sang PNG (không mất dữ liệu) trước khi ghép.",
                name=check.path.name,
            )
        )
    if not isinstance(out, bytes):
        raise corrupt_error(check.path, check.kind, "img2pdf returned no bytes")
    return out


def _image_to_pdf_via_pillow(src: _Source, kwargs: dict[str, object]) -> bytes:
    import img2pdf
    from PIL import Image

    frames: list[bytes] = []
    try:
        with Image.open(io.BytesIO(src.data)) as im:
            for index in range(src.check.pages):
                im.seek(index)
                frame = im.convert("RGB") if im.mode not in ("1", "L", "RGB") else im.copy()
                buf = io.BytesIO()
                dpi = im.info.get("dpi")
                frame.save(buf, "PNG", **({"dpi": dpi} if dpi else {}))
                frames.append(buf.getvalue())
        out = img2pdf.convert(frames, **kwargs)
    except conversion_errors() as exc:
        raise corrupt_error(src.check.path, src.check.kind, exc) from exc
    assert isinstance(out, bytes)
    return out


def _assumed_dpi(check: FileCheck) -> float | None:
    """A resolution to assume when the image records none (or a placeholder 72/96 dpi that
    would make the page larger than A3): fit the long side to an A4 page."""
    if check.size is None:
        return None
    long_px = max(check.size)
    if check.dpi is not None and min(check.dpi) > 1:
        dpi = min(check.dpi)
        if dpi > 96 or long_px / dpi <= _A3_LONG_IN:
            return None
    return max(long_px / _A4_LONG_IN, 1.0)


def _load_sources(sources: Sequence[Path]) -> list[_Source]:
    loaded = []
    for path in sources:
        data = read_input(path)
        loaded.append(_Source(inspect_bytes(data, path), data))
    return loaded


def build_pdf(
    sources: list[Path],
    *,
    rotations: dict[int, int] | None = None,
    remove: set[int] | None = None,
    order: list[int] | None = None,
) -> ScanResult:
    """Make one PDF of ``sources`` (in the given order, TIFF and PDF files giving all pages).

    Page indices (0-based) refer to the combined sequence of pages before any change:
    ``rotations`` maps an index to degrees clockwise (a multiple of 90), ``remove`` drops
    indices, ``order`` lists indices in their new order (removed indices may be left out).
    A single signed PDF without changes is returned byte for byte; any change to a signed PDF,
    or merging it with other pages, is refused.
    """
    if not sources:
        raise UserError(_("Chưa chọn tệp nào để số hóa."))
    loaded = _load_sources(sources)
    notes = [n for s in loaded for n in s.check.warnings]
    total = sum(s.check.pages for s in loaded)
    rotations = dict(rotations or {})
    remove = set(remove or set())
    final = _final_order(total, rotations, remove, order)

    signed = [s for s in loaded if s.check.signed]
    if signed:
        names = ", ".join(s.check.path.name for s in signed)
        if len(loaded) > 1:
            raise UserError(
                _(
                    "Tệp {name} đã được ký số nên không thể ghép với trang khác; "
                    "hãy lưu riêng tệp này.",
                    name=names,
                ),
                f"signed: {names}",
            )
        changed = final != list(range(total)) or any(rotations.get(i, 0) % 360 for i in final)
        if changed:
            raise UserError(
                _(
                    "Tệp {name} đã được ký số; không được xoay, xóa hay đổi thứ tự trang "
                    "vì sẽ làm mất hiệu lực chữ ký.",
                    name=names,
                ),
                f"signed: {names}",
            )
        only = signed[0]
        return ScanResult(
            pdf=only.data,
            pages=only.check.pages,
            warnings=notes,
            sources=list(sources),
            signed=True,
        )

    from pypdf import PdfReader, PdfWriter

    pages: list[tuple[PdfReader, int]] = []  # (reader, page index) in the combined sequence
    versions = [OUTPUT_PDF_VERSION]
    for src in loaded:
        pdf = src.data if src.check.kind == "pdf" else _image_to_pdf(src, notes)
        try:
            reader = PdfReader(io.BytesIO(pdf), strict=False)
            if src.check.kind == "pdf":
                versions.append(_header_version(pdf))
            pages.extend((reader, i) for i in range(len(reader.pages)))
        except pdf_errors() as exc:
            raise corrupt_error(src.check.path, src.check.kind, exc) from exc
    if len(pages) != total:
        raise corrupt_error(loaded[0].check.path, "pdf", f"page count {len(pages)} != {total}")

    writer = PdfWriter()
    for index in final:
        reader, number = pages[index]
        try:
            page = writer.add_page(reader.pages[number])
        except pdf_errors() as exc:
            src_of = _source_of(loaded, index)
            raise corrupt_error(src_of.check.path, src_of.check.kind, exc) from exc
        degrees = rotations.get(index, 0) % 360
        if degrees:
            page.rotate(degrees)
    writer.pdf_header = f"%PDF-{max(versions, key=_version_key)}"
    writer.add_metadata({"/Producer": "VănThư"})
    buf = io.BytesIO()
    writer.write(buf)
    return ScanResult(pdf=buf.getvalue(), pages=len(final), warnings=notes, sources=list(sources))


def _source_of(loaded: list[_Source], index: int) -> _Source:
    for src in loaded:
        if index < src.check.pages:
            return src
        index -= src.check.pages
    return loaded[-1]


def _header_version(pdf: bytes) -> str:
    match = re.search(rb"%PDF-(\d\.\d)", pdf[:1024])
    return match.group(1).decode() if match else "1.4"


def _version_key(version: str) -> tuple[int, int]:
    major, _sep, minor = version.partition(".")
    return (int(major), int(minor or 0))


def _final_order(
    total: int, rotations: dict[int, int], remove: set[int], order: list[int] | None
) -> list[int]:
    def bad(what: str, index: object) -> UserError:
        return UserError(
            _(
                "Trang số {page} không có (tài liệu có {total} trang).",
                page=index if not isinstance(index, int) else index + 1,
                total=total,
            ),
            f"{what}: {index!r}",
        )

    for index in (*rotations, *remove, *(order or [])):
        if not isinstance(index, int) or not 0 <= index < total:
            raise bad("index", index)
    for index, degrees in rotations.items():
        if degrees % 90:
            raise UserError(
                _("Chỉ xoay trang theo bội số của 90 độ (trang {page}).", page=index + 1),
                f"rotation {degrees}",
            )
    if order is None:
        final = [i for i in range(total) if i not in remove]
    else:
        if len(set(order)) != len(order):
            raise UserError(_("Thứ tự trang có trang lặp lại."), f"order {order}")
        missing = set(range(total)) - remove - set(order)
        if missing:
            raise UserError(
                _(
                    "Thứ tự trang thiếu trang {pages}.",
                    pages=", ".join(str(i + 1) for i in sorted(missing)),
                ),
                f"order {order}",
            )
        final = [i for i in order if i not in remove]
    if not final:
        raise UserError(_("Không còn trang nào sau khi xóa."))
    return final


def build_batch(
    documents: Sequence[Path | Sequence[Path]],
) -> list[BatchItem]:
    """Build one PDF per document; a failing document gives a :class:`ScanFailure` and the
    batch goes on. Each element is a path (one file = one document) or a list of paths (the
    pages of one document)."""
    results: list[BatchItem] = []
    for doc in documents:
        paths = [doc] if isinstance(doc, Path) else list(doc)
        try:
            results.append(build_pdf(paths))
        except VanThuError as exc:
            results.append(ScanFailure(paths, exc.message, exc.details, exc))
    return results
