"""A moment typed as the one-stop desk writes it: the time (``9:00``, ``09:00``, ``0900``,
``9h00``) and the date in the app's one date field (:mod:`ui.kit.date_field`). Tab moves from
the time to the date and on to the next field; nothing is rolled over."""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QTime, Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QWidget

from desktop.core.errors import UserError
from ui.kit.date_field import DateField

_TIME = re.compile(r"^(\d{1,2})(?:[:hHg.]?(\d{2}))?$")


def time_problem(text: str) -> tuple[dt.time | None, str]:
    value = text.strip()
    if not value:
        return None, QCoreApplication.translate("DateTimeField", "Chưa nhập giờ.")
    m = _TIME.match(value)
    if m is None:
        return None, QCoreApplication.translate(
            "DateTimeField", "“{value}” không phải là giờ; hãy gõ như 09:00 hoặc 1430."
        ).format(value=value)
    hour, minute = int(m[1]), int(m[2] or 0)
    if hour > 23 or minute > 59:
        return None, QCoreApplication.translate(
            "DateTimeField", "Không có giờ {value}: giờ từ 0 đến 23, phút từ 0 đến 59."
        ).format(value=value)
    return dt.time(hour, minute), ""


class DateTimeField(QWidget):
    """``value()`` is the moment typed or ``None``; ``problem()`` says what is wrong."""

    dateTimeChanged = Signal(object)

    def __init__(self, parent: QWidget | None = None, value: dt.datetime | None = None) -> None:
        super().__init__(parent)
        self.time = QLineEdit()
        self.time.setObjectName("time_text")
        self.time.setPlaceholderText(self.tr("giờ:phút"))
        self.time.setMaxLength(5)
        self.time.setMaximumWidth(70)
        self.date = DateField(self)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.time)
        row.addWidget(self.date, 1)
        self.setFocusProxy(self.time)
        QWidget.setTabOrder(self.time, self.date.edit)
        self.time.textChanged.connect(self._changed)
        self.date.valueChanged.connect(self._changed)
        if value is not None:
            self.setDateTime(value)

    @property
    def tab_last(self) -> QWidget:
        """The last input inside, for a form chaining its tab order through this field."""
        return self.date.edit

    def value(self) -> dt.datetime | None:
        time, _problem = time_problem(self.time.text())
        day = self.date.value()
        if time is None or day is None:
            return None
        return dt.datetime.combine(day, time)

    def problem(self) -> str:
        return time_problem(self.time.text())[1] or self.date.problem() or (
            "" if self.date.value() else QCoreApplication.translate(
                "DateTimeField", "Chưa nhập ngày."))

    def dateTime(self) -> QDateTime:  # noqa: N802 (QDateTimeEdit's name)
        value = self.value()
        if value is None:
            return QDateTime()
        return QDateTime(QDate(value.year, value.month, value.day),
                         QTime(value.hour, value.minute))

    def setDateTime(self, value: QDateTime | dt.datetime) -> None:  # noqa: N802
        moment = value.toPython() if isinstance(value, QDateTime) else value
        assert isinstance(moment, dt.datetime)
        self.time.setText(moment.strftime("%H:%M"))
        self.date.setValue(moment.date())

    def _changed(self, *_args: object) -> None:
        self.dateTimeChanged.emit(self.value())


def checked_datetime(field: DateTimeField, name: str) -> dt.datetime:
    value = field.value()
    if value is None:
        raise UserError(field.problem(), field=name)
    return value
