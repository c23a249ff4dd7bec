"""The navigation's entries — key, title, icon — known before the panels' modules are loaded, so
the window can paint its navigation and the incoming register first and build the other panels
just after (the start-up section of docs/benchmarks.md). ``ui.shell.panels`` lists the panels
themselves; tests/ui/shell/test_panels.py keeps the two lists equal."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from ui.kit.i18n import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class NavEntry:
    key: str
    title: str  # Vietnamese source, translated at display in context "Panels"
    icon: str
    module: str  # where the panel is made: imported on its own turn by the staged start

    def display_title(self) -> str:
        return QCoreApplication.translate("Panels", self.title)


#: The navigation, top to bottom: the same keys, titles, icons (and the module of each factory)
#: as ``ui.shell.panels.PANELS``.
NAVIGATION: tuple[NavEntry, ...] = (
    NavEntry("incoming", QT_TRANSLATE_NOOP("Panels", "Văn bản đến"), "incoming",
             "ui.registers.panel"),
    NavEntry("outgoing", QT_TRANSLATE_NOOP("Panels", "Văn bản đi"), "outgoing",
             "ui.registers.panel"),
    NavEntry("inbox", QT_TRANSLATE_NOOP("Panels", "Bản quét chờ xử lý"), "incoming",
             "ui.digitise.inbox_panel"),
    NavEntry("processing", QT_TRANSLATE_NOOP("Panels", "Văn bản cần xử lý"), "incoming",
             "ui.processing.panel"),
    NavEntry("drafts", QT_TRANSLATE_NOOP("Panels", "Dự thảo"), "outgoing",
             "ui.drafting.panel"),
    NavEntry("interchange", QT_TRANSLATE_NOOP("Panels", "Văn bản điện tử đến"), "incoming",
             "ui.interchange.panel"),
    NavEntry("dossiers", QT_TRANSLATE_NOOP("Panels", "Hồ sơ một cửa"), "overdue",
             "ui.dossiers.panel"),
    NavEntry("casefiles", QT_TRANSLATE_NOOP("Panels", "Hồ sơ"), "vanthu",
             "ui.casefiles.panel"),
    NavEntry("dashboard", QT_TRANSLATE_NOOP("Panels", "Báo cáo"), "vanthu",
             "ui.reports.dashboard"),
    NavEntry("audit", QT_TRANSLATE_NOOP("Panels", "Nhật ký"), "overdue",
             "ui.accounts.audit_panel"),
)
