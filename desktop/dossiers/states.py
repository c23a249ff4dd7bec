"""The states of a dossier, the moves between them, and the labels the desk prints.

    received → processing → supplement ⇄ supplemented → done → returned
    (and rejected, withdrawn, stopped; see TRANSITIONS)

Judgements ("trước hạn / đúng hạn / quá hạn", as on the phiếu kiểm soát): before the day of the
appointment is early; by the appointment time on that day is on time; after it is late."""

from __future__ import annotations

import datetime as dt
import enum

from desktop.core.i18n import N_


class State(enum.StrEnum):
    RECEIVED = "received"
    PROCESSING = "processing"
    SUPPLEMENT = "supplement"  # supplement requested: the clock stops
    SUPPLEMENTED = "supplemented"
    DONE = "done"  # result ready
    RETURNED = "returned"  # result handed to the applicant
    REJECTED = "rejected"
    WITHDRAWN = "withdrawn"
    STOPPED = "stopped"


STATE_LABELS = {
    State.RECEIVED: N_("Đã tiếp nhận"),
    State.PROCESSING: N_("Đang giải quyết"),
    State.SUPPLEMENT: N_("Chờ bổ sung, hoàn thiện"),
    State.SUPPLEMENTED: N_("Đã bổ sung"),
    State.DONE: N_("Đã có kết quả"),
    State.RETURNED: N_("Đã trả kết quả"),
    State.REJECTED: N_("Từ chối giải quyết"),
    State.WITHDRAWN: N_("Công dân rút hồ sơ"),
    State.STOPPED: N_("Dừng giải quyết"),
}

TRANSITIONS: dict[State, tuple[State, ...]] = {
    State.RECEIVED: (State.PROCESSING, State.SUPPLEMENT, State.DONE, State.REJECTED,
                     State.WITHDRAWN),
    State.PROCESSING: (State.SUPPLEMENT, State.DONE, State.REJECTED, State.WITHDRAWN,
                       State.STOPPED),
    State.SUPPLEMENT: (State.SUPPLEMENTED, State.WITHDRAWN, State.STOPPED),
    State.SUPPLEMENTED: (State.PROCESSING, State.SUPPLEMENT, State.DONE, State.REJECTED,
                         State.WITHDRAWN, State.STOPPED),
    State.DONE: (State.RETURNED,),
    State.RETURNED: (),
    State.REJECTED: (),
    State.WITHDRAWN: (),
    State.STOPPED: (),
}
OPEN_STATES = (State.RECEIVED, State.PROCESSING, State.SUPPLEMENT, State.SUPPLEMENTED)
CLOSING_STATES = (State.DONE, State.REJECTED, State.WITHDRAWN, State.STOPPED)  # stop the clock
RESULT_STATES = (State.DONE, State.RETURNED)

CHANNELS = {
    "truc-tiep": N_("Trực tiếp"),
    "truc-tuyen": N_("Trực tuyến"),
    "buu-chinh": N_("Bưu chính công ích"),
}
FORMS = {"ban-chinh": N_("Bản chính"), "ban-sao": N_("Bản sao")}
JUDGEMENTS = {
    "truoc-han": N_("Trước hạn"),
    "dung-han": N_("Đúng hạn"),
    "qua-han": N_("Quá hạn"),
}


def judge(at: dt.datetime, appointment: dt.datetime) -> str:
    if at.date() < appointment.date():
        return "truoc-han"
    if at <= appointment:
        return "dung-han"
    return "qua-han"
