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

import struct
import zlib

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
