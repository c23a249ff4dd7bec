"""Panels of the main window, registered once each: the registers now, later dossiers,
reports, the audit log. A module adds its panel with :func:`register_panel`; the window lists
them in ``order`` in its navigation."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from desktop.kernel.office import Office


@dataclass(frozen=True)
class PanelSpec:
    key: str
    title: str  # Vietnamese source, translated at display in context "Panels"
    icon: str
    order: int
    factory: Callable[[Office, QWidget | None], QWidget]

    def display_title(self) -> str:
        return QCoreApplication.translate("Panels", self.title)


_registry: dict[str, PanelSpec] = {}
_window_hooks: list[Callable[[QWidget], None]] = []

#: Modules that register panels or window hooks when imported, in navigation order. A module
#: listed here that does not exist (yet) is skipped.
PANEL_MODULES = (
    "ui.registers.panel",
    "ui.digitise.inbox_panel",
    "ui.dossiers.panel",
    "ui.reports.dashboard",
    "ui.accounts.audit_panel",
    "ui.digitise.ocr_status",
    "ui.accounts.admin_tools",
)


def load_panel_modules() -> None:
    import importlib

    for name in PANEL_MODULES:
        try:
            importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name != name:
                raise


def register_window_hook(hook: Callable[[QWidget], None]) -> None:
    """``hook(main_window)`` runs once the main window is built: for status-bar widgets, menu
    entries and background jobs of a capability, without editing the main window."""
    if hook not in _window_hooks:
        _window_hooks.append(hook)


def window_hooks() -> list[Callable[[QWidget], None]]:
    return list(_window_hooks)


def register_panel(spec: PanelSpec) -> None:
    _registry[spec.key] = spec


def panels() -> list[PanelSpec]:
    return sorted(_registry.values(), key=lambda s: (s.order, s.key))


def opens_documents(key: str) -> Callable[[QWidget], None]:
    """A window hook: the panel ``key``'s ``open_document(int)`` signal opens the document in
    the main window, as the registers' does."""

    def hook(window: QWidget) -> None:
        panel = getattr(window, "panel", None)
        opener = getattr(window, "open_document", None)
        if not (callable(panel) and callable(opener)):
            return
        try:
            signal = getattr(panel(key), "open_document", None)
        except StopIteration:  # the panel is not in this window
            return
        if signal is not None:
            signal.connect(opener)

    return hook
