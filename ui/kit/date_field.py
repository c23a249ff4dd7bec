"""The one date field of the window: the clerk types the date as written on paper.

Typed text (``15/11/2026``, ``15-11-2026``, ``15112026``, ``2026-11-15``; see
:mod:`desktop.core.dates`) with the date it reads as shown beside it while typing, or what is
wrong with it; Tab moves to the next field (there are no day/month/year sections to step
through, as in ``QDateEdit``); a calendar button opens a Vietnamese calendar at the date typed,
or today.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from desktop.core.clock import vn_today
from desktop.core.dates import date_problem
from desktop.core.errors import UserError
from ui.kit.i18n import current_language


def ui_locale() -> QLocale:
    """Vietnamese in the Vietnamese interface (whatever the machine's own locale), else
    English."""
    if current_language() == "vi":
        return QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam)
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


def qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _python(value: QDate | dt.date | None) -> dt.date | None:
    if value is None:
        return None
    if isinstance(value, QDate):
        if not value.isValid():
            return None
        out = value.toPython()
        assert isinstance(out, dt.date)
        return out
    return value


class DateField(QWidget):
    """``value()`` is the date typed or ``None``; ``problem()`` says why it is not a date."""

    #: the date now typed (a ``datetime.date``) or ``None``
    valueChanged = Signal(object)
    #: kept so that code written for ``QDateEdit`` connects unchanged
    dateChanged = Signal(QDate)

    def __init__(
        self, parent: QWidget | None = None, value: dt.date | None = None, optional: bool = False,
        compact: bool = False,
    ) -> None:
        super().__init__(parent)
        self.optional = optional
        #: in a filter bar: the date read beside it as a short weekday ("T5"), a problem as ⚠ with
        #: its sentence in the tooltip, so two fields and their buttons fit a 1366 px screen
        self.compact = compact
        self.edit = QLineEdit()
        self.edit.setObjectName("date_text")
        self.edit.setPlaceholderText(self.tr("ngày/tháng/năm"))
        self.edit.setMaxLength(12)
        self.edit.setMaximumWidth(130)
        self.shown = QLabel()
        self.shown.setObjectName("date_shown")
        self.shown.setMinimumWidth(0 if compact else 180)
        self.button = QToolButton()
        self.button.setObjectName("date_calendar")
        self.button.setText(self.tr("Lịch…"))
        self.button.setToolTip(self.tr("Chọn trên lịch"))
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes on to the next field
        self.button.clicked.connect(self.open_calendar)
        self.calendar: QCalendarWidget | None = None
        self._menu: QMenu | None = None
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit)
        row.addWidget(self.button)
        row.addWidget(self.shown, 1)
        self.setFocusProxy(self.edit)
        self.edit.textChanged.connect(self._typed)
        if value is not None or not optional:
            self.setValue(value or vn_today())
        else:
            self._typed("")

    # -- reading ----------------------------------------------------------------------------
    def text(self) -> str:
        return self.edit.text().strip()

    def value(self) -> dt.date | None:
        return date_problem(self.edit.text())[0]

    def problem(self) -> str:
        return date_problem(self.edit.text())[1]

    def date(self) -> QDate:
        value = self.value()
        return qdate(value) if value is not None else QDate()

    # -- writing ----------------------------------------------------------------------------
    def setValue(self, value: QDate | dt.date | None) -> None:  # noqa: N802 (Qt style)
        day = _python(value)
        self.edit.setText("" if day is None else day.strftime("%d/%m/%Y"))

    def setDate(self, value: QDate | dt.date) -> None:  # noqa: N802 (QDateEdit's name)
        self.setValue(value)

    def clear(self) -> None:
        self.edit.clear()

    def _typed(self, text: str) -> None:
        value, problem = date_problem(text)
        if value is not None:
            # the weekday in the interface language (ui.kit.qt_vi makes Vietnamese the default)
            full = "= " + ui_locale().toString(qdate(value), "dddd, dd/MM/yyyy")
            self.shown.setText(ui_locale().toString(qdate(value), "ddd") if self.compact
                               else full)
            self.shown.setStyleSheet("color: #1b5e20;")
        elif problem:
            full = "⚠ " + problem
            self.shown.setText("⚠" if self.compact else full)
            self.shown.setStyleSheet("color: #b00020;")
        else:
            full = ""
            self.shown.setText("")
        self.shown.setToolTip(full)
        self.valueChanged.emit(value)
        self.dateChanged.emit(qdate(value) if value is not None else QDate())

    # -- calendar ---------------------------------------------------------------------------
    def open_calendar(self) -> None:
        """A Vietnamese calendar opening at the date typed, or today."""
        if self._menu is None:
            self._menu = QMenu(self)
            self.calendar = QCalendarWidget()
            self.calendar.setObjectName("date_calendar_popup")
            self.calendar.setLocale(ui_locale())  # Vietnamese names in a Vietnamese interface
            self.calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
            self.calendar.setGridVisible(True)
            self.calendar.clicked.connect(self._picked)
            self.calendar.activated.connect(self._picked)
            action = QWidgetAction(self._menu)
            action.setDefaultWidget(self.calendar)
            self._menu.addAction(action)
        assert self.calendar is not None
        start = self.value() or vn_today()
        self.calendar.setSelectedDate(qdate(start))
        self.calendar.setCurrentPage(start.year, start.month)
        self._menu.popup(self.mapToGlobal(self.rect().bottomLeft()))
        self.calendar.setFocus()

    def _picked(self, day: QDate) -> None:
        self.setValue(day)
        if self._menu is not None:
            self._menu.hide()
        self.edit.setFocus()


def checked_date(field: DateField, name: str) -> dt.date | None:
    """The date of ``field``, ``None`` if left empty, or a ``UserError`` on ``name``."""
    value = field.value()
    if value is None and field.problem():
        raise UserError(field.problem(), field=name)
    return value
