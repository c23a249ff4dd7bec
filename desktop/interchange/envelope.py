"""The edXML envelope as this program reads and writes it: the namespace, the element names
(the contract; the public XSD was not found, so these names from QCVN 102:2016 and the
national exchange's SDK samples are it) and the plain data a package is read into.

The mapping between a package and a registration lives in :mod:`desktop.interchange.mapping`;
this module knows XML names only.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field

from desktop.core.i18n import N_

NS = "http://www.mic.gov.vn/TBT/QCVN_102_2016"
DSIG_NS = "http://www.w3.org/2000/09/xmldsig#"
PREFIX = "edXML"

#: Limits: a package larger than this is not read at all; an attachment larger than that is
#: refused (a commune's scans are a few MB). The attachment limit is what lxml reads without
#: ``huge_tree`` (10 million characters in one text node, i.e. about 7.5 MB once decoded from
#: base64); raising it means parsing with ``huge_tree``.
MAX_PACKAGE_BYTES = 64 * 1024 * 1024
MAX_ATTACHMENT_BYTES = 7 * 1024 * 1024
MAX_ATTACHMENTS = 50

#: Business document types (BussinessDocType in the trace header).
NEW, REVOCATION, UPDATE, REPLACEMENT = 0, 1, 2, 3
BUSINESS_TYPES = (NEW, REVOCATION, UPDATE, REPLACEMENT)

#: Status codes (StatusCode of a status package), with the Vietnamese meaning.
STATUS_CODES: dict[str, str] = {
    "01": N_("Đã đến (văn thư chưa xử lý)"),
    "02": N_("Từ chối tiếp nhận"),
    "03": N_("Đã tiếp nhận, đăng ký"),
    "04": N_("Đã phân công xử lý"),
    "05": N_("Đang xử lý"),
    "06": N_("Đã hoàn thành"),
    "13": N_("Đã hủy"),
    "15": N_("Chấp nhận thay đổi"),
    "16": N_("Từ chối thay đổi"),
}
#: The codes this office writes back for a document it received.
WRITABLE_STATUS = ("02", "03", "04", "05", "06")


def q(name: str) -> str:
    """The qualified name of an edXML element, for lxml."""
    return f"{{{NS}}}{name}"


@dataclass(frozen=True)
class Organ:
    organ_id: str = ""
    organ_name: str = ""
    organ_in_charge: str = ""
    organ_add: str = ""
    email: str = ""
    telephone: str = ""
    fax: str = ""
    website: str = ""


@dataclass(frozen=True)
class Attachment:
    content_id: str
    name: str
    content_type: str
    data: bytes = field(repr=False)
    description: str = ""

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.data).hexdigest()


@dataclass(frozen=True)
class Business:
    doc_type: int = NEW
    reason: str = ""
    #: DocumentIds of earlier documents named in ReplacementInfoList (replacement, revocation).
    earlier: tuple[str, ...] = ()


@dataclass(frozen=True)
class Package:
    """A document package (MessageHeader), every text NFC, dates parsed."""

    document_id: str
    sender: Organ
    recipients: tuple[Organ, ...]
    code_number: str
    code_notation: str
    place: str
    promulgation_date: dt.date
    type_code: str
    type_name: str
    subject: str
    content: str = ""
    signer_competence: str = ""
    signer_position: str = ""
    signer_name: str = ""
    due_date: dt.date | None = None
    to_places: tuple[str, ...] = ()
    priority: int = 0
    sphere: str = ""
    typer_notation: str = ""
    promulgation_amount: int | None = None
    page_amount: int | None = None
    steering_type: str = ""
    business: Business = Business()
    trace: tuple[tuple[str, str], ...] = ()
    attachments: tuple[Attachment, ...] = ()
    signed: bool = False

    @property
    def symbol(self) -> str:
        return f"{self.code_number}/{self.code_notation}"

    @property
    def earlier_key(self) -> str:
        """The earlier document a revocation, update or replacement refers to: the one named in
        ReplacementInfoList, else the package's own DocumentId (an update or revocation re-sends
        the header of the document it changes)."""
        if self.business.doc_type == NEW:
            return ""
        return self.business.earlier[0] if self.business.earlier else self.document_id


@dataclass(frozen=True)
class ResponseFor:
    organ_id: str = ""
    code_number: str = ""
    code_notation: str = ""
    promulgation_date: dt.date | None = None
    document_id: str = ""


@dataclass(frozen=True)
class StatusPackage:
    """A status package (MessageStatus) answering one document."""

    sender: Organ
    response_for: ResponseFor
    status_code: str
    description: str = ""
    timestamp: str = ""
    staff_department: str = ""
    staff_name: str = ""
    staff_mobile: str = ""
    staff_email: str = ""
    signed: bool = False

    @property
    def meaning(self) -> str:
        return STATUS_CODES.get(self.status_code, "")
