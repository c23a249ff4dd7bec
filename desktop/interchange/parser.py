"""Reading an edXML package safely: a real XML parser (lxml) with entity expansion, DTDs and
network access off and a size cap; what real packages do wrong is tolerated (bytes before the
XML declaration, a missing optional element, Vietnamese in any Unicode normalisation, dates as
``YYYY/MM/DD``), what makes a package unusable is refused with a Vietnamese message naming the
element.

Nothing here touches the database or the disk: the result is plain data
(:mod:`desktop.interchange.envelope`).
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import re
import unicodedata

from lxml import etree

from desktop.core.errors import UserError
from desktop.core.i18n import _
from desktop.interchange import envelope as env
from desktop.interchange.envelope import (
    NS,
    Attachment,
    Business,
    Organ,
    Package,
    ResponseFor,
    StatusPackage,
    q,
)


class PackageRefused(UserError):
    """The package cannot be used; ``field`` names the element (for tests and the window)."""


def refuse(message: str, element: str) -> PackageRefused:
    return PackageRefused(message, field=element)


def _parser() -> etree.XMLParser:
    return etree.XMLParser(
        resolve_entities=False, no_network=True, huge_tree=False, load_dtd=False,
        dtd_validation=False, remove_comments=True, remove_pis=True, recover=False,
    )


def _strip_leading(data: bytes) -> bytes:
    """Bytes before the XML declaration (a BOM, a MIME preamble, garbage) are dropped."""
    start = data.find(b"<?xml")
    if start < 0:
        start = data.find(b"<")
    return data[start:] if start > 0 else data


def load_root(data: bytes) -> etree._Element:
    """The envelope's root element, or a refusal: too big, not XML, a DTD (an XML bomb or an
    external entity needs one), another namespace."""
    if len(data) > env.MAX_PACKAGE_BYTES:
        raise refuse(_("Gói edXML lớn quá {mb} MB, không đọc.",
                       mb=env.MAX_PACKAGE_BYTES // (1024 * 1024)), "edXMLEnvelope")
    body = _strip_leading(data)
    if re.search(rb"<!DOCTYPE|<!ENTITY", body, re.IGNORECASE):
        raise refuse(_("Gói edXML có khai báo DOCTYPE/ENTITY (có thể là “bom XML” hoặc thực thể "
                       "ngoài); không đọc."), "DOCTYPE")
    try:
        root = etree.fromstring(body, parser=_parser())
    except etree.XMLSyntaxError as exc:
        if "Text node too long" in str(exc):  # the only long text of a package: an attachment
            path = "AttachmentEncoded/Attachment/Value"
            raise refuse(_("Tệp đính kèm ở {element} lớn quá {mb} MB.", element=path,
                           mb=env.MAX_ATTACHMENT_BYTES // (1024 * 1024)), path) from None
        raise refuse(_("Tệp không phải XML hợp lệ: {detail}.", detail=str(exc)[:200]),
                     "edXMLEnvelope") from None
    except ValueError as exc:
        raise refuse(_("Tệp không phải XML hợp lệ: {detail}.", detail=str(exc)[:200]),
                     "edXMLEnvelope") from None
    if root.getroottree().docinfo.doctype:
        raise refuse(_("Gói edXML có khai báo DOCTYPE/ENTITY (có thể là “bom XML” hoặc thực thể "
                       "ngoài); không đọc."), "DOCTYPE")
    if root.tag != q("edXMLEnvelope"):
        ns = etree.QName(root).namespace or ""
        raise refuse(_("Không phải gói edXML: phần tử gốc là “{tag}” (không gian tên “{ns}”), cần "
                       "edXMLEnvelope trong không gian tên {expected}.",
                       tag=etree.QName(root).localname, ns=ns, expected=NS), "edXMLEnvelope")
    return root


# -- small readers --------------------------------------------------------------------------
def nfc(text: str | None) -> str:
    return unicodedata.normalize("NFC", text or "").strip()


def _child(parent: etree._Element | None, name: str) -> etree._Element | None:
    if parent is None:
        return None
    return parent.find(q(name))


def _text(parent: etree._Element | None, name: str) -> str:
    node = _child(parent, name)
    return nfc(node.text) if node is not None else ""


def _required(parent: etree._Element | None, name: str, path: str) -> etree._Element:
    node = _child(parent, name)
    if node is None:
        raise refuse(_("Gói edXML thiếu phần tử {element}.", element=path), path)
    return node


def _required_text(parent: etree._Element | None, name: str, path: str) -> str:
    value = _text(parent, name)
    if not value:
        raise refuse(_("Gói edXML thiếu phần tử {element}.", element=path), path)
    return value


_DATE = re.compile(r"^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[ T].*)?$")


def parse_edxml_date(text: str, path: str) -> dt.date:
    """``YYYY-MM-DD`` or ``YYYY/MM/DD`` (a time after it is ignored)."""
    m = _DATE.match(text.strip())
    if m:
        try:
            return dt.date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            pass
    raise refuse(_("Ngày không hợp lệ ở phần tử {element}: “{value}” (cần YYYY/MM/DD).",
                   element=path, value=text[:40]), path)


def _optional_date(parent: etree._Element | None, name: str, path: str) -> dt.date | None:
    value = _text(parent, name)
    return parse_edxml_date(value, path) if value else None


def _optional_int(parent: etree._Element | None, name: str, path: str) -> int | None:
    value = _text(parent, name)
    if not value:
        return None
    if not value.isdigit() or len(value) > 6:
        raise refuse(_("Giá trị không phải số ở phần tử {element}: “{value}”.",
                       element=path, value=value[:40]), path)
    return int(value)


def _organ(node: etree._Element | None) -> Organ:
    return Organ(
        organ_id=_text(node, "OrganId"), organ_name=_text(node, "OrganName"),
        organ_in_charge=_text(node, "OrganInCharge"), organ_add=_text(node, "OrganAdd"),
        email=_text(node, "Email"), telephone=_text(node, "Telephone"), fax=_text(node, "Fax"),
        website=_text(node, "Website"),
    )


def _sender(header: etree._Element, base: str) -> Organ:
    node = _child(header, "From")
    if node is None:
        raise refuse(_("Gói edXML thiếu phần tử {element}.", element=f"{base}/From"),
                     f"{base}/From")
    organ = _organ(node)
    if not organ.organ_name:
        path = f"{base}/From/OrganName"
        raise refuse(_("Gói edXML thiếu phần tử {element}.", element=path), path)
    return organ


def _is_signed(root: etree._Element) -> bool:
    return next(root.iter(f"{{{env.DSIG_NS}}}Signature"), None) is not None


# -- attachments ------------------------------------------------------------------------------
_B64 = re.compile(rb"^[A-Za-z0-9+/]*={0,2}$")


def decode_base64(text: str, path: str) -> bytes:
    compact = "".join(text.split()).encode("ascii", "replace")
    if len(compact) * 3 // 4 > env.MAX_ATTACHMENT_BYTES:
        raise refuse(_("Tệp đính kèm ở {element} lớn quá {mb} MB.", element=path,
                       mb=env.MAX_ATTACHMENT_BYTES // (1024 * 1024)), path)
    if not compact or len(compact) % 4 or not _B64.match(compact):
        raise refuse(_("Dữ liệu base64 không hợp lệ ở phần tử {element}.", element=path), path)
    try:
        data = base64.b64decode(compact, validate=True)
    except (binascii.Error, ValueError):
        raise refuse(_("Dữ liệu base64 không hợp lệ ở phần tử {element}.", element=path),
                     path) from None
    if not data:
        raise refuse(_("Tệp đính kèm rỗng ở phần tử {element}.", element=path), path)
    return data


_UNSAFE_NAME = re.compile(r'[\\/:*?"<>|\x00-\x1f]')


def safe_name(name: str, fallback: str) -> str:
    """An attachment name usable as a file name: no folders, no control characters."""
    base = _UNSAFE_NAME.sub("_", nfc(name)).strip(" .")
    return base[:200] or fallback


def _attachments(root: etree._Element) -> tuple[Attachment, ...]:
    holder = _child(root, "AttachmentEncoded")
    if holder is None:
        return ()
    found: list[Attachment] = []
    for n, node in enumerate(holder.findall(q("Attachment")), start=1):
        if n > env.MAX_ATTACHMENTS:
            raise refuse(_("Gói edXML có quá {n} tệp đính kèm.", n=env.MAX_ATTACHMENTS),
                         "AttachmentEncoded")
        path = f"AttachmentEncoded/Attachment[{n}]/Value"
        value = _child(node, "Value")
        if value is None:
            raise refuse(_("Gói edXML thiếu phần tử {element}.", element=path), path)
        data = decode_base64(value.text or "", path)
        name = safe_name(_text(node, "AttachmentName"), f"dinh-kem-{n}")
        found.append(Attachment(
            content_id=_text(node, "ContentId") or str(n), name=name,
            content_type=_text(node, "ContentType") or "application/octet-stream",
            data=data, description=_text(node, "Description"),
        ))
    names = [a.name for a in found]
    if len(set(names)) != len(names):  # two "vanban.pdf": keep both, under distinct names
        found = [Attachment(a.content_id, f"{i}-{a.name}", a.content_type, a.data, a.description)
                 for i, a in enumerate(found, start=1)]
    return tuple(found)


# -- the document package -------------------------------------------------------------------
def _business(header_root: etree._Element) -> tuple[Business, tuple[tuple[str, str], ...]]:
    traces = _child(header_root, "TraceHeaderList")
    trace = tuple(
        (_text(t, "OrganId"), _text(t, "Timestamp"))
        for t in (traces.findall(q("TraceHeader")) if traces is not None else [])
    )
    bus = _child(traces, "Bussiness")
    if bus is None:
        return Business(), trace
    raw = _text(bus, "BussinessDocType") or "0"
    if raw not in {str(t) for t in env.BUSINESS_TYPES}:
        path = "TraceHeaderList/Bussiness/BussinessDocType"
        raise refuse(_("Loại nghiệp vụ không hợp lệ ở phần tử {element}: “{value}” (cần 0, 1, 2 "
                       "hoặc 3).", element=path, value=raw[:20]), path)
    earlier: list[str] = []
    infos = _child(bus, "ReplacementInfoList")
    for info in infos.findall(q("ReplacementInfo")) if infos is not None else []:
        key = _text(info, "DocumentId")
        if key:
            earlier.append(key)
    return Business(int(raw), _text(bus, "BussinessDocReason"), tuple(earlier)), trace


def parse_package(data: bytes) -> Package:
    """A document package (MessageHeader), checked; a status package is refused here."""
    return package_from_root(load_root(data))


def package_from_root(root: etree._Element) -> Package:
    head = _required(root, "edXMLHeader", "edXMLHeader")
    header = _child(head, "MessageHeader")
    if header is None:
        if _child(head, "MessageStatus") is not None:
            raise refuse(_("Đây là gói trạng thái (MessageStatus), không phải gói văn bản; dùng "
                           "“vanthu edxml read-status”."), "edXMLHeader/MessageHeader")
        raise refuse(_("Gói edXML thiếu phần tử {element}.",
                       element="edXMLHeader/MessageHeader"), "edXMLHeader/MessageHeader")
    base = "MessageHeader"
    sender = _sender(header, base)
    code = _required(header, "Code", f"{base}/Code")
    code_number = _required_text(code, "CodeNumber", f"{base}/Code/CodeNumber")
    code_notation = _required_text(code, "CodeNotation", f"{base}/Code/CodeNotation")
    promulgation = _required(header, "PromulgationInfo", f"{base}/PromulgationInfo")
    date_text = _required_text(promulgation, "PromulgationDate",
                               f"{base}/PromulgationInfo/PromulgationDate")
    doctype = _required(header, "DocumentType", f"{base}/DocumentType")
    type_name = _required_text(doctype, "TypeName", f"{base}/DocumentType/TypeName")
    subject = _required_text(header, "Subject", f"{base}/Subject")
    signer = _child(header, "SignerInfo")
    other = _child(header, "OtherInfo")
    places = _child(header, "ToPlaces")
    priority = _optional_int(other, "Priority", f"{base}/OtherInfo/Priority") or 0
    business, trace = _business(head)
    document_id = _text(header, "DocumentId")
    promulgation_date = parse_edxml_date(date_text, f"{base}/PromulgationInfo/PromulgationDate")
    if not document_id:  # older senders leave it out: build it as the standard describes
        document_id = (f"{sender.organ_id},{promulgation_date:%Y/%m/%d},"
                       f"{code_number}/{code_notation}")
    return Package(
        document_id=document_id[:200],
        sender=sender,
        recipients=tuple(_organ(t) for t in header.findall(q("To"))),
        code_number=code_number,
        code_notation=code_notation,
        place=_text(promulgation, "Place"),
        promulgation_date=promulgation_date,
        type_code=_text(doctype, "Type"),
        type_name=type_name,
        subject=subject,
        content=_text(header, "Content"),
        signer_competence=_text(signer, "Competence"),
        signer_position=_text(signer, "Position"),
        signer_name=_text(signer, "FullName"),
        due_date=_optional_date(header, "DueDate", f"{base}/DueDate"),
        to_places=tuple(nfc(p.text) for p in (places.findall(q("Place"))
                                              if places is not None else []) if nfc(p.text)),
        priority=priority,
        sphere=_text(other, "SphereOfPromulgation"),
        typer_notation=_text(other, "TyperNotation"),
        promulgation_amount=_optional_int(other, "PromulgationAmount",
                                          f"{base}/OtherInfo/PromulgationAmount"),
        page_amount=_optional_int(other, "PageAmount", f"{base}/OtherInfo/PageAmount"),
        steering_type=_text(header, "SteeringType"),
        business=business,
        trace=trace,
        attachments=_attachments(root),
        signed=_is_signed(root),
    )


# -- the status package ---------------------------------------------------------------------
def parse_status(data: bytes) -> StatusPackage:
    root = load_root(data)
    head = _required(root, "edXMLHeader", "edXMLHeader")
    status = _child(head, "MessageStatus")
    if status is None:
        raise refuse(_("Gói edXML thiếu phần tử {element}.", element="edXMLHeader/MessageStatus"),
                     "edXMLHeader/MessageStatus")
    base = "MessageStatus"
    sender = _sender(status, base)
    rf = _required(status, "ResponseFor", f"{base}/ResponseFor")
    code = _required_text(status, "StatusCode", f"{base}/StatusCode")
    if code not in env.STATUS_CODES:
        path = f"{base}/StatusCode"
        raise refuse(_("Mã trạng thái không hợp lệ ở phần tử {element}: “{value}”.",
                       element=path, value=code[:10]), path)
    code_node = _child(rf, "Code")
    code_number = _text(rf, "CodeNumber") or _text(code_node, "CodeNumber")
    code_notation = _text(rf, "CodeNotation") or _text(code_node, "CodeNotation")
    response = ResponseFor(
        organ_id=_text(rf, "OrganId"), code_number=code_number, code_notation=code_notation,
        promulgation_date=_optional_date(rf, "PromulgationDate",
                                         f"{base}/ResponseFor/PromulgationDate"),
        document_id=_text(rf, "DocumentId"),
    )
    if not response.document_id and not (response.code_number and response.code_notation):
        path = f"{base}/ResponseFor/DocumentId"
        raise refuse(_("Gói edXML thiếu phần tử {element}.", element=path), path)
    staff = _child(status, "StaffInfo")
    return StatusPackage(
        sender=sender, response_for=response, status_code=code,
        description=_text(status, "Description"), timestamp=_text(status, "Timestamp"),
        staff_department=_text(staff, "Department"), staff_name=_text(staff, "Staff"),
        staff_mobile=_text(staff, "Mobile"), staff_email=_text(staff, "Email"),
        signed=_is_signed(root),
    )


def package_kind(data: bytes) -> str:
    """"document" or "status" (for the exchange folder), or a refusal."""
    root = load_root(data)
    head = _required(root, "edXMLHeader", "edXMLHeader")
    if _child(head, "MessageStatus") is not None:
        return "status"
    return "document"
