"""A list one picks from by typing, without diacritics if one likes (issue 14, 8 and 9):
"cong" selects "Công văn", "qd" or "quyet" selects "Quyết định"; typing "C" selects the first
entry starting with C in the list's order (most used first), not Qt's exact-letter match."""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QComboBox, QWidget

from desktop.core.textfold import fold

#: typing pauses longer than this start a new search, as in Qt's own keyboard search
RESTART_MS = 1000


class FoldedComboBox(QComboBox):
    """A non-editable combo whose type-ahead folds case and diacritics."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._typed = ""
        self._clock = QElapsedTimer()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        text = event.text()
        if text and text.isprintable() and not text.isspace() or (text == " " and self._typed):
            if not self._clock.isValid() or self._clock.elapsed() > RESTART_MS:
                self._typed = ""
            self._clock.restart()
            self._typed += text
            index = self.find_folded(self._typed)
            if index >= 0:
                self.setCurrentIndex(index)
            event.accept()
            return
        super().keyPressEvent(event)

    def restart_search(self) -> None:
        """Forget what was typed (after a pause, or when the focus leaves)."""
        self._typed = ""

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt's name)
        self.restart_search()
        super().focusOutEvent(event)

    def find_folded(self, typed: str) -> int:
        """The first entry whose folded text (or a word of it) starts with what was typed."""
        key = fold(typed)
        texts = [fold(self.itemText(i)) for i in range(self.count())]
        for i, text in enumerate(texts):
            if text.startswith(key):
                return i
        for i, text in enumerate(texts):
            if any(word.startswith(key) for word in text.replace("(", " ").split()):
                return i
        return -1
