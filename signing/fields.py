"""The blank "Số" and place-and-date text fields of a draft, and filling them at issue.

A draft is signed by the competent person with số and ngày still blank (Nghị định 30, Điều 15–16:
they are given at issue). To fill them in later without invalidating that signature, two empty
text form fields are added over the "Số: …/…" line and the "…, ngày … tháng … năm …" line of
page 1 *before* the person signs. At issue the fields get a value and an appearance (a white
box hiding the draft's placeholder, and the full line in the Phụ lục I serif) in an incremental
update that touches nothing but those two fields: PDF counts that as form filling, which a
signature without a DocMDP lock allows (pyHanko's difference analysis: ``FORM_FILLING``).

Everything here works on bytes and returns new bytes; the input is never modified.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.font.opentype import GlyphAccumulator
from pyhanko.pdf_utils.generic import pdf_name
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.misc import PdfError
from pyhanko.pdf_utils.reader import PdfFileReader

from signing.appearance import _font_bytes, _norm
from signing.errors import SigningError

NUMBER_FIELD = "VanThuSoKyHieu"
DATE_FIELD = "VanThuNgayBanHanh"
FIELD_NAMES = (NUMBER_FIELD, DATE_FIELD)

_FONTS = Path(__file__).resolve().parent.parent / "resources" / "fonts"
REGULAR_FONT = _FONTS / "NotoSerif-Regular.ttf"
ITALIC_FONT = _FONTS / "NotoSerif-Italic.ttf"
#: Phụ lục I: số, ký hiệu 13 pt upright; place and date 13–14 pt italic.
NUMBER_SIZE = 13
DATE_SIZE = 13

_NUMBER_RE = re.compile(r"^Số\s*:", re.IGNORECASE)
_DATE_RE = re.compile(r"ngày.*tháng.*năm", re.IGNORECASE)

Box = tuple[float, float, float, float]


@dataclass(frozen=True)
class BlankLine:
    """A line of page 1 that a field will cover."""

    name: str  # NUMBER_FIELD or DATE_FIELD
    text: str  # the draft's own text of the line
    box: Box  # the field rectangle, PDF points
    size: float  # font size of the line


@dataclass(frozen=True)
class FieldState:
    name: str
    page: int
    box: Box
    value: str | None


class _LeanGlyphAccumulator(GlyphAccumulator):
    """pyHanko's embedded-subset font, without fontTools decompiling the layout tables it then
    drops anyway (GSUB/GPOS/GDEF of Noto Serif: about a second per font). Shaping is done by
    HarfBuzz on the font bytes before, so the embedded subset does not need them."""

    def _extract_subset(self, options: Any = None) -> None:
        for tag in ("GSUB", "GPOS", "GDEF"):
            if tag in self.tt:
                del self.tt[tag]
        super()._extract_subset(options)


def _font_engine(writer: Any, path: Path, size: int) -> GlyphAccumulator:
    return _LeanGlyphAccumulator(writer=writer, font_handle=io.BytesIO(_font_bytes(str(path))),
                                 font_size=size)


@dataclass
class _Line:
    text: str
    x: float
    y: float
    size: float
    end_x: float


def _raw_width(text: str, size: float) -> float:
    """Estimated advance of ``text`` in a Times-like serif (spaces kept: a draft leaves the
    number and the day as runs of spaces)."""
    total = 0.0
    for c in text:
        if c.isspace():
            total += 0.25
        elif c.isupper():
            total += 0.68
        elif c in ".,:;/-":
            total += 0.3
        else:
            total += 0.5
    return total * size


def _first_page_lines(pdf_bytes: bytes) -> tuple[list[_Line], Box]:
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    frags: list[_Line] = []

    def visit(text: str, cm: Any, tm: Any, _font: Any, size: float) -> None:
        for part in text.split("\n"):
            if not part.strip():
                continue
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            scale = abs(tm[3] * cm[3]) or 1.0
            eff = float(size) * scale if size else 10.0
            lead = len(part) - len(part.lstrip())
            x0 = float(x) + _raw_width(part[:lead], eff)
            frags.append(_Line(part.strip(), x0, float(y), eff,
                               x0 + _raw_width(part.strip(), eff)))

    try:
        reader = PdfReader(io.BytesIO(pdf_bytes))
        if reader.is_encrypted or not reader.pages:
            return [], (0.0, 0.0, 0.0, 0.0)
        page = reader.pages[0]
        mb = page.mediabox
        box = (float(mb.left), float(mb.bottom), float(mb.right), float(mb.top))
        page.extract_text(visitor_text=visit)
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError):
        return [], (0.0, 0.0, 0.0, 0.0)
    frags.sort(key=lambda f: (-round(f.y), f.x))
    lines: list[_Line] = []
    for f in frags:
        last = lines[-1] if lines else None
        if (last is not None and abs(last.y - f.y) < 0.3 * max(f.size, 1)
                and -0.5 * f.size <= f.x - last.end_x < 2.5 * f.size):
            last.text = f"{last.text} {f.text}"
            last.end_x = max(last.end_x, f.end_x)
        else:
            lines.append(f)
    return lines, box


def find_blank_lines(pdf_bytes: bytes) -> dict[str, BlankLine]:
    """The "Số:" line and the place-and-date line in the top half of page 1, when present.

    The field box covers the line with some room on both sides (text widths are estimated
    from the page text, not measured), so the filled line can be longer than the draft's."""
    lines, page_box = _first_page_lines(pdf_bytes)
    found: dict[str, BlankLine] = {}
    top_half = page_box[1] + (page_box[3] - page_box[1]) / 2
    for line in lines:
        if line.y < top_half:
            continue
        text = _norm(line.text)
        name = None
        if NUMBER_FIELD not in found and _NUMBER_RE.match(text):
            name = NUMBER_FIELD
        elif DATE_FIELD not in found and _DATE_RE.search(text):
            name = DATE_FIELD
        if name is None:
            continue
        size = line.size or 12.0
        width = max(line.end_x - line.x, size * 4)
        centre = (line.x + line.end_x) / 2
        half = width * 0.6 + size
        x0 = max(page_box[0], centre - half)
        x1 = min(page_box[2], centre + half)
        y0 = line.y - 0.35 * size
        y1 = line.y + 1.05 * size
        found[name] = BlankLine(name, text, (round(x0, 2), round(y0, 2), round(x1, 2),
                                             round(y1, 2)), size)
    return found


