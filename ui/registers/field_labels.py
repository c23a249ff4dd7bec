"""The names people read for the keys of a document (``vanthu show --json``, the audit log's
values), so that the history and the audit log say "Trích yếu nội dung", not ``subject``."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from desktop.core.clock import from_utc
from ui.kit.i18n import QT_TRANSLATE_NOOP

FIELD_TEXT = {
    "received_date": QT_TRANSLATE_NOOP("Fields", "Ngày đến"),
    "organ_name": QT_TRANSLATE_NOOP("Fields", "Tác giả (cơ quan ban hành)"),
    "symbol": QT_TRANSLATE_NOOP("Fields", "Số, ký hiệu văn bản"),
    "issued_date": QT_TRANSLATE_NOOP("Fields", "Ngày tháng văn bản"),
    "type_name": QT_TRANSLATE_NOOP("Fields", "Tên loại văn bản"),
    "subject": QT_TRANSLATE_NOOP("Fields", "Trích yếu nội dung"),
    "recipients": QT_TRANSLATE_NOOP("Fields", "Nơi nhận"),
    "urgency": QT_TRANSLATE_NOOP("Fields", "Độ khẩn"),
    "secrecy": QT_TRANSLATE_NOOP("Fields", "Độ mật"),
    "due_date": QT_TRANSLATE_NOOP("Fields", "Hạn giải quyết"),
    "handler": QT_TRANSLATE_NOOP("Fields", "Người xử lý"),
    "notes": QT_TRANSLATE_NOOP("Fields", "Ghi chú"),
    "transfer_date": QT_TRANSLATE_NOOP("Fields", "Ngày chuyển"),
    "receiver_sign": QT_TRANSLATE_NOOP("Fields", "Ký nhận"),
    "signer_name": QT_TRANSLATE_NOOP("Fields", "Người ký"),
    "signer_title": QT_TRANSLATE_NOOP("Fields", "Chức vụ người ký"),
    "drafting_unit": QT_TRANSLATE_NOOP("Fields", "Đơn vị soạn thảo"),
    "copies": QT_TRANSLATE_NOOP("Fields", "Số lượng bản"),
    "archive_unit": QT_TRANSLATE_NOOP("Fields", "Đơn vị, người nhận bản lưu"),
    # the keys the registration and cancellation entries of the audit log use
    "so": QT_TRANSLATE_NOOP("Fields", "Số"),
    "nam": QT_TRANSLATE_NOOP("Fields", "Năm"),
    "so_ky_hieu": QT_TRANSLATE_NOOP("Fields", "Số, ký hiệu"),
    "trich_yeu": QT_TRANSLATE_NOOP("Fields", "Trích yếu"),
    "trang_thai": QT_TRANSLATE_NOOP("Fields", "Tình trạng"),
    "ly_do": QT_TRANSLATE_NOOP("Fields", "Lý do"),
    "tep": QT_TRANSLATE_NOOP("Fields", "Tệp"),
    "sha256": QT_TRANSLATE_NOOP("Fields", "Mã băm SHA-256"),
}

#: Stored codes shown as words (the states of a document and of a dossier).
VALUE_TEXT = {
    "da-dang-ky": QT_TRANSLATE_NOOP("Fields", "đã đăng ký"),
    "dang-xu-ly": QT_TRANSLATE_NOOP("Fields", "đang xử lý"),
    "da-xu-ly": QT_TRANSLATE_NOOP("Fields", "đã xử lý"),
    "da-ky": QT_TRANSLATE_NOOP("Fields", "đã ký"),
    "da-phat-hanh": QT_TRANSLATE_NOOP("Fields", "đã phát hành"),
    "da-huy": QT_TRANSLATE_NOOP("Fields", "đã hủy"),
    "thuong": QT_TRANSLATE_NOOP("Fields", "thường"),
    "khan": QT_TRANSLATE_NOOP("Fields", "khẩn"),
    "thuong-khan": QT_TRANSLATE_NOOP("Fields", "thượng khẩn"),
    "hoa-toc": QT_TRANSLATE_NOOP("Fields", "hỏa tốc"),
    "mat": QT_TRANSLATE_NOOP("Fields", "mật"),
    "toi-mat": QT_TRANSLATE_NOOP("Fields", "tối mật"),
    "tuyet-mat": QT_TRANSLATE_NOOP("Fields", "tuyệt mật"),
}


def local_time(at: dt.datetime) -> str:
    """A UTC time from the log as Vietnam's clock reads it, "HH:MM dd/mm/yyyy"."""
    return from_utc(at).strftime("%H:%M %d/%m/%Y")


def field_label(key: str) -> str:
    """The field's name in the interface language; an unknown key reads with spaces."""
    text = FIELD_TEXT.get(key)
    if text is None:
        return key.replace("_", " ").replace("-", " ")
    return QCoreApplication.translate("Fields", text)


def value_text(value: object) -> str:
    """A stored value as a person reads it: dates dd/mm/yyyy, codes as words, lists joined."""
    if value is None or value == "":
        return QCoreApplication.translate("Fields", "(trống)")
    if isinstance(value, list):
        return ", ".join(value_text(v) for v in value)
    text = str(value)
    if len(text) == 10 and text[4] == "-" and text[7] == "-" and text.replace("-", "").isdigit():
        return f"{text[8:]}/{text[5:7]}/{text[:4]}"
    known = VALUE_TEXT.get(text)
    if known is not None:
        return QCoreApplication.translate("Fields", known)
    if len(text) == 64 and all(c in "0123456789abcdef" for c in text):
        return text[:12] + "…"  # a hash: the start identifies it for a person
    return text


def change_sentence(before: dict[str, object], after: dict[str, object]) -> str:
    """“Trích yếu nội dung: “a” → “b”; Ghi chú: (trống) → “c”” for one change."""
    parts = []
    for key, new in after.items():
        if key == "ly_do":
            continue
        label = field_label(key)
        if key in before:
            parts.append(QCoreApplication.translate("Fields", "{field}: “{before}” → “{after}”")
                         .format(field=label, before=value_text(before[key]),
                                 after=value_text(new)))
        else:
            parts.append(QCoreApplication.translate("Fields", "{field}: “{value}”")
                         .format(field=label, value=value_text(new)))
    return "; ".join(parts)


def entry_sentence(before: object, after: object) -> str:
    """An audit entry's values as a person reads them (issue 14, 10): field labels instead of
    keys, states as words, what changed as “before” → “after”, the reason last."""
    if not isinstance(after, dict):
        after = {} if after in (None, "") else {"": after}
    if not isinstance(before, dict):
        before = {} if before in (None, "") else {"": before}
    reason = after.get("ly_do")
    parts: list[str] = []
    for key, new in after.items():
        if key == "ly_do" or (key in before and before[key] == new):
            continue
        if new in ("", None, []) and key not in before:
            continue
        label = field_label(key) if key else ""
        if key in before:
            parts.append(QCoreApplication.translate("Fields", "{field}: “{before}” → “{after}”")
                         .format(field=label, before=value_text(before[key]),
                                 after=value_text(new)))
        elif label:
            parts.append(QCoreApplication.translate("Fields", "{field}: {value}")
                         .format(field=label, value=value_text(new)))
        else:
            parts.append(value_text(new))
    if reason:
        parts.append(QCoreApplication.translate("Fields", "Lý do: {reason}").format(
            reason=reason))
    return "; ".join(parts)
