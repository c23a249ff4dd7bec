"""Correcting a registered entry (issue 14, 5): any field the clerk typed, with a reason.

The number, the year, the series and the direction are what the register *is*; they are never
changed (a wrong one is cancelled and registered again, so no number is reused). Everything
else is checked by the same rules as a registration (the entry with the changes applied is
validated as a new registration would be, every problem at once), then written in one
transaction with an audit entry holding the reason and each changed field's value before and
after. The folded search text is rewritten, so search finds the corrected entry. Files — signed
ones included — are not touched: they are separate rows, content addressed.

The history of an entry is read back from the audit log (no table of its own).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from desktop.core.clock import vn_today
from desktop.core.errors import Collect, NotFound, UserError
from desktop.core.i18n import N_, _
from desktop.core.records import DocumentView
from desktop.core.validate import require_text
from desktop.kernel import audit
from desktop.kernel.auth import Role
from desktop.kernel.office import Office
from desktop.registers import visibility
from desktop.registers.entries import (
    IncomingInput,
    OutgoingInput,
    build_incoming,
    build_outgoing,
    search_text_of,
)
from desktop.registers.registry import _load_view, remember_agency
from models.entities import AuditEntry, Direction, Document, Status

ACTION = "sua-van-ban"

#: The keys of ``vanthu show ID --json`` a correction may set, with their labels.
FIELD_LABELS: dict[str, str] = {
    "received_date": N_("Ngày đến"),
    "organ_name": N_("Tác giả (cơ quan ban hành)"),
    "symbol": N_("Số, ký hiệu văn bản"),
    "issued_date": N_("Ngày tháng văn bản"),
    "type_name": N_("Tên loại văn bản"),
    "subject": N_("Trích yếu nội dung"),
    "recipients": N_("Nơi nhận"),
    "urgency": N_("Độ khẩn"),
    "secrecy": N_("Độ mật"),
    "due_date": N_("Hạn giải quyết"),
    "handler": N_("Người xử lý"),
    "notes": N_("Ghi chú"),
    "transfer_date": N_("Ngày chuyển"),
    "receiver_sign": N_("Ký nhận"),
    "signer_name": N_("Người ký"),
    "signer_title": N_("Chức vụ người ký"),
    "drafting_unit": N_("Đơn vị soạn thảo"),
    "copies": N_("Số lượng bản"),
    "archive_unit": N_("Đơn vị, người nhận bản lưu"),
}

#: What a registration writes of a key (its ``IncomingInput``/``OutgoingInput`` field).
_INCOMING = {
    "received_date": "received", "organ_name": "organ_name", "symbol": "symbol",
    "issued_date": "issued", "type_name": "type_name", "subject": "subject",
    "recipients": "recipients", "urgency": "urgency", "secrecy": "secrecy", "due_date": "due",
    "handler": "handler", "notes": "notes", "transfer_date": "transfer_date",
    "receiver_sign": "receiver_sign",
}
_OUTGOING = {
    "issued_date": "issued", "type_name": "type_name", "subject": "subject",
    "signer_name": "signer_name", "signer_title": "signer_title",
    "drafting_unit": "drafting_unit", "recipients": "recipients", "copies": "copies",
    "archive_unit": "archive_unit", "urgency": "urgency", "secrecy": "secrecy",
    "notes": "notes", "transfer_date": "transfer_date",
}
#: The form's field names (``UserError.field``) of each key, for messages next to the inputs.
FORM_FIELD = {
    "received_date": "received", "organ_name": "from", "symbol": "symbol", "issued_date": "date",
    "type_name": "type", "subject": "summary", "due_date": "due", "signer_name": "signer",
    "signer_title": "signer-title", "drafting_unit": "unit", "urgency": "urgency",
    "secrecy": "secret", "transfer_date": "transfer",
}
FIXED = ("number", "year", "series", "direction")


@dataclass(frozen=True)
class Change:
    """One correction of an entry, as the history shows it."""

    seq: int
    at: dt.datetime  # UTC
    actor: str
    reason: str
    before: dict[str, Any]
    after: dict[str, Any]

    def to_dict(self) -> dict[str, Any]:
        return {"seq": self.seq, "actor": self.actor, "time": self.at.isoformat() + "Z",
                "reason": self.reason, "before": self.before, "after": self.after}


def _stored(doc: Document, key: str) -> Any:
    value = getattr(doc, key)
    return value.isoformat() if isinstance(value, dt.date) else value


def _current_input(doc: Document) -> IncomingInput | OutgoingInput:
    if doc.direction == Direction.INCOMING.value:
        assert doc.received_date is not None
        return IncomingInput(
            received=doc.received_date, organ_name=doc.organ_name, symbol=doc.symbol,
            issued=doc.issued_date, type_name=doc.type_name, subject=doc.subject,
            recipients=doc.recipients, urgency=doc.urgency, secrecy=doc.secrecy,
            due=doc.due_date, handler=doc.handler, notes=doc.notes,
            transfer_date=doc.transfer_date, receiver_sign=doc.receiver_sign,
            electronic=doc.electronic,
        )
    return OutgoingInput(
        issued=doc.issued_date, type_name=doc.type_name, subject=doc.subject,
        signer_name=doc.signer_name, signer_title=doc.signer_title,
        drafting_unit=doc.drafting_unit, recipients=doc.recipients, copies=doc.copies,
        archive_unit=doc.archive_unit, urgency=doc.urgency, secrecy=doc.secrecy,
        notes=doc.notes, transfer_date=doc.transfer_date,
    )


def _copies(value: Any) -> int | None:
    if value is None or str(value).strip() == "":
        return None
    try:
        return int(str(value).strip())
    except ValueError:
        raise UserError(_("Số lượng bản phải là một số: “{value}”.", value=value),
                        field="copies") from None


def _check_keys(doc: Document, changes: Mapping[str, Any]) -> dict[str, str]:
    allowed = _INCOMING if doc.direction == Direction.INCOMING.value else _OUTGOING
    c = Collect()
    for key in changes:
        if key in FIXED:
            c.add(UserError(
                _("Không sửa được “{key}”: số, năm, sổ và chiều (đến/đi) của văn bản đã đăng "
                  "ký là cố định; nếu sai, hãy hủy đăng ký và đăng ký lại.", key=key),
                field=key))
        elif key not in allowed:
            known = ", ".join(sorted(allowed))
            c.add(UserError(
                _("Không sửa được “{key}” ở văn bản này. Các trường sửa được: {known}.",
                  key=key, known=known),
                field=key))
    c.done()
    return allowed


def _apply(doc: Document, changes: Mapping[str, Any], org_short: str) -> Document:
    """The entry as a registration would build it with the changes applied (all rules)."""
    allowed = _check_keys(doc, changes)
    inp = _current_input(doc)
    for key, value in changes.items():
        if key == "copies":
            value = _copies(value)
        elif isinstance(value, str) and key.endswith("_date"):
            value = value.strip() or None
        setattr(inp, allowed[key], "" if value is None and key not in (
            "due_date", "transfer_date", "copies") else value)
    if isinstance(inp, IncomingInput):
        built = build_incoming(inp, today=vn_today())
    else:
        built = build_outgoing(inp, org_short, today=vn_today())
    problems = Collect()
    if doc.direction == Direction.OUTGOING.value and built.code_notation != doc.code_notation:
        problems.add(UserError(
            _("Thay đổi này làm đổi ký hiệu {old} đã cấp thành {new}; hãy hủy đăng ký và đăng "
              "ký lại.", old=doc.code_notation, new=built.code_notation),
            field=FORM_FIELD["type_name"]))
    if built.year != doc.year:
        key = "received_date" if doc.direction == Direction.INCOMING.value else "issued_date"
        problems.add(UserError(
            _("Ngày mới thuộc năm {new}, khác năm {old} của số đã cấp; hãy hủy đăng ký và đăng "
              "ký lại vào sổ năm {new}.", new=built.year, old=doc.year),
            field=FORM_FIELD[key]))
    if built.series != doc.series:
        problems.add(UserError(
            _("Thay đổi này chuyển văn bản sang sổ khác (văn bản mật hoặc bản sao có sổ riêng); "
              "hãy hủy đăng ký và đăng ký lại."),
            field=FORM_FIELD["secrecy"] if "secrecy" in changes else FORM_FIELD["type_name"]))
    problems.done()
    return built


def edit_document(
    office: Office, doc_id: int, changes: Mapping[str, Any], reason: str
) -> DocumentView:
    """Correct the fields named in ``changes`` (keys of ``show --json``) and say why."""
    office.require(Role.CLERK, action=_("sửa văn bản đã đăng ký"))
    visibility.require_content(office, doc_id, _("sửa văn bản đã đăng ký"))
    reason = require_text(reason, "reason", _("lý do sửa"), 500)
    if not changes:
        raise UserError(_("Chưa có gì để sửa: hãy nêu ít nhất một trường (--set KEY=VALUE)."),
                        field="set")
    org_short = office.organisation().short_name
    with office.db.write() as s:
        doc = s.get(Document, doc_id)
        if doc is None:
            raise NotFound(_("Không có văn bản mã {id}.", id=doc_id))
        if doc.status == Status.CANCELLED.value:
            raise UserError(_("Văn bản mã {id} đã bị hủy; không sửa được.", id=doc_id))
        built = _apply(doc, changes, org_short)
        before: dict[str, Any] = {}
        after: dict[str, Any] = {}
        for key in changes:
            old = _stored(doc, key)
            new = _stored(built, key)
            if old != new:
                before[key], after[key] = old, new
                setattr(doc, key, getattr(built, key))
                if key == "symbol":
                    doc.code_number, doc.code_notation = built.code_number, built.code_notation
        if not after:
            raise UserError(_("Các giá trị mới giống hệt giá trị đang lưu; không có gì để sửa."),
                            field="set")
        doc.search_text = search_text_of(doc)
        if "organ_name" in after and doc.secrecy not in visibility.RANK:
            remember_agency(s, doc.organ_name)
        audit.record(s, office.actor.username, ACTION, doc.id,
                     before=before, after=after | {"ly_do": reason})
        s.flush()
        return _load_view(s, doc_id)


def history(office: Office, doc_id: int) -> list[Change]:
    """Every correction of the entry, oldest first (none shown of a masked document: the
    corrections carry its content)."""
    if not visibility.can_see(office, doc_id):
        return []
    with office.db.read() as s:
        rows = s.scalars(
            select(AuditEntry)
            .where(AuditEntry.document_id == doc_id, AuditEntry.action == ACTION)
            .order_by(AuditEntry.seq)
        )
        out: list[Change] = []
        for row in rows:
            after = json.loads(row.after or "{}")
            reason = str(after.pop("ly_do", ""))
            out.append(Change(row.seq, row.at, row.actor, reason,
                              json.loads(row.before or "{}"), after))
        return out


def parse_sets(items: list[str]) -> dict[str, str]:
    """``KEY=VALUE`` pairs from the command line (the value may itself hold "=")."""
    changes: dict[str, str] = {}
    for item in items:
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise UserError(_("“{item}” không đúng dạng KEY=VALUE, ví dụ subject=\"V/v …\".",
                              item=item), field="set")
        changes[key.strip()] = value
    return changes
