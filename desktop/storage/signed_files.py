"""Which file of a document is the one that gets signed, and whether a PDF carries a
signature — without importing the signing library (pyHanko takes 0.65 s to import; the window needs this answer at start)."""

from __future__ import annotations

import io
import re

from desktop.core.hostile import pdf_errors
from desktop.core.records import DocumentView, FileInfo

SIGNED_ROLE = "ky-so"
MAIN_ROLES = ("chinh", "ban-quet")
PDF = "application/pdf"
NOT_SIGNED = "Chưa ký số"  # the badge of a document without any signature


def main_file(doc: DocumentView) -> FileInfo | None:
    """The file the service signs: the latest signed revision, else the first main PDF."""
    signed = [f for f in doc.files if f.role == SIGNED_ROLE and f.media_type == PDF]
    if signed:
        return signed[-1]
    for role in MAIN_ROLES:
        for f in doc.files:
            if f.role == role and f.media_type == PDF:
                return f
    return None


_BYTERANGE_RE = re.compile(rb"/ByteRange\s*\[")


def is_signed_pdf(data: bytes) -> bool:
    """True when the PDF carries a digital signature (or signature permissions).

    Looks for a ``/ByteRange`` in the raw bytes (every CMS signature dictionary has one and it
    cannot live in a compressed object stream), then for ``/Perms`` in the catalogue and for a
    signature field (``/FT /Sig``) with a value in the AcroForm. Unreadable files count as not
    signed here; :func:`inspect_file` refuses them.
    """
    if _BYTERANGE_RE.search(data):
        return True
    try:
        from pypdf import PdfReader

        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            return False
        root = reader.root_object
        if "/Perms" in root:
            return True
        acro = root.get("/AcroForm")
        if acro is None:
            return False
        fields = acro.get_object().get("/Fields")
        if fields is None:
            return False
        return _has_signed_field(list(fields.get_object()), depth=0)
    except pdf_errors():  # hostile input: a broken file is simply "not signed"
        return False


def _has_signed_field(fields: list[object], depth: int) -> bool:
    if depth > 32:
        return False
    for ref in fields:
        obj = ref.get_object() if hasattr(ref, "get_object") else ref
        if not isinstance(obj, dict):
            continue
        if obj.get("/FT") == "/Sig" and obj.get("/V") is not None:
            return True
        kids = obj.get("/Kids")
        if kids is not None and _has_signed_field(list(kids.get_object()), depth + 1):
            return True
    return False
