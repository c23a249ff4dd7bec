"""Where the data lives: ``--data``/``VANTHU_DATA`` and ``--db``/``VANTHU_DB``."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from models.db import is_sqlite, sqlite_url

APP_NAME = "VanThu"
DB_FILE = "vanthu.sqlite3"


@dataclass(frozen=True)
class Location:
    data_dir: Path
    db_url: str

    @property
    def files_dir(self) -> Path:
        return self.data_dir / "files"

    @property
    def is_sqlite(self) -> bool:
        return is_sqlite(self.db_url)

    @property
    def sqlite_path(self) -> Path | None:
        if not self.is_sqlite:
            return None
        return Path(self.db_url.split(":///", 1)[1])


def default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def resolve(data: str | os.PathLike[str] | None = None, db: str | None = None) -> Location:
    data_dir = Path(data or os.environ.get("VANTHU_DATA") or default_data_dir()).expanduser()
    db_url = db or os.environ.get("VANTHU_DB") or sqlite_url(data_dir.resolve() / DB_FILE)
    return Location(data_dir.resolve(), db_url)


def ensure_private_dir(path: Path) -> None:
    """The data folder is readable by its owner only."""
    path.mkdir(parents=True, exist_ok=True)
    try:
        os.chmod(path, 0o700)
    except OSError:  # pragma: no cover - e.g. a FAT USB drive
        pass
