"""Reading a case-file export (its folder, or the ZIP of it) as hostile input, writing nothing:
only plain names of regular files directly inside it (no paths, no links), the XML parsed
without entities, DTDs or network, sizes and counts bounded while reading (not trusting what an
archive declares), every PDF starting like one and matching its hash, the Phụ lục VI fields
checked. Anything wrong refuses the whole import with the reason. The names and limits of the
export are here too, for :mod:`desktop.casefiles.exchange`, which writes it."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path

from desktop.casefiles.rules import parse_code, parse_retention
from desktop.core.errors import UserError
from desktop.core.i18n import _

XML_NAME = "hoso.xml"
ROOT_TAG = "HoSoDienTu"
MAX_XML = 10 << 20
MAX_PDF = 500 << 20
MAX_TOTAL = 8 << 30
MAX_DOCS = 20_000
_NAME = re.compile(r"[0-9A-Za-z][0-9A-Za-z._-]{0,99}")


def unpack_zip(archive: Path, into: Path) -> None:
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


@dataclass(frozen=True)
class ExportedDoc:
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


def _doc_of(el, folder: Path, seen: set[str], total: list[int]) -> ExportedDoc:  # type: ignore[no-untyped-def]
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
    return ExportedDoc(_int(el, "DocOrdinal"), symbol, _date(el, "IssuedDate"),
                _field(el, "OrganName", 200), _field(el, "TypeName", 60),
                _field(el, "Subject", 500), _int(el, "PageAmount"),
                _field(el, "Description", 5000), path, sha)


def read_export(folder: Path) -> tuple[dict[str, object], list[ExportedDoc]]:
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


