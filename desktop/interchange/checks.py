"""Checks on arrival (Nghị định 30, Điều 21.2): the package's XML signature and the PAdES
signatures of every PDF attachment, made once when the package is read and kept as found."""

from __future__ import annotations

import io
import zipfile
from dataclasses import asdict, dataclass, field
from typing import Any

from lxml import etree

from desktop.core.errors import VanThuError
from desktop.interchange import xmlsig
from desktop.interchange.envelope import Attachment
from desktop.kernel.office import Office

#: ZIP members worth listing (the document itself and its appendices).
LISTED_SUFFIXES = (".pdf", ".doc", ".docx", ".odt", ".xls", ".xlsx")
MAX_ZIP_MEMBERS = 1000


@dataclass(frozen=True)
class AttachmentCheck:
    name: str
    sha256: str
    size: int
    content_type: str
    pdf_signatures: tuple[dict[str, Any], ...] = ()
    zip_members: tuple[str, ...] = ()
    problem: str = ""

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["pdf_signatures"] = list(self.pdf_signatures)
        data["zip_members"] = list(self.zip_members)
        return data


@dataclass(frozen=True)
class ArrivalChecks:
    xml_signature: xmlsig.XmlSignatureCheck
    attachments: tuple[AttachmentCheck, ...] = field(default=())

    @property
    def flagged(self) -> bool:
        """A signature that does not check out: still registrable, but shown as such."""
        if self.xml_signature.status == xmlsig.INVALID:
            return True
        return any(s.get("status") != "Hợp lệ" for a in self.attachments
                   for s in a.pdf_signatures)


def is_pdf(att: Attachment) -> bool:
    return att.data[:1024].lstrip().startswith(b"%PDF") or att.name.lower().endswith(".pdf")


def _zip_members(data: bytes) -> tuple[tuple[str, ...], str]:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            infos = zf.infolist()[:MAX_ZIP_MEMBERS]
            return tuple(i.filename for i in infos
                         if i.filename.lower().endswith(LISTED_SUFFIXES)), ""
    except (zipfile.BadZipFile, ValueError, OSError, EOFError) as exc:
        return (), f"ZIP: {exc}"[:200]


def _signature_summary(sig: Any) -> dict[str, Any]:
    return {"field_name": sig.field_name, "status": sig.status, "ok": sig.ok,
            "signer_name": sig.signer_name, "organisation": sig.organisation,
            "certificate_serial": sig.certificate_serial, "issuer": sig.issuer,
            "signed_at": sig.signer_reported_time}


def check_attachment(office: Office, att: Attachment) -> AttachmentCheck:
    from desktop.signatures.verification import verify_file

    sigs: tuple[dict[str, Any], ...] = ()
    members: tuple[str, ...] = ()
    problem = ""
    if is_pdf(att):
        try:
            report = verify_file(office, att.data)
            sigs = tuple(_signature_summary(s) for s in report.signatures)
        except VanThuError as exc:
            problem = exc.message
    elif att.data[:4] == b"PK\x03\x04" or att.name.lower().endswith(".zip"):
        members, problem = _zip_members(att.data)
    return AttachmentCheck(att.name, att.sha256, len(att.data), att.content_type, sigs, members,
                           problem)


def check_arrival(office: Office, root: etree._Element,
                  attachments: tuple[Attachment, ...]) -> ArrivalChecks:
    from desktop.signatures.trust import trust_material

    roots = trust_material(office).roots
    return ArrivalChecks(xmlsig.verify(root, roots),
                         tuple(check_attachment(office, a) for a in attachments))
