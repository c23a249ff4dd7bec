"""The one place that knows which envelope field is which register column, both ways:
a received package becomes an incoming registration, an issued outgoing document becomes a
package for each recipient.

=====================================  ===============================================
envelope                               register
=====================================  ===============================================
From/OrganName (OrganId kept)          Tác giả (``organ_name``); OrganId in the record
Code/CodeNumber + CodeNotation         Số, ký hiệu (``symbol``)
PromulgationInfo/PromulgationDate      Ngày tháng văn bản (``issued_date``); Place kept
DocumentType/TypeName                  Tên loại (``type_name``)
Subject                                Trích yếu (``subject``)
SignerInfo/FullName, Position          Người ký, chức vụ (``signer_name``, ``signer_title``)
DueDate                                Hạn giải quyết (``due_date``, a proposal)
OtherInfo/Priority                     Độ khẩn (``urgency``)
OtherInfo/PageAmount                   Số trang (``page_amount``)
ToPlaces/Place                         kept in the record (Nơi nhận of the sender)
DocumentId                             the interchange key
=====================================  ===============================================
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from desktop.interchange.envelope import Attachment, Business, Organ, Package
from models.entities import Urgency

PRIORITY_TO_URGENCY = {0: Urgency.NORMAL, 1: Urgency.URGENT, 2: Urgency.VERY_URGENT,
                       3: Urgency.FLASH, 4: Urgency.FLASH}
URGENCY_TO_PRIORITY = {Urgency.NORMAL.value: 0, Urgency.URGENT.value: 1,
                       Urgency.VERY_URGENT.value: 2, Urgency.FLASH.value: 3}

#: DocumentType/Type: 1 legal normative documents, 2 administrative documents.
NORMATIVE_TYPES = {"Nghị quyết", "Quyết định", "Chỉ thị"}


def urgency_of(priority: int) -> str:
    return PRIORITY_TO_URGENCY.get(priority, Urgency.FLASH).value


def incoming_fields(pkg: Package) -> dict[str, Any]:
    """The registration's fields, as :class:`desktop.registers.entries.IncomingInput` and the
    document row take them (``page_amount``, signer) — shown in the preview as they will be."""
    return {
        "organ_name": pkg.sender.organ_name,
        "symbol": pkg.symbol,
        "issued": pkg.promulgation_date,
        "type_name": pkg.type_name,
        "subject": pkg.subject,
        "due": pkg.due_date,
        "urgency": urgency_of(pkg.priority),
        "signer_name": pkg.signer_name,
        "signer_title": pkg.signer_position,
        "page_amount": pkg.page_amount,
    }


def envelope_extras(pkg: Package) -> dict[str, Any]:
    """What the register has no column for, kept with the package record."""
    return {
        "organ_id": pkg.sender.organ_id,
        "place": pkg.place,
        "type_code": pkg.type_code,
        "signer_competence": pkg.signer_competence,
        "to_places": list(pkg.to_places),
        "recipients": [{"organ_id": o.organ_id, "organ_name": o.organ_name}
                       for o in pkg.recipients],
        "priority": pkg.priority,
        "promulgation_amount": pkg.promulgation_amount,
        "steering_type": pkg.steering_type,
        "content": pkg.content,
        "trace": [list(t) for t in pkg.trace],
    }


def document_id_for(organ_id: str, issued: dt.date, symbol: str) -> str:
    """DocumentId as the standard builds it: OrganId, date, số/ký hiệu."""
    return f"{organ_id},{issued:%Y/%m/%d},{symbol}"


def outgoing_package(doc: Any, sender: Organ, recipient: Organ, attachments: tuple[Attachment, ...],
                     *, place: str, to_places: tuple[str, ...]) -> Package:
    """The package of an issued outgoing document (``doc``: a DocumentView) for one recipient."""
    return Package(
        document_id=document_id_for(sender.organ_id, doc.issued_date, doc.symbol),
        sender=sender,
        recipients=(recipient,),
        code_number=doc.symbol.split("/", 1)[0],
        code_notation=doc.symbol.split("/", 1)[1] if "/" in doc.symbol else "",
        place=place,
        promulgation_date=doc.issued_date,
        type_code="1" if doc.type_name in NORMATIVE_TYPES else "2",
        type_name=doc.type_name,
        subject=doc.subject,
        signer_competence="",
        signer_position=doc.signer_title,
        signer_name=doc.signer_name,
        due_date=None,
        to_places=to_places,
        priority=URGENCY_TO_PRIORITY.get(doc.urgency, 0),
        promulgation_amount=doc.copies,
        page_amount=getattr(doc, "page_amount", None),
        business=Business(),
        attachments=attachments,
    )
