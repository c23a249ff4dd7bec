"""Export of a case file and its import into another office.

The export is a folder: every document's current PDF in time order (``0001.pdf`` …) and one
``hoso.xml`` describing the file and its documents with the electronic metadata names of
Phụ lục VI (FileCode, Title, Maintenance, Rights, Creator, StartDate, EndDate, DocTotal,
PageTotal; DocOrdinal, CodeNumber, CodeNotation, IssuedDate, OrganName, Subject, TypeName,
PageAmount, SignerInfo, Priority, DueDate, ArrivalDate, ArrivalNumber, ToPlaces, Description).
FileCode is ``OrganId.Year.FileNotation`` as in Phụ lục VI; the ``file``, ``sha256`` and
``symbol`` attributes of a Document are ours (which PDF, its hash, the số/ký hiệu as written).

The import treats the folder as hostile: only plain names inside it are read (no paths, no
links), the XML is parsed without entities, DTDs or network, sizes and counts are bounded, each
PDF must start like one and match its hash; anything wrong refuses the whole import.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
import shutil
import tempfile
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from desktop.casefiles.rules import parse_code, parse_retention, retention_label
from desktop.casefiles.service import KEEPERS, file_view, get_file
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

XML_NAME = "hoso.xml"
ROOT_TAG = "HoSoDienTu"
MAX_XML = 10 << 20
MAX_PDF = 500 << 20
MAX_TOTAL = 8 << 30
MAX_DOCS = 20_000
_NAME = re.compile(r"[0-9A-Za-z][0-9A-Za-z._-]{0,99}")


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


def _unzip(archive: Path, into: Path) -> None:
    """Unpack an export ZIP as hostile: plain names only, no folders or links, sizes and
    counts bounded while reading (not trusting the sizes the archive declares)."""
    try:
        zf = zipfile.ZipFile(archive)
    except (zipfile.BadZipFile, OSError) as exc:
        raise _bad(_("{name} không phải tệp ZIP đọc được.", name=archive.name)) from exc
    with zf:
        members = zf.infolist()
        if len(members) > MAX_DOCS + 1:
            raise _bad(_("quá {n} văn bản.", n=MAX_DOCS))
        total = 0
        for info in members:
            name = info.filename
            if info.is_dir() or not _NAME.fullmatch(name) or (info.external_attr >> 28) == 0xA:
                raise _bad(_("tên tệp “{name}” không được phép.", name=name[:80]))
            limit = MAX_XML if name == XML_NAME else MAX_PDF
            target = into / name
            if target.exists():
                raise _bad(_("tệp {name} được ghi hai lần.", name=name))
            written = 0
            try:
                with zf.open(info) as src, open(target, "wb") as dst:
                    while chunk := src.read(1 << 20):
                        written += len(chunk)
                        total += len(chunk)
                        if written > limit or total > MAX_TOTAL:
                            raise _bad(_("tệp {name} lớn quá giới hạn.", name=name))
                        dst.write(chunk)
            except (zipfile.BadZipFile, zlib.error, EOFError) as exc:
                raise _bad(_("{name} không phải tệp ZIP đọc được.", name=archive.name)) from exc


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


# -- import ----------------------------------------------------------------------------------
@dataclass(frozen=True)
class _Doc:
    order: int
    symbol: str
    date: dt.date | None
    organ_name: str
    type_name: str
    subject: str
    pages: int
    notes: str
    path: Path | None
    sha256: str | None


def _bad(reason: str) -> UserError:
    return UserError(_("Thư mục hồ sơ không hợp lệ: {reason}", reason=reason), field="dir")


def _inside(folder: Path, name: str) -> Path:
    """A plain name of a regular file directly inside the folder, or a refusal."""
    if not _NAME.fullmatch(name) or name in (".", ".."):
        raise _bad(_("tên tệp “{name}” không được phép.", name=name[:80]))
    path = folder / name
    if path.is_symlink() or not path.is_file() or path.resolve().parent != folder:
        raise _bad(_("không có tệp {name} trong thư mục.", name=name))
    return path


def _field(el, tag: str, limit: int) -> str:  # type: ignore[no-untyped-def]
    found = el.find(tag)
    value = (found.text or "").strip() if found is not None else ""
    if len(value) > limit:
        raise _bad(_("{tag} dài quá {n} ký tự.", tag=tag, n=limit))
    return value


def _date(el, tag: str) -> dt.date | None:  # type: ignore[no-untyped-def]
    value = _field(el, tag, 30)
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10].replace("/", "-"))
    except ValueError:
        raise _bad(_("{tag} không phải ngày: “{value}”.", tag=tag, value=value)) from None


def _int(el, tag: str) -> int:  # type: ignore[no-untyped-def]
    value = _field(el, tag, 12)
    if not value:
        return 0
    if not value.isdigit():
        raise _bad(_("{tag} không phải số: “{value}”.", tag=tag, value=value))
    return int(value)


def _parse_xml(folder: Path):  # type: ignore[no-untyped-def]
    from lxml import etree

    xml_path = _inside(folder, XML_NAME)
    if xml_path.stat().st_size > MAX_XML:
        raise _bad(_("{name} lớn quá {n} MB.", name=XML_NAME, n=MAX_XML >> 20))
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False,
                             dtd_validation=False, huge_tree=False, remove_pis=True)
    try:
        root = etree.fromstring(xml_path.read_bytes(), parser)
    except etree.XMLSyntaxError as exc:
        raise _bad(_("{name} không đọc được ({error}).", name=XML_NAME,
                     error=str(exc)[:120])) from exc
    if root.getroottree().docinfo.doctype:
        raise _bad(_("{name} có khai báo DOCTYPE.", name=XML_NAME))
    if root.tag != ROOT_TAG or root.find("File") is None:
        raise _bad(_("{name} không phải mô tả hồ sơ của VănThư.", name=XML_NAME))
    return root


def _file_meta(f) -> dict[str, object]:  # type: ignore[no-untyped-def]
    organ_id = _field(f, "OrganId", 30)
    notation = parse_code(_field(f, "FileNotation", 40))
    file_code = _field(f, "FileCode", 200)
    middle = file_code.removeprefix(organ_id + ".").removesuffix("." + notation)
    if not (file_code.startswith(organ_id + ".") and file_code.endswith("." + notation)
            and middle.isdigit() and 1945 <= int(middle) <= 2200):
        raise _bad(_("FileCode “{value}” không theo dạng mã cơ quan.năm.số ký hiệu hồ sơ.",
                     value=file_code[:80]))
    meta: dict[str, object] = {
        "file_code": file_code, "year": int(middle), "code": notation,
        "title": _field(f, "Title", 500),
        "retention": parse_retention(_field(f, "Maintenance", 30)),
        "rights": _field(f, "Rights", 100), "creator": _field(f, "Creator", 200),
        "start": _date(f, "StartDate"), "end": _date(f, "EndDate"),
        "doc_total": _int(f, "DocTotal"), "page_total": _int(f, "PageTotal"),
        "notes": _field(f, "Description", 5000),
    }
    if not meta["title"]:
        raise _bad(_("thiếu Title."))
    return meta


def _doc_of(el, folder: Path, seen: set[str], total: list[int]) -> _Doc:  # type: ignore[no-untyped-def]
    symbol = (el.get("symbol") or "").strip()
    number, notation = _field(el, "CodeNumber", 11), _field(el, "CodeNotation", 30)
    if not symbol:
        symbol = f"{number}/{notation}" if number and notation else number or notation
    if len(symbol) > 60:
        raise _bad(_("số, ký hiệu “{value}” dài quá 60 ký tự.", value=symbol[:80]))
    path = sha = None
    name = el.get("file")
    if name:
        if name in seen:
            raise _bad(_("tệp {name} được ghi hai lần.", name=name))
        seen.add(name)
        path = _inside(folder, name)
        size = path.stat().st_size
        total[0] += size
        if size > MAX_PDF or total[0] > MAX_TOTAL:
            raise _bad(_("tệp {name} lớn quá giới hạn.", name=name))
        sha = _check_pdf(path, el.get("sha256") or "")
    return _Doc(_int(el, "DocOrdinal"), symbol, _date(el, "IssuedDate"),
                _field(el, "OrganName", 200), _field(el, "TypeName", 60),
                _field(el, "Subject", 500), _int(el, "PageAmount"),
                _field(el, "Description", 5000), path, sha)


def read_export(folder: Path) -> tuple[dict[str, object], list[_Doc]]:
    """Read and check an export folder, writing nothing."""
    folder = Path(folder)
    if folder.is_symlink() or not folder.is_dir():
        raise UserError(_("Không có thư mục {path}.", path=str(folder)), field="dir")
    folder = folder.resolve()
    root = _parse_xml(folder)
    meta = _file_meta(root.find("File"))
    elements = root.findall("Documents/Document")
    if len(elements) > MAX_DOCS:
        raise _bad(_("quá {n} văn bản.", n=MAX_DOCS))
    seen: set[str] = set()
    total = [0]
    docs = [_doc_of(el, folder, seen, total) for el in elements]
    orders = sorted(d.order for d in docs)
    if orders != list(range(1, len(docs) + 1)):
        raise _bad(_("DocOrdinal phải đánh số 1, 2, 3 … không trùng, không thiếu."))
    if meta["doc_total"] != len(docs):
        raise _bad(_("DocTotal ({n}) khác số văn bản trong tệp ({m}).", n=meta["doc_total"],
                     m=len(docs)))
    return meta, sorted(docs, key=lambda d: d.order)


def _check_pdf(path: Path, expected: str) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        head = fh.read(1024)
        h.update(head)
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    if b"%PDF-" not in head:
        raise _bad(_("tệp {name} không phải PDF.", name=path.name))
    digest = h.hexdigest()
    if expected.lower() != digest:
        raise _bad(_("tệp {name} không khớp mã băm sha256 đã ghi.", name=path.name))
    return digest


def import_file(office: Office, folder: Path) -> CaseFileView:
    """Bring an exported file into this office: its documents are kept as they were described
    (they are not registered again), its PDFs go to the store."""
    office.require(Role.CLERK, Role.LEADER, action=_("nhập hồ sơ"))
    source = Path(folder)
    if source.suffix.lower() == ".zip" and source.is_file() and not source.is_symlink():
        unpacked = Path(tempfile.mkdtemp(prefix=".nhap-"))
        try:
            _unzip(source, unpacked)
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
