"""Where the program's own files are: the one helper that knows whether it runs frozen.

From the source tree, ``resources/`` sits beside the packages (``desktop/``, ``ui/``, …). In a
PyInstaller build (one folder, ``packaging/vanthu.spec``) the packages and ``resources/`` are
unpacked under ``sys._MEIPASS`` (``<folder>/_internal`` since PyInstaller 6), and the program
itself (``vanthu`` / ``vanthu.exe``, ``VanThu`` / ``VanThu.exe``) is in ``<folder>``.

Everything of ours that reads a bundled file asks here: fonts, icons, translations, the holiday
calendar, the signing samples. Two packages cannot (``models`` and ``signing`` sit below
``desktop`` and may not import it): ``models.migrate`` finds its migrations beside its own
``__file__`` and ``signing.appearance`` its font at ``<root>/resources/fonts``; the spec puts
both at exactly those places in the frozen folder, and :func:`migrations_dir` says where.

The user's data never lives here (a frozen folder may be read-only, and an upgrade replaces it):
see :func:`user_data_dir`.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from pathlib import Path, PurePath, PurePosixPath, PureWindowsPath

APP_NAME = "VanThu"
SOURCE_ROOT = Path(__file__).resolve().parents[2]


def is_frozen() -> bool:
    """True inside a PyInstaller build."""
    return bool(getattr(sys, "frozen", False)) and hasattr(sys, "_MEIPASS")


def bundle_root() -> Path:
    """The folder holding ``resources/`` and the packages: ``sys._MEIPASS`` when frozen, the
    source tree (or the installed site-packages' parent of ``desktop``) otherwise."""
    if is_frozen():
        return Path(sys._MEIPASS)  # type: ignore[attr-defined]  # set by PyInstaller
    return SOURCE_ROOT


def resource(*parts: str) -> Path:
    """``resources/<parts…>`` of this program; ``resource()`` is the folder itself."""
    return bundle_root().joinpath("resources", *parts)


def fonts_dir() -> Path:
    return resource("fonts")


def translations_dir() -> Path:
    return resource("translations")


def icons_dir() -> Path:
    return resource("icons")


def migrations_dir() -> Path:
    """Alembic's script folder (``models/migrations``), found by ``models.migrate`` itself."""
    from models.migrate import MIGRATIONS

    return MIGRATIONS


def program_version() -> str:
    """The installed version (the package metadata, which the frozen build carries too)."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("vanthu")
    except PackageNotFoundError:
        return "0+unknown"


def program_dir() -> Path:
    """The folder of the program the person started (the frozen folder, or the venv's bin)."""
    return Path(sys.executable).resolve().parent


# -- pure forms, for other platforms' paths (tested on Linux with PureWindowsPath) -----------


def frozen_layout(executable: PurePath, *, internal: str = "_internal") -> dict[str, PurePath]:
    """Where a one-folder build keeps its parts, from the path of its program: what
    :func:`resource` answers when frozen, computed for any platform's path flavour."""
    folder = executable.parent
    root = folder / internal
    return {
        "folder": folder,
        "root": root,
        "resources": root / "resources",
        "fonts": root / "resources" / "fonts",
        "translations": root / "resources" / "translations",
        "migrations": root / "models" / "migrations",
    }


def user_data_dir(system: str | None = None, env: Mapping[str, str] | None = None) -> PurePath:
    """The default data folder of this platform (what ``platformdirs`` answers here).

    On Windows it is ``%LOCALAPPDATA%\\VanThu`` — per user, not roaming (a database and scans
    do not belong in a roaming profile), outside the install folder, so an uninstall or an
    upgrade leaves it alone.
    """
    system = system or sys.platform
    env = os.environ if env is None else env
    if system == sys.platform and env is os.environ:
        import platformdirs

        return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    if system.startswith("win"):
        base = env.get("LOCALAPPDATA") or str(
            PureWindowsPath(env.get("USERPROFILE", "C:\\Users\\Default"), "AppData", "Local")
        )
        return PureWindowsPath(base) / APP_NAME
    if system == "darwin":
        return PurePosixPath(env.get("HOME", "~"), "Library", "Application Support", APP_NAME)
    base = env.get("XDG_DATA_HOME") or str(PurePosixPath(env.get("HOME", "~"), ".local", "share"))
    return PurePosixPath(base) / APP_NAME
