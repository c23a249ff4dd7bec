"""The English of the report, log and administration screens: every string lupdate finds in
them has its English in ts_admin.json (same placeholders), and the screens retranslate live."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTranslator

from desktop.kernel.audit import ACTION_LABELS
from ui.accounts.audit_model import ACTION_TEXT
from ui.accounts.audit_panel import AuditPanel
from ui.reports.dashboard import DashboardPanel
from ui.shell.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[3]
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
PLACEHOLDER = re.compile(r"\{(\w+)\}")
BIN = Path(sys.executable).parent


def _catalogue(target: Path) -> Path:
    """lupdate over our modules only, English filled from the notes."""
    sources = [str(ROOT / "ui" / f"{m}.py") for m in MODULES]
    subprocess.run(
        [str(BIN / "pyside6-lupdate"), *sources, "-no-obsolete", "-silent", "-ts", str(target)],
        check=True,
        cwd=ROOT,
    )
    notes = json.loads(NOTES.read_text(encoding="utf-8"))
    tree = ET.parse(target)
    for ctx in tree.getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            english = notes.get(name, {}).get(msg.findtext("source") or "")
            tr = msg.find("translation")
            if english and tr is not None:
                tr.text = english
                tr.attrib.pop("type", None)
    tree.write(target, encoding="utf-8", xml_declaration=True)
    return target


def test_every_string_has_its_english(tmp_path: Path) -> None:
    tree = ET.parse(_catalogue(tmp_path / "admin.ts"))
    missing = [
        (ctx.findtext("name"), msg.findtext("source"))
        for ctx in tree.getroot().iter("context")
        for msg in ctx.iter("message")
        if not (msg.findtext("translation") or "").strip()
    ]
    assert missing == []
    for entries in json.loads(NOTES.read_text(encoding="utf-8")).values():
        for source, english in entries.items():
            assert set(PLACEHOLDER.findall(source)) == set(PLACEHOLDER.findall(english)), source


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
