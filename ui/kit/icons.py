"""Icons from ``resources/icons`` (SVG, drawn for this program)."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from desktop.core.resources import icons_dir

ICONS = icons_dir()


@cache
def icon(name: str) -> QIcon:
    return QIcon(str(ICONS / f"{name}.svg"))
