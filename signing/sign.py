"""Sign a PDF: PAdES baseline (/ETSI.CAdES.detached, SHA-256), always an incremental update."""

from __future__ import annotations

import datetime as dt
import io
import logging
from typing import Any, Literal

from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.misc import PdfError
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign import fields, signers
from pyhanko.sign.fields import MDPPerm
from pyhanko.sign.general import SigningError as HankoSigningError
from pyhanko.sign.signers.pdf_signer import PdfSigningSession
from pyhanko.sign.validation import read_certification_data
from pyhanko.stamp import BaseStampStyle

from signing import appearance
from signing.appearance import Box, Placement
from signing.errors import SigningError
from signing.keys import KeySource, check_certificate, signer_certificate

log = logging.getLogger(__name__)

Kind = Literal["signer", "organisation", "copy", "attachment"]
KINDS: tuple[str, ...] = ("signer", "organisation", "copy", "attachment")


class _TimedPdfSigner(signers.PdfSigner):
    """A PdfSigner whose signing time (CMS signingTime, /M) is the one we checked the
    certificate against, not a second call to the clock."""

    def __init__(self, *args: Any, system_time: dt.datetime, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._system_time = system_time

    def init_signing_session(
        self, pdf_out: Any, existing_fields_only: bool = False
    ) -> PdfSigningSession:
        session = super().init_signing_session(pdf_out, existing_fields_only)
        session.system_time = self._system_time
        return session


def open_for_signing(pdf_bytes: bytes) -> IncrementalPdfFileWriter:
    """Parse strictly and refuse what cannot be signed safely."""
    if not isinstance(pdf_bytes, bytes | bytearray | memoryview):
        raise SigningError("bad_request", "pdf_bytes must be bytes")
    data = bytes(pdf_bytes)
    if not data.lstrip()[:5] == b"%PDF-":
        raise SigningError("broken_pdf", "no %PDF- header")
    if b"%%EOF" not in data[-2048:]:
        raise SigningError("broken_pdf", "no %%EOF marker at the end (truncated file?)")
    try:
        writer = IncrementalPdfFileWriter(io.BytesIO(data), strict=True)
        reader: PdfFileReader = writer.prev
        if reader.encrypted or "/Encrypt" in reader.trailer:
            raise SigningError("encrypted_pdf", "the PDF is encrypted")
        if reader.xrefs.hybrid_xrefs_present:
            raise SigningError("hybrid_xref", "the PDF has hybrid cross-reference sections")
        # touch the structure so damage shows now, not half-way through signing
        root = reader.root
        pages = root["/Pages"]
        count = int(pages["/Count"])
        if count < 1:
            raise SigningError("broken_pdf", "the PDF has no pages")
        cert_data = read_certification_data(reader)
    except SigningError:
        raise
    except (PdfError, ValueError, KeyError, TypeError, IndexError, AttributeError) as exc:
        raise SigningError("broken_pdf", f"{type(exc).__name__}: {exc}") from None
    if cert_data is not None and cert_data.permission == MDPPerm.NO_CHANGES:
        raise SigningError(
            "certified_no_changes", "a DocMDP certification signature forbids all changes"
        )
    return writer


def _page_box(writer: IncrementalPdfFileWriter, page: int) -> Box:
    reader = writer.prev
    n = int(reader.root["/Pages"]["/Count"])
    if not 0 <= page < n:
        raise SigningError("no_signature_place", f"page {page} outside 0..{n - 1}")
    page_obj = reader.find_page_for_modification(page)[0].get_object()
    box = page_obj.get("/CropBox") or _inherited(page_obj, "/MediaBox")
    x0, y0, x1, y1 = (float(v) for v in box)
    return (min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1))


def _inherited(page_obj: Any, key: str) -> Any:
    node = page_obj
    while node is not None:
        if key in node:
            return node[key]
        parent = node.get("/Parent")
        node = parent.get_object() if parent is not None else None
    raise SigningError("broken_pdf", f"page has no {key}")


def existing_signature_boxes(writer: IncrementalPdfFileWriter) -> list[Placement]:
    """Visible signature widgets already in the document, in field order."""
    result: list[Placement] = []
    reader = writer.prev
    pages = [reader.find_page_for_modification(i)[0] for i in
             range(int(reader.root["/Pages"]["/Count"]))]
    page_index = {(ref.idnum, ref.generation): i for i, ref in enumerate(pages)}
    for _name, value, field_ref in fields.enumerate_sig_fields(reader, filled_status=True):
        if value is None:
            continue
        widget = field_ref.get_object()
        rect = widget.get("/Rect")
        if rect is None:
            kids = widget.get("/Kids")
            if not kids:
                continue
            widget = kids[0].get_object()
            rect = widget.get("/Rect")
            if rect is None:
                continue
        x0, y0, x1, y1 = (float(v) for v in rect)
        if abs(x1 - x0) < 1 or abs(y1 - y0) < 1:
            continue
        p = widget.get_value_as_reference("/P", optional=True)
        idx = page_index.get((p.idnum, p.generation), 0) if p is not None else 0
        result.append(Placement(idx, (min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1))))
    return result


def _count_signatures(writer: IncrementalPdfFileWriter) -> tuple[int, set[str]]:
    names: set[str] = set()
    filled = 0
    for name, value, _ref in fields.enumerate_sig_fields(writer.prev):
        names.add(name)
        if value is not None:
            filled += 1
    return filled, names


