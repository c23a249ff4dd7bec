"""The steps a dossier takes (chuyển giải quyết, yêu cầu bổ sung, có kết quả, trả kết quả…): the
button of each, what it asks before moving on, and the form that goes with it."""

from __future__ import annotations

from desktop.dossiers.service import State
from ui.kit.i18n import QT_TRANSLATE_NOOP

# The button of each step, and what it asks before moving on
STEP_TEXT: dict[str, str] = {
    State.PROCESSING.value: QT_TRANSLATE_NOOP("DossierDialog", "Chuyển giải quyết…"),
    State.SUPPLEMENT.value: QT_TRANSLATE_NOOP("DossierDialog", "Yêu cầu bổ sung…"),
    State.SUPPLEMENTED.value: QT_TRANSLATE_NOOP("DossierDialog", "Đã nhận bổ sung…"),
    State.DONE.value: QT_TRANSLATE_NOOP("DossierDialog", "Có kết quả…"),
    State.RETURNED.value: QT_TRANSLATE_NOOP("DossierDialog", "Trả kết quả…"),
    State.REJECTED.value: QT_TRANSLATE_NOOP("DossierDialog", "Từ chối…"),
    State.WITHDRAWN.value: QT_TRANSLATE_NOOP("DossierDialog", "Công dân rút hồ sơ…"),
    State.STOPPED.value: QT_TRANSLATE_NOOP("DossierDialog", "Dừng giải quyết…"),
}
STEP_NOTE: dict[str, str] = {
    State.PROCESSING.value: QT_TRANSLATE_NOOP(
        "DossierDialog", "Chuyển cho cán bộ giải quyết (họ và tên, có thể để trống):"
    ),
    State.SUPPLEMENT.value: QT_TRANSLATE_NOOP(
        "DossierDialog", "Nội dung cần bổ sung, hoàn thiện (in trên phiếu yêu cầu bổ sung):"
    ),
    State.SUPPLEMENTED.value: QT_TRANSLATE_NOOP(
        "DossierDialog", "Giấy tờ công dân đã bổ sung (có thể để trống):"
    ),
    State.DONE.value: QT_TRANSLATE_NOOP("DossierDialog", "Ghi chú về kết quả (có thể để trống):"),
    State.RETURNED.value: QT_TRANSLATE_NOOP(
        "DossierDialog", "Ghi chú khi trả kết quả (có thể để trống):"
    ),
    State.REJECTED.value: QT_TRANSLATE_NOOP(
        "DossierDialog", "Lý do từ chối giải quyết (in trên phiếu từ chối):"
    ),
    State.WITHDRAWN.value: QT_TRANSLATE_NOOP(
        "DossierDialog", "Ghi chú khi công dân rút hồ sơ (có thể để trống):"
    ),
    State.STOPPED.value: QT_TRANSLATE_NOOP(
        "DossierDialog", "Lý do dừng giải quyết (in trên thông báo):"
    ),
}
# The form that goes with a step, offered once the step is recorded
FORM_AFTER = {
    State.SUPPLEMENT.value: "supplement",
    State.REJECTED.value: "refusal",
    State.STOPPED.value: "stop",
}
