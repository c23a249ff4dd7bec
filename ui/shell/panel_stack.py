"""The panels behind the navigation, each made when it is first needed: shown, asked for by
``panel(key)`` (a window hook, a test), or built by the window's staged start.

The window paints the incoming register before the other panels' modules (and their ORM
classes, QtCharts, QtPdf …) are even imported; it then builds the rest one panel per turn of the
event loop, so what the person types meanwhile is handled between two panels (see the start-up
section of docs/benchmarks.md). Until then a panel's place holds an empty widget.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable, Sequence

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QStackedWidget, QWidget

from desktop.kernel.office import Office
from ui.kit.panels import PanelSpec
from ui.registers.panel import INCOMING_PANEL, OUTGOING_PANEL


def panel_specs() -> dict[str, PanelSpec]:
    """Every panel by key; the registers' without loading the other panels' modules."""
    if _loaded:
        return _loaded
    from ui.shell.panels import PANELS  # every other capability's window modules

    _loaded.update((spec.key, spec) for spec in PANELS)
    return _loaded


_loaded: dict[str, PanelSpec] = {}
_REGISTERS = {spec.key: spec for spec in (INCOMING_PANEL, OUTGOING_PANEL)}


class PanelStack(QStackedWidget):
    def __init__(self, office: Office, keys: Sequence[str],
                 built: Callable[[str, QWidget], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.office = office
        self.keys = list(keys)
        self._built = built
        self._made: set[str] = set()
        for key in self.keys:
            placeholder = QWidget()
            placeholder.setObjectName(f"pending_{key}")
            self.addWidget(placeholder)

    def build_later(self, then: Callable[[], None], modules: Sequence[str] = ()) -> None:
        """Import ``modules`` (the pending panels' own), then make the pending panels, one per
        turn of the event loop each, then call ``then``: no single turn holds the input long."""
        imports = list(dict.fromkeys(m for m in modules if m not in sys.modules))

        def step() -> None:
            pending = self.pending()
            if imports:
                importlib.import_module(imports.pop(0))
                QTimer.singleShot(0, self, step)
            elif pending:
                self.panel(pending[0])
                QTimer.singleShot(0, self, step)
            else:
                then()

        QTimer.singleShot(0, self, step)

    def build_all(self) -> None:
        for key in self.pending():
            self.panel(key)

    def pending(self) -> list[str]:
        """The keys of the panels not made yet, in navigation order."""
        return [key for key in self.keys if key not in self._made]

    def panel(self, key: str) -> QWidget:
        """The panel ``key``, made now if it was not (KeyError for an unknown key)."""
        row = self.keys.index(key) if key in self.keys else -1
        if row < 0:
            raise KeyError(f"no panel {key!r} in ui.shell.panels.PANELS")
        if key not in self._made:
            spec = _REGISTERS.get(key) or panel_specs()[key]
            current = self.currentIndex()
            panel = spec.factory(self.office, self)
            panel.setObjectName(f"panel_{key}")
            placeholder = self.widget(row)
            self.insertWidget(row, panel)
            self.removeWidget(placeholder)
            placeholder.deleteLater()
            self.setCurrentIndex(current)
            self._made.add(key)
            self._built(key, panel)
        widget = self.widget(row)
        assert widget is not None
        return widget
