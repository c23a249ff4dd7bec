"""A "Trong ngày" dossier does not raise the late warning at reception (issue 14, "Also
seen"), only once its appointment has passed."""

from __future__ import annotations

import datetime as dt

from desktop.dossiers.service import DossierInput, receive
from ui.dossiers.panel import same_day_in_time

PROCEDURE = "Chứng thực bản sao từ bản chính"


def test_same_day_dossier_is_not_late_before_its_appointment(ui_office) -> None:
    received = dt.datetime(2026, 11, 17, 8, 30)  # a Tuesday morning
    v = receive(ui_office, DossierInput(received=received, procedure=PROCEDURE,
                                        applicant="Lê Thị Lan", days=0,
                                        components=["Bản chính"]))
    assert v.appointment.date() == received.date()
    assert same_day_in_time(v, now=received + dt.timedelta(minutes=5))
    assert not same_day_in_time(v, now=v.appointment + dt.timedelta(minutes=1))
    assert not same_day_in_time(v, now=received + dt.timedelta(days=1))
