"""Digitising paper: scans become one PDF per document, a watched folder feeds a pending batch,
and a pending scan is attached or turned into an incoming registration pre-filled from its page.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import shutil
import tempfile
from collections.abc import Iterator, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select

from desktop.core.clock import vn_today
from desktop.core.errors import NotFound, UserError, VanThuError
from desktop.core.i18n import _
from desktop.core.records import DocumentView
from desktop.kernel.auth import Role
from desktop.kernel.office import Office
from models.entities import FileText, InboxItem, StoredFile

IMAGE_SUFFIXES = {".jpg", ".jpeg", ".png", ".tif", ".tiff"}
SCAN_SUFFIXES = IMAGE_SUFFIXES | {".pdf"}


@contextlib.contextmanager
def prepared(paths: Sequence[Path]) -> Iterator[list[Path]]:
    """The files to store for one document: the images (and unsigned PDFs among them) become
    ONE PDF, pages in the given order; a signed PDF, or any other file, is kept as it is."""
    from desktop.digitise.scan import build_pdf, inspect_file

    pages: list[Path] = []
    keep: list[Path] = []
    for p in paths:
        path = Path(p)
        if path.suffix.lower() in SCAN_SUFFIXES and path.is_file() and path.stat().st_size:
            check = inspect_file(path)  # refuses corrupt, encrypted, bomb, wrong-type files
            if check.signed:
                keep.append(path)
            elif check.kind == "pdf" and len(paths) == 1:
                keep.append(path)  # a single PDF: stored byte for byte
            else:
                pages.append(path)
        else:
            keep.append(path)
    if not pages:
        yield keep
        return
    result = build_pdf(pages)
    with tempfile.TemporaryDirectory(prefix="vanthu-scan-") as tmp:
        name = pages[0].with_suffix(".pdf").name if len(pages) == 1 else f"{pages[0].stem}.pdf"
        built = Path(tmp) / name
        built.write_bytes(result.pdf)
        yield [built, *keep]


@contextlib.contextmanager
def registration_files(paths: Sequence[Path]) -> Iterator[list[Path]]:
    """The one file check of every door that takes files for a document (``incoming add
    --file``, ``outgoing add --file``, ``attach``, the registration forms): each file exists and
    is not empty; scans and PDFs are inspected (corrupt, truncated, encrypted, bombs and text
    named ``.pdf`` are refused by name); images become one PDF."""
    from desktop.registers.registry import check_files

    if not paths:
        yield []
        return
    check_files(paths)
    with prepared(paths) as files:
        yield files


def attach_scans(office: Office, doc_id: int, paths: Sequence[Path]) -> DocumentView:
    from desktop.registers.registry import attach_files

    with registration_files(paths) as files:
        return attach_files(office, doc_id, files)


# -- the watched folder -------------------------------------------------------------------
@dataclass
class PickedUp:
    items: list[dict[str, Any]] = field(default_factory=list)
    failures: list[dict[str, str]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def _keep(path: Path, target_dir: Path) -> Path:
    """Move ``path`` into ``target_dir`` without ever replacing a file there: a second, different
    ``page.jpg`` from the scanner keeps its name with its hash beside it (``page.1a2b3c4d.jpg``);
    the same file twice is kept once."""
    import hashlib

    target_dir.mkdir(exist_ok=True)
    target = target_dir / path.name
    if target.exists():
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        if hashlib.sha256(target.read_bytes()).hexdigest() == digest:
            path.unlink()  # byte-identical: already kept
            return target
        target = target_dir / f"{path.stem}.{digest[:12]}{path.suffix}"
        if target.exists():
            path.unlink()
            return target
    # os.link + unlink would refuse to replace; rename onto a missing name is atomic
    shutil.move(str(path), target)
    return target


def pick_up(office: Office, folder: Path, *, extract: bool = True) -> PickedUp:
    """Turn every new file of the scanner's folder into a pending item; files are copied into
    the store, then moved to ``da-nhan/`` (or ``loi/`` when unreadable) — never deleted."""
    from desktop.digitise.scan import build_pdf
    from desktop.storage.fileinfo import file_row

    office.require(Role.CLERK, action=_("nhận bản quét"))
    if not folder.is_dir():
        raise UserError(_("Không có thư mục nhận bản quét: {path}.", path=str(folder)),
                        field="dir")
    done_dir, bad_dir = folder / "da-nhan", folder / "loi"
    out = PickedUp()
    for path in sorted(p for p in folder.iterdir() if p.is_file()):
        if path.name.startswith(".") or path.suffix.lower() not in SCAN_SUFFIXES:
            continue
        try:
            scan = build_pdf([path])
        except VanThuError as exc:
            out.failures.append({"file": path.name, "message": exc.message})
            _keep(path, bad_dir)
            continue
        put = office.files.put_bytes(scan.pdf)
        fields: dict[str, Any] = {}
        text = ""
        if extract:
            fields, text = _extract_first_page(scan.pdf)
        try:
            with office.db.write() as s:
                file_row(s, put.sha256, scan.pdf, path.name)
                if text and s.get(FileText, put.sha256) is None:
                    s.add(FileText(sha256=put.sha256, text=text, engine="tesseract-vie-trang-1"))
                item = InboxItem(name=path.name, sha256=put.sha256, pages=scan.pages,
                                 fields_json=json.dumps(fields, ensure_ascii=False))
                s.add(item)
                s.flush()
                item_id = item.id
        except BaseException:
            if put.created:
                office.files.remove_new(put.sha256)
            raise
        _keep(path, done_dir)
        out.items.append({"id": item_id, "name": path.name, "pages": scan.pages,
                          "fields": fields, "warnings": scan.warnings})
    return out


def _extract_first_page(pdf: bytes) -> tuple[dict[str, Any], str]:
    from desktop.digitise.extract import extract_fields
    from desktop.digitise.ocr import ocr_text_only

    try:
        result = ocr_text_only(pdf, max_pages=1)
    except VanThuError:
        return {}, ""
    return extract_fields(result.text).to_dict(), result.text


@dataclass(frozen=True)
class PendingItem:
    id: int
    name: str
    sha256: str
    pages: int | None
    quality: str | None
    quality_reasons: str
    fields: dict[str, Any]
    created_at: dt.datetime

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["created_at"] = self.created_at.isoformat()
        return d


def pending(office: Office) -> list[PendingItem]:
    with office.db.read() as s:
        rows = s.execute(
            select(InboxItem, StoredFile.quality, StoredFile.quality_reasons)
            .join(StoredFile, StoredFile.sha256 == InboxItem.sha256)
            .where(InboxItem.status == "cho").order_by(InboxItem.id)
        ).all()
    return [PendingItem(i.id, i.name, i.sha256, i.pages, q, r,
                        json.loads(i.fields_json or "{}"), i.created_at) for i, q, r in rows]


def _take(office: Office, item_id: int) -> tuple[InboxItem, bytes]:
    with office.db.read() as s:
        item = s.get(InboxItem, item_id)
    if item is None or item.status != "cho":
        raise NotFound(_("Không có bản quét đang chờ mã {id}.", id=item_id))
    return item, office.files.read(item.sha256)


def _mark_used(office: Office, item_id: int, doc_id: int) -> None:
    with office.db.write() as s:
        item = s.get(InboxItem, item_id)
        if item is not None:
            item.status = "da-dung"
            item.document_id = doc_id


def attach_pending(office: Office, item_id: int, doc_id: int) -> DocumentView:
    from desktop.registers.registry import attach_files

    item, data = _take(office, item_id)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / Path(item.name).with_suffix(".pdf").name
        path.write_bytes(data)
        view = attach_files(office, doc_id, [path])
    _mark_used(office, item_id, doc_id)
    return view


def register_pending(office: Office, item_id: int, overrides: dict[str, Any]) -> DocumentView:
    """An incoming registration from a pending scan: the extracted fields, corrected by the
    clerk (``overrides``); a field still missing is refused by name."""
    from desktop.registers.registry import IncomingInput, register_incoming

    item, data = _take(office, item_id)
    fields = json.loads(item.fields_json or "{}")

    labels = {"organ_name": ("--from", _("tác giả")), "symbol": ("--symbol", _("số, ký hiệu")),
              "issued": ("--date", _("ngày văn bản")), "type_name": ("--type", _("tên loại")),
              "subject": ("--summary", _("trích yếu"))}

    def pick(key: str, extracted: str) -> Any:
        if overrides.get(key):
            return overrides[key]
        value = " ".join(str((fields.get(extracted) or {}).get("value") or "").split())
        if not value:
            flag, label = labels[key]
            raise UserError(_("Không đọc được {label} từ bản quét; hãy nhập bằng {flag}.",
                              label=label, flag=flag), field=flag.lstrip("-"))
        return value

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / Path(item.name).with_suffix(".pdf").name
        path.write_bytes(data)
        view = register_incoming(office, IncomingInput(
            received=overrides.get("received") or vn_today(),
            organ_name=pick("organ_name", "organ_name"),
            symbol=pick("symbol", "symbol"),
            issued=pick("issued", "issued_date"),
            type_name=pick("type_name", "type_name"),
            subject=pick("subject", "subject"),
            recipients=overrides.get("recipients", ""),
            urgency=overrides.get("urgency"),
            secrecy=overrides.get("secrecy"),
            due=overrides.get("due"),
            handler=overrides.get("handler", ""),
            notes=overrides.get("notes", ""),
            files=[path],
        ))
    _mark_used(office, item_id, view.id)
    return view
