"""What a stored file is, from its first bytes (never from its name alone)."""

from __future__ import annotations

import mimetypes
from pathlib import Path

from desktop.core.hostile import pdf_errors

MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "application/pdf"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"II*\x00", "image/tiff"),
    (b"MM\x00*", "image/tiff"),
    (b"PK\x03\x04", "application/zip"),
)


def sniff(head: bytes, name: str = "") -> str:
    for magic, media in MAGIC:
        if head.startswith(magic):
            if media == "application/zip" and name.lower().endswith((".docx", ".xlsx")):
                return mimetypes.guess_type(name)[0] or media
            return media
    return mimetypes.guess_type(name)[0] or "application/octet-stream"


def sniff_file(path: Path) -> str:
    with open(path, "rb") as f:
        return sniff(f.read(16), path.name)


def pdf_pages(path: Path) -> int | None:
    """Page count of a PDF, or None when it cannot be read (the file is still kept)."""
    try:
        from pypdf import PdfReader

        return len(PdfReader(str(path)).pages)
    except pdf_errors():  # a damaged PDF is reported elsewhere, not here
        return None
