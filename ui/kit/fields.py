"""Form helpers shared by the wizard and the registration dialogs: dates, inline errors."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, SignalInstance
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from desktop.core.errors import Problems, UserError
from ui.kit.date_field import DateField, checked_date

DATE_FORMAT = "dd/MM/yyyy"


def date_edit(
    parent: QWidget | None = None, value: dt.date | None = None, optional: bool = False,
    compact: bool = False,
) -> DateField:
    """The app's one date field (typed text, the date read shown beside it, a calendar).

    A required date starts at today; an optional one starts empty, which means "no date".
    ``compact`` for a filter bar: the date read shown short, the full sentence in its tooltip.
    """
    return DateField(parent, value, optional, compact)


def date_of(edit: DateField) -> dt.date | None:
    """The date typed, ``None`` if left empty, or a ``UserError`` naming the field."""
    return checked_date(edit, edit.objectName())


def date_value(edit: DateField) -> dt.date:
    """The date typed, or a ``UserError`` naming the field (empty or not a date)."""
    value = checked_date(edit, edit.objectName())
    if value is None:
        raise UserError(
            QCoreApplication.translate("DateField", "Chưa nhập ngày."),
            field=edit.objectName() or None,
        )
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


def changed_signal(widget: QWidget) -> SignalInstance | None:
    """The signal a widget sends when the person changes what it holds (for clearing its
    error as soon as the field is fixed, and for asking before discarding a changed form).
    An editable combo box changes as it is typed in, not only when an item is chosen."""
    if isinstance(widget, QComboBox) and widget.isEditable():
        return widget.editTextChanged
    for name in ("textChanged", "valueChanged", "currentIndexChanged", "editTextChanged",
                 "changed", "toggled"):
        signal = getattr(widget, name, None)
        if isinstance(signal, SignalInstance):
            return signal
    return None


class InlineErrors:
    """Maps the service's ``UserError.field`` names to the inputs and their error labels.

    A :class:`~desktop.core.errors.Problems` marks every field it names at once and focuses
    the first of them in the form's order; each message goes away as soon as its field is
    changed (issue 14, 7)."""

    def __init__(self, general: ErrorLabel) -> None:
        self.general = general
        self.fields: dict[str, tuple[QWidget, ErrorLabel]] = {}

    def add(self, names: str | tuple[str, ...], widget: QWidget, label: ErrorLabel) -> None:
        for name in (names,) if isinstance(names, str) else names:
            self.fields[name] = (widget, label)
        signal = changed_signal(widget)
        if signal is not None:
            signal.connect(label.clear_message)

    def clear(self) -> None:
        self.general.clear_message()
        for _widget, label in self.fields.values():
            label.clear_message()

    def show(self, exc: UserError) -> QWidget | None:
        """Show each message next to its field (or at the top); focus and return the first
        field in the form's order."""
        self.clear()
        problems = exc.problems if isinstance(exc, Problems) else [exc]
        order = list(self.fields)
        marked: list[tuple[int, QWidget]] = []
        general: list[str] = []
        for problem in problems:
            found = self.fields.get(problem.field or "")
            if found is None:
                general.append(problem.message)
                continue
            widget, label = found
            label.say(problem.message if not label.text()
                      else label.text().removeprefix("⚠ ") + "\n" + problem.message)
            marked.append((order.index(problem.field or ""), widget))
        if general:
            self.general.say("\n".join(general))
        if not marked:
            return None
        first = min(marked, key=lambda pair: pair[0])[1]
        first.setFocus()
        return first

    def shown(self) -> list[str]:
        """The messages on screen (tests read them)."""
        labels = [self.general, *(label for _w, label in self.fields.values())]
        seen: list[str] = []
        for label in labels:
            if (label.isVisible() or label.text()) and label.text() not in seen:
                seen.append(label.text())
        return seen


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


PLACEHOLDER_COLOUR = QColor("#8a8a8a")


def hint(edit: QLineEdit, example: str) -> QLineEdit:
    """An example shown in an empty field that cannot be taken for a value (issue 14, 7):
    "ví dụ: Chủ tịch", in grey italics, never the bare "Chủ tịch" that looks typed."""
    edit.setPlaceholderText(
        QCoreApplication.translate("Fields", "ví dụ: {example}").format(example=example)
    )
    palette = edit.palette()
    palette.setColor(QPalette.ColorRole.PlaceholderText, PLACEHOLDER_COLOUR)
    edit.setPalette(palette)

    def _style(text: str) -> None:
        font = edit.font()
        font.setItalic(not text)
        edit.setFont(font)

    edit.textChanged.connect(_style)
    _style(edit.text())
    return edit
