"""The exchange folder: packages exported from the provincial system (or a USB stick) are
dropped into ``den/``, the pending list is that folder, one action registers a package (or reads
a status package, or refuses a document with status 02) and moves it to ``da-nhan/`` or
``tu-choi/``; a file that is no package goes to ``loi/`` with the reason. Packages written for
upload go to ``di/``. Nothing is ever deleted.

The folder is the ``exchange_dir`` setting, by default ``lien-thong`` in the data folder.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import shutil
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from desktop.core.errors import NotFound, UserError, VanThuError
from desktop.core.i18n import _
from desktop.interchange.places import ExchangeFolder, exchange_folder
from desktop.kernel.auth import Role
from desktop.kernel.office import Office

__all__ = ["ExchangeFolder", "InboxReport", "PendingPackage", "exchange_folder", "refuse", "scan",
           "take"]

SUFFIXES = (".edxml", ".xml")


@dataclass(frozen=True)
class PendingPackage:
    name: str
    path: str
    kind: str  # document | status
    size: int
    sha256: str
    fields: dict[str, Any] = field(default_factory=dict)
    interchange: dict[str, Any] = field(default_factory=dict)
    warnings: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["warnings"] = list(self.warnings)
        return data


@dataclass
class InboxReport:
    folder: str
    outbox: str
    pending: list[PendingPackage] = field(default_factory=list)
    moved_aside: list[dict[str, str]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"folder": self.folder, "outbox": self.outbox,
                "pending": [p.to_dict() for p in self.pending], "moved_aside": self.moved_aside}


def _move(path: Path, folder: Path) -> Path:
    from desktop.interchange.files import free_path

    folder.mkdir(parents=True, exist_ok=True)
    target = free_path(folder, path.name)
    shutil.move(str(path), target)
    return target


def _preview(office: Office, path: Path) -> PendingPackage:
    from desktop.interchange.parser import package_kind, parse_status
    from desktop.interchange.receive import read_file, read_package

    data = read_file(path)
    sha = hashlib.sha256(data).hexdigest()
    if package_kind(data) == "status":
        st = parse_status(data)
        return PendingPackage(path.name, str(path), "status", len(data), sha, {
            "organ_name": st.sender.organ_name, "status_code": st.status_code,
            "meaning": _(st.meaning), "description": st.description,
            "document_id": st.response_for.document_id})
    reading = read_package(office, data, path.name)
    fields = {k: (v.isoformat() if isinstance(v, dt.date) else v)
              for k, v in reading.fields.items()}
    return PendingPackage(path.name, str(path), "document", len(data), sha, fields,
                          reading.interchange(), reading.warnings)


def scan(office: Office, folder: ExchangeFolder) -> InboxReport:
    """The pending packages, each read and checked; a file that cannot be one is moved to
    ``loi/`` (a duplicate to ``da-nhan/``) and reported."""
    office.require(Role.CLERK, action=_("xem thư mục liên thông"))
    report = InboxReport(str(folder.inbox), str(folder.outbox))
    for path in sorted(p for p in folder.inbox.iterdir() if p.is_file()):
        if path.name.startswith(".") or path.suffix.lower() not in SUFFIXES:
            continue
        try:
            report.pending.append(_preview(office, path))
        except VanThuError as exc:
            from desktop.interchange.receive import DuplicatePackage

            aside = folder.done if isinstance(exc, DuplicatePackage) else folder.bad
            _move(path, aside)
            report.moved_aside.append({"file": path.name, "message": exc.message,
                                       "to": str(aside)})
    return report


def _pending_path(folder: ExchangeFolder, name: str) -> Path:
    path = folder.inbox / Path(name).name
    if not path.is_file():
        raise NotFound(_("Không có gói “{name}” trong thư mục liên thông {path}.", name=name,
                         path=str(folder.inbox)), field="name")
    return path


def take(office: Office, folder: ExchangeFolder, name: str,
         received: dt.date | None = None) -> dict[str, Any]:
    """One click: register the document package (or read the status package) and move it to
    ``da-nhan/``."""
    from desktop.interchange.parser import package_kind
    from desktop.interchange.receive import read_file, register_package
    from desktop.interchange.status import read_status

    path = _pending_path(folder, name)
    data = read_file(path)
    with office.unit():
        if package_kind(data) == "status":
            result: dict[str, Any] = {"kind": "status",
                                      **read_status(office, data, path.name).to_dict()}
        else:
            got = register_package(office, data, path.name, received)
            result = {"kind": "document", "id": got.view.id, "registered": got.registered,
                      "number_text": got.view.number_text, "year": got.view.year,
                      "symbol": got.view.symbol, "warnings": list(got.warnings),
                      "interchange": got.reading.interchange()}
    result["moved_to"] = str(_move(path, folder.done))
    return result


def refuse(office: Office, folder: ExchangeFolder, name: str, description: str) -> dict[str, Any]:
    """Status 02 into the outbox; the package moves to ``tu-choi/``."""
    from desktop.interchange.receive import read_file
    from desktop.interchange.status import refuse_package

    path = _pending_path(folder, name)
    if not description.strip():
        raise UserError(_("Cần lý do từ chối (--description)."), field="description")
    result = refuse_package(office, read_file(path), description, folder.outbox).to_dict()
    result["moved_to"] = str(_move(path, folder.refused))
    return result
