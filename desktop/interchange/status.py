"""Status packages: written back for a document we received (03 received and registered, 04
assigned, 05 in progress, 06 done, 02 refused), and read when they answer a document we sent
(attached to it through ResponseFor).

:func:`write_status` is what the processing flow calls once it exists; ``vanthu edxml status``
calls it on command meanwhile.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.clock import VN_TZ
from desktop.core.errors import NotFound, UserError
from desktop.core.i18n import _
from desktop.interchange import files
from desktop.interchange.envelope import (
    STATUS_CODES,
    WRITABLE_STATUS,
    Organ,
    ResponseFor,
    StatusPackage,
)
from desktop.interchange.parser import load_root, package_from_root, parse_status
from desktop.interchange.writer import write_status as serialise_status
from desktop.kernel import audit
from desktop.kernel.auth import Role
from desktop.kernel.office import Office
from models.entities import Direction, Document
from models.interchange import InterchangePackage, InterchangeStatus


@dataclass(frozen=True)
class StatusResult:
    code: str
    meaning: str
    description: str
    document: int | None  # our registration it is about (None: a refused, unregistered package)
    document_key: str
    organ_id: str
    organ_name: str
    path: str = ""
    sha256: str = ""
    staff: str = ""
    xml_signature: str = ""

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def own_organ(office: Office) -> Organ:
    org = office.organisation()
    if not org.code:
        raise UserError(_("Cơ quan chưa có mã định danh (OrganId); đặt bằng vanthu init "
                          "--org-code."), field="org-code")
    return Organ(org.code, org.name, org.parent_name or "", org.place)


def _now_text() -> str:
    return dt.datetime.now(VN_TZ).isoformat(timespec="seconds")


def _check_code(code: str, allowed: tuple[str, ...]) -> None:
    if code not in allowed:
        raise UserError(_("Mã trạng thái “{code}” không dùng được ở đây; chọn một trong: "
                          "{codes}.", code=code, codes=", ".join(allowed)), field="code")


def _signer(key: Any) -> Any:
    """The pyHanko signer of a KeySpec (one PIN attempt), or None for an unsigned package."""
    if key is None:
        return None
    from desktop.signatures.keys import OnceKeySource

    key.check()
    return OnceKeySource(key).signer()


def _emit(office: Office, s: Session, st: StatusPackage, doc_id: int | None, key: str,
          out_dir: Path, signer: Any = None) -> StatusResult:
    if signer is None:
        data = serialise_status(st)
    else:
        from desktop.interchange import xmlsig
        from desktop.interchange.writer import serialise, status_tree

        data = serialise(xmlsig.sign(status_tree(st, sign=True), signer))
    name = f"trang-thai-{st.status_code}-{files.safe_stem(key)}.edxml"
    sha = files.keep(office, s, data, name)
    s.add(InterchangeStatus(
        direction=Direction.OUTGOING.value, document_id=doc_id, document_key=key[:200],
        organ_id=st.response_for.organ_id[:40], organ_name="", status_code=st.status_code,
        description=st.description, staff=st.staff_name[:200], package_sha256=sha,
        created_by=office.actor.username))
    audit.record(s, office.actor.username, "trang-thai-edxml", doc_id,
                 after={"ma": st.status_code, "document_id": key, "goi_sha256": sha})
    s.flush()
    path = files.write_out(out_dir, name, data)
    return StatusResult(st.status_code, STATUS_CODES[st.status_code], st.description, doc_id,
                        key, st.response_for.organ_id, "", str(path), sha, st.staff_name)


def _status_for(office: Office, code: str, description: str, key: str, organ_id: str,
                symbol: tuple[str, str], issued: dt.date | None) -> StatusPackage:
    actor = office.actor
    return StatusPackage(
        sender=own_organ(office),
        response_for=ResponseFor(organ_id, symbol[0], symbol[1], issued, key),
        status_code=code, description=description or STATUS_CODES[code],
        timestamp=_now_text(), staff_department=_("Văn thư"),
        staff_name=actor.full_name or actor.username)


def write_status(office: Office, doc_id: int, code: str, out_dir: Path | None = None,
                 description: str = "", key: Any = None) -> StatusResult:
    """A status package answering the package a registered document came in, written to
    ``out_dir`` or the exchange folder's outbox (what the processing flow will use)."""
    if out_dir is None:
        from desktop.interchange.places import exchange_folder

        out_dir = exchange_folder(office).outbox
    office.require(Role.CLERK, Role.LEADER, Role.OFFICER, action=_("gửi trạng thái văn bản"))
    _check_code(code, WRITABLE_STATUS)
    signer = None
    with office.unit(), office.db.write() as s:
        doc = s.get(Document, doc_id)
        if doc is None:
            raise NotFound(_("Không có văn bản mã {id}.", id=doc_id))
        row = s.scalar(select(InterchangePackage).where(
            InterchangePackage.document_id == doc_id,
            InterchangePackage.direction == Direction.INCOMING.value,
            InterchangePackage.business_type != 1).order_by(InterchangePackage.id))
        if row is None:
            raise UserError(_("Văn bản mã {id} không nhận qua liên thông edXML; không có nơi để "
                              "gửi trạng thái.", id=doc_id), field="id")
        st = _status_for(office, code, description, row.document_key, row.organ_id,
                         (doc.code_number, doc.code_notation), doc.issued_date)
        signer = _signer(key)  # the PIN is asked once everything else checked out
        return _emit(office, s, st, doc_id, row.document_key, out_dir, signer)


