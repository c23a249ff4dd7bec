"""The window starts without the heavy libraries it needs only for some actions: fpdf (printing
forms, registers, reports: 0.3 s) and pyHanko (signing: 0.65 s). Found with python -X
importtime; see docs/benchmarks.md."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]


def test_the_window_and_its_panels_import_without_fpdf_or_pyhanko() -> None:
    code = ("import sys; import ui.shell.app, ui.shell.main_window, ui.shell.panels; "
            "print(sorted(m for m in ('fpdf', 'pyhanko', 'alembic') if m in sys.modules))")
    proc = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                          env=dict(os.environ, QT_QPA_PLATFORM="offscreen"), timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "[]"
