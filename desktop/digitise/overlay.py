"""Where the OCR text goes on the page: the PDF matrices that lay Tesseract's text-only page
over the scanned one (scaled to the crop box, ``/Rotate`` undone, a straightened reading turned
back by its skew). Pure arithmetic on pypdf pages; used by :mod:`desktop.digitise.ocr`."""

from __future__ import annotations

Matrix = tuple[float, float, float, float, float, float]


def then(first: Matrix, second: Matrix) -> Matrix:
    """The PDF matrix applying ``first`` then ``second`` (row vectors: p · first · second)."""
    a1, b1, c1, d1, e1, f1 = first
    a2, b2, c2, d2, e2, f2 = second
    return (a1 * a2 + b1 * c2, a1 * b2 + b1 * d2, c1 * a2 + d1 * c2, c1 * b2 + d1 * d2,
            e1 * a2 + f1 * c2 + e2, e1 * b2 + f1 * d2 + f2)


def unskew(overlay: object, skew: float) -> Matrix:
    """The text read on the straightened copy put back on the page as scanned: turned by
    ``-skew`` degrees about the page's centre."""
    import math

    from pypdf import PageObject

    assert isinstance(overlay, PageObject)
    cx, cy = float(overlay.mediabox.width) / 2, float(overlay.mediabox.height) / 2
    t = math.radians(-skew)
    cos, sin = math.cos(t), math.sin(t)
    return (cos, sin, -sin, cos, cx - cos * cx + sin * cy, cy - sin * cx - cos * cy)


def overlay_matrix(
    page: object, overlay: object
) -> tuple[float, float, float, float, float, float]:
    """Map the text-only page (drawn upright, as the page is displayed) onto the page's own
    unrotated user space: scale to the crop box, then undo ``/Rotate``."""
    from pypdf import PageObject

    assert isinstance(page, PageObject) and isinstance(overlay, PageObject)
    box = page.cropbox
    x0, y0 = float(box.left), float(box.bottom)
    w, h = float(box.width), float(box.height)
    rotation = page.rotation % 360
    shown_w, shown_h = (h, w) if rotation in (90, 270) else (w, h)
    sx = shown_w / float(overlay.mediabox.width)
    sy = shown_h / float(overlay.mediabox.height)
    # (u, v) in the displayed page → (x, y) in user space, as [a b c d e f] with x = a·u + c·v + e
    if rotation == 90:
        a, b, c, d, e, f = 0.0, 1.0, -1.0, 0.0, x0 + w, y0
    elif rotation == 180:
        a, b, c, d, e, f = -1.0, 0.0, 0.0, -1.0, x0 + w, y0 + h
    elif rotation == 270:
        a, b, c, d, e, f = 0.0, -1.0, 1.0, 0.0, x0, y0 + h
    else:
        a, b, c, d, e, f = 1.0, 0.0, 0.0, 1.0, x0, y0
    # First scale (sx, sy), then the rotation above.
    return (sx * a, sx * b, sy * c, sy * d, e, f)
