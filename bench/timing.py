"""Repeated timing with median and spread, and the machine description for the report."""

from __future__ import annotations

import os
import platform
import statistics
import subprocess
import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass
class Timing:
    median: float
    low: float
    high: float
    runs: int

    def ms(self) -> str:
        return f"{self.median * 1000:.1f} ms ({self.low * 1000:.1f}–{self.high * 1000:.1f})"

    def s(self) -> str:
        return f"{self.median:.2f} s ({self.low:.2f}–{self.high:.2f})"


def measure(fn: Callable[[], object], repeat: int = 7, warmup: int = 1) -> Timing:
    for _ in range(warmup):
        fn()
    samples = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - t0)
    return Timing(statistics.median(samples), min(samples), max(samples), repeat)


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    mem = ""
    try:
        with open("/proc/meminfo") as f:
            kb = int(f.readline().split()[1])
            mem = f", {kb / 1024 / 1024:.0f} GiB RAM"
    except (OSError, ValueError, IndexError):
        pass
    return f"{cpu}, {os.cpu_count()} cores{mem}, {platform.system()} {platform.release()}, " \
           f"Python {platform.python_version()}"


def run(cmd: list[str]) -> None:
    subprocess.run(cmd, check=True, capture_output=True)
