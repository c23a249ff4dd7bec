"""Where the data lives: ``--data``/``VANTHU_DATA`` and ``--db``/``VANTHU_DB``; the database
password, when the server needs one, from ``VANTHU_DB`` or the file ``VANTHU_DB_PASSWORD_FILE``
names, never from the command line."""

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
    secret = os.environ.get("VANTHU_DB_PASSWORD_FILE")
    if secret and not is_sqlite(db_url):
        db_url = with_password(db_url, _read_secret(Path(secret)))
    return Location(data_dir.resolve(), db_url)


def url_has_password(url: str) -> bool:
    """Whether a database URL carries a password (which must not be typed on a command line:
    every user of the PC sees it in the process list)."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        return bool(make_url(url).password)
    except ArgumentError:
        return False


def with_password(url: str, password: str) -> str:
    """``url`` with ``password`` set, unless it has one already."""
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    if parsed.password:
        return url
    return parsed.set(password=password).render_as_string(hide_password=False)


def _read_secret(path: Path) -> str:
    from desktop.core.errors import UserError
    from desktop.core.i18n import _

    try:
        return path.read_text(encoding="utf-8").strip("\r\n")
    except (OSError, UnicodeDecodeError) as exc:
        raise UserError(_("Không đọc được tệp mật khẩu cơ sở dữ liệu {path} "
                          "(biến VANTHU_DB_PASSWORD_FILE).", path=str(path)), str(exc),
                        field="db") from None


def ensure_private_dir(path: Path) -> None:
    """The data folder is readable by its owner only."""
    path.mkdir(parents=True, exist_ok=True)
    try:
        os.chmod(path, 0o700)
    except OSError:  # pragma: no cover - e.g. a FAT USB drive
        pass
