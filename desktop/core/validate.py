"""Parsing and checking of what people type: dates, ký hiệu, urgency, secrecy."""

from __future__ import annotations

import datetime as dt
import re

from desktop.core import dates as _dates
from desktop.core.errors import UserError
from desktop.core.i18n import _
from models.entities import Secrecy, Urgency


def parse_date(text: str | dt.date | dt.datetime, field: str, label: str = "") -> dt.date:
    """Kept for the callers of this module; the one parser is :mod:`desktop.core.dates`."""
    return _dates.parse_date(text, field, label)


# Số, ký hiệu: a number, then "/" (or "-" as in Party documents, 15-NQ/ĐU), then groups of
# letters or digits (Vietnamese capitals included) joined by "-", "/" or ".", no spaces:
# 101/QĐ-UBND, 30/2020/NĐ-CP, 34/UBND-VP, 15-NQ/ĐU.
_SYMBOL = re.compile(r"^(\d{1,11})[/-]([^\W_]+(?:[-./][^\W_]+)*)$")


def parse_symbol(text: str, field: str = "symbol") -> tuple[str, str]:
    """Split a số/ký hiệu into (CodeNumber, CodeNotation) or say what is wrong."""
    value = text.strip()
    m = _SYMBOL.match(value)
    if not m or not any(c.isalpha() for c in m[2]):
        raise UserError(
            _(
                "Số, ký hiệu văn bản không đúng dạng: “{value}”. "
                "Ví dụ đúng: 101/QĐ-UBND, 34/UBND-VP (không có dấu cách).",
                value=value,
            ),
            field=field,
        )
    notation = m[2]
    if len(notation) > 30:
        raise UserError(
            _("Ký hiệu văn bản dài quá 30 ký tự: “{value}”.", value=value), field=field
        )
    return m[1], notation


_URGENCY = {
    "": Urgency.NORMAL,
    "thuong": Urgency.NORMAL,
    "khan": Urgency.URGENT,
    "thuong-khan": Urgency.VERY_URGENT,
    "hoa-toc": Urgency.FLASH,
}
_SECRECY = {
    "": Secrecy.NONE,
    "thuong": Secrecy.NONE,
    "mat": Secrecy.SECRET,
    "toi-mat": Secrecy.TOP_SECRET,
    "tuyet-mat": Secrecy.ULTRA,
}

URGENCY_LABELS = {
    Urgency.NORMAL: "Thường",
    Urgency.URGENT: "Khẩn",
    Urgency.VERY_URGENT: "Thượng khẩn",
    Urgency.FLASH: "Hỏa tốc",
}
SECRECY_LABELS = {
    Secrecy.NONE: "",
    Secrecy.SECRET: "Mật",
    Secrecy.TOP_SECRET: "Tối mật",
    Secrecy.ULTRA: "Tuyệt mật",
}


def _key(text: str) -> str:
    from desktop.core.textfold import fold

    return fold(text).replace(" ", "-")


def parse_urgency(text: str | None) -> Urgency:
    value = _URGENCY.get(_key(text or ""))
    if value is None:
        raise UserError(
            _(
                "Độ khẩn không hợp lệ: “{value}”. Chọn một trong: khan, thuong-khan, hoa-toc.",
                value=text,
            ),
            field="urgency",
        )
    return value


def parse_secrecy(text: str | None) -> Secrecy:
    value = _SECRECY.get(_key(text or ""))
    if value is None:
        raise UserError(
            _(
                "Độ mật không hợp lệ: “{value}”. Chọn một trong: mat, toi-mat, tuyet-mat.",
                value=text,
            ),
            field="secret",
        )
    return value


def require_text(value: str | None, field: str, label: str, max_len: int) -> str:
    text = (value or "").strip()
    if not text:
        raise UserError(_("Thiếu {label}.", label=label), field=field)
    if len(text) > max_len:
        raise UserError(
            _("{label} dài quá {max} ký tự.", label=label, max=max_len), field=field
        )
    return text


def format_number(n: int) -> str:
    """Numbers below 10 take a leading zero: 01 … 09, 10, 11 …"""
    return f"{n:02d}"
