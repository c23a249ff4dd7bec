"""Panels of the main window, registered once each: the registers now, later dossiers,
reports, the audit log. A module adds its panel with :func:`register_panel`; the window lists
them in ``order`` in its navigation."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from desktop.office import Office


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


def register_panel(spec: PanelSpec) -> None:
    _registry[spec.key] = spec


def panels() -> list[PanelSpec]:
    return sorted(_registry.values(), key=lambda s: (s.order, s.key))
