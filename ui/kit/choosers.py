"""Where to save a file, which folder: Qt's file dialogs, recorded and answered in test mode."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

from ui.kit import messages


def ask_save_path(
    parent: QWidget | None, title: str, default_name: str, file_filter: str
) -> Path | None:
    """Where to save a file; ``None`` when the person cancels. In test mode it is recorded as
    ``Shown("save", title, default_name)`` and answered from ``messages.answers``."""
    if messages.is_recording():
        messages.recorded.append(messages.Shown("save", title, default_name))
        return Path(str(messages.answers.popleft())) if messages.answers else None
    name, _f = QFileDialog.getSaveFileName(
        parent, title, str(Path.home() / default_name), file_filter
    )
    if not name:
        return None
    path = Path(name)
    suffix = Path(default_name).suffix
    return path if path.suffix or not suffix else path.with_suffix(suffix)


def ask_folder(parent: QWidget | None, title: str, start: str = "") -> Path | None:
    """A folder (a USB drive works); ``None`` when the person cancels."""
    if messages.is_recording():
        messages.recorded.append(messages.Shown("folder", title, start))
        return Path(str(messages.answers.popleft())) if messages.answers else None
    name = QFileDialog.getExistingDirectory(parent, title, start or str(Path.home()))
    return Path(name) if name else None
