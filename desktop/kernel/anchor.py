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

The audit key (``audit-key.json``, below) lives here too: the log's MACs are made with it.
"""

from __future__ import annotations

import hashlib
import json
import os
import secrets
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


# --------------------------------------------------------------------------- the audit key

KEY_FILE = "audit-key.json"


@dataclass(frozen=True)
class AuditKey:
    """The HMAC key of the audit log (see :mod:`desktop.kernel.audit`): kept in the data folder,
    readable by its owner only, and in every backup's manifest. ``since`` is the first entry
    made with it: every later entry must carry a MAC."""

    key_id: str
    key: bytes
    since: int

    def to_json(self) -> dict[str, object]:
        return {"key_id": self.key_id, "key": self.key.hex(), "since": self.since}

    @classmethod
    def from_json(cls, raw: object) -> AuditKey:
        if not isinstance(raw, dict):
            raise ValueError("audit key is not an object")
        key = bytes.fromhex(str(raw["key"]))
        if len(key) < 32:
            raise ValueError("audit key too short")
        key_id = hashlib.sha256(key).hexdigest()[:16]
        if raw.get("key_id") not in (None, key_id):
            raise ValueError("audit key id does not match the key")
        return cls(key_id, key, int(raw["since"]))


def load_key(data_dir: Path) -> AuditKey | None:
    """The key, ``None`` when there is none; :class:`ValueError` when the file is damaged."""
    try:
        raw = json.loads((data_dir / KEY_FILE).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError) as exc:
        raise ValueError(str(exc)) from None
    return AuditKey.from_json(raw)


def create_key(data_dir: Path, since: int) -> AuditKey:
    key = secrets.token_bytes(32)
    made = AuditKey(hashlib.sha256(key).hexdigest()[:16], key, since)
    write_key(data_dir, made)
    return made


def write_key(data_dir: Path, key: AuditKey) -> None:
    """Atomically, owner-only; never over an existing different key."""
    fd, tmp = tempfile.mkstemp(prefix=".audit-key-", dir=data_dir)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump(key.to_json(), f)
            f.flush()
            os.fsync(f.fileno())
        os.chmod(tmp, 0o600)
        os.replace(tmp, data_dir / KEY_FILE)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
