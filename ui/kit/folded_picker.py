"""Search-as-you-type over a list of names, without needing diacritics (issue 14, 9): in the
one-stop form "ket hon" finds "Đăng ký kết hôn" (Qt's completer matched only exact letters
and the form offered to add a new procedure). Every word typed must occur in the folded name,
anywhere; matches are listed in Vietnamese order, those starting with the text first."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QLineEdit

from desktop.core.textfold import fold
from ui.kit.tables import collator


def folded_matches(names: Sequence[str], typed: str, limit: int = 30) -> list[str]:
    words = fold(typed).split()
    if not words:
        return []
    found = [n for n in names if all(w in fold(n) for w in words)]
    key = collator().sortKey
    starts = fold(typed).strip()
    found.sort(key=lambda n: (not fold(n).startswith(starts), key(n)))
    return found[:limit]


class FoldedCompleter(QCompleter):
    """A popup of the names matching what is typed, folded (``names`` or a ``source``)."""

    def __init__(self, edit: QLineEdit | QComboBox, names: Sequence[str] = (),
                 source: Callable[[str], list[str]] | None = None) -> None:
        self._model = QStringListModel()
        super().__init__(self._model, edit)
        self.names = list(names)
        self.source = source
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.setMaxVisibleItems(12)
        line = edit.lineEdit() if isinstance(edit, QComboBox) else edit
        assert line is not None
        edit.setCompleter(self)
        line.textEdited.connect(self.update_matches)

    def matches(self, typed: str) -> list[str]:
        if self.source is not None:
            return self.source(typed)
        return folded_matches(self.names, typed)

    def update_matches(self, typed: str) -> None:
        found = [n for n in self.matches(typed) if n != typed] if typed.strip() else []
        self._model.setStringList(found)
        if found:
            self.complete()
        elif (popup := self.popup()) is not None:
            popup.hide()
