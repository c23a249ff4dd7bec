"""The scanner's folder: where it is, the scan files waiting there (with their sizes, to see when
the scanner has finished writing), and files dropped on the window copied into it."""

from __future__ import annotations

import shutil
from pathlib import Path

from desktop.core.settings import Settings
from desktop.digitise.inbox import SCAN_SUFFIXES
from desktop.kernel.office import Office


def watch_folder(office: Office) -> Path:
    """The scanner's folder: the setting, or DATA/quet (as ``vanthu scan pickup``)."""
    configured = Settings(office.location.data_dir).get("watch_dir")
    return Path(configured) if configured else office.location.data_dir / "quet"


def waiting_files(folder: Path) -> dict[str, int]:
    """Scan files now in the folder, with their sizes (to see when the scanner is done)."""
    try:
        entries = list(folder.iterdir())
    except OSError:
        return {}
    out: dict[str, int] = {}
    for p in entries:
        if p.name.startswith(".") or p.suffix.lower() not in SCAN_SUFFIXES:
            continue
        try:
            if p.is_file():
                out[p.name] = p.stat().st_size
        except OSError:
            continue
    return out


def copy_into(folder: Path, paths: list[Path]) -> list[Path]:
    """Copy dropped files (and the scan files of dropped folders) into the watched folder,
    never overwriting a file already there."""
    sources: list[Path] = []
    for path in paths:
        if path.is_dir():
            sources += sorted(
                p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SCAN_SUFFIXES
            )
        elif path.is_file():
            sources.append(path)
    folder.mkdir(parents=True, exist_ok=True)
    copied: list[Path] = []
    for src in sources:
        target = folder / src.name
        n = 1
        while target.exists():
            target = folder / f"{src.stem}-{n}{src.suffix}"
            n += 1
        # write under a hidden name, then rename: the pick-up never sees half a file
        partial = folder / f".{target.name}.part"
        shutil.copyfile(src, partial)
        partial.replace(target)
        copied.append(target)
    return copied
