"""What the app records about a stored file when it is first linked: type, pages, whether it
carries a digital signature, and whether a scan meets the digitisation standard (Phụ lục I).

Computed once per distinct content (the store is content addressed). A file that cannot be
analysed is still kept; its quality simply stays unknown.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop.core.errors import UserError
from desktop.core.hostile import pdf_errors
from desktop.storage.media import sniff
from models.entities import StoredFile

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Description:
    media_type: str
    pages: int | None
    signed: bool
    quality: str | None  # "dat" | "khong-dat" | "khong-xac-dinh" | None
    quality_reasons: str
    min_dpi: float | None


def describe(path: Path) -> Description:
    data = path.read_bytes()
    return describe_bytes(data, path.name)


def describe_bytes(data: bytes, name: str = "") -> Description:
    media = sniff(data[:16], name)
    if media != "application/pdf":
        return Description(media, None, False, None, "", None)
    from desktop.storage.quality import check_pdf
    from desktop.storage.signed_files import is_signed_pdf

    signed = is_signed_pdf(data)
    try:
        report = check_pdf(data)
    except pdf_errors() + (UserError,) as exc:  # an odd PDF is kept, its quality unknown
        log.warning("quality check failed for %s: %r", name, exc)
        return Description(media, None, signed, None, "", None)
    return Description(
        media,
        report.pages,
        signed,
        report.status.replace("_", "-"),
        "; ".join(report.reasons),
        report.min_dpi,
    )


def file_row(session: Any, sha256: str, data: bytes, name: str = "") -> StoredFile:
    """The metadata row of a stored file, analysed once per distinct content."""
    row = session.get(StoredFile, sha256)
    if row is None:
        d = describe_bytes(data, name)
        row = StoredFile(sha256=sha256, size=len(data), media_type=d.media_type, pages=d.pages,
                         signed=d.signed, quality=d.quality, quality_reasons=d.quality_reasons,
                         min_dpi=d.min_dpi)
        session.add(row)
        session.flush()
    return row