def _open(pdf_bytes: bytes) -> IncrementalPdfFileWriter:
    data = bytes(pdf_bytes)
    if not data.lstrip()[:5] == b"%PDF-":
        raise SigningError("broken_pdf", "no %PDF- header")
    try:
        writer = IncrementalPdfFileWriter(io.BytesIO(data), strict=False)
        if writer.prev.encrypted:
            raise SigningError("encrypted_pdf", "the PDF is encrypted")
        writer.prev.root["/Pages"]
    except SigningError:
        raise
    except (PdfError, ValueError, KeyError, TypeError, IndexError, AttributeError) as exc:
        raise SigningError("broken_pdf", f"{type(exc).__name__}: {exc}") from None
    return writer


def _fields(reader: PdfFileReader) -> dict[str, tuple[generic.Reference, Any]]:
    """Top-level AcroForm fields by name (ours are never nested)."""
    result: dict[str, tuple[generic.Reference, Any]] = {}
    form = reader.root.get("/AcroForm")
    if form is None:
        return result
    for ref in form.get_object().get("/Fields", generic.ArrayObject()):
        if not isinstance(ref, generic.IndirectObject):
            continue
        obj = ref.get_object()
        name = obj.get("/T")
        if name is not None:
            result[str(name)] = (ref.reference, obj)
    return result


