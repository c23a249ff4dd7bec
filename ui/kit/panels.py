"""What a panel of the main window is: its key, its title in the navigation, its icon and the
factory that makes it. Each capability defines its spec; ``ui.shell.panels`` lists them, in
navigation order, with the window hooks (``ui.kit.host``)."""

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
    factory: Callable[[Office, QWidget | None], QWidget]

    def display_title(self) -> str:
        return QCoreApplication.translate("Panels", self.title)


