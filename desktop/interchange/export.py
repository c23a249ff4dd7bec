"""Exporting an issued outgoing document as an edXML package for each recipient agency: the
envelope filled from the register, the current files (the signed PDF first) attached, and the
package XML-signed with the organisation's key when one is given. Every package written is
kept in the store and recorded, so status packages answering it find their document."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from desktop.core.clock import VN_TZ
from desktop.core.errors import UserError
from desktop.core.i18n import _
from desktop.interchange import files, mapping, xmlsig
from desktop.interchange.agencies import agency_by_code
from desktop.interchange.envelope import Attachment, Organ
from desktop.interchange.status import own_organ
from desktop.interchange.writer import package_tree, serialise
from desktop.kernel import audit
from desktop.kernel.auth import Role
from desktop.kernel.office import Office
from models.entities import Direction, Document, Status
from models.interchange import InterchangePackage


@dataclass(frozen=True)
class Exported:
    organ_id: str
    organ_name: str
    path: str
    sha256: str
    document_id: str
    xml_signature: str

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def _attachments(office: Office, view: Any) -> tuple[Attachment, ...]:
    ordered = sorted(view.files, key=lambda f: (f.media_type != "application/pdf", f.role != "chinh"))
    return tuple(Attachment(str(n), f.name, f.media_type or "application/octet-stream",
                            office.files.read(f.sha256))
                 for n, f in enumerate(ordered, start=1))


def export_document(office: Office, doc_id: int, organ_ids: list[str], out_dir: Path,
                    key: Any = None) -> list[Exported]:
    """One package per recipient; ``key`` a :class:`desktop.signatures.keys.KeySpec` or None."""
    from desktop.registers import visibility
    from desktop.registers.registry import get_document

    office.require(Role.CLERK, action=_("gửi văn bản điện tử edXML"))
    if not organ_ids:
        raise UserError(_("Chọn ít nhất một cơ quan nhận (--to)."), field="to")
    view = get_document(office, doc_id)
    visibility.require_content(office, doc_id, _("gửi văn bản điện tử edXML"))
    if view.direction != Direction.OUTGOING.value:
        raise UserError(_("Văn bản mã {id} không phải văn bản đi.", id=doc_id), field="id")
    if view.status != Status.ISSUED.value:
        raise UserError(_("Văn bản mã {id} chưa phát hành (chưa ký số của cơ quan); chỉ gửi "
                          "văn bản đã phát hành.", id=doc_id), field="id")
    if not view.files:
        raise UserError(_("Văn bản mã {id} chưa có tệp nào.", id=doc_id), field="file")
    recipients = [agency_by_code(office, code) for code in dict.fromkeys(organ_ids)]
    sender = own_organ(office)
    org = office.organisation()
    attachments = _attachments(office, view)
    signer = None
    if key is not None:
        from desktop.signatures.keys import OnceKeySource

        key.check()
        signer = OnceKeySource(key).signer()
    to_places = tuple(r.name for r in recipients)
    stamp = dt.datetime.now(VN_TZ).isoformat(timespec="seconds")
    written: list[Exported] = []
    with office.unit(), office.db.write() as s:
        row = s.get(Document, doc_id)
        page_amount = row.page_amount if row is not None else None
        if page_amount is None:
            page_amount = next((f.pages for f in view.files if f.pages), None)
        for agency in recipients:
            pkg = mapping.outgoing_package(
                view, sender, Organ(agency.code, agency.name), attachments,
                place=org.place, to_places=to_places)
            if page_amount is not None:
                import dataclasses

                pkg = dataclasses.replace(pkg, page_amount=page_amount)
            root = package_tree(pkg, sign=signer is not None, timestamp=stamp)
            if signer is not None:
                root = xmlsig.sign(root, signer)
            data = serialise(root)
            name = f"{files.safe_stem(view.symbol)}-{files.safe_stem(agency.code)}.edxml"
            sha = files.keep(office, s, data, name)
            s.add(InterchangePackage(
                direction=Direction.OUTGOING.value, document_id=doc_id,
                document_key=pkg.document_id, organ_id=agency.code, organ_name=agency.name,
                business_type=0, package_sha256=sha, package_name=name,
                xml_signature=xmlsig.VALID if signer is not None else xmlsig.ABSENT,
                xml_signature_subject=(signer.signing_cert.subject.human_friendly[:500]
                                       if signer is not None else ""),
                attachments_json=json.dumps([{"name": a.name, "sha256": a.sha256}
                                             for a in attachments], ensure_ascii=False),
                envelope_json=json.dumps(mapping.envelope_extras(pkg), ensure_ascii=False),
                created_by=office.actor.username))
            path = files.write_out(out_dir, name, data)
            written.append(Exported(agency.code, agency.name, str(path), sha, pkg.document_id,
                                    xmlsig.VALID if signer is not None else xmlsig.ABSENT))
        audit.record(s, office.actor.username, "gui-edxml", doc_id, after={
            "co_quan_nhan": [e.organ_id for e in written], "ky_xml": signer is not None,
            "goi_sha256": [e.sha256 for e in written]})
        s.flush()
    return written
