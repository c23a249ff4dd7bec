"""The README's two commands are real Makefile targets, and CI runs the same one."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_readme_shows_the_two_commands_and_they_exist() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "make run" in readme and "make test" in readme
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    for target in ("run", "test", "install", "bench", "screenshots"):
        assert re.search(rf"^{target}:", makefile, re.M), target
    assert "make test" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def test_make_dry_runs_resolve() -> None:
    for target in ("run", "test"):
        proc = subprocess.run(["make", "-n", target], cwd=ROOT, capture_output=True, text=True,
                              timeout=60)
        assert proc.returncode == 0, proc.stderr
    assert "pytest" in subprocess.run(["make", "-n", "test"], cwd=ROOT, capture_output=True,
                                      text=True, timeout=60).stdout
    assert "-m desktop" in subprocess.run(["make", "-n", "run"], cwd=ROOT, capture_output=True,
                                          text=True, timeout=60).stdout


def test_python_dash_m_desktop_with_arguments_is_the_cli(tmp_path: Path) -> None:
    import sys

    proc = subprocess.run([sys.executable, "-m", "desktop", "--data", str(tmp_path), "--help"],
                          capture_output=True, text=True, timeout=60, cwd=ROOT)
    assert proc.returncode == 0 and "vanthu" in proc.stdout
