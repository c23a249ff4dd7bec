"""Where the signature goes: a place typed as ``PAGE:X,Y``, or the signer block found on the
document's last page."""

from __future__ import annotations

import re

from desktop.core.errors import UserError
from desktop.core.i18n import _
from desktop.kernel.office import Office
from desktop.signatures.plan import current_links, main_link
from signing.appearance import Placement

# --place: the box made at the point the person gives (lower-left corner), in PDF points
PLACE_WIDTH = 170.0
PLACE_HEIGHT = 70.0


def parse_place(text: str) -> Placement:
    """``PAGE:X,Y`` — page from 1, X and Y in points from the page's bottom-left corner; the box
    (170 × 70 pt) starts there and goes right and up."""
    m = re.fullmatch(r"\s*(\d+)\s*:\s*(-?\d+(?:\.\d+)?)\s*,\s*(-?\d+(?:\.\d+)?)\s*", text or "")
    if m is None or int(m.group(1)) < 1:
        raise UserError(
            _("Vị trí ký “{value}” không hợp lệ; viết TRANG:X,Y, ví dụ 1:350,120 "
              "(trang tính từ 1, tọa độ tính bằng point từ góc dưới bên trái).", value=text),
            field="place",
        )
    page, x, y = int(m.group(1)) - 1, float(m.group(2)), float(m.group(3))
    return Placement(page, (x, y, x + PLACE_WIDTH, y + PLACE_HEIGHT))


def signature_place(office: Office, doc_id: int) -> Placement | None:
    """Where the signer block of the document's main PDF is (the title line and the name under
    it, on the last page), for the sign dialog to show before anything is signed; None when
    there is no such block and the person must point at the page."""
    from signing.appearance import find_signature_place

    with office.db.read() as s:
        link = main_link(current_links(s, doc_id))
    if link is None:
        return None
    return find_signature_place(office.files.read(link.sha256))
