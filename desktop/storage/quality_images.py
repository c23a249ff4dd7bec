"""Where each image is drawn on a PDF page and what colour it is: the page's content stream walked
(``q``/``Q``/``cm`` … ``Do``, inline images and form XObjects included) to find each image's
placement, hence its effective resolution in x and y; the colour from the image's colour space,
and an RGB image whose pixels are all grey found on a cheap downsample."""

from __future__ import annotations

import io
import math
from dataclasses import dataclass
from typing import Any, Literal

from desktop.core.hostile import image_errors, pdf_errors

ColourKind = Literal["colour", "grey", "bw"]


#: An RGB image is "grey" when fewer than this fraction of its pixels have any colour.
GREY_MAX_COLOUR_FRACTION = 0.0005
GREY_CHROMA_THRESHOLD = 16

Matrix = tuple[float, float, float, float, float, float]
IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)


@dataclass
class ImagePlacement:
    width_px: int
    height_px: int
    dpi_x: float
    dpi_y: float
    colour: ColourKind | None
    #: Area covered on the page, in square points (bounding box, clipped to the page).
    area: float


# --------------------------------------------------------------------------------------------


def _mul(m: Matrix, n: Matrix) -> Matrix:
    """m × n (apply m first, then n), PDF row-vector convention."""
    a, b, c, d, e, f = m
    a2, b2, c2, d2, e2, f2 = n
    return (
        a * a2 + b * c2,
        a * b2 + b * d2,
        c * a2 + d * c2,
        c * b2 + d * d2,
        e * a2 + f * c2 + e2,
        e * b2 + f * d2 + f2,
    )


def _matrix(values: Any) -> Matrix:
    nums = [float(v) for v in values]
    if len(nums) != 6:
        raise ValueError(f"bad matrix {values!r}")
    return (nums[0], nums[1], nums[2], nums[3], nums[4], nums[5])


def _bbox(m: Matrix) -> tuple[float, float, float, float]:
    pts = [(m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]) for x, y in _UNIT]
    xs = [p[0] for p in pts]
    ys = [p[1] for p in pts]
    return min(xs), min(ys), max(xs), max(ys)


_UNIT = ((0, 0), (1, 0), (0, 1), (1, 1))


def pdf_get(obj: Any, *keys: str) -> Any:
    for key in keys:
        if key in obj:
            value = obj[key]
            return value.get_object() if hasattr(value, "get_object") else value
    return None


def _resolve_colour_space(cs: Any, resources: Any) -> Any:
    cs = cs.get_object() if hasattr(cs, "get_object") else cs
    if isinstance(cs, str) and resources is not None:
        named = pdf_get(resources, "/ColorSpace")
        if named is not None and cs in named:
            return named[cs].get_object()
    return cs


_ABBREVIATED_CS = {
    "/G": "/DeviceGray",
    "/RGB": "/DeviceRGB",
    "/CMYK": "/DeviceCMYK",
    "/I": "/Indexed",
}


def _colour_of_space(cs: Any, resources: Any, depth: int = 0) -> ColourKind | None:
    cs = _resolve_colour_space(cs, resources)
    if depth > 4 or cs is None:
        return None
    if isinstance(cs, str):
        cs = _ABBREVIATED_CS.get(cs, cs)
        if cs in ("/DeviceGray", "/CalGray"):
            return "grey"
        if cs in ("/DeviceRGB", "/CalRGB", "/DeviceCMYK", "/Lab"):
            return "colour"
        return None
    if isinstance(cs, list) and cs:
        family = str(cs[0])
        family = _ABBREVIATED_CS.get(family, family)
        if family in ("/CalGray",):
            return "grey"
        if family in ("/CalRGB", "/Lab"):
            return "colour"
        if family == "/ICCBased" and len(cs) > 1:
            n = int(cs[1].get_object().get("/N", 3))
            return "grey" if n == 1 else "colour"
        if family == "/Indexed" and len(cs) > 3:
            base = _colour_of_space(cs[1], resources, depth + 1)
            if base != "colour":
                return base
            return _indexed_colour(cs[3].get_object(), cs[1], resources)
        if family == "/Separation":
            return "grey"
        if family == "/DeviceN":
            return "colour"
    return None


def _indexed_colour(lookup: Any, base: Any, resources: Any) -> ColourKind:
    """A palette over a colour space is colour only if some palette entry is not grey."""
    data = lookup.get_data() if hasattr(lookup, "get_data") else bytes(lookup)
    base = _resolve_colour_space(base, resources)
    if isinstance(base, list) and str(base[0]) == "/ICCBased":
        n = int(base[1].get_object().get("/N", 3))
    else:
        n = 4 if base in ("/DeviceCMYK", "/CMYK") else 3
    if n != 3:
        return "colour"
    for i in range(0, len(data) - 2, 3):
        r, g, b = data[i], data[i + 1], data[i + 2]
        if max(r, g, b) - min(r, g, b) > GREY_CHROMA_THRESHOLD:
            return "colour"
    return "grey"


def _filters(obj: Any) -> list[str]:
    f = pdf_get(obj, "/Filter", "/F")
    if f is None:
        return []
    if isinstance(f, list):
        return [str(x) for x in f]
    return [str(f)]


