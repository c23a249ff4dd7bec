"""The input files of a scan (JPEG, PNG, TIFF, PDF): their real type from their first bytes, and
what inspecting them finds (pages, resolution, a signature). Hostile input (empty, truncated,
corrupt, encrypted, decompression bombs, text named ``.pdf``) raises
:class:`~desktop.core.errors.UserError` with a Vietnamese message naming the file."""

from __future__ import annotations

import io
import warnings
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from desktop.core.errors import EnvironmentProblem, UserError, VanThuError
from desktop.core.hostile import largest_image, largest_image_in_bytes, pdf_errors
from desktop.core.i18n import _
from desktop.storage.signed_files import is_signed_pdf

FileKind = Literal["jpeg", "png", "tiff", "pdf"]


def _max_pixels() -> int:
    """Largest image accepted, in pixels: Pillow's own decompression-bomb limit (≈ 89
    megapixels; an A3 page at 600 dpi is ≈ 70). Larger images are refused, never decoded."""
    from PIL import Image

    return int(Image.MAX_IMAGE_PIXELS or 89_478_485)


_EXTENSIONS: dict[FileKind, tuple[str, ...]] = {
    "jpeg": (".jpg", ".jpeg", ".jpe", ".jfif"),
    "png": (".png",),
    "tiff": (".tif", ".tiff"),
    "pdf": (".pdf",),
}


@dataclass(frozen=True)
class FileCheck:
    """What :func:`inspect_file` found in one input file."""

    path: Path
    kind: FileKind
    pages: int
    signed: bool = False
    #: Resolution recorded in the image (x, y), or None when absent / not an image.
    dpi: tuple[float, float] | None = None
    size: tuple[int, int] | None = None
    warnings: list[str] = field(default_factory=list)


# --------------------------------------------------------------------------------------------
# Type detection


def sniff(data: bytes) -> FileKind | None:
    """The real type of ``data`` from its magic bytes, or None."""
    if data.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if data.startswith((b"II*\x00", b"MM\x00*", b"II+\x00", b"MM\x00+")):
        return "tiff"
    # PDF readers accept the header anywhere in the first KiB (some scanners prepend junk).
    if b"%PDF-" in data[:1024]:
        return "pdf"
    return None


