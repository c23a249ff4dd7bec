"""Leaving the program quickly once everything is safe (issue 14, "quitting takes 3–5 s").

Measured on the 2-core machine of docs/benchmarks.md (``/tmp`` script timing the close path of
the real ``start()``): closing the idle window — cancelling and joining the jobs, closing the
office (the audit anchor, the database) — took 0.05 s; the seconds went *after* that, in the
interpreter's own finalisation (tearing down Qt's wrappers and the modules of pyHanko,
SQLAlchemy, fpdf2, openpyxl …: 1.2–2.8 s with no Python frame on the stack).

Nothing of ours needs that finalisation: the office is closed, settings and files are written
atomically as they change, and the log is flushed here. So once the event loop has ended, the
office is closed and no background job is left, the process ends at once with its exit code.
If a job is still running (one that could not stop within the join timeout), or coverage is
measuring, the ordinary exit is kept so that nothing is cut short.
"""

from __future__ import annotations

import logging
import os
import sys

from ui.kit import worker


def can_leave_at_once() -> bool:
    """No job left, and nobody (coverage) waiting for the interpreter's exit hooks."""
    return not worker.operations() and "coverage" not in sys.modules


def leave(code: int) -> int:
    """End the process with ``code`` now if that is safe; otherwise return it."""
    if not can_leave_at_once():
        return code
    logging.shutdown()  # every handler flushed and closed (vanthu.log)
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError, AttributeError):
            pass
    os._exit(code)
