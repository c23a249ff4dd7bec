"""Export of a case file and its import into another office.

The export is a folder: every document's current PDF in time order (``0001.pdf`` …) and one
``hoso.xml`` describing the file and its documents with the electronic metadata names of
Phụ lục VI (FileCode, Title, Maintenance, Rights, Creator, StartDate, EndDate, DocTotal,
PageTotal; DocOrdinal, CodeNumber, CodeNotation, IssuedDate, OrganName, Subject, TypeName,
PageAmount, SignerInfo, Priority, DueDate, ArrivalDate, ArrivalNumber, ToPlaces, Description).
FileCode is ``OrganId.Year.FileNotation`` as in Phụ lục VI; the ``file``, ``sha256`` and
``symbol`` attributes of a Document are ours (which PDF, its hash, the số/ký hiệu as written).

The import treats the folder as hostile (:mod:`desktop.casefiles.export_check`: only plain
names inside it are read, the XML is parsed without entities, DTDs or network, sizes and counts
are bounded, each PDF must start like one and match its hash); anything wrong refuses the whole
import.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from desktop.casefiles.export_check import ROOT_TAG, XML_NAME, read_export, unpack_zip
from desktop.casefiles.reading import file_view, get_file
from desktop.casefiles.rules import retention_label
from desktop.casefiles.service import KEEPERS
from desktop.casefiles.views import STATE_CLOSED, STATE_OPEN, CaseFileView, ItemView
from desktop.core.errors import EnvironmentProblem, UserError
from desktop.core.i18n import _
from desktop.kernel import audit
from desktop.kernel.auth import Role
from desktop.kernel.office import Office
from desktop.registers import visibility
from desktop.registers.files import ensure_file_row, undo_files
from desktop.storage.filestore import PutResult
from models.casefiles import CaseFile, CaseFileItem
from models.entities import Document


@dataclass(frozen=True)
class ExportResult:
    out: Path
    documents: int
    pdfs: int

    def to_dict(self) -> dict[str, object]:
        return {"out": str(self.out), "documents": self.documents, "pdfs": self.pdfs}


def _text(parent, tag: str, value: object) -> None:  # type: ignore[no-untyped-def]
    from lxml import etree

    el = etree.SubElement(parent, tag)
    el.text = "" if value is None else (value.isoformat() if isinstance(value, dt.date)
                                        else str(value))


def _time_order(items: tuple[ItemView, ...]) -> list[ItemView]:
    return sorted(items, key=lambda i: (i.date or dt.date.max, i.order))


def export_file(office: Office, code: str, out_dir: Path,
                year: int | str | None = None) -> ExportResult:
    office.require(*KEEPERS, action=_("xuất hồ sơ"))
    from lxml import etree

    view = get_file(office, code, year)
    org = office.organisation()
    target = Path(out_dir)
    as_zip = target.suffix.lower() == ".zip"
    if as_zip and target.exists():
        raise UserError(_("Đã có tệp {path}; chọn tên khác.", path=str(target)), field="out")
    if target.exists() and (not target.is_dir() or any(target.iterdir())):
        raise UserError(_("Thư mục {path} đã có và không trống; chọn thư mục mới.",
                          path=str(target)), field="out")
    doc_ids = [int(i.id) for i in view.documents if isinstance(i.id, int)]
    visibility.require_content(office, doc_ids, _("xuất hồ sơ"))
    with office.db.read() as s:
        docs = {d.id: d for d in s.scalars(select(Document).where(Document.id.in_(doc_ids)))}
        notes = s.scalar(select(CaseFile.notes).where(CaseFile.id == view.id)) or ""
        rights = s.scalar(select(CaseFile.rights).where(CaseFile.id == view.id)) or ""
    root = etree.Element(ROOT_TAG, version="1", generator="VanThu")
    f = etree.SubElement(root, "File")
    organ_id = (org.code or org.short_name).strip()
    _text(f, "FileCode", f"{organ_id}.{view.year}.{view.code}")
    _text(f, "OrganId", organ_id)
    _text(f, "FileNotation", view.code)
    _text(f, "Title", view.title)
    _text(f, "Maintenance", "Vĩnh viễn" if view.retention_years is None
          else f"{view.retention_years} năm")
    _text(f, "Rights", rights)
    _text(f, "Creator", view.keeper)
    _text(f, "StartDate", view.start_date)
    _text(f, "EndDate", view.end_date)
    _text(f, "DocTotal", view.doc_total)
    _text(f, "PageTotal", view.page_total)
    _text(f, "Description", notes)
    listing = etree.SubElement(root, "Documents")
    tmp = Path(tempfile.mkdtemp(prefix=".xuat-", dir=target.parent if target.parent.exists()
                                else None))
    pdfs = 0
    try:
        for n, item in enumerate(_time_order(view.documents), start=1):
            attrs = {"symbol": item.symbol}
            if item.sha256:
                name = f"{n:04d}.pdf"
                (tmp / name).write_bytes(office.files.read(item.sha256))
                attrs |= {"file": name, "sha256": item.sha256}
                pdfs += 1
            el = etree.SubElement(listing, "Document", **attrs)
            _document(el, item, docs.get(item.id) if isinstance(item.id, int) else None)
        (tmp / XML_NAME).write_bytes(etree.tostring(root, xml_declaration=True,
                                                    encoding="UTF-8", pretty_print=True))
        target.parent.mkdir(parents=True, exist_ok=True)
        if as_zip:
            _zip_folder(tmp, target)
            shutil.rmtree(tmp, ignore_errors=True)
        else:
            if target.exists():
                target.rmdir()
            os.replace(tmp, target)
    except OSError as exc:
        shutil.rmtree(tmp, ignore_errors=True)
        raise EnvironmentProblem(_("Không ghi được thư mục {path}.", path=str(target)),
                                 str(exc)) from exc
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    with office.db.write() as s:
        audit.record(s, office.actor.username, "ho-so-xuat", after={
            "nam": view.year, "so_ky_hieu": view.code, "thu_muc": str(target),
            "so_van_ban": view.doc_total})
    return ExportResult(target, view.doc_total, pdfs)


def _zip_folder(folder: Path, target: Path) -> None:
    """The export folder as one ZIP (PDFs stored, the XML deflated), written atomically."""
    fd, name = tempfile.mkstemp(prefix=".xuat-", suffix=".zip", dir=target.parent)
    os.close(fd)
    try:
        with zipfile.ZipFile(name, "w") as zf:
            for path in sorted(folder.iterdir()):
                kind = zipfile.ZIP_DEFLATED if path.suffix == ".xml" else zipfile.ZIP_STORED
                zf.write(path, path.name, compress_type=kind)
        os.replace(name, target)
    except BaseException:
        Path(name).unlink(missing_ok=True)
        raise


def _document(el, item: ItemView, doc: Document | None) -> None:  # type: ignore[no-untyped-def]
    from lxml import etree

    number, notation = _split_symbol(item.symbol)
    if doc is not None and (doc.code_number or doc.code_notation):
        number, notation = doc.code_number, doc.code_notation
    _text(el, "DocOrdinal", item.order)
    _text(el, "CodeNumber", number)
    _text(el, "CodeNotation", notation)
    _text(el, "IssuedDate", item.date)
    _text(el, "OrganName", item.organ_name)
    _text(el, "Subject", item.subject)
    _text(el, "TypeName", item.type_name)
    _text(el, "PageAmount", item.pages)
    signer = etree.SubElement(el, "SignerInfo")
    _text(signer, "Position", doc.signer_title if doc is not None else "")
    _text(signer, "FullName", doc.signer_name if doc is not None else "")
    _text(el, "Priority", doc.urgency if doc is not None else "")
    _text(el, "DueDate", doc.due_date if doc is not None else None)
    _text(el, "ArrivalDate", doc.received_date if doc is not None else None)
    _text(el, "ArrivalNumber", doc.number if doc is not None and doc.direction == "den" else "")
    _text(el, "ToPlaces", doc.recipients if doc is not None else "")
    _text(el, "Description", item.notes)


def _split_symbol(symbol: str) -> tuple[str, str]:
    m = re.match(r"^(\d{1,11})[/-](.+)$", symbol or "")
    return (m[1], m[2]) if m else ("", symbol or "")


def import_file(office: Office, folder: Path) -> CaseFileView:
    """Bring an exported file into this office: its documents are kept as they were described
    (they are not registered again), its PDFs go to the store."""
    office.require(Role.CLERK, Role.LEADER, action=_("nhập hồ sơ"))
    source = Path(folder)
    if source.suffix.lower() == ".zip" and source.is_file() and not source.is_symlink():
        unpacked = Path(tempfile.mkdtemp(prefix=".nhap-"))
        try:
            unpack_zip(source, unpacked)
            return _import_folder(office, unpacked)
        finally:
            shutil.rmtree(unpacked, ignore_errors=True)
    return _import_folder(office, source)


def _import_folder(office: Office, folder: Path) -> CaseFileView:
    meta, docs = read_export(Path(folder))
    year, code = int(meta["year"]), str(meta["code"])  # type: ignore[call-overload]
    with office.db.read() as s:
        if s.scalar(select(CaseFile.id).where(CaseFile.year == year, CaseFile.code == code)):
            raise UserError(_("Hồ sơ số {code} năm {year} đã có trong cơ quan này.", code=code,
                              year=year), field="dir")
    stored: list[tuple[Path, PutResult]] = []
    try:
        for d in docs:
            if d.path is not None:
                stored.append((d.path, office.files.put_file(d.path)))
        with office.db.write() as s:
            for path, put in stored:
                ensure_file_row(s, path, put)
            end = meta["end"]
            cf = CaseFile(year=year, code=code, title=str(meta["title"]), entry_id=None,
                          outside_plan=True, retention_years=meta["retention"],
                          construction=False, keeper=office.actor.username,
                          rights=str(meta["rights"]),
                          state=STATE_CLOSED if end else STATE_OPEN, end_date=end,
                          imported_from=str(meta["file_code"]), notes=str(meta["notes"]))
            s.add(cf)
            s.flush()
            for d in docs:
                s.add(CaseFileItem(case_file_id=cf.id, position=d.order, symbol=d.symbol,
                                   doc_date=d.date, organ_name=d.organ_name,
                                   type_name=d.type_name, subject=d.subject, pages=d.pages,
                                   sha256=d.sha256, notes=d.notes,
                                   added_by=office.actor.username))
            s.flush()
            audit.record(s, office.actor.username, "ho-so-nhap", after={
                "nam": year, "so_ky_hieu": code, "tu": meta["file_code"],
                "nguoi_lap": meta["creator"], "so_van_ban": len(docs),
                "thoi_han": retention_label(meta["retention"])})  # type: ignore[arg-type]
            return file_view(s, cf)
    except BaseException:
        undo_files(office, stored)
        raise