def read_input(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except (FileNotFoundError, IsADirectoryError, NotADirectoryError) as exc:
        raise UserError(
            _("Không tìm thấy tệp {name}.", name=path.name), f"{path}: {exc!r}"
        ) from exc
    except OSError as exc:
        raise EnvironmentProblem(
            _("Không đọc được tệp {name}; kiểm tra quyền truy cập rồi thử lại.", name=path.name),
            f"{path}: {exc!r}",
        ) from exc


# --------------------------------------------------------------------------------------------
# Inspection


def inspect_file(path: Path) -> FileCheck:
    """Check one input file and say what it is. Raises :class:`UserError` on bad input."""
    data = read_input(path)
    return inspect_bytes(data, path)


def inspect_bytes(data: bytes, path: Path) -> FileCheck:
    """Like :func:`inspect_file` on bytes already read; ``path`` names the file in messages."""
    name = path.name
    if not data:
        raise UserError(_("Tệp {name} rỗng (0 byte).", name=name), str(path))
    kind = sniff(data)
    if kind is None:
        raise UserError(
            _("Tệp {name} không phải ảnh (JPEG, PNG, TIFF) hay PDF hợp lệ.", name=name),
            f"{path}: first bytes {data[:16]!r}",
        )
    notes: list[str] = []
    suffix = path.suffix.lower()
    known = {ext for exts in _EXTENSIONS.values() for ext in exts}
    if suffix in known and suffix not in _EXTENSIONS[kind]:
        notes.append(
            _(
                "Tệp {name} thực chất là {kind}; đã xử lý theo loại thật.",
                name=name,
                kind=kind.upper(),
            )
        )
    if kind == "pdf":
        return _inspect_pdf(data, path, notes)
    return _inspect_image(data, path, kind, notes)


def corrupt_error(path: Path, kind: str, exc: BaseException | str) -> UserError:
    return UserError(
        _(
            "Tệp {name} bị hỏng hoặc không đầy đủ, không đọc được ({kind}).",
            name=path.name,
            kind=kind.upper(),
        ),
        f"{path}: {exc!r}",
    )


def _bomb(path: Path, pixels: int) -> UserError:
    return UserError(
        _(
            "Ảnh {name} quá lớn ({megapixels} megapixel, tối đa {limit}); "
            "hãy quét lại với độ phân giải thấp hơn.",
            name=path.name,
            megapixels=round(pixels / 1e6),
            limit=round(_max_pixels() / 1e6),
        ),
        f"{path}: {pixels} pixels",
    )


#: More pages than any document a commune registers (a /Count above this is a forged tree).
MAX_PDF_PAGES = 100_000


def check_page_tree(reader: Any) -> None:
    """The file's own catalogue, named by its trailer, and a page count in range: pypdf finds a
    lost catalogue by searching the file and walks a tree whose /Count lies, but the renderers
    (pdftoppm, the preview) refuse such files, so they are refused here too. Raises a
    ``ValueError`` (one of :func:`~desktop.core.hostile.pdf_errors`)."""
    named = reader.trailer.get("/Root")
    root: Any = named.get_object() if named is not None else None
    if not hasattr(root, "get") or root.get("/Pages") is None:
        raise ValueError("the trailer names no catalogue (/Root)")
    count = root["/Pages"].get_object().get("/Count")
    if not isinstance(count, int) or not 0 <= int(count) <= MAX_PDF_PAGES:
        raise ValueError(f"page count out of range: {count!r}")


def refuse_pdf_bomb(name: str | None, pixels: int) -> None:
    """Refuses a PDF whose largest image (:func:`~desktop.core.hostile.largest_image`) is
    larger than an image file may be."""
    if pixels <= _max_pixels():
        return
    values = {"megapixels": round(pixels / 1e6), "limit": round(_max_pixels() / 1e6)}
    if name is None:
        message = _("Tệp PDF chứa ảnh quá lớn ({megapixels} megapixel, tối đa {limit}; "
                    "nghi là “bom giải nén”); không mở.", **values)
    else:
        message = _("Tệp PDF {name} chứa ảnh quá lớn ({megapixels} megapixel, tối đa {limit}; "
                    "nghi là “bom giải nén”); không mở.", name=name, **values)
    raise UserError(message, f"{name}: {pixels} pixels", field="file")


def _inspect_image(data: bytes, path: Path, kind: FileKind, notes: list[str]) -> FileCheck:
    from PIL import Image, UnidentifiedImageError

    limit = _max_pixels()
    frames = 0
    size: tuple[int, int] | None = None
    dpi: tuple[float, float] | None = None
    try:
        # Pillow warns above its limit and refuses above twice the limit: refuse both. The
        # explicit size check below stands even if another thread changes the warning filters.
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data), formats=[_PIL_FORMAT[kind]]) as im:
                while True:
                    w, h = im.size
                    if w <= 0 or h <= 0:
                        raise corrupt_error(path, kind, f"size {w}x{h}")
                    if w * h > limit:
                        raise _bomb(path, w * h)
                    if size is None:
                        size = (w, h)
                        raw = im.info.get("dpi")
                        if raw:
                            dpi = (float(raw[0]), float(raw[1]))
                    if kind == "jpeg":
                        # Decoding at 1/8 scale (DCT scaling) still reads every entropy-coded
                        # segment, so truncated or corrupt data is found, at ~1/6 of the cost.
                        im.draft(im.mode, (max(1, w // 8), max(1, h // 8)))
                    im.load()  # full decode: finds truncated and corrupt data
                    frames += 1
                    if kind != "tiff":
                        break
                    try:
                        im.seek(frames)
                    except EOFError:
                        break
    except VanThuError:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise UserError(
            _(
                "Ảnh {name} quá lớn (nghi là “bom giải nén”); không mở.",
                name=path.name,
            ),
            f"{path}: {exc}",
        ) from exc
    except UnidentifiedImageError as exc:
        raise corrupt_error(path, kind, exc) from exc
    except (OSError, ValueError, SyntaxError, EOFError, MemoryError, Warning) as exc:
        raise corrupt_error(path, kind, exc) from exc
    if frames == 0 or size is None:
        raise corrupt_error(path, kind, "no frames")
    return FileCheck(path=path, kind=kind, pages=frames, dpi=dpi, size=size, warnings=notes)


_PIL_FORMAT: dict[FileKind, str] = {"jpeg": "JPEG", "png": "PNG", "tiff": "TIFF", "pdf": "PDF"}


def _inspect_pdf(data: bytes, path: Path, notes: list[str]) -> FileCheck:
    from pypdf import PdfReader

    name = path.name
    if b"%%EOF" not in data[-2048:]:
        raise corrupt_error(path, "pdf", "no %%EOF near the end: truncated")
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        encrypted = reader.is_encrypted
    except pdf_errors() as exc:  # any parser failure on hostile input
        raise corrupt_error(path, "pdf", exc) from exc
    if encrypted:
        raise UserError(
            _(
                "Tệp PDF {name} được mã hóa (có mật khẩu); hãy gỡ mật khẩu rồi đưa vào lại.",
                name=name,
            ),
            str(path),
        )
    try:
        check_page_tree(reader)
        pages = len(reader.pages)
        largest = 0
        for page in reader.pages:
            page.mediabox  # noqa: B018 - parsing it is the check
            page.get_contents()
            largest = max(largest, largest_image(page))
    except pdf_errors() as exc:
        raise corrupt_error(path, "pdf", exc) from exc
    refuse_pdf_bomb(name, max(largest, largest_image_in_bytes(data)))
    if pages == 0:
        raise UserError(_("Tệp PDF {name} không có trang nào.", name=name), str(path))
    return FileCheck(path=path, kind="pdf", pages=pages, signed=is_signed_pdf(data), warnings=notes)
