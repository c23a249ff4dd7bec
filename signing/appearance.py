"""Nghị định 30 (Phụ lục I) signature appearances and finding the signer block.

- signer: the blue handwritten-signature image, centred between the title line (chức vụ) and the
  name line (họ tên);
- organisation on the main document: the red seal at real size, overlapping the left third of the
  signer's signature image;
- organisation on an attachment or an electronic copy: no image, serif 10 pt black text at the top
  right of page 1.

Geometry is in PDF points, origin at the bottom left of the page.
"""

from __future__ import annotations

import datetime as dt
import functools
import io
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PIL import Image, UnidentifiedImageError
from pyhanko.pdf_utils import layout
from pyhanko.pdf_utils.font.opentype import GlyphAccumulator, GlyphAccumulatorFactory
from pyhanko.pdf_utils.images import PdfImage
from pyhanko.pdf_utils.text import TextBoxStyle
from pyhanko.stamp import StaticStampStyle, TextStampStyle

from signing.errors import SigningError

MM = 72.0 / 25.4
VN_TZ = dt.timezone(dt.timedelta(hours=7), "ICT")
DEFAULT_SEAL_DIAMETER_MM = 36.0
COPY_FORMS = ("SAO Y", "SAO LỤC", "TRÍCH SAO")
STAMP_FONT_SIZE = 10
STAMP_LEADING = 12

_RESOURCES = Path(__file__).resolve().parent.parent / "resources"
DEFAULT_FONT = _RESOURCES / "fonts" / "NotoSerif-Regular.ttf"

Box = tuple[float, float, float, float]
"""(x0, y0, x1, y1) in PDF points, x0 < x1, y0 < y1."""


@dataclass(frozen=True)
class Placement:
    """Where an appearance goes: 0-based page index and a box in PDF points."""

    page: int
    box: Box

    @property
    def width(self) -> float:
        return self.box[2] - self.box[0]

    @property
    def height(self) -> float:
        return self.box[3] - self.box[1]

    def to_dict(self) -> dict[str, Any]:
        return {"page": self.page, "box": list(self.box)}


def vn_time_iso(moment: dt.datetime) -> str:
    """ISO 8601 in Vietnam time, e.g. ``2026-11-21T09:30:00+07:00``."""
    if moment.tzinfo is None:
        raise SigningError("bad_request", "signing time must be timezone-aware")
    return moment.astimezone(VN_TZ).isoformat(timespec="seconds")


# --------------------------------------------------------------------------- images


def load_png(data: bytes, what: str) -> Image.Image:
    img: Image.Image
    try:
        img = Image.open(io.BytesIO(data))
        img.load()
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError) as exc:
        raise SigningError("bad_image", f"{what}: {exc}") from None
    if getattr(img, "format", None) != "PNG":
        raise SigningError("bad_image", f"{what}: {img.format} is not PNG")
    if img.mode not in ("RGBA", "LA"):
        img = img.convert("RGBA")
    return img


def fit_box(box: Box, width: float, height: float) -> Box:
    """The largest box with aspect ``width:height`` centred inside ``box``."""
    bw, bh = box[2] - box[0], box[3] - box[1]
    if width <= 0 or height <= 0 or bw <= 0 or bh <= 0:
        raise SigningError("bad_request", "empty box or image")
    scale = min(bw / width, bh / height)
    w, h = width * scale, height * scale
    x0 = box[0] + (bw - w) / 2
    y0 = box[1] + (bh - h) / 2
    return (x0, y0, x0 + w, y0 + h)


def seal_box(signature_box: Box, diameter_mm: float = DEFAULT_SEAL_DIAMETER_MM) -> Box:
    """The seal's box: real size, vertically centred on the signature image, its right edge a
    third of the way into the signature image (so it covers the image's left third)."""
    d = diameter_mm * MM
    x_right = signature_box[0] + (signature_box[2] - signature_box[0]) / 3
    y_mid = (signature_box[1] + signature_box[3]) / 2
    return (x_right - d, y_mid - d / 2, x_right, y_mid + d / 2)


