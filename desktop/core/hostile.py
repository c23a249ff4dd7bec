"""What reading a damaged or hostile file may raise, named once.

Parsers of PDFs and images (pypdf, pyHanko's reader, Pillow, img2pdf) do not confine themselves to
their own exception classes on malformed input: a truncated stream is a ``zlib.error``, a bad
offset a ``struct.error`` or ``IndexError``, a missing key a ``KeyError``, a loop in the object
graph a ``RecursionError``, a broken PNG chunk a ``SyntaxError``. Code that turns a bad file into
"not readable" (or into a message naming the file) catches these, and nothing wider, so a bug of
ours (a ``NameError``, an ``ImportError``) still surfaces.

The tuples of the libraries' own classes are built on first use, so importing this module does
not import pypdf or Pillow: ``except pdf_errors():`` evaluates the call only when something was
raised.
"""

from __future__ import annotations

import re
import struct
import zlib
from typing import Any

#: What the standard library and plain Python raise inside a parser on malformed data.
DECODE_ERRORS: tuple[type[Exception], ...] = (
    ValueError,  # includes UnicodeDecodeError, binascii.Error
    TypeError,
    LookupError,  # KeyError, IndexError
    AttributeError,  # a dictionary where a stream was expected, and the like
    ArithmeticError,  # ZeroDivisionError, OverflowError
    AssertionError,
    RuntimeError,  # RecursionError, NotImplementedError (an unsupported filter)
    EOFError,
    OSError,
    SyntaxError,  # Pillow: "broken PNG file"
    zlib.error,
    struct.error,
)


def pdf_errors() -> tuple[type[Exception], ...]:
    """What reading a PDF with pypdf may raise on a damaged or hostile file."""
    from pypdf.errors import PyPdfError

    return (PyPdfError, *DECODE_ERRORS)


def image_errors() -> tuple[type[Exception], ...]:
    """What decoding an image with Pillow may raise, a decompression bomb included."""
    from PIL import Image

    return (Image.DecompressionBombError, *DECODE_ERRORS)


def conversion_errors() -> tuple[type[Exception], ...]:
    """What img2pdf may raise when it refuses an image (an alpha channel, an odd colour space, a
    page too large), from its own checks, from Pillow, or from pikepdf that writes its PDF."""
    import img2pdf

    own: tuple[type[Exception], ...] = (
        img2pdf.AlphaChannelError,
        img2pdf.ExifOrientationError,
        img2pdf.ImageOpenError,
        img2pdf.JpegColorspaceError,
        img2pdf.NegativeDimensionError,
        img2pdf.PdfTooLargeError,
        img2pdf.UnsupportedColorspaceError,
    )
    try:
        from pikepdf import PdfError as PikePdfError
    except ImportError:  # img2pdf then writes the PDF itself
        return own + image_errors()
    return (*own, PikePdfError, *image_errors())


#: How deep :func:`largest_image` follows form XObjects inside form XObjects.
_FORM_DEPTH = 8


def largest_image(page: Any) -> int:
    """The largest image a PDF page declares, in pixels (``/Width`` × ``/Height`` of its image
    XObjects, those of the forms it draws included), read from the dictionaries only: nothing is
    decoded. A 60 000 × 60 000 image compressed to a few hundred kB is a decompression bomb for
    whatever renders the page (pdftoppm, the preview), and is refused before that. Raises what
    :func:`pdf_errors` names on a damaged page."""
    largest = 0
    seen: set[int] = set()
    stack: list[tuple[Any, int]] = [(page.get("/Resources"), 0)]
    while stack:
        resources, depth = stack.pop()
        resources = _resolved(resources)
        if not hasattr(resources, "get"):
            continue
        xobjects = _resolved(resources.get("/XObject"))
        if not hasattr(xobjects, "values"):
            continue
        for ref in xobjects.values():
            key = id(ref) if not hasattr(ref, "idnum") else ref.idnum
            if key in seen:
                continue
            seen.add(key)
            obj = _resolved(ref)
            if not hasattr(obj, "get"):
                continue
            if obj.get("/Subtype") == "/Image":
                width = int(_resolved(obj.get("/Width", 0)))
                height = int(_resolved(obj.get("/Height", 0)))
                largest = max(largest, abs(width) * abs(height))
            elif obj.get("/Subtype") == "/Form" and depth < _FORM_DEPTH:
                stack.append((obj.get("/Resources"), depth + 1))
    return largest


def _resolved(value: Any) -> Any:
    return value.get_object() if hasattr(value, "get_object") else value


_IMAGE_SUBTYPE = re.compile(rb"/Subtype\s*/Image\b")
_WIDTH = re.compile(rb"/Width\s+(\d{1,12})\b")
_HEIGHT = re.compile(rb"/Height\s+(\d{1,12})\b")


def largest_image_in_bytes(data: bytes, window: int = 400) -> int:
    """The largest ``/Width`` × ``/Height`` written near a ``/Subtype /Image`` anywhere in the
    file's bytes (not in compressed object streams). It does not depend on how a parser reads
    the file: a page dictionary with ``/Resources`` twice is read by pypdf with the first and by
    poppler with the last, so an image bomb hidden behind the second is found only here."""
    largest = 0
    for match in _IMAGE_SUBTYPE.finditer(data):
        near = data[max(0, match.start() - window): match.end() + window]
        widths = [int(w) for w in _WIDTH.findall(near)]
        heights = [int(h) for h in _HEIGHT.findall(near)]
        if widths and heights:
            largest = max(largest, max(widths) * max(heights))
    return largest