def answer_if_received(office: Office, doc_id: int, code: str,
                       description: str = "") -> StatusResult | None:
    """For the processing flow: the status package for a document received through the
    interchange (to the exchange folder's outbox); None, and nothing written, for any other."""
    with office.db.read() as s:
        received = s.scalar(select(InterchangePackage.id).where(
            InterchangePackage.document_id == doc_id,
            InterchangePackage.direction == Direction.INCOMING.value).limit(1))
    if received is None:
        return None
    return write_status(office, doc_id, code, None, description)


def refuse_package(office: Office, data: bytes, description: str, out_dir: Path,
                   key: Any = None) -> StatusResult:
    """Status 02 for a package the clerk will not register (nothing is registered)."""
    office.require(Role.CLERK, action=_("từ chối tiếp nhận văn bản điện tử"))
    if not description.strip():
        raise UserError(_("Cần lý do từ chối (--description)."), field="description")
    pkg = package_from_root(load_root(data))
    with office.unit(), office.db.write() as s:
        st = _status_for(office, "02", description.strip(),
                         pkg.document_id, pkg.sender.organ_id,
                         (pkg.code_number, pkg.code_notation), pkg.promulgation_date)
        files.keep(office, s, data, "goi-bi-tu-choi.edxml")
        return _emit(office, s, st, None, pkg.document_id, out_dir, _signer(key))


def _answered(s: Session, st: StatusPackage) -> int | None:
    """Our outgoing document the status answers: by the DocumentId we exported it under, else
    by its số/ký hiệu and date."""
    rf = st.response_for
    if rf.document_id:
        found = s.scalar(select(InterchangePackage.document_id).where(
            InterchangePackage.direction == Direction.OUTGOING.value,
            InterchangePackage.document_key == rf.document_id).limit(1))
        if found is not None:
            return int(found)
    if rf.code_number and rf.code_notation:
        stmt = select(Document.id).where(
            Document.direction == Direction.OUTGOING.value,
            Document.symbol == f"{rf.code_number}/{rf.code_notation}")
        if rf.promulgation_date is not None:
            stmt = stmt.where(Document.issued_date == rf.promulgation_date)
        found = s.scalar(stmt.order_by(Document.id.desc()).limit(1))
        if found is not None:
            return int(found)
    return None


def read_status(office: Office, data: bytes, name: str = "trang-thai.edxml") -> StatusResult:
    """Read a status package and attach it to the outgoing document it answers."""
    office.require(Role.CLERK, action=_("tiếp nhận trạng thái văn bản điện tử"))
    from desktop.interchange import xmlsig
    from desktop.signatures.trust import trust_material

    root = load_root(data)
    st = parse_status(data)
    signature = xmlsig.verify(root, trust_material(office).roots).status
    sha = hashlib.sha256(data).hexdigest()
    with office.unit(), office.db.write() as s:
        doc_id = _answered(s, st)
        if doc_id is None:
            raise NotFound(_("Không tìm thấy văn bản đi mà gói trạng thái trả lời (DocumentId "
                             "“{key}”).", key=st.response_for.document_id
                             or f"{st.response_for.code_number}/{st.response_for.code_notation}"),
                           field="ResponseFor")
        seen = s.scalar(select(InterchangeStatus.id).where(
            InterchangeStatus.direction == Direction.INCOMING.value,
            InterchangeStatus.package_sha256 == sha))
        if seen is not None:
            raise UserError(_("Gói trạng thái này đã được đọc trước đó."), field="file")
        files.keep(office, s, data, name)
        staff = " — ".join(p for p in (st.staff_name, st.staff_department) if p)
        s.add(InterchangeStatus(
            direction=Direction.INCOMING.value, document_id=doc_id,
            document_key=st.response_for.document_id[:200],
            organ_id=st.sender.organ_id[:40], organ_name=st.sender.organ_name[:200],
            status_code=st.status_code, description=st.description, staff=staff[:200],
            package_sha256=sha, xml_signature=signature, created_by=office.actor.username))
        audit.record(s, office.actor.username, "doc-trang-thai-edxml", doc_id,
                     after={"ma": st.status_code, "co_quan": st.sender.organ_id,
                            "goi_sha256": sha})
        s.flush()
    return StatusResult(st.status_code, st.meaning, st.description, doc_id,
                        st.response_for.document_id, st.sender.organ_id, st.sender.organ_name,
                        "", sha, staff, signature)
