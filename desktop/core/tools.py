"""Finding Tesseract OCR: at the path set in the settings, on the PATH, or in its usual folders.

A frozen build does not carry Tesseract (its own installer puts it, with its ``tessdata``, in
``C:\\Program Files\\Tesseract-OCR``; Debian in ``/usr/bin``), so the program looks for it in
this order, first match wins:

1. the path set in the settings (``tesseract_path``: the program itself or its folder),
   or in ``VANTHU_TESSERACT``;
2. the ``PATH``;
3. the usual install folders of the platform (:func:`usual_tesseract_paths`).

Whether it reads Vietnamese (the ``vie`` data) is checked by
``desktop.digitise.ocr_pages.check_environment`` with ``tesseract --list-langs``.
"""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Callable, Mapping
from pathlib import Path, PurePath, PurePosixPath, PureWindowsPath

_configured: str = ""


def configure_tesseract(path: str | os.PathLike[str] | None) -> None:
    """The path from the settings (``""``/``None``: look for it)."""
    global _configured
    _configured = str(path or "")


def configure_from_settings(data_dir: Path) -> None:
    """Read ``tesseract_path`` from the data folder's settings (called when an office opens)."""
    from desktop.core.settings import Settings

    configure_tesseract(Settings(data_dir).get("tesseract_path"))


def executable_name(system: str | None = None) -> str:
    return "tesseract.exe" if (system or sys.platform).startswith("win") else "tesseract"


def usual_tesseract_paths(
    system: str | None = None, env: Mapping[str, str] | None = None
) -> list[PurePath]:
    """Where Tesseract's installers put the program, per platform.

    Windows: the UB Mannheim installer (the one tesseract-ocr's own wiki points to) installs
    into ``%ProgramFiles%\\Tesseract-OCR`` for all users or ``%LOCALAPPDATA%\\Programs\\
    Tesseract-OCR`` for one; older 32-bit builds into ``%ProgramFiles(x86)%``; Chocolatey and
    Scoop into their shims. Linux: distribution packages and ``make install``. macOS: Homebrew.
    """
    system = system or sys.platform
    env = os.environ if env is None else env
    if system.startswith("win"):
        exe = "tesseract.exe"
        bases: list[PureWindowsPath] = []
        for var, default in (
            ("ProgramFiles", "C:\\Program Files"),
            ("ProgramW6432", "C:\\Program Files"),
            ("ProgramFiles(x86)", "C:\\Program Files (x86)"),
        ):
            bases.append(PureWindowsPath(env.get(var, default), "Tesseract-OCR"))
        if env.get("LOCALAPPDATA"):
            bases.append(PureWindowsPath(env["LOCALAPPDATA"], "Programs", "Tesseract-OCR"))
            bases.append(PureWindowsPath(env["LOCALAPPDATA"], "Tesseract-OCR"))
        if env.get("ChocolateyInstall"):
            bases.append(PureWindowsPath(env["ChocolateyInstall"], "bin"))
        if env.get("USERPROFILE"):
            bases.append(PureWindowsPath(env["USERPROFILE"], "scoop", "shims"))
        out: list[PurePath] = []
        for base in bases:
            if base / exe not in out:
                out.append(base / exe)
        return out
    if system == "darwin":
        return [PurePosixPath(p) for p in ("/opt/homebrew/bin/tesseract",
                                           "/usr/local/bin/tesseract")]
    return [PurePosixPath(p) for p in ("/usr/bin/tesseract", "/usr/local/bin/tesseract",
                                       "/snap/bin/tesseract")]


def find_tesseract(
    configured: str | None = None,
    *,
    system: str | None = None,
    env: Mapping[str, str] | None = None,
    which: Callable[[str], str | None] = shutil.which,
    is_file: Callable[[str], bool] = os.path.isfile,
) -> str | None:
    """The Tesseract program to run, or ``None`` when there is none (see the module's order)."""
    system = system or sys.platform
    env = os.environ if env is None else env
    exe = executable_name(system)
    flavour: type[PurePath] = PureWindowsPath if system.startswith("win") else PurePosixPath
    wanted = configured if configured is not None else _configured
    for given in (wanted, env.get("VANTHU_TESSERACT", "")):
        if not given:
            continue
        path = flavour(given)
        for candidate in (path, path / exe):
            if is_file(str(candidate)):
                return str(candidate)
    found = which("tesseract")
    if found:
        return found
    for candidate in usual_tesseract_paths(system, env):
        if is_file(str(candidate)):
            return str(candidate)
    return None
