"""Vietnamese number style: "." groups thousands, "," is the decimal mark (3.130; 99,47%)."""

from __future__ import annotations

from desktop.core.i18n import _


def ratio(part: int, whole: int) -> float | None:
    """Percent rounded to 2 decimals; None when nothing happened (never divide by zero)."""
    if whole == 0:
        return None
    return round(100.0 * part / whole, 2)


def vn_int(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def vn_percent(value: float | None) -> str:
    if value is None:
        return _("không phát sinh")
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return text.replace(".", ",") + "%"
