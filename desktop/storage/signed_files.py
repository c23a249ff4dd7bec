"""Which file of a document is the one that gets signed — without importing the signing
library (pyHanko takes 0.65 s to import; the window needs this answer at start)."""

from __future__ import annotations

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
