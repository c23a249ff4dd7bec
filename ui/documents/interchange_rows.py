"""The rows a document received or sent through the edXML interchange adds to its page: the
interchange key, the checks made on arrival (the package's XML signature, each attachment's PDF
signatures), what a later package did to it, and the status messages about it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from desktop.core.errors import VanThuError
from desktop.interchange.records import interchange_of
from desktop.kernel.office import Office
from ui.kit.i18n import QT_TRANSLATE_NOOP

CTX = "DocumentDialog"

#: Sources translated at display (lupdate sees them here).
SIGNATURE = {
    "valid": QT_TRANSLATE_NOOP("DocumentDialog", "Hợp lệ"),
    "invalid": QT_TRANSLATE_NOOP("DocumentDialog", "KHÔNG HỢP LỆ"),
    "absent": QT_TRANSLATE_NOOP("DocumentDialog", "Không có"),
    "weak": QT_TRANSLATE_NOOP("DocumentDialog", "Hợp lệ, SHA-1 (yếu)"),
}
#: The status meanings of desktop.interchange.envelope.STATUS_CODES.
STATUS_MEANINGS = (
    QT_TRANSLATE_NOOP("DocumentDialog", "Đã đến (văn thư chưa xử lý)"),
    QT_TRANSLATE_NOOP("DocumentDialog", "Từ chối tiếp nhận"),
    QT_TRANSLATE_NOOP("DocumentDialog", "Đã tiếp nhận, đăng ký"),
    QT_TRANSLATE_NOOP("DocumentDialog", "Đã phân công xử lý"),
    QT_TRANSLATE_NOOP("DocumentDialog", "Đang xử lý"),
    QT_TRANSLATE_NOOP("DocumentDialog", "Đã hoàn thành"),
    QT_TRANSLATE_NOOP("DocumentDialog", "Đã hủy"),
    QT_TRANSLATE_NOOP("DocumentDialog", "Chấp nhận thay đổi"),
    QT_TRANSLATE_NOOP("DocumentDialog", "Từ chối thay đổi"),
)


def _shown(source: str) -> str:
    return QCoreApplication.translate(CTX, source)


def _arrival_rows(info: dict[str, Any]) -> list[tuple[str, str]]:
    sig = info["xml_signature"]
    rows = [(QCoreApplication.translate("DocumentDialog", "Chữ ký số XML của gói"),
             f"{_shown(SIGNATURE.get(sig['status'], sig['status']))} {sig['subject']}".strip())]
    for att in info.get("attachments", []):
        found = ", ".join(s["status"] for s in att.get("pdf_signatures", []))
        rows.append((
            QCoreApplication.translate("DocumentDialog", "Chữ ký số của tệp {name}").format(
                name=att["name"]),
            found or QCoreApplication.translate("DocumentDialog", "không có chữ ký số"),
        ))
    return rows


def _state_rows(info: dict[str, Any]) -> list[tuple[str, str]]:
    label = QCoreApplication.translate("DocumentDialog", "Liên thông")
    if info.get("revoked"):
        return [(label, QCoreApplication.translate("DocumentDialog", "Đã bị cơ quan gửi thu hồi"))]
    newer = info.get("superseded_by")
    if info.get("state") == "cap-nhat" and newer:
        return [(label, QCoreApplication.translate(
            "DocumentDialog", "Đã được cập nhật bằng văn bản mã {id}").format(id=newer))]
    if info.get("state") == "thay-the" and newer:
        return [(label, QCoreApplication.translate(
            "DocumentDialog", "Đã được thay thế bằng văn bản mã {id}").format(id=newer))]
    return []


def interchange_rows(office: Office, doc_id: int) -> list[tuple[str, str]]:
    """(label, value) rows, none for a document that never went through the interchange."""
    try:
        info = interchange_of(office, doc_id)
    except VanThuError:
        return []
    if info is None:
        return []
    rows: list[tuple[str, str]] = []
    if info.get("document_id"):
        rows.append((QCoreApplication.translate("DocumentDialog", "Mã văn bản liên thông"),
                     str(info["document_id"])))
    packages = info.get("packages", [])
    if packages and packages[0]["direction"] == "den":
        rows += _arrival_rows(info)
    rows += _state_rows(info)
    sent = [p for p in packages if p["direction"] == "di"]
    if sent:
        rows.append((QCoreApplication.translate("DocumentDialog", "Đã gửi qua liên thông tới"),
                     ", ".join(f"{p['organ_name']} ({p['organ_id']})" for p in sent)))
    for st in info.get("statuses", []):
        label = (QCoreApplication.translate("DocumentDialog", "Trạng thái đã nhận")
                 if st["direction"] == "den"
                 else QCoreApplication.translate("DocumentDialog", "Trạng thái đã gửi"))
        rows.append((label, f"{st['code']} — {_shown(st['meaning'])} {st['description']}"))
    return rows
