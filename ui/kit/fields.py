"""Form helpers shared by the wizard and the registration dialogs: dates, inline errors."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QFormLayout, QLabel, QVBoxLayout, QWidget

from desktop.core.errors import UserError

DATE_FORMAT = "dd/MM/yyyy"


def date_edit(
    parent: QWidget | None = None, value: dt.date | None = None, optional: bool = False
) -> QDateEdit:
    """A date input showing dd/MM/yyyy with a calendar popup.

    An optional date shows blank at its minimum (1/1/2000), which reads as "no date".
    """
    edit = QDateEdit(parent)
    edit.setDisplayFormat(DATE_FORMAT)
    edit.setCalendarPopup(True)
    if optional:
        edit.setMinimumDate(QDate(2000, 1, 1))
        edit.setSpecialValueText(" ")
        edit.setDate(edit.minimumDate() if value is None else QDate(value))
    else:
        edit.setDate(QDate(value or dt.date.today()))
    return edit


def date_of(edit: QDateEdit) -> dt.date | None:
    """The date shown, or ``None`` for an optional date left blank."""
    if edit.specialValueText() and edit.date() == edit.minimumDate():
        return None
    return date_value(edit)


def date_value(edit: QDateEdit) -> dt.date:
    value = edit.date().toPython()
    assert isinstance(value, dt.date)
    return value


class ErrorLabel(QLabel):
    """A Vietnamese message under a field, hidden while there is nothing to say."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setStyleSheet("color: #b00020;")
        self.setVisible(False)

    def say(self, text: str) -> None:
        self.setText("⚠ " + text)
        self.setVisible(bool(text))

    def clear_message(self) -> None:
        self.setText("")
        self.setVisible(False)


class InlineErrors:
    """Maps the service's ``UserError.field`` names to the inputs and their error labels."""

    def __init__(self, general: ErrorLabel) -> None:
        self.general = general
        self.fields: dict[str, tuple[QWidget, ErrorLabel]] = {}

    def add(self, names: str | tuple[str, ...], widget: QWidget, label: ErrorLabel) -> None:
        for name in (names,) if isinstance(names, str) else names:
            self.fields[name] = (widget, label)

    def clear(self) -> None:
        self.general.clear_message()
        for _widget, label in self.fields.values():
            label.clear_message()

    def show(self, exc: UserError) -> QWidget | None:
        """Show the message next to its field (or at the top); return the field's widget."""
        self.clear()
        found = self.fields.get(exc.field or "")
        if found is None:
            self.general.say(exc.message)
            return None
        widget, label = found
        label.say(exc.message)
        widget.setFocus()
        return widget

    def shown(self) -> list[str]:
        """The messages on screen (tests read them)."""
        labels = [self.general, *(label for _w, label in self.fields.values())]
        return [label.text() for label in labels if label.isVisible() or label.text()]


def add_field(
    form: QFormLayout,
    errors: InlineErrors,
    names: str | tuple[str, ...],
    label: str,
    widget: QWidget,
) -> QWidget:
    """A labelled input with its own (hidden) error line underneath."""
    box = QWidget()
    column = QVBoxLayout(box)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(1)
    column.addWidget(widget)
    message = ErrorLabel()
    column.addWidget(message)
    form.addRow(label, box)
    label_widget = form.labelForField(box)
    if isinstance(label_widget, QLabel):
        label_widget.setBuddy(widget)
    errors.add(names, widget, message)
    return widget
