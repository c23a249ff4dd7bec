"""The work list's share of the main window: its counts in the status bar and on the navigation
entry, its messages, and the reminder at start and every hour (a tray message where there is a
tray). Installed by ``ui.shell.panels.WINDOW_HOOKS``."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QLabel, QSystemTrayIcon

from ui.kit.host import WindowHost, panel_of
from ui.kit.icons import icon
from ui.processing.panel import PROCESSING_PANEL, WorkPanel


class ProcessingHook(QObject):
    """The panel's share of the window: counts in the status bar and on the navigation entry,
    its messages, the reminder at start and every hour (with a tray message where there is a
    tray)."""

    def __init__(self, host: WindowHost, panel: WorkPanel) -> None:
        super().__init__(host.main_window())
        self.host, self.panel = host, panel
        self.tray: QSystemTrayIcon | None = None
        # always in the status bar (not only while the panel is shown), and on the navigation
        self.status = QLabel()
        self.status.setObjectName("processing_status")
        host.status_bar().addPermanentWidget(self.status)
        host.show_counts(PROCESSING_PANEL.key, panel.counts_text)
        panel.counts_changed.connect(lambda text: host.show_counts(PROCESSING_PANEL.key, text))
        panel.counts_changed.connect(self.status.setText)
        panel.badge_changed.connect(lambda text: host.show_badge(PROCESSING_PANEL.key, text))
        panel.message.connect(host.show_message)
        panel.reminded.connect(self._tray)
        panel.counts.setVisible(False)
        panel._show_counts()
        panel.timer.timeout.connect(panel.refresh)  # the counts move with the clock too
        panel.timer.start()
        QTimer.singleShot(0, panel.remind)

    def _tray(self, text: str) -> None:
        if not QSystemTrayIcon.isSystemTrayAvailable():
            return
        if self.tray is None:
            self.tray = QSystemTrayIcon(icon("vanthu"), self)
            self.tray.show()
        self.tray.showMessage("VănThư", text, QSystemTrayIcon.MessageIcon.Information, 10_000)


def connect_processing(host: WindowHost) -> None:
    panel = panel_of(host, PROCESSING_PANEL.key, WorkPanel)
    host.main_window().processing_hook = ProcessingHook(host, panel)  # type: ignore[attr-defined]


