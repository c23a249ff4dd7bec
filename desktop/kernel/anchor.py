"""The audit log's head, kept outside the database: what this data folder last saw.

The chain in ``audit_log`` proves that no entry was changed *unless* someone rewrote every hash
after it, or cut entries off the end and lowered the counter; both are possible for anyone who
can edit the database file. This file, in the data folder (owner-only), remembers the sequence
number and hash of the last entry the program saw when it closed the office. ``vanthu check``
and ``vanthu audit verify`` compare it with the database: a head below it (entries removed) or
a different hash at its number (history rewritten) is reported. The anchor only moves forward,
and only when the database still extends it, so a problem, once there, stays visible.

It does not protect against someone who edits both the database and this file; a backup keeps
its own copy (the manifest), and printed registers and reports are further witnesses.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

ANCHOR_FILE = "audit-anchor.json"


@dataclass(frozen=True)
class Anchor:
    seq: int
    hash: str


def load(data_dir: Path) -> Anchor | None:
    try:
        raw = json.loads((data_dir / ANCHOR_FILE).read_text(encoding="utf-8"))
        return Anchor(int(raw["seq"]), str(raw["hash"]))
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError):
        return Anchor(0, "")  # unreadable: say so at the next check rather than forget it


def save(data_dir: Path, anchor: Anchor) -> None:
    """Atomically: a crash leaves the old anchor or the new one, never half a file."""
    fd, tmp = tempfile.mkstemp(prefix=".anchor-", dir=data_dir)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump({"seq": anchor.seq, "hash": anchor.hash}, f)
            f.flush()
            os.fsync(f.fileno())
        os.chmod(tmp, 0o600)
        os.replace(tmp, data_dir / ANCHOR_FILE)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
