"""Opening a dialog from a panel: window-modal, deleted on close, and kept as ``owner.dialog``
while open (the tests drive the dialog through it; the panel knows whether one is open)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog


def open_tracked(owner: Any, dialog: QDialog, *, delete: bool = True, show: bool = True) -> None:
    owner.dialog = dialog
    if delete:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def closed(_code: int) -> None:
        if getattr(owner, "dialog", None) is dialog:
            owner.dialog = None

    dialog.finished.connect(closed)
    if show:
        dialog.open()
