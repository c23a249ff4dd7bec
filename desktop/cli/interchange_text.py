"""How the interchange's results read in the terminal: the XML and PDF signature checks, and
what ``vanthu show`` adds for a document that went through the interchange (used by the
registers' ``show`` and by ``vanthu edxml``)."""

from __future__ import annotations

from typing import Any

from desktop.core.i18n import N_, _

#: The status codes ``edxml status --code`` accepts: those of desktop.interchange.envelope,
#: named here so that building the parser does not load the edXML modules (a test keeps the
#: two equal).
WRITABLE_STATUS = ("02", "03", "04", "05", "06")

SIGNATURE_LABELS = {
    "valid": N_("hợp lệ"), "invalid": N_("KHÔNG HỢP LỆ"), "absent": N_("không có"),
    "weak": N_("hợp lệ nhưng dùng SHA-1 (yếu)"),
}


def sig_label(status: str) -> str:
    return _(SIGNATURE_LABELS.get(status, status))


def checks_lines(inter: dict[str, Any]) -> list[str]:
    sig = inter["xml_signature"]
    lines = [_("Chữ ký số XML của gói: {status} {subject}", status=sig_label(sig["status"]),
               subject=sig["subject"]).rstrip()]
    for att in inter["attachments"]:
        sigs = att.get("pdf_signatures") or []
        state = ", ".join(f"{s['status']} ({s.get('signer_name') or '?'})" for s in sigs) \
            if sigs else _("không có chữ ký số")
        if att.get("zip_members"):
            state = _("tệp nén: {members}", members=", ".join(att["zip_members"]))
        lines.append(_("  Tệp {name}: {state}", name=att["name"], state=state))
    return lines


def interchange_lines(inter: dict[str, Any]) -> list[str]:
    """What ``vanthu show`` adds for a document that went through the interchange."""
    lines = []
    if inter.get("document_id"):
        lines.append(_("Liên thông: {key}", key=inter["document_id"]))
    packages = inter.get("packages", [])
    if packages and packages[0]["direction"] == "den":
        lines += checks_lines(inter)
    if inter.get("revoked"):
        lines.append(_("Đã bị cơ quan gửi thu hồi."))
    elif inter.get("superseded_by"):
        lines.append(_("Đã được cập nhật hoặc thay thế bằng văn bản mã {id}.",
                       id=inter["superseded_by"]))
    for p in packages:
        if p["direction"] == "di":
            lines.append(_("Đã gửi tới {organ} ({code}).", organ=p["organ_name"],
                           code=p["organ_id"]))
    for st in inter.get("statuses", []):
        lines.append(_("Trạng thái {code} ({meaning}) {description}", code=st["code"],
                       meaning=_(st["meaning"]), description=st["description"]).rstrip())
    return lines
