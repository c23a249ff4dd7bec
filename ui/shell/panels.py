"""Every panel of the main window, in navigation order, and every window hook, imported by name:
a panel or hook that is missing (a typo, a module moved) fails here, when the window starts and
in ``tests/ui/shell/test_panels.py``, never silently."""

from __future__ import annotations

from ui.accounts.admin_tools import install_admin_tools
from ui.accounts.audit_panel import AUDIT_PANEL, connect_audit_log
from ui.casefiles.panel import CASEFILES_PANEL
from ui.casefiles.window_actions import install_casefile_actions
from ui.digitise.inbox_panel import INBOX_PANEL, connect_inbox
from ui.digitise.ocr_status import install_ocr_status
from ui.dossiers.panel import DOSSIERS_PANEL
from ui.dossiers.window_actions import install_dossier_actions
from ui.drafting.panel import DRAFTS_PANEL
from ui.interchange.panel import EXCHANGE_PANEL, connect_exchange
from ui.kit.host import WindowHook
from ui.kit.panels import PanelSpec
from ui.processing.panel import PROCESSING_PANEL
from ui.processing.window_hook import connect_processing
from ui.registers.panel import INCOMING_PANEL, OUTGOING_PANEL
from ui.reports.dashboard import DASHBOARD_PANEL, connect_dashboard

#: The navigation, top to bottom.
PANELS: tuple[PanelSpec, ...] = (
    INCOMING_PANEL,
    OUTGOING_PANEL,
    INBOX_PANEL,
    PROCESSING_PANEL,
    DRAFTS_PANEL,
    EXCHANGE_PANEL,
    DOSSIERS_PANEL,
    CASEFILES_PANEL,
    DASHBOARD_PANEL,
    AUDIT_PANEL,
)

#: Run in this order once the window and its panels are built (see ``ui.kit.host.WindowHost``).
WINDOW_HOOKS: tuple[WindowHook, ...] = (
    connect_inbox,
    connect_exchange,
    install_dossier_actions,
    install_casefile_actions,
    connect_dashboard,
    connect_audit_log,
    connect_processing,
    # These two still take the window as a QWidget (it is one) until their rewrite.
    install_ocr_status,
    install_admin_tools,
)