def _image_colour(obj: Any, resources: Any) -> ColourKind | None:
    if bool(pdf_get(obj, "/ImageMask", "/IM")):
        return "bw"
    filters = _filters(obj)
    if any(f in ("/JBIG2Decode", "/CCITTFaxDecode", "/CCF") for f in filters):
        return "bw"
    bpc = pdf_get(obj, "/BitsPerComponent", "/BPC")
    cs = pdf_get(obj, "/ColorSpace", "/CS")
    kind = _colour_of_space(cs, resources) if cs is not None else None
    if bpc is not None and int(bpc) == 1 and kind != "colour":
        return "bw"
    return kind


def _looks_grey(obj: Any) -> bool:
    """True when an RGB image has (almost) no coloured pixel. Cheap: JPEGs are decoded at 1/8
    scale; other images only when 8-bit RGB, then downsampled."""
    from PIL import Image, ImageChops

    filters = _filters(obj)
    im: Image.Image
    try:
        width = int(pdf_get(obj, "/Width", "/W"))
        height = int(pdf_get(obj, "/Height", "/H"))
        if filters and filters[-1] in ("/DCTDecode", "/DCT"):
            raw = obj._data if len(filters) == 1 else obj.get_data()  # noqa: SLF001
            jpeg = Image.open(io.BytesIO(raw))
            if jpeg.mode not in ("RGB", "YCbCr"):
                return False
            jpeg.draft("RGB", (max(width // 8, 1), max(height // 8, 1)))
            im = jpeg.convert("RGB")
        else:
            bpc = pdf_get(obj, "/BitsPerComponent", "/BPC")
            if bpc is None or int(bpc) != 8 or any(f in ("/JPXDecode",) for f in filters):
                return False
            data = obj.get_data()
            if len(data) < width * height * 3:
                return False
            im = Image.frombytes("RGB", (width, height), data[: width * height * 3])
        im.thumbnail((600, 600))
        r, g, b = im.split()
        chroma = ImageChops.lighter(
            ImageChops.lighter(ImageChops.difference(r, g), ImageChops.difference(g, b)),
            ImageChops.difference(r, b),
        )
        hist = chroma.histogram()
        coloured = sum(hist[GREY_CHROMA_THRESHOLD + 1 :])
        return coloured < GREY_MAX_COLOUR_FRACTION * (im.width * im.height)
    except image_errors() + pdf_errors():  # undecodable image: no opinion
        return False


class PageWalker:
    def __init__(self, page_box: tuple[float, float, float, float]) -> None:
        self.box = page_box
        self.placements: list[ImagePlacement] = []
        self.seen_forms: set[int] = set()

    def walk(self, content: Any, resources: Any, ctm: Matrix, depth: int = 0) -> None:
        from pypdf.generic import ContentStream

        if depth > 8 or content is None:
            return
        stream = content if isinstance(content, ContentStream) else ContentStream(content, None)
        stack: list[Matrix] = []
        for operands, operator in stream.operations:
            if operator == b"q":
                stack.append(ctm)
            elif operator == b"Q":
                if stack:
                    ctm = stack.pop()
            elif operator == b"cm":
                try:
                    ctm = _mul(_matrix(operands), ctm)
                except (ValueError, TypeError):
                    continue
            elif operator == b"Do" and operands:
                self._do(str(operands[0]), resources, ctm, depth)
            elif operator == b"INLINE IMAGE":
                settings = operands.get("settings", {}) if isinstance(operands, dict) else {}
                self._image(settings, resources, ctm, inline=True)

    def _do(self, name: str, resources: Any, ctm: Matrix, depth: int) -> None:
        xobjects = pdf_get(resources, "/XObject") if resources is not None else None
        if xobjects is None or name not in xobjects:
            return
        obj = xobjects[name].get_object()
        subtype = obj.get("/Subtype")
        if subtype == "/Image":
            self._image(obj, resources, ctm, inline=False)
        elif subtype == "/Form":
            key = id(obj)
            if key in self.seen_forms and depth > 2:
                return
            self.seen_forms.add(key)
            matrix = _matrix(obj.get("/Matrix", IDENTITY))
            inner = pdf_get(obj, "/Resources")
            self.walk(obj, inner if inner is not None else resources, _mul(matrix, ctm), depth + 1)

    def _image(self, obj: Any, resources: Any, ctm: Matrix, *, inline: bool) -> None:
        try:
            width = int(pdf_get(obj, "/Width", "/W"))
            height = int(pdf_get(obj, "/Height", "/H"))
        except (TypeError, ValueError):
            return
        placed_w = math.hypot(ctm[0], ctm[1])
        placed_h = math.hypot(ctm[2], ctm[3])
        if placed_w <= 0 or placed_h <= 0 or width <= 0 or height <= 0:
            return
        x0, y0, x1, y1 = _bbox(ctm)
        bx0, by0, bx1, by1 = self.box
        area = max(0.0, min(x1, bx1) - max(x0, bx0)) * max(0.0, min(y1, by1) - max(y0, by0))
        colour = _image_colour(obj, resources)
        if colour == "colour" and not inline and _is_rgb(obj, resources) and _looks_grey(obj):
            colour = "grey"
        self.placements.append(
            ImagePlacement(
                width_px=width,
                height_px=height,
                dpi_x=width / (placed_w / 72.0),
                dpi_y=height / (placed_h / 72.0),
                colour=colour,
                area=area,
            )
        )


def _is_rgb(obj: Any, resources: Any) -> bool:
    cs = _resolve_colour_space(pdf_get(obj, "/ColorSpace"), resources)
    if cs == "/DeviceRGB":
        return True
    if isinstance(cs, list) and cs and str(cs[0]) == "/ICCBased":
        return int(cs[1].get_object().get("/N", 3)) == 3
    return False