def _image_layout() -> layout.SimpleBoxLayoutRule:
    # The widget box already has the image's aspect ratio (see fit_box), so anchoring at the
    # lower left is exact; ALIGN_MID would log a spurious "too wide" warning on float noise.
    return layout.SimpleBoxLayoutRule(
        x_align=layout.AxisAlignment.ALIGN_MIN,
        y_align=layout.AxisAlignment.ALIGN_MIN,
        margins=layout.Margins(),
        inner_content_scaling=layout.InnerScaling.STRETCH_TO_FIT,
    )


def image_style(img: Image.Image) -> StaticStampStyle:
    """A borderless appearance showing only ``img`` (transparency kept), scaled to the box."""
    return StaticStampStyle(
        border_width=0,
        background=PdfImage(img),
        background_layout=_image_layout(),
        background_opacity=1.0,
    )


# --------------------------------------------------------------------------- text stamps


def stamp_lines(
    kind: str,
    signing_time: dt.datetime,
    *,
    copy_form: str | None = None,
    copying_body: str | None = None,
    document_number: str | None = None,
) -> list[str]:
    """Text lines for the organisation signature on a copy or an attachment."""
    when = vn_time_iso(signing_time)
    if kind == "copy":
        form = (copy_form or "").strip().upper()
        if form not in COPY_FORMS:
            raise SigningError("bad_request", f"copy form must be one of {COPY_FORMS}")
        if not copying_body or not copying_body.strip():
            raise SigningError("bad_request", "copying body is required for a copy")
        return [form, copying_body.strip(), when]
    if kind == "attachment":
        if not document_number or not document_number.strip():
            raise SigningError("bad_request", "document number is required for an attachment")
        return [document_number.strip(), when]
    raise SigningError("bad_request", f"no text stamp for kind {kind!r}")


def text_stamp_box(page_box: Box, n_lines: int) -> Box:
    """Top right of the page, inside the top margin: 15 mm from the right edge, 5 mm from the
    top, 100 mm wide (three lines end about 19 mm from the top)."""
    x1 = page_box[2] - 15 * MM
    y1 = page_box[3] - 5 * MM
    height = n_lines * STAMP_LEADING + 4
    return (x1 - 100 * MM, y1 - height, x1, y1)


@functools.lru_cache(maxsize=4)
def _font_bytes(path: str) -> bytes:
    return Path(path).read_bytes()


class _InMemoryFontFactory(GlyphAccumulatorFactory):
    """pyHanko's factory leaves the font file open (ResourceWarning); read it into memory."""

    def create_font_engine(self, writer: Any, obj_stream: Any = None) -> GlyphAccumulator:
        if obj_stream is None and writer.stream_xrefs and self.create_objstream_if_needed:
            obj_stream = writer.prepare_object_stream()
        return GlyphAccumulator(
            writer=writer,
            font_handle=io.BytesIO(_font_bytes(self.font_file)),
            font_size=self.font_size,
            ot_script_tag=self.ot_script_tag,
            ot_language_tag=self.ot_language_tag,
            writing_direction=self.writing_direction,
            bcp47_lang_code=self.bcp47_lang_code,
            obj_stream=obj_stream,
        )


def text_style(font_path: Path = DEFAULT_FONT) -> TextStampStyle:
    """Serif 10 pt black, right-aligned in the box, never scaled up."""
    return TextStampStyle(
        border_width=0,
        stamp_text="%(lines)s",
        text_box_style=TextBoxStyle(
            font=_InMemoryFontFactory(str(font_path), font_size=STAMP_FONT_SIZE),
            font_size=STAMP_FONT_SIZE,
            leading=STAMP_LEADING,
            text_color=(0.0, 0.0, 0.0),
        ),
        inner_content_layout=layout.SimpleBoxLayoutRule(
            x_align=layout.AxisAlignment.ALIGN_MAX,
            y_align=layout.AxisAlignment.ALIGN_MAX,
            margins=layout.Margins(),
            inner_content_scaling=layout.InnerScaling.SHRINK_TO_FIT,
        ),
    )


# --------------------------------------------------------------------------- signer block

