"""File names the program makes itself, for files it writes out of the store (``vanthu export``).

A stored name came from outside (a scanner, an edXML package, an import, a hand-edited database)
and is never trusted as a path: what is written is named from the document, cleaned here, and
placed inside the chosen folder without replacing anything already there.
"""

from __future__ import annotations

import os
import re
import tempfile
import unicodedata
from pathlib import Path

#: Path separators, what Windows refuses in a name, and control characters.
_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f\x7f-\x9f]')
#: Names Windows keeps for devices, with or without an extension (``NUL.pdf`` is the device).
_DEVICES = frozenset(
    {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"}
    | {f"COM{i}" for i in range(10)} | {f"LPT{i}" for i in range(10)}
    | {f"COM{c}" for c in "¹²³"} | {f"LPT{c}" for c in "¹²³"}
)
_MAX_PART = 80

_EXTENSIONS = {
    "application/pdf": ".pdf", "image/jpeg": ".jpg", "image/png": ".png", "image/tiff": ".tif",
    "application/xml": ".xml", "text/xml": ".xml", "application/zip": ".zip",
    "application/msword": ".doc",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": ".docx",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": ".xlsx",
}


def name_part(text: str) -> str:
    """One piece of a file name: Vietnamese kept (NFC), separators and control characters
    become ``-``, no ``..``, no leading or trailing dots or spaces, at most 80 characters."""
    text = unicodedata.normalize("NFC", text)
    text = "".join(ch for ch in text if unicodedata.category(ch) not in ("Cf", "Zl", "Zp"))
    text = _UNSAFE.sub("-", text)
    text = re.sub(r"\.{2,}", ".", text)
    text = re.sub(r"\s+", " ", text)
    text = re.sub(r"-{2,}", "-", text)
    return text[:_MAX_PART].strip(" .-")


def safe_file_name(stem: str, suffix: str, fallback: str = "tep") -> str:
    """``stem`` + ``suffix`` cleaned; a Windows device name gets ``_`` in front."""
    base = name_part(stem) or fallback
    if base.split(".")[0].upper().rstrip(" ") in _DEVICES:
        base = "_" + base
    return base + suffix


def suffix_for(media_type: str, stored_name: str) -> str:
    """The extension of a file written out: from its media type, else the stored name's when it
    is a short plain one, else ``.bin``."""
    known = _EXTENSIONS.get(media_type)
    if known:
        return known
    suffix = Path(stored_name.replace("\\", "/")).suffix.lower()
    return suffix if re.fullmatch(r"\.[a-z0-9]{1,5}", suffix) else ".bin"


def write_new_file(out_dir: Path, name: str, data: bytes) -> Path:
    """Writes ``data`` as ``out_dir/name`` (``name (2)``, ``name (3)``… when taken), never
    replacing a file and never outside ``out_dir``; the file appears whole or not at all."""
    if Path(name).name != name or name in ("", ".", ".."):
        raise ValueError(f"not a plain file name: {name!r}")
    folder = out_dir.resolve()
    stem, suffix = os.path.splitext(name)
    fd, tmp = tempfile.mkstemp(prefix=".tmp-", suffix=suffix, dir=folder)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        for n in range(1, 10_000):
            target = folder / (name if n == 1 else f"{stem} ({n}){suffix}")
            if target.resolve().parent != folder:
                raise ValueError(f"outside the folder: {target}")
            try:
                os.link(tmp, target)  # fails when the name is taken: nothing is replaced
            except FileExistsError:
                continue
            except OSError:  # no hard links (a FAT USB stick): create exclusively instead
                try:
                    with open(target, "xb") as out:
                        out.write(data)
                except FileExistsError:
                    continue
            return target
        raise FileExistsError(folder / name)
    finally:
        os.unlink(tmp)
