"""Receiving a document package: read it, check it, show what it will become, and register it
through the register's own incoming registration (numbering, files, audit as for ``incoming
add``), with its business type applied to the earlier registration it refers to.

- 0 new: a registration; the same DocumentId received twice is refused, naming the first.
- 1 revocation (thu hồi): the earlier registration is cancelled — kept with its number, struck
  through, never deleted — with the sender's reason; no new number is given.
- 2 update, 3 replacement: a new registration, and the earlier one is marked and linked to it.
  An unknown earlier document is said so (a refusal for a revocation, a warning otherwise).

All of it is one unit of work: a refusal or a failure leaves the registers and the store as
they were.
"""

from __future__ import annotations

import datetime as dt
import json
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.clock import vn_today
from desktop.core.errors import NotFound, UserError
from desktop.core.i18n import N_, _
from desktop.core.records import DocumentView
from desktop.interchange import mapping
from desktop.interchange.checks import ArrivalChecks, check_arrival
from desktop.interchange.envelope import NEW, REPLACEMENT, REVOCATION, UPDATE, Package
from desktop.interchange.parser import load_root, package_from_root
from desktop.kernel import audit
from desktop.kernel.auth import Role
from desktop.kernel.office import Office
from models.entities import Direction, Document, DocumentFile, Status
from models.interchange import InterchangePackage


class DuplicatePackage(UserError):
    """The package (or its DocumentId) was received before; ``first`` is that registration."""

    def __init__(self, message: str, first: int) -> None:
        super().__init__(message, field="DocumentId")
        self.first = first


STATE_OF = {REVOCATION: "thu-hoi", UPDATE: "cap-nhat", REPLACEMENT: "thay-the"}
BUSINESS_LABELS = {NEW: N_("văn bản mới"), REVOCATION: N_("thu hồi"), UPDATE: N_("cập nhật"),
                   REPLACEMENT: N_("thay thế")}


@dataclass(frozen=True)
class Reading:
    """A package read and checked, not yet registered (the preview)."""

    name: str
    sha256: str
    package: Package
    checks: ArrivalChecks
    fields: dict[str, Any]
    earlier_document: int | None = None
    warnings: tuple[str, ...] = ()

    def interchange(self) -> dict[str, Any]:
        """The ``interchange`` object of the CLI contract."""
        sig = self.checks.xml_signature
        return {
            "document_id": self.package.document_id,
            "organ_id": self.package.sender.organ_id,
            "business_type": self.package.business.doc_type,
            "business_reason": self.package.business.reason,
            "earlier_document_id": self.package.earlier_key or None,
            "earlier_registration": self.earlier_document,
            "xml_signature": {"status": sig.status, "subject": sig.subject,
                              "trusted": sig.trusted},
            "attachments": [a.to_dict() for a in self.checks.attachments],
            "flagged": self.checks.flagged,
        }

    def to_dict(self) -> dict[str, Any]:
        fields = {k: (v.isoformat() if isinstance(v, dt.date) else v)
                  for k, v in self.fields.items()}
        return {"file": self.name, "sha256": self.sha256, "fields": fields,
                "warnings": list(self.warnings), "interchange": self.interchange()}


@dataclass(frozen=True)
class Received:
    reading: Reading
    view: DocumentView
    registered: bool  # False for a revocation: the earlier registration is shown
    warnings: tuple[str, ...] = field(default=())


def _sha256(data: bytes) -> str:
    import hashlib

    return hashlib.sha256(data).hexdigest()


def _rows_for_key(s: Session, key: str) -> list[InterchangePackage]:
    return list(s.scalars(
        select(InterchangePackage)
        .where(InterchangePackage.direction == Direction.INCOMING.value,
               InterchangePackage.document_key == key)
        .order_by(InterchangePackage.id)))


def _creating(rows: list[InterchangePackage]) -> list[InterchangePackage]:
    return [r for r in rows if r.business_type != REVOCATION]


def _refuse_duplicate(s: Session, pkg: Package, sha: str) -> None:
    same = s.scalar(select(InterchangePackage).where(
        InterchangePackage.direction == Direction.INCOMING.value,
        InterchangePackage.package_sha256 == sha))
    first = same
    if first is None and pkg.business.doc_type in (NEW, REPLACEMENT):
        earlier = [r for r in _creating(_rows_for_key(s, pkg.document_id))
                   if pkg.business.doc_type == NEW or r.business_type == REPLACEMENT]
        first = earlier[0] if earlier else None
    if first is None:
        return
    doc = s.get(Document, first.document_id)
    raise DuplicatePackage(
        _("Gói edXML trùng: văn bản DocumentId “{key}” đã được tiếp nhận, đăng ký số đến {num} "
          "năm {year} (mã {id}).", key=pkg.document_id,
          num=f"{doc.number:02d}" if doc else "?", year=doc.year if doc else "?",
          id=first.document_id),
        first.document_id,
    )


