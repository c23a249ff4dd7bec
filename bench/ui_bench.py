"""The window at scale: cold start against a bare PySide6 window, the register view over the
whole register (open, jump to the last row), and the peak memory of that process.

Each measurement runs in a fresh process (``python -m bench.ui_bench CASE …``) that prints one
JSON line, so start-up costs are real and memory is the process's own peak (ru_maxrss).
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _child(*args: str, env: dict[str, str] | None = None) -> dict[str, float]:
    full = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT), **(env or {}))
    t0 = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "bench.ui_bench", *args], capture_output=True,
                          text=True, env=full, cwd=ROOT, timeout=900)
    wall = time.perf_counter() - t0
    if proc.returncode != 0:
        raise RuntimeError(proc.stderr[-2000:])
    data = json.loads(proc.stdout.strip().splitlines()[-1])
    data["wall"] = wall
    return data


def _median(values: list[float]) -> tuple[float, float, float]:
    return statistics.median(values), min(values), max(values)


def register_rows(folder: Path, size: int) -> list[tuple[str, str, str, str, str]]:
    rows = []
    runs = [_child("register", str(folder)) for _ in range(3)]
    for key, label in (("open", "open the register view (all years)"),
                       ("jump", "jump to the last row")):
        med, lo, hi = _median([r[key] for r in runs])
        rows.append((f"{label}, {int(runs[0]['rows']):,} rows", f"{med * 1000:.0f} ms "
                     f"({lo * 1000:.0f}–{hi * 1000:.0f})", "—", "—", "≤ 300 ms"))
    med, lo, hi = _median([r["maxrss_mb"] for r in runs])
    rows.append((f"peak memory with the register open, {int(runs[0]['rows']):,} rows",
                 f"{med:.0f} MB", "—", "—", "≤ 300 MB"))
    return rows


def startup_rows(repeat: int = 5) -> list[tuple[str, str, str, str, str]]:
    import tempfile

    from desktop.accounts.organisation import OrgProfile, initialise
    from desktop.kernel.office import Office

    folder = Path(tempfile.mkdtemp(prefix="vanthu-bench-start-")) / "data"
    office = Office.open(folder)
    initialise(office, OrgProfile("UBND xã Bình Phú", "UBND", "Bình Phú"), None)
    office.close()
    app = [_child("app", str(folder))["shown"] for _ in range(repeat)]
    bare = [_child("bare")["shown"] for _ in range(repeat)]
    a, b = _median(app), _median(bare)
    return [("cold start to a usable main window", f"{a[0]:.2f} s ({a[1]:.2f}–{a[2]:.2f})",
             f"{b[0]:.2f} s (bare PySide6 window)", f"{a[0] / b[0]:.2f}×", "≤ 2× bare window")]


# -- the child processes ------------------------------------------------------------------
def _since_start() -> float:
    """Seconds since this process was created (from /proc), so imports are counted."""
    try:
        with open("/proc/self/stat") as f:
            ticks = int(f.read().rsplit(")", 1)[1].split()[19])
        with open("/proc/uptime") as f:
            uptime = float(f.read().split()[0])
        return uptime - ticks / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return time.process_time()


def _maxrss_mb() -> float:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def child_bare() -> dict[str, float]:
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    app = QApplication([sys.argv[0]])
    w = QMainWindow()
    w.setCentralWidget(QLabel("VănThư"))
    w.resize(1366, 768)
    w.show()
    app.processEvents()
    return {"shown": _since_start()}


def child_app(folder: str) -> dict[str, float]:
    from desktop.kernel.auth import SYSTEM
    from desktop.kernel.office import Office
    from ui.shell.app import create_app
    from ui.shell.main_window import MainWindow

    app = create_app([sys.argv[0]])
    office = Office.open(folder)
    office.actor = SYSTEM  # the bench measures views, not logins (the data may hold accounts)
    w = MainWindow(office)
    w.show()
    app.processEvents()
    shown = _since_start()
    office.close()
    return {"shown": shown}


def child_register(folder: str) -> dict[str, float]:
    from desktop.kernel.auth import SYSTEM
    from desktop.kernel.office import Office
    from desktop.shell.services import Direction
    from ui.registers.panel import RegisterPanel
    from ui.shell.app import create_app

    app = create_app([sys.argv[0]])
    office = Office.open(folder)
    office.actor = SYSTEM  # the bench measures views, not logins (the data may hold accounts)
    t0 = time.perf_counter()
    panel = RegisterPanel(office, Direction.INCOMING)
    panel.year.setCurrentIndex(0)  # "Mọi năm": the whole register
    panel.apply_filters()
    panel.resize(1366, 700)
    panel.show()
    app.processEvents()
    opened = time.perf_counter() - t0
    t0 = time.perf_counter()
    last = panel.model.rowCount() - 1
    index = panel.model.index(last, 0)
    panel.view.setCurrentIndex(index)
    panel.view.scrollTo(index)
    app.processEvents()
    jumped = time.perf_counter() - t0
    office.close()
    return {"open": opened, "jump": jumped, "rows": last + 1, "maxrss_mb": _maxrss_mb()}


if __name__ == "__main__":
    case, *rest = sys.argv[1:]
    result = {"bare": child_bare, "app": child_app, "register": child_register}[case](*rest)
    print(json.dumps(result))
