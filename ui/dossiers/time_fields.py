"""The date-and-time fields of the dossier screens (receipt, steps, the apology letter): minutes,
Vietnam time, typed as the one-stop desk writes them (``ui.kit.datetime_field``)."""

from __future__ import annotations

import datetime as dt

from ui.dossiers.model import now_vn
from ui.kit.datetime_field import DateTimeField, checked_datetime

DATETIME_FORMAT = "HH:mm dd/MM/yyyy"


def datetime_edit(value: dt.datetime | None = None) -> DateTimeField:
    return DateTimeField(value=value or now_vn())


def datetime_value(edit: DateTimeField) -> dt.datetime:
    """The moment typed, or a ``UserError`` on the field (its object name)."""
    return checked_datetime(edit, edit.objectName() or "at").replace(second=0, microsecond=0)