def _earlier(s: Session, pkg: Package) -> InterchangePackage | None:
    """The newest registration the earlier DocumentId produced."""
    rows = _creating(_rows_for_key(s, pkg.earlier_key))
    return rows[-1] if rows else None


def read_package(office: Office, data: bytes, name: str = "goi.edxml",
                 received: dt.date | None = None) -> Reading:
    """Parse, check and map a package, refusing what cannot be registered; writes nothing."""
    root = load_root(data)
    pkg = package_from_root(root)
    checks = check_arrival(office, root, pkg.attachments)
    sha = _sha256(data)
    warnings: list[str] = []
    earlier_doc: int | None = None
    with office.db.read() as s:
        _refuse_duplicate(s, pkg, sha)
        if pkg.business.doc_type != NEW:
            earlier = _earlier(s, pkg)
            if earlier is None:
                message = _("Không tìm thấy văn bản trước (DocumentId “{key}”) mà gói {kind} này "
                            "nhắc tới; văn bản đó chưa được nhận qua liên thông.",
                            key=pkg.earlier_key,
                            kind=_(BUSINESS_LABELS[pkg.business.doc_type]))
                if pkg.business.doc_type == REVOCATION:
                    raise NotFound(message, field="DocumentId")
                warnings.append(message)
            else:
                earlier_doc = earlier.document_id
                if pkg.business.doc_type == REVOCATION:
                    doc = s.get(Document, earlier_doc)
                    if doc is not None and doc.status == Status.CANCELLED.value:
                        raise UserError(_("Văn bản mã {id} đã bị hủy hoặc thu hồi trước đó.",
                                          id=earlier_doc), field="DocumentId")
    if checks.xml_signature.status == "invalid":
        warnings.append(_("Chữ ký số XML của gói không hợp lệ; có thể đăng ký (được đánh dấu) "
                          "hoặc từ chối tiếp nhận (trạng thái 02)."))
    fields = mapping.incoming_fields(pkg)
    fields["received"] = received or vn_today()
    _validate(fields)
    return Reading(name, sha, pkg, checks, fields, earlier_doc, tuple(warnings))


#: The register's field names, as the envelope names them (for messages about a package).
ELEMENT_OF = {
    "from": "From/OrganName", "symbol": "Code", "date": "PromulgationInfo/PromulgationDate",
    "type": "DocumentType/TypeName", "summary": "Subject", "due": "DueDate",
    "urgency": "OtherInfo/Priority", "received": "received",
}


def _incoming_input(fields: dict[str, Any], **extra: Any) -> Any:
    from desktop.registers.registry import IncomingInput

    return IncomingInput(
        received=fields["received"], organ_name=fields["organ_name"], symbol=fields["symbol"],
        issued=fields["issued"], type_name=fields["type_name"], subject=fields["subject"],
        due=fields["due"], urgency=fields["urgency"], electronic=True, **extra)


def _validate(fields: dict[str, Any]) -> None:
    """The register's own checks, before anything is written; a refusal names the element."""
    from desktop.registers.registry import build_incoming

    try:
        build_incoming(_incoming_input(fields))
    except UserError as exc:
        element = ELEMENT_OF.get(exc.field or "", exc.field or "")
        raise UserError(_("Gói edXML, phần tử {element}: {message}", element=element,
                          message=exc.message), exc.details, field=element) from None


def _with_files(reading: Reading) -> Any:
    """The attachments as files under their own names, for the register's file handling."""
    tmp = tempfile.TemporaryDirectory(prefix="vanthu-edxml-")
    paths: list[Path] = []
    for att in reading.package.attachments:
        path = Path(tmp.name) / att.name
        path.write_bytes(att.data)
        paths.append(path)
    return tmp, paths


def _record(office: Office, s: Session, reading: Reading, doc_id: int, data: bytes) -> None:
    from desktop.storage.fileinfo import file_row
    from models.entities import StoredFile

    actor = office.actor.username
    put = office.files.put_bytes(data)
    try:
        if s.get(StoredFile, put.sha256) is None:
            file_row(s, put.sha256, data, reading.name)
        s.add(DocumentFile(document_id=doc_id, sha256=put.sha256, name=reading.name,
                           role="edxml", current=False, added_by=actor))
        pkg, sig = reading.package, reading.checks.xml_signature
        s.add(InterchangePackage(
            direction=Direction.INCOMING.value, document_id=doc_id,
            document_key=pkg.document_id, organ_id=pkg.sender.organ_id[:40],
            organ_name=pkg.sender.organ_name[:200], business_type=pkg.business.doc_type,
            business_reason=pkg.business.reason, earlier_key=pkg.earlier_key[:200],
            package_sha256=reading.sha256, package_name=reading.name[:255],
            xml_signature=sig.status, xml_signature_subject=sig.subject[:500],
            attachments_json=json.dumps([a.to_dict() for a in reading.checks.attachments],
                                        ensure_ascii=False),
            envelope_json=json.dumps(mapping.envelope_extras(pkg) | {"xml_signature_detail":
                                     sig.to_dict()}, ensure_ascii=False),
            created_by=actor,
        ))
        s.flush()
    except BaseException:
        if put.created:
            office.files.remove_new(put.sha256)
        raise


