"""What the interchange knows about one registered document, for its view and ``show --json``:
the package it came in (with the checks made on arrival and what later packages did to it),
the packages it went out in, and the status messages about it."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import select

from desktop.kernel.office import Office
from models.interchange import InterchangePackage, InterchangeStatus


def _package(row: InterchangePackage) -> dict[str, Any]:
    return {
        "direction": row.direction,
        "document_id": row.document_key,
        "organ_id": row.organ_id,
        "organ_name": row.organ_name,
        "business_type": row.business_type,
        "business_reason": row.business_reason,
        "earlier_document_id": row.earlier_key or None,
        "xml_signature": {"status": row.xml_signature, "subject": row.xml_signature_subject},
        "attachments": json.loads(row.attachments_json or "[]"),
        "envelope": json.loads(row.envelope_json or "{}"),
        "state": row.state,
        "superseded_by": row.superseded_by,
        "package_sha256": row.package_sha256,
        "package_name": row.package_name,
        "at": row.created_at.isoformat(),
    }


def _status(row: InterchangeStatus) -> dict[str, Any]:
    from desktop.interchange.envelope import STATUS_CODES

    return {"direction": row.direction, "code": row.status_code,
            "meaning": STATUS_CODES.get(row.status_code, ""), "description": row.description,
            "organ_id": row.organ_id, "organ_name": row.organ_name, "staff": row.staff,
            "document_id": row.document_key, "package_sha256": row.package_sha256,
            "xml_signature": row.xml_signature,
            "at": row.at.isoformat()}


def interchange_of(office: Office, doc_id: int) -> dict[str, Any] | None:
    """``None`` for a document that never went through the interchange. The first incoming
    package's keys sit at the top (as ``edxml import`` prints them); every package is listed."""
    with office.db.read() as s:
        packages = list(s.scalars(select(InterchangePackage)
                                  .where(InterchangePackage.document_id == doc_id)
                                  .order_by(InterchangePackage.id)))
        statuses = list(s.scalars(select(InterchangeStatus)
                                  .where(InterchangeStatus.document_id == doc_id)
                                  .order_by(InterchangeStatus.id)))
        if not packages and not statuses:
            return None
        from models.entities import Document

        doc = s.get(Document, doc_id)
        page_amount = doc.page_amount if doc is not None else None
        listed = [_package(p) for p in packages]
        status_list = [_status(st) for st in statuses]
    head = next((p for p in listed if p["direction"] == "den" and p["business_type"] != 1),
                listed[0] if listed else {})
    data: dict[str, Any] = {k: head[k] for k in ("document_id", "organ_id", "business_type", "xml_signature",
                                 "attachments", "state", "superseded_by") if k in head}
    data["page_amount"] = page_amount
    data["revoked"] = any(p["state"] == "thu-hoi" for p in listed)
    data["packages"] = listed
    data["statuses"] = status_list
    return data
