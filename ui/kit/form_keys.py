"""The keyboard of every form dialog (issue 14, 8): Enter in a field moves to the next field
(a stray Enter registered a Nghị quyết whose type was still the default), Ctrl+Enter saves,
Escape on a changed form asks before throwing away what was typed.

A dialog derives from :class:`FormDialog`, calls :meth:`FormDialog.watch` with its inputs and
implements ``save()``; the Cancel button should call ``reject()`` so that it asks too.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QWidget

from ui.kit import messages
from ui.kit.fields import changed_signal

ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class FormDialog(QDialog):
    """A dialog holding a form: Enter moves on, Ctrl+Enter saves, Escape asks if changed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.dirty = False
        self._watching = False
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(self.save)

    def save(self) -> None:
        raise NotImplementedError

    def watch(self, widgets: Iterable[QWidget]) -> None:
        """Any change to these inputs marks the form as changed (Escape will ask)."""
        for widget in widgets:
            signal = changed_signal(widget)
            if signal is not None:
                signal.connect(self._changed)
        self._watching = True

    def _changed(self, *_args: object) -> None:
        self.dirty = True

    def mark_clean(self) -> None:
        """What is shown now is the starting point (after pre-filling a form)."""
        self.dirty = False

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        if event.key() in ENTER:
            if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                self.save()
                return
            focused = QApplication.focusWidget()
            if isinstance(focused, QAbstractButton):
                focused.click()  # Enter on a focused button presses it, as Space does
                return
            self.focusNextChild()
            return
        if event.key() == Qt.Key.Key_Escape:
            self.reject()
            return
        super().keyPressEvent(event)

    def reject(self) -> None:
        if self.dirty and self.isVisible() and not messages.ask(
            self,
            QCoreApplication.translate("FormDialog", "Bỏ thông tin đã nhập?"),
            QCoreApplication.translate(
                "FormDialog", "Các thông tin vừa nhập chưa được lưu. Đóng và bỏ chúng đi?"
            ),
        ):
            return
        super().reject()
