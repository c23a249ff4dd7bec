"""The date-and-time fields of the dossier screens (receipt, steps, the apology letter): minutes,
Vietnam time, in the one-stop desk's format."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import QDateTimeEdit

from ui.dossiers.model import now_vn

DATETIME_FORMAT = "HH:mm dd/MM/yyyy"


def datetime_edit(value: dt.datetime | None = None) -> QDateTimeEdit:
    edit = QDateTimeEdit()
    edit.setDisplayFormat(DATETIME_FORMAT)
    edit.setCalendarPopup(True)
    edit.setDateTime(QDateTime(value or now_vn()))
    return edit


def datetime_value(edit: QDateTimeEdit) -> dt.datetime:
    value = edit.dateTime().toPython()
    assert isinstance(value, dt.datetime)
    return value.replace(second=0, microsecond=0)
