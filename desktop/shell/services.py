"""Small services the desktop window needs and the other services do not offer (no Qt here).

Each one is a thin door onto an existing service, so the window never opens a session itself.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

import platformdirs

from desktop.accounts import organisation
from desktop.accounts.organisation import OrgProfile
from desktop.core.config import APP_NAME
from desktop.kernel.auth import has_accounts
from desktop.kernel.office import Office
from models.entities import Direction, Status

__all__ = [
    "Direction",
    "Status",
    "LOG_FILE",
    "check_profile",
    "log_path",
    "office_has_accounts",
    "register_name",
    "remember_data_dir",
    "remembered_data_dir",
    "write_temp_copy",
]

LOG_FILE = "vanthu.log"
_POINTER = "location.json"


def office_has_accounts(office: Office) -> bool:
    """Whether the window must ask for a login (an office without accounts runs as system)."""
    with office.db.read() as s:
        return has_accounts(s)


def check_profile(profile: OrgProfile) -> OrgProfile:
    """Validate an organisation profile before anything is written (the wizard's first page)."""
    return organisation.check_profile(profile)


def register_name(direction: Direction | str) -> str:
    """``den``/``di`` → ``incoming``/``outgoing``, the names the book and importer take."""
    return "incoming" if Direction(direction) == Direction.INCOMING else "outgoing"


def log_path(office: Office) -> Path:
    return office.location.data_dir / LOG_FILE


def _config_dir() -> Path:
    override = os.environ.get("VANTHU_CONFIG")
    return Path(override) if override else Path(platformdirs.user_config_dir(APP_NAME, False))


def remembered_data_dir() -> Path | None:
    """The data folder the setup wizard chose last time on this machine (if any)."""
    try:
        raw = json.loads((_config_dir() / _POINTER).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    value = raw.get("data_dir") if isinstance(raw, dict) else None
    return Path(value) if value else None


def remember_data_dir(path: Path) -> None:
    target = _config_dir()
    target.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".location-", dir=target)
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        json.dump({"data_dir": str(path)}, f, ensure_ascii=False)
    os.replace(tmp, target / _POINTER)


def write_temp_copy(office: Office, sha256: str, name: str) -> Path:
    """Write a stored file's verified bytes to a private temp folder, for the system viewer."""
    data = office.files.read(sha256)
    folder = Path(tempfile.mkdtemp(prefix="vanthu-"))
    safe = Path(name).name or sha256[:12]
    target = folder / safe
    target.write_bytes(data)
    return target