def register_package(office: Office, data: bytes, name: str = "goi.edxml",
                     received: dt.date | None = None) -> Received:
    """Read, check and register a package in one unit of work."""
    office.require(Role.CLERK, action=_("tiếp nhận gói văn bản điện tử edXML"))
    with office.unit():
        reading = read_package(office, data, name, received)
        pkg = reading.package
        if pkg.business.doc_type == REVOCATION:
            return _revoke(office, reading, data)
        from desktop.registers.registry import get_document, register_incoming

        f = reading.fields
        tmp, paths = _with_files(reading)
        with tmp:
            view = register_incoming(office, _incoming_input(
                f, files=paths,
                notes=_("Nhận qua liên thông edXML: {key}", key=pkg.document_id)[:2000]))
        with office.db.write() as s:
            doc = s.get(Document, view.id)
            assert doc is not None
            doc.page_amount = f["page_amount"]
            doc.signer_name = f["signer_name"][:120]
            doc.signer_title = f["signer_title"][:120]
            _learn_code(s, pkg)
            if reading.earlier_document is not None:
                _supersede(s, pkg, reading.earlier_document, view.id)
            _record(office, s, reading, view.id, data)
            audit.record(s, office.actor.username, "nhan-edxml", view.id, after={
                "document_id": pkg.document_id, "organ_id": pkg.sender.organ_id,
                "nghiep_vu": pkg.business.doc_type,
                "chu_ky_xml": reading.checks.xml_signature.status,
                "goi_sha256": reading.sha256})
        view = get_document(office, view.id)
    return Received(reading, view, True, reading.warnings + view.warnings)


def _learn_code(s: Session, pkg: Package) -> None:
    """The directory learns the sender's code (OrganId) from its first package, unless the
    agency already has one or the code belongs to another agency."""
    from models.entities import Agency

    code = pkg.sender.organ_id.strip().upper()
    if not code or len(code) > 13:
        return
    row = s.scalar(select(Agency).where(Agency.name == pkg.sender.organ_name))
    if row is None or row.code:
        return
    if s.scalar(select(Agency.id).where(Agency.code == code)) is None:
        row.code = code


def _supersede(s: Session, pkg: Package, earlier_doc: int, new_doc: int) -> None:
    for row in _creating(_rows_for_key(s, pkg.earlier_key)):
        if row.document_id == earlier_doc:
            row.state = STATE_OF[pkg.business.doc_type]
            row.superseded_by = new_doc


def _revoke(office: Office, reading: Reading, data: bytes) -> Received:
    from desktop.registers.registry import cancel, get_document

    pkg = reading.package
    assert reading.earlier_document is not None
    doc_id = reading.earlier_document
    reason = _("Thu hồi theo gói edXML của {organ}: {reason}", organ=pkg.sender.organ_name,
               reason=pkg.business.reason or _("không nêu lý do"))[:500]
    cancel(office, doc_id, reason)
    with office.db.write() as s:
        _record(office, s, reading, doc_id, data)
        for row in _creating(_rows_for_key(s, pkg.earlier_key)):
            if row.document_id == doc_id:
                row.state = STATE_OF[REVOCATION]
        audit.record(s, office.actor.username, "thu-hoi-edxml", doc_id, after={
            "document_id": pkg.document_id, "organ_id": pkg.sender.organ_id,
            "ly_do": pkg.business.reason, "goi_sha256": reading.sha256})
    return Received(reading, get_document(office, doc_id), False, reading.warnings)


def read_file(path: Path) -> bytes:
    from desktop.interchange import envelope

    if not path.is_file():
        raise UserError(_("Không tìm thấy tệp: {path}.", path=str(path)), field="file")
    if path.stat().st_size > envelope.MAX_PACKAGE_BYTES:
        raise UserError(_("Gói edXML lớn quá {mb} MB, không đọc.",
                          mb=envelope.MAX_PACKAGE_BYTES // (1024 * 1024)), field="edXMLEnvelope")
    return path.read_bytes()