def field_states(pdf_bytes: bytes) -> dict[str, FieldState]:
    """Our blank fields in the PDF (name → page, box, value)."""
    try:
        reader = PdfFileReader(io.BytesIO(bytes(pdf_bytes)), strict=False)
        pages = [reader.find_page_for_modification(i)[0]
                 for i in range(int(reader.root["/Pages"]["/Count"]))]
        index = {(p.idnum, p.generation): i for i, p in enumerate(pages)}
        result: dict[str, FieldState] = {}
        for name, (_ref, obj) in _fields(reader).items():
            if name not in FIELD_NAMES:
                continue
            x0, y0, x1, y1 = (float(v) for v in obj["/Rect"])
            p = obj.get_value_as_reference("/P", optional=True)
            page = index.get((p.idnum, p.generation), 0) if p is not None else 0
            value = obj.get("/V")
            result[name] = FieldState(name, page, (x0, y0, x1, y1),
                                      str(value) if value is not None else None)
        return result
    except (PdfError, ValueError, KeyError, TypeError, IndexError, AttributeError) as exc:
        raise SigningError("broken_pdf", f"{type(exc).__name__}: {exc}") from None


def add_blank_fields(pdf_bytes: bytes, lines: dict[str, BlankLine] | None = None) -> bytes:
    """Add the two empty text fields on page 1 (an incremental update of the draft).

    Refused when the lines are not found, when the PDF already carries a signature (fields
    must come before the first signature), or when the fields are already there."""
    lines = find_blank_lines(pdf_bytes) if lines is None else lines
    missing = [n for n in FIELD_NAMES if n not in lines]
    if missing:
        raise SigningError("no_blank_lines", f"line(s) not found on page 1: {missing}")
    writer = _open(pdf_bytes)
    reader = writer.prev
    existing = _fields(reader)
    if any(n in existing for n in FIELD_NAMES):
        raise SigningError("fields_present", "the blank fields are already in the PDF")
    if any(str(obj.get("/FT")) == "/Sig" and obj.get("/V") is not None
           for _ref, obj in existing.values()):
        raise SigningError("already_signed", "blank fields must be added before any signature")

    page_ref, _ = reader.find_page_for_modification(0)
    page = page_ref.get_object()
    root = writer.root
    form_raw = root.raw_get("/AcroForm") if "/AcroForm" in root else None
    if form_raw is None:
        form = generic.DictionaryObject({pdf_name("/Fields"): generic.ArrayObject()})
        form_ref = writer.add_object(form)
        root[pdf_name("/AcroForm")] = form_ref
        writer.update_root()
    else:
        form = form_raw.get_object()
        if isinstance(form_raw, generic.IndirectObject):
            writer.mark_update(form_raw)
        else:
            writer.update_root()
    helv = generic.DictionaryObject({
        pdf_name("/Type"): pdf_name("/Font"), pdf_name("/Subtype"): pdf_name("/Type1"),
        pdf_name("/BaseFont"): pdf_name("/Helvetica"),
        pdf_name("/Encoding"): pdf_name("/WinAnsiEncoding"),
    })
    dr = form.get("/DR")
    if dr is None:
        form[pdf_name("/DR")] = generic.DictionaryObject({
            pdf_name("/Font"): generic.DictionaryObject({pdf_name("/Helv"): writer.add_object(helv)})
        })
    if "/DA" not in form:
        form[pdf_name("/DA")] = generic.TextStringObject("/Helv 0 Tf 0 g")
    fields_arr = form.get("/Fields")
    if fields_arr is None:
        fields_arr = generic.ArrayObject()
        form[pdf_name("/Fields")] = fields_arr
    elif isinstance(form.raw_get("/Fields"), generic.IndirectObject):
        writer.mark_update(form.raw_get("/Fields"))

    annots_raw = page.raw_get("/Annots") if "/Annots" in page else None
    if annots_raw is None:
        annots = generic.ArrayObject()
        page[pdf_name("/Annots")] = annots
        writer.mark_update(page_ref)
    else:
        annots = annots_raw.get_object()
        if isinstance(annots_raw, generic.IndirectObject):
            writer.mark_update(annots_raw)
        else:
            writer.mark_update(page_ref)

    for name in FIELD_NAMES:
        line = lines[name]
        field = generic.DictionaryObject({
            pdf_name("/Type"): pdf_name("/Annot"),
            pdf_name("/Subtype"): pdf_name("/Widget"),
            pdf_name("/FT"): pdf_name("/Tx"),
            pdf_name("/T"): generic.TextStringObject(name),
            pdf_name("/Rect"): generic.ArrayObject(generic.FloatObject(v) for v in line.box),
            pdf_name("/F"): generic.NumberObject(4),  # print
            pdf_name("/P"): page_ref,
            pdf_name("/DA"): generic.TextStringObject("/Helv 0 Tf 0 g"),
            pdf_name("/Q"): generic.NumberObject(1),  # centred
        })
        ref = writer.add_object(field)
        fields_arr.append(ref)
        annots.append(ref)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def fill_fields(pdf_bytes: bytes, values: dict[str, str]) -> bytes:
    """Give the blank fields their text (an incremental update that only fills the form).

    ``values`` maps NUMBER_FIELD / DATE_FIELD to the full line ("Số: 01/QĐ-UBND",
    "Bình Phú, ngày 05 tháng 3 năm 2026"). Refused when a field is missing or already filled."""
    writer = _open(pdf_bytes)
    existing = _fields(writer.prev)
    for name in values:
        if name not in FIELD_NAMES:
            raise SigningError("bad_request", f"unknown field {name!r}")
        if name not in existing:
            raise SigningError("no_blank_fields", f"the PDF has no field {name}")
        if existing[name][1].get("/V") not in (None, ""):
            raise SigningError("fields_filled", f"the field {name} is already filled")
    for name, text in values.items():
        ref, field = existing[name]
        x0, y0, x1, y1 = (float(v) for v in field["/Rect"])
        w, h = abs(x1 - x0), abs(y1 - y0)
        italic = name == DATE_FIELD
        base = DATE_SIZE if italic else NUMBER_SIZE
        engine = _font_engine(writer, ITALIC_FONT if italic else REGULAR_FONT, base)
        shaped = engine.shape(text)
        size = float(base)
        text_w = shaped.x_advance * size
        if text_w > w - 2:  # never overflow the box: shrink the text to fit
            size = size * (w - 2) / text_w
            text_w = shaped.x_advance * size
        tx = (w - text_w) / 2
        ty = (h - size * 0.72) / 2
        ops = b" ".join([
            b"/Tx BMC q 1 1 1 rg 0 0 %.2f %.2f re f Q" % (w, h),
            b"q BT 0 0 0 rg /F1 %.2f Tf %.2f %.2f Td" % (size, tx, ty),
            shaped.graphics_ops,
            b"ET Q EMC",
        ])
        stream = generic.StreamObject(
            {
                pdf_name("/Type"): pdf_name("/XObject"),
                pdf_name("/Subtype"): pdf_name("/Form"),
                pdf_name("/BBox"): generic.ArrayObject(
                    [generic.FloatObject(0), generic.FloatObject(0), generic.FloatObject(w),
                     generic.FloatObject(h)]),
                pdf_name("/Resources"): generic.DictionaryObject({
                    pdf_name("/Font"): generic.DictionaryObject(
                        {pdf_name("/F1"): engine.as_resource()})
                }),
            },
            stream_data=ops,
        )
        field[pdf_name("/V")] = generic.TextStringObject(text)
        field[pdf_name("/AP")] = generic.DictionaryObject(
            {pdf_name("/N"): writer.add_object(stream)})
        writer.mark_update(ref)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def signed_exactly(pdf_bytes: bytes) -> bool:
    """True when the PDF carries exactly one signature, cryptographically intact, covering the
    whole file (nothing appended after it). No trust or revocation checks: this asks only
    whether these are the bytes that were signed."""
    from pyhanko.sign.validation.generic_cms import validate_sig_integrity
    from pyhanko.sign.validation.pdf_embedded import SignatureCoverageLevel

    try:
        reader = PdfFileReader(io.BytesIO(bytes(pdf_bytes)), strict=False)
        sigs = list(reader.embedded_regular_signatures)
        if len(sigs) != 1:
            return False
        sig = sigs[0]
        sig.compute_integrity_info(skip_diff=True)
        if sig.coverage != SignatureCoverageLevel.ENTIRE_FILE:
            return False
        intact, valid = validate_sig_integrity(sig.signer_info, sig.signer_cert, "data",
                                               sig.compute_digest())
        return bool(intact and valid)
    except Exception:  # noqa: BLE001 - any damage means "not the signed bytes"
        return False
