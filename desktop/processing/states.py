"""The states of a document's handling, the steps between them, and their labels.

    registered → submitted (trình) → assigned (giao, chờ ký nhận) → in_progress → done
                          └→ info_only (để biết, closed at instruction time)
    the leader: reassign, extend, take back (→ submitted), reopen (done → in_progress)
"""

from __future__ import annotations

import enum

from desktop.core.i18n import N_
from models.entities import Status


class HState(enum.StrEnum):
    REGISTERED = "registered"  # no handling yet
    SUBMITTED = "submitted"  # chờ cho ý kiến
    ASSIGNED = "assigned"  # đã giao, chờ ký nhận
    IN_PROGRESS = "in_progress"  # đang xử lý
    DONE = "done"  # đã xử lý
    INFO_ONLY = "info_only"  # để biết, không phải xử lý


class Step(enum.StrEnum):
    SUBMIT = "submit"
    ASSIGN = "assign"
    INFO_ONLY = "info_only"
    ACCEPT = "accept"
    NOTE = "note"
    DONE = "done"
    REOPEN = "reopen"
    EXTEND = "extend"
    REASSIGN = "reassign"
    TAKE_BACK = "take_back"


STATE_LABELS = {
    HState.REGISTERED: N_("Chưa trình"),
    HState.SUBMITTED: N_("Chờ cho ý kiến"),
    HState.ASSIGNED: N_("Đã giao, chờ ký nhận"),
    HState.IN_PROGRESS: N_("Đang xử lý"),
    HState.DONE: N_("Đã xử lý"),
    HState.INFO_ONLY: N_("Để biết, lưu"),
}
STEP_LABELS = {
    Step.SUBMIT: N_("Trình lãnh đạo"),
    Step.ASSIGN: N_("Cho ý kiến chỉ đạo, giao xử lý"),
    Step.INFO_ONLY: N_("Để biết, không phải xử lý"),
    Step.ACCEPT: N_("Ký nhận"),
    Step.NOTE: N_("Ghi tiến độ"),
    Step.DONE: N_("Hoàn thành"),
    Step.REOPEN: N_("Mở lại"),
    Step.EXTEND: N_("Gia hạn"),
    Step.REASSIGN: N_("Giao lại"),
    Step.TAKE_BACK: N_("Thu hồi"),
}

#: States in which the handlers hold the document (the clock runs).
OPEN = (HState.ASSIGNED, HState.IN_PROGRESS)
CLOSED = (HState.DONE, HState.INFO_ONLY)

LEAD = "chu-tri"
SUPPORT = "phoi-hop"

#: The register's status (documents.status) for each handling state.
DOCUMENT_STATUS = {
    HState.SUBMITTED: Status.REGISTERED.value,
    HState.ASSIGNED: Status.PROCESSING.value,
    HState.IN_PROGRESS: Status.PROCESSING.value,
    HState.DONE: Status.DONE.value,
    HState.INFO_ONLY: Status.DONE.value,
}

#: How close a deadline is, as the lists colour it.
OVERDUE = "overdue"
DUE_SOON = "due_soon"
ON_TRACK = "on_track"
NO_DEADLINE = "none"
SOON_DAYS = 2  # working days: "due within 2 working days"