def sign_pdf(
    pdf_bytes: bytes,
    key_source: KeySource,
    kind: Kind,
    placement: Placement | None = None,
    image_png: bytes | None = None,
    seal_png: bytes | None = None,
    *,
    copy_form: str | None = None,
    copying_body: str | None = None,
    document_number: str | None = None,
    signing_time: dt.datetime | None = None,
    seal_diameter_mm: float = appearance.DEFAULT_SEAL_DIAMETER_MM,
    reason: str | None = None,
    location: str | None = None,
    field_name: str | None = None,
) -> bytes:
    """Sign ``pdf_bytes`` and return the new PDF (the input is never modified).

    kind:
      - ``"signer"``: the competent person. ``placement`` (from :func:`find_signature_place` or
        chosen by the person) and ``image_png`` (blue signature, transparent PNG) are required;
        the image is centred in the placement box.
      - ``"organisation"``: the organisation on the main document, ``seal_png`` required. The seal
        (``seal_diameter_mm``, real size) overlaps the left third of the signer's signature image:
        of ``placement`` when given (the signature image's box), else of the last visible
        signature already in the document. Refused when the document has no signature yet.
      - ``"copy"``: organisation on an electronic copy: text ``copy_form`` (SAO Y / SAO LỤC /
        TRÍCH SAO), ``copying_body`` and the signing time at the top right of page 1.
      - ``"attachment"``: organisation on an attachment: ``document_number`` (số, ký hiệu of the
        main document) and the signing time at the top right of page 1.
    """
    if kind not in KINDS:
        raise SigningError("bad_request", f"unknown kind {kind!r}")
    when = signing_time or dt.datetime.now(dt.UTC).replace(microsecond=0)
    if when.tzinfo is None:
        raise SigningError("bad_request", "signing_time must be timezone-aware")

    writer = open_for_signing(pdf_bytes)
    filled, names = _count_signatures(writer)

    style: BaseStampStyle
    text_params: dict[str, str] | None = None
    if kind == "signer":
        if placement is None:
            raise SigningError("no_signature_place", "a signer signature needs a placement")
        if image_png is None:
            raise SigningError("bad_image", "the signer's signature image is required")
        img = appearance.load_png(image_png, "signature image")
        page_box = _page_box(writer, placement.page)
        _check_inside(placement.box, page_box)
        box = appearance.fit_box(placement.box, img.width, img.height)
        page = placement.page
        style = appearance.image_style(img)
    elif kind == "organisation":
        if seal_png is None:
            raise SigningError("bad_image", "the seal image is required")
        if filled == 0:
            raise SigningError(
                "no_signer_signature", "organisation signature needs a prior signer signature"
            )
        target = placement
        if target is None:
            existing = existing_signature_boxes(writer)
            if not existing:
                raise SigningError("no_signature_place", "no visible signer signature found")
            target = existing[-1]
        seal = appearance.load_png(seal_png, "seal image")
        page_box = _page_box(writer, target.page)
        box = appearance.seal_box(target.box, seal_diameter_mm)
        page = target.page
        style = appearance.image_style(seal)
    else:
        lines = appearance.stamp_lines(
            kind,
            when,
            copy_form=copy_form,
            copying_body=copying_body,
            document_number=document_number,
        )
        page = 0
        page_box = _page_box(writer, 0)
        box = appearance.text_stamp_box(page_box, len(lines))
        style = appearance.text_style()
        text_params = {"lines": "\n".join(lines)}

    signer = key_source.signer()
    check_certificate(signer_certificate(signer), when)

    name = field_name or _free_name(names, kind)
    meta = signers.PdfSignatureMetadata(
        field_name=name,
        md_algorithm="sha256",
        subfilter=fields.SigSeedSubFilter.PADES,
        reason=reason,
        location=location,
    )
    spec = fields.SigFieldSpec(
        sig_field_name=name,
        on_page=page,
        box=tuple(round(v, 2) for v in box),  # type: ignore[arg-type]
    )
    pdf_signer = _TimedPdfSigner(
        meta, signer, stamp_style=style, new_field_spec=spec, system_time=when
    )
    out = io.BytesIO()
    try:
        pdf_signer.sign_pdf(writer, appearance_text_params=text_params, output=out)
    except HankoSigningError as exc:
        raise SigningError("signing_failed", f"pyHanko: {exc}") from None
    except Exception as exc:
        import pkcs11

        if isinstance(exc, pkcs11.PKCS11Error):
            raise SigningError("signing_failed", f"token: {type(exc).__name__} {exc}") from None
        raise
    log.info("signed PDF as %s, field %s, %d bytes", kind, name, out.tell())
    return out.getvalue()


def _inside(box: Box, page_box: Box) -> bool:
    return (
        box[0] >= page_box[0] - 0.5
        and box[1] >= page_box[1] - 0.5
        and box[2] <= page_box[2] + 0.5
        and box[3] <= page_box[3] + 0.5
    )


def _check_inside(box: Box, page_box: Box) -> None:
    if not (box[0] < box[2] and box[1] < box[3]) or not _inside(box, page_box):
        raise SigningError("no_signature_place", f"box {box} is not inside the page {page_box}")


def _free_name(existing: set[str], kind: str) -> str:
    base = {
        "signer": "ChuKyNguoiKy",
        "organisation": "ChuKyCoQuan",
        "copy": "ChuKySaoY",
        "attachment": "ChuKyPhuLuc",
    }[kind]
    n = 1
    while f"{base}{n}" in existing:
        n += 1
    return f"{base}{n}"
