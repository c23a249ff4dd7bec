"""The English of the report, log and administration screens: every string lupdate finds in
them has its English in ts_admin.json (same placeholders), and the screens retranslate live."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTranslator

from desktop.kernel.audit import ACTION_LABELS
from tests.ui.translations import assert_same_placeholders
from ui.accounts.audit_model import ACTION_TEXT
from ui.accounts.audit_panel import AuditPanel
from ui.reports.dashboard import DashboardPanel
from ui.shell.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT / "scripts"))

import merge_ts  # noqa: E402

MODULES = (
    "reports/dashboard",
    "reports/trend_chart",
    "reports/tiles",
    "reports/figure_rows",
    "reports/export",
    "accounts/audit_panel",
    "accounts/integrity_text",
    "accounts/audit_model",
    "accounts/admin_tools",
    "accounts/users_dialog",
    "accounts/backup_tools",
    "accounts/buttons",
    "kit/roles",
)
NOTES = Path(__file__).with_name("ts_admin.json")
BIN = Path(sys.executable).parent


def _catalogue(target: Path) -> Path:
    """lupdate over our modules only, English filled from the notes (as merge_ts does)."""
    merge_ts.lupdate(target, [str(ROOT / "ui" / f"{m}.py") for m in MODULES])
    notes = json.loads(NOTES.read_text(encoding="utf-8"))
    merge_ts.fill(target, {(c, vi): en for c, pairs in notes.items() for vi, en in pairs.items()},
                  borrow=False)
    return target


def test_every_string_has_its_english(tmp_path: Path) -> None:
    assert merge_ts.unfinished(_catalogue(tmp_path / "admin.ts")) == []
    for context, entries in json.loads(NOTES.read_text(encoding="utf-8")).items():
        for source, english in entries.items():
            assert_same_placeholders(source, english, context)


def test_action_labels_are_marked_for_the_catalogue() -> None:
    assert set(ACTION_TEXT) == set(ACTION_LABELS.values())


def test_screens_switch_to_english_live(qtbot, ui_office, tmp_path: Path) -> None:
    ts = _catalogue(tmp_path / "admin.ts")
    qm = tmp_path / "admin.qm"
    subprocess.run([str(BIN / "pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
    window = MainWindow(ui_office)
    qtbot.addWidget(window)
    dashboard = window.panel("dashboard")
    audit = window.panel("audit")
    assert isinstance(dashboard, DashboardPanel) and isinstance(audit, AuditPanel)
    translator = QTranslator()
    assert translator.load(str(qm))
    app = QCoreApplication.instance()
    app.installTranslator(translator)
    try:
        qtbot.waitUntil(lambda: dashboard.export_pdf.text() == "Export PDF…", timeout=2000)
        assert dashboard.kind.itemText(0) == "Month"
        assert audit.check_button.text() == "Check integrity"
        assert audit.model.headerData(2, Qt.Orientation.Horizontal) == "Person"
        assert window.admin_tools.menu.title() == "&Tools"
        row = next(i for i, spec in enumerate(window.specs) if spec.key == "dashboard")
        assert window.nav.item(row).text() == "Reports"
    finally:
        app.removeTranslator(translator)
    qtbot.waitUntil(lambda: dashboard.export_pdf.text() == "Xuất PDF…", timeout=2000)