# Title lines (chức vụ / thẩm quyền ký) after NFC + upper-casing.
_TITLE_RE = re.compile(
    r"^(?:(?:KT|TM|TL|TUQ|Q)\s*\.\s*\S.*"
    r"|(?:PHÓ\s+)?CHỦ\s+TỊCH(?:\s.*)?"
    r"|(?:ỦY|UỶ)\s+BAN\s+NHÂN\s+DÂN(?:\s.*)?"
    r"|(?:PHÓ\s+)?(?:CHÁNH|TRƯỞNG)\s+(?:VĂN\s+PHÒNG|PHÒNG|BAN|CÔNG\s+AN)(?:\s.*)?"
    r"|CÔNG\s+CHỨC\s+.*)$"
)
_NAME_RE = re.compile(r"^[^\W\d_]+(?:[ \-][^\W\d_]+){1,6}$")


@dataclass
class _Line:
    text: str
    x: float
    y: float
    size: float
    end_x: float

    @property
    def centre(self) -> float:
        return (self.x + self.end_x) / 2


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text)).strip()


def _est_width(text: str, size: float) -> float:
    upper = sum(1 for c in text if c.isupper())
    return size * (0.5 * (len(text) - upper) + 0.68 * upper)


def _page_lines(page: Any) -> list[_Line]:
    frags: list[_Line] = []

    def visit(text: str, cm: Any, tm: Any, _font: Any, size: float) -> None:
        for part in text.split("\n"):
            t = _norm(part)
            if not t:
                continue
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            scale = abs(tm[3] * cm[3]) or 1.0
            eff = float(size) * scale if size else 10.0
            frags.append(_Line(t, float(x), float(y), eff, float(x) + _est_width(t, eff)))

    page.extract_text(visitor_text=visit)
    frags.sort(key=lambda f: (-round(f.y), f.x))
    lines: list[_Line] = []
    for f in frags:
        last = lines[-1] if lines else None
        if (
            last is not None
            and abs(last.y - f.y) < 0.3 * max(f.size, 1)
            and 0 <= f.x - last.end_x < 2.5 * f.size
        ):
            last.text = _norm(f"{last.text} {f.text}")
            last.end_x = max(last.end_x, f.end_x)
        else:
            lines.append(f)
    return lines


def _is_title(line: _Line) -> bool:
    return bool(_TITLE_RE.match(line.text.upper()))


def _is_name(line: _Line) -> bool:
    text = line.text
    if not _NAME_RE.match(text) or _is_title(line):
        return False
    words = text.replace("-", " ").split()
    return all(w[0].isupper() for w in words)


def find_signature_place(pdf_bytes: bytes, *, width: float = 170.0) -> Placement | None:
    """Find the signer block on the last page and return the box between the title line and
    the name line; ``None`` when there is no clear block (ask the person, never guess)."""
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    try:
        reader = PdfReader(io.BytesIO(pdf_bytes))
        if reader.is_encrypted:
            return None
        page_index = len(reader.pages) - 1
        if page_index < 0:
            return None
        page = reader.pages[page_index]
        lines = _page_lines(page)
        mb = page.mediabox
        page_box = (float(mb.left), float(mb.bottom), float(mb.right), float(mb.top))
    except (PyPdfError, ValueError, KeyError, TypeError):
        return None

    best: Placement | None = None
    best_y = float("inf")
    for i, title in enumerate(lines):
        if not _is_title(title):
            continue
        # the lowest title line of a block ("KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH")
        below_titles = [
            other
            for other in lines[i + 1:]
            if _is_title(other)
            and 0 < title.y - other.y < 2.2 * title.size
            and abs(other.centre - title.centre) < 60
        ]
        if below_titles:
            continue
        name = _name_below(title, lines)
        if name is None:
            continue
        top = title.y - 0.35 * title.size
        bottom = name.y + 1.0 * name.size
        if top - bottom < 18:
            continue
        centre = (title.centre + name.centre) / 2
        w = min(width, page_box[2] - page_box[0])
        x0 = max(page_box[0], min(centre - w / 2, page_box[2] - w))
        if title.y < best_y:
            best_y = title.y
            best = Placement(page_index, (x0, bottom, x0 + w, top))
    return best


def _name_below(title: _Line, lines: list[_Line]) -> _Line | None:
    candidates = [
        ln
        for ln in lines
        if 0 < title.y - ln.y < 200 and abs(ln.centre - title.centre) < 90
    ]
    candidates.sort(key=lambda ln: -ln.y)
    for ln in candidates:
        if _is_title(ln) or ln.text.startswith("("):
            continue
        return ln if _is_name(ln) else None
    return None
