"""Writing edXML packages: a document package from :class:`~desktop.interchange.envelope.Package`
and a status package from :class:`~desktop.interchange.envelope.StatusPackage`, as bytes (UTF-8,
with the XML declaration). Signing is :mod:`desktop.interchange.xmlsig`'s job; the writer leaves
a placeholder where the signature goes (inside edXMLHeader)."""

from __future__ import annotations

import base64
import datetime as dt

from lxml import etree

from desktop.interchange.envelope import (
    DSIG_NS,
    NS,
    PREFIX,
    Organ,
    Package,
    StatusPackage,
    q,
)

NSMAP = {PREFIX: NS}


def edxml_date(value: dt.date) -> str:
    return value.strftime("%Y/%m/%d")


def _sub(parent: etree._Element, name: str, text: str | None = None) -> etree._Element:
    node = etree.SubElement(parent, q(name))
    if text is not None:
        node.text = text
    return node


def _organ(parent: etree._Element, name: str, organ: Organ) -> None:
    node = _sub(parent, name)
    _sub(node, "OrganId", organ.organ_id)
    _sub(node, "OrganName", organ.organ_name)
    _sub(node, "OrganInCharge", organ.organ_in_charge)
    _sub(node, "OrganAdd", organ.organ_add)
    _sub(node, "Email", organ.email)
    _sub(node, "Telephone", organ.telephone)
    _sub(node, "Fax", organ.fax)
    _sub(node, "Website", organ.website)


def _placeholder(head: etree._Element, sign: bool) -> None:
    if sign:
        etree.SubElement(head, f"{{{DSIG_NS}}}Signature", Id="placeholder",
                         nsmap={"ds": DSIG_NS})


def _serialise(root: etree._Element) -> bytes:
    return bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8"))


def package_tree(pkg: Package, *, sign: bool = False, timestamp: str = "") -> etree._Element:
    root = etree.Element(q("edXMLEnvelope"), nsmap=NSMAP)
    head = _sub(root, "edXMLHeader")
    header = _sub(head, "MessageHeader")
    _organ(header, "From", pkg.sender)
    for organ in pkg.recipients:
        _organ(header, "To", organ)
    code = _sub(header, "Code")
    _sub(code, "CodeNumber", pkg.code_number)
    _sub(code, "CodeNotation", pkg.code_notation)
    prom = _sub(header, "PromulgationInfo")
    _sub(prom, "Place", pkg.place)
    _sub(prom, "PromulgationDate", edxml_date(pkg.promulgation_date))
    dtype = _sub(header, "DocumentType")
    _sub(dtype, "Type", pkg.type_code)
    _sub(dtype, "TypeName", pkg.type_name)
    _sub(header, "Subject", pkg.subject)
    _sub(header, "Content", pkg.content)
    signer = _sub(header, "SignerInfo")
    _sub(signer, "Competence", pkg.signer_competence)
    _sub(signer, "Position", pkg.signer_position)
    _sub(signer, "FullName", pkg.signer_name)
    if pkg.due_date is not None:
        _sub(header, "DueDate", edxml_date(pkg.due_date))
    places = _sub(header, "ToPlaces")
    for place in pkg.to_places:
        _sub(places, "Place", place)
    other = _sub(header, "OtherInfo")
    _sub(other, "Priority", str(pkg.priority))
    _sub(other, "SphereOfPromulgation", pkg.sphere)
    _sub(other, "TyperNotation", pkg.typer_notation)
    if pkg.promulgation_amount is not None:
        _sub(other, "PromulgationAmount", str(pkg.promulgation_amount))
    if pkg.page_amount is not None:
        _sub(other, "PageAmount", str(pkg.page_amount))
    _sub(header, "SteeringType", pkg.steering_type)
    _sub(header, "DocumentId", pkg.document_id)
    traces = _sub(head, "TraceHeaderList")
    for organ_id, stamp in pkg.trace or ((pkg.sender.organ_id, timestamp),):
        th = _sub(traces, "TraceHeader")
        _sub(th, "OrganId", organ_id)
        _sub(th, "Timestamp", stamp)
    bus = _sub(traces, "Bussiness")
    _sub(bus, "BussinessDocType", str(pkg.business.doc_type))
    _sub(bus, "BussinessDocReason", pkg.business.reason)
    if pkg.business.earlier:
        infos = _sub(bus, "ReplacementInfoList")
        for key in pkg.business.earlier:
            _sub(_sub(infos, "ReplacementInfo"), "DocumentId", key)
    _placeholder(head, sign)
    manifest = _sub(root, "edXMLManifest")
    for att in pkg.attachments:
        ref = _sub(manifest, "Reference")
        _sub(ref, "ContentId", att.content_id)
        _sub(ref, "ContentType", att.content_type)
        _sub(ref, "Description", att.description)
        _sub(ref, "AttachmentName", att.name)
    encoded = _sub(root, "AttachmentEncoded")
    for att in pkg.attachments:
        node = _sub(encoded, "Attachment")
        _sub(node, "ContentId", att.content_id)
        _sub(node, "AttachmentName", att.name)
        _sub(node, "ContentType", att.content_type)
        _sub(node, "Description", att.description)
        _sub(node, "Value", base64.b64encode(att.data).decode("ascii"))
    return root


def write_package(pkg: Package, *, timestamp: str = "") -> bytes:
    return _serialise(package_tree(pkg, timestamp=timestamp))


def status_tree(st: StatusPackage, *, sign: bool = False) -> etree._Element:
    root = etree.Element(q("edXMLEnvelope"), nsmap=NSMAP)
    head = _sub(root, "edXMLHeader")
    status = _sub(head, "MessageStatus")
    _organ(status, "From", st.sender)
    rf = _sub(status, "ResponseFor")
    _sub(rf, "OrganId", st.response_for.organ_id)
    code = _sub(rf, "Code")
    _sub(code, "CodeNumber", st.response_for.code_number)
    _sub(code, "CodeNotation", st.response_for.code_notation)
    if st.response_for.promulgation_date is not None:
        _sub(rf, "PromulgationDate", edxml_date(st.response_for.promulgation_date))
    _sub(rf, "DocumentId", st.response_for.document_id)
    _sub(status, "StatusCode", st.status_code)
    _sub(status, "Description", st.description)
    _sub(status, "Timestamp", st.timestamp)
    staff = _sub(status, "StaffInfo")
    _sub(staff, "Department", st.staff_department)
    _sub(staff, "Staff", st.staff_name)
    _sub(staff, "Mobile", st.staff_mobile)
    _sub(staff, "Email", st.staff_email)
    _placeholder(head, sign)
    return root


def write_status(st: StatusPackage) -> bytes:
    return _serialise(status_tree(st))


def serialise(root: etree._Element) -> bytes:
    return _serialise(root)
