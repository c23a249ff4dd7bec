"""Where the signature goes on the page: the automatic place when the service can tell it, or the
box a click on the preview puts there instead (the click is the box's centre, converted to PDF
points from the page's bottom left, kept inside the page); and the sentence that says so."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QSizeF

from desktop.signatures.service import PLACE_HEIGHT, PLACE_WIDTH, Placement, parse_place


def place_at(page: int, size: QSizeF, point: QPointF) -> Placement:
    """The signature box centred on ``point`` of page ``page`` (0-based), inside the page."""
    x = min(max(point.x() - PLACE_WIDTH / 2, 0.0), max(size.width() - PLACE_WIDTH, 0.0))
    y = min(max(point.y() - PLACE_HEIGHT / 2, 0.0), max(size.height() - PLACE_HEIGHT, 0.0))
    return parse_place(f"{page + 1}:{x:.1f},{y:.1f}")


def place_description(as_: str, place: Placement | None, required: bool) -> str:
    """What the dialog says about the place of the signature (``as_``: signer, organisation,
    copy; ``place``: the one chosen or found; ``required``: none found, a click is needed)."""
    if as_ == "copy":
        return QCoreApplication.translate(
            "SignDialog", "Chữ ký sao y đặt ở góc trên bên phải trang đầu (không có ảnh)."
        )
    if place is None and required:
        return QCoreApplication.translate(
            "SignDialog",
            "Không tìm thấy khối chữ ký (chức vụ, họ tên) trên văn bản. Hãy bấm vào trang "
            "ở chỗ cần đặt chữ ký.",
        )
    if place is None:
        return QCoreApplication.translate(
            "SignDialog",
            "Vị trí ký: tự động, giữa dòng chức vụ và dòng họ tên người ký. Bấm vào trang "
            "để chọn chỗ khác.",
        )
    x0, y0, _x1, _y1 = place.box
    text = QCoreApplication.translate(
        "SignDialog",
        "Vị trí ký: trang {page}, cách mép trái {x} pt, cách mép dưới {y} pt. Bấm vào "
        "trang để đổi.",
    )
    return text.format(page=place.page + 1, x=f"{x0:.0f}", y=f"{y0:.0f}")
