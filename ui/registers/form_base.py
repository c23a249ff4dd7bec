"""What both registration dialogs share: layout, Ctrl+Enter saves, Enter moves on, Esc asks
before discarding, inline errors (all at once),
completion of agency names from the directory of issuing bodies."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import PermissionDenied, UserError, VanThuError
from desktop.core.records import DocumentView
from desktop.kernel.office import Office
from desktop.registers.doctypes import TYPES
from desktop.registers.registry import agencies
from desktop.registers.usage import types_by_use
from ui.kit.errors import on_error
from ui.kit.fields import ErrorLabel, InlineErrors
from ui.kit.folded_combo import FoldedComboBox
from ui.kit.form_keys import FormDialog
from ui.kit.screen_fit import FittingScroll, fit_to_screen, grow_to_content


class AgencyCompleter(QCompleter):
    """Suggests issuing bodies already known, matching without diacritics, anywhere in the name
    (the service folds and filters; the popup shows its answer as is)."""

    def __init__(self, office: Office, edit: QLineEdit) -> None:
        self._names = QStringListModel()
        super().__init__(self._names, edit)
        self.office = office
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.setMaxVisibleItems(10)
        edit.setCompleter(self)
        edit.textEdited.connect(self._update)

    def _update(self, text: str) -> None:
        names = agencies(self.office, text.strip(), 15) if len(text.strip()) >= 2 else []
        self._names.setStringList([n for n in names if n != text])
        if self._names.rowCount():
            self.complete()
        elif (popup := self.popup()) is not None:
            popup.hide()


def type_combo(office: Office | None = None, direction: str | None = None) -> QComboBox:
    """The document types, most used in this office first, picked by typing without
    diacritics ("cong" → Công văn)."""
    combo = FoldedComboBox()
    for t in types_by_use(office, direction) if office is not None else TYPES:
        combo.addItem(f"{t.name} ({t.abbr})" if t.abbr else t.name, t.name)
    combo.setMaxVisibleItems(16)
    return combo


class RegistrationDialog(FormDialog):
    """Subclasses build the fields in ``build(form)`` and the service call in ``submit()``.

    Enter moves to the next field, Ctrl+Enter saves, Escape asks before discarding what was
    typed (:class:`ui.kit.form_keys.FormDialog`); every problem is shown at once."""

    def __init__(self, office: Office, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.office = office
        self.saved: DocumentView | None = None
        self.errors = InlineErrors(ErrorLabel())
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setVerticalSpacing(4)
        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.save_button.setDefault(False)
        self.save_button.setAutoDefault(False)
        self.cancel_button.setAutoDefault(False)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.errors.general)
        fields = QWidget()
        fields.setLayout(self.form)
        self.scroll = FittingScroll(fields)  # a form taller than the screen scrolls
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.buttons)
        self.build(self.form)
        self.watch(widget for widget, _label in self.errors.fields.values())
        self.save_button.setText(self.tr("&Lưu (Ctrl+Enter)"))
        self.cancel_button.setText(self.tr("Hủy bỏ (Esc)"))
        self.setMinimumWidth(640)

    def build(self, form: QFormLayout) -> None:
        raise NotImplementedError

    def submit(self) -> DocumentView:
        raise NotImplementedError

    def save(self) -> None:
        self.errors.clear()
        try:
            with self.office.unit():  # one save, one transaction, whatever services it calls
                view = self.submit()
        except PermissionDenied as exc:
            on_error(self, exc)
            return
        except UserError as exc:
            self.errors.show(exc)
            # the messages take room: use the screen before scrolling (once they are laid out)
            QTimer.singleShot(0, self, lambda: (grow_to_content(self), fit_to_screen(self)))
            return
        except VanThuError as exc:
            on_error(self, exc)
            return
        self.saved = view
        self.accept()
