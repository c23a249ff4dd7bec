"""The one-stop desk's share of the main window: the "Tiếp nhận hồ sơ…" action (Ctrl+H) in its
File menu and toolbar, the dossier counts in its status bar while the panel is shown, and the
panel's messages there."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QKeySequence

from ui.dossiers.panel import DOSSIERS_PANEL, DossierPanel, may_receive
from ui.kit.host import WindowHost, panel_of
from ui.kit.icons import icon


class DossierActions(QObject):
    """The window's "Tiếp nhận hồ sơ…" action (Ctrl+H) and the counts in its status bar."""

    def __init__(self, host: WindowHost, panel: DossierPanel) -> None:
        window = host.main_window()
        super().__init__(window)
        self.host = host
        self.window = window
        self.panel = panel
        self.act_receive = QAction(icon("incoming"), "", window)
        self.act_receive.setObjectName("act_receive_dossier")
        self.act_receive.setShortcut(QKeySequence("Ctrl+H"))
        self.act_receive.triggered.connect(self.receive)
        allowed = may_receive(panel.office)
        self.act_receive.setEnabled(allowed)
        self.act_receive.setVisible(allowed)
        host.add_menu_action(self.act_receive, before="import")
        host.add_toolbar_action(self.act_receive, after="new_outgoing")
        host.show_counts(DOSSIERS_PANEL.key, panel.counts_text)
        panel.counts_changed.connect(lambda text: host.show_counts(DOSSIERS_PANEL.key, text))
        panel.counts.setVisible(False)  # the window's status bar shows them
        panel.message.connect(host.show_message)
        window.installEventFilter(self)
        self.retranslate()

    def retranslate(self) -> None:
        self.act_receive.setText(self.tr("Tiếp nhận &hồ sơ một cửa…"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def receive(self) -> None:
        self.host.show_panel(DOSSIERS_PANEL.key)
        self.panel.new_dossier()


def install_dossier_actions(host: WindowHost) -> None:
    panel = panel_of(host, DOSSIERS_PANEL.key, DossierPanel)
    host.main_window().dossier_actions = DossierActions(host, panel)  # type: ignore[attr-defined]
