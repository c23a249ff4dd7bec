"""CI runs the benchmark suite at its smallest size as a smoke test (targets live in the
report, not in tests: this checks that every section runs and reports a figure)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_bench_runs_at_the_smallest_size(tmp_path: Path) -> None:
    out = tmp_path / "benchmarks.md"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.run([sys.executable, "-m", "bench", "--sizes", "10000", "--quick",
                           "--out", str(out)], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=900)
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    report = out.read_text(encoding="utf-8")
    for needle in ("Machine:", "search", "yearly report", "bulk import", "scan import",
                   "OCR", "verify", "cold start", "jump to the last row", "peak memory"):
        assert needle in report, needle
    assert "FAILED" not in report
