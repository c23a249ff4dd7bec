"""Quitting the window (issue 14, "quitting takes 3–5 s"): seconds from the window's last
event-loop turn (its ready file, ``VANTHU_READY_FILE``: the window up, then ``app.quit()``) to
the process having ended, idle, with no automatic backup due.

VănThư is ``python -m desktop`` (``ui.shell.app.run``: ``ui.shell.quit.leave`` ends the process
once the office is closed and no job is left); the peer is the same start-up and close path
with the interpreter's ordinary exit (what the program did before).

    python -m bench.quit_bench [--repeat 5]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.frozen_bench import ROOT, _office

ORDINARY = ("import sys\nfrom ui.shell.app import create_app\nfrom ui.shell.startup import start\n"
            "sys.exit(start(create_app()))\n")
Row = tuple[str, str, str, str, str]


def _ready_to_exit(cmd: list[str], env: dict[str, str]) -> float:
    with tempfile.TemporaryDirectory(prefix="vanthu-quit-") as tmp:
        ready = Path(tmp) / "ready.json"
        full = dict(os.environ, QT_QPA_PLATFORM="offscreen", VANTHU_READY_FILE=str(ready), **env)
        proc = subprocess.Popen(cmd, env=full, stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL)
        while not ready.exists():
            if proc.poll() is not None:
                raise RuntimeError(f"{cmd[0]} exited {proc.returncode} before it was ready")
            time.sleep(0.001)
        t0 = time.perf_counter()
        code = proc.wait(timeout=120)
        took = time.perf_counter() - t0
        if code != 0:
            raise RuntimeError(f"{cmd[0]} exited {code}")
        return took


def measure(repeat: int) -> dict[str, list[float]]:
    folder = Path(tempfile.mkdtemp(prefix="vanthu-bench-quit-")) / "data"
    _office(folder)
    env = {"VANTHU_DATA": str(folder), "PYTHONPATH": str(ROOT),
           "VANTHU_CONFIG": str(folder.parent / "config")}
    cases = {"app": [sys.executable, "-m", "desktop"], "ordinary": [sys.executable, "-c", ORDINARY]}
    for cmd in cases.values():  # warm the disk cache
        _ready_to_exit(cmd, env)
    times: dict[str, list[float]] = {k: [] for k in cases}
    for _ in range(repeat):  # interleaved, so a busy moment hits both alike
        for key, cmd in cases.items():
            times[key].append(_ready_to_exit(cmd, env))
    return times


def _fmt(values: list[float]) -> str:
    return f"{statistics.median(values):.2f} s ({min(values):.2f}–{max(values):.2f})"


def rows(repeat: int = 5) -> list[Row]:
    t = measure(max(1, repeat))
    app, peer = statistics.median(t["app"]), statistics.median(t["ordinary"])
    return [("quitting the idle window: last event-loop turn → process ended", _fmt(t["app"]),
             _fmt(t["ordinary"]) + " (ordinary interpreter exit)", f"{app / peer:.2f}×",
             "≤ 1 s")]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=5)
    for row in rows(ap.parse_args().repeat):
        print("| " + " | ".join(row) + " |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
