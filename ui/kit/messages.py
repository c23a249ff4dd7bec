"""Every message box goes through here, so tests never hang on a modal dialog.

In test mode (:func:`start_recording`) nothing is shown: each call is recorded in
:data:`recorded` and answered at once from :data:`answers` (or a default).

Qt ships no Vietnamese translation of its own buttons, so the boxes here name theirs.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)


@dataclass(frozen=True)
class Shown:
    kind: str  # "info" | "warning" | "error" | "question" | "text"
    title: str
    text: str
    details: str = ""


recorded: list[Shown] = []
answers: deque[Any] = deque()
_recording = False


def start_recording() -> None:
    global _recording
    _recording = True
    recorded.clear()
    answers.clear()


def stop_recording() -> None:
    global _recording
    _recording = False


def is_recording() -> bool:
    return _recording


class MessageDialog(QDialog):
    """An icon, the plain message, and an expandable "Chi tiết" part for the technician."""

    def __init__(
        self,
        parent: QWidget | None,
        icon: QStyle.StandardPixmap,
        title: str,
        text: str,
        details: str = "",
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        picture = QLabel()
        picture.setPixmap(self.style().standardIcon(icon).pixmap(40, 40))
        row.addWidget(picture, 0)
        message = QLabel(text)
        message.setWordWrap(True)
        message.setMinimumWidth(360)
        message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row.addWidget(message, 1)
        layout.addLayout(row)
        self.details = QPlainTextEdit(details)
        self.details.setReadOnly(True)
        self.details.setVisible(False)
        self.details.setMinimumHeight(160)
        buttons = QDialogButtonBox()
        if details:
            self.toggle = QToolButton()
            self.toggle.setText(QCoreApplication.translate("MessageDialog", "Chi tiết"))
            self.toggle.setCheckable(True)
            self.toggle.toggled.connect(self.details.setVisible)
            buttons.addButton(self.toggle, QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.addButton(
            QCoreApplication.translate("MessageDialog", "Đóng"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        close.setDefault(True)
        buttons.accepted.connect(self.accept)
        layout.addWidget(self.details)
        layout.addWidget(buttons)


def _show(
    parent: QWidget | None,
    kind: str,
    icon: QStyle.StandardPixmap,
    title: str,
    text: str,
    details: str,
) -> None:
    if _recording:
        recorded.append(Shown(kind, title, text, details))
        return
    MessageDialog(parent, icon, title, text, details).exec()


def info(parent: QWidget | None, title: str, text: str) -> None:
    _show(parent, "info", QStyle.StandardPixmap.SP_MessageBoxInformation, title, text, "")


def warning(parent: QWidget | None, title: str, text: str, details: str = "") -> None:
    _show(parent, "warning", QStyle.StandardPixmap.SP_MessageBoxWarning, title, text, details)


def error(parent: QWidget | None, title: str, text: str, details: str = "") -> None:
    _show(parent, "error", QStyle.StandardPixmap.SP_MessageBoxCritical, title, text, details)


def ask(parent: QWidget | None, title: str, text: str) -> bool:
    if _recording:
        recorded.append(Shown("question", title, text))
        return bool(answers.popleft()) if answers else False
    box = QMessageBox(
        QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent
    )
    yes = box.addButton(
        QCoreApplication.translate("MessageDialog", "Có"), QMessageBox.ButtonRole.YesRole
    )
    no = box.addButton(
        QCoreApplication.translate("MessageDialog", "Không"), QMessageBox.ButtonRole.NoRole
    )
    box.setDefaultButton(no)
    box.exec()
    return box.clickedButton() is yes


def ask_text(parent: QWidget | None, title: str, label: str) -> str | None:
    """A line of text (e.g. a cancellation reason); ``None`` when the person cancels."""
    if _recording:
        recorded.append(Shown("text", title, label))
        return str(answers.popleft()) if answers else None
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setLabelText(label)
    dialog.setOkButtonText(QCoreApplication.translate("MessageDialog", "Đồng ý"))
    dialog.setCancelButtonText(QCoreApplication.translate("MessageDialog", "Hủy bỏ"))
    # An empty reason cannot be confirmed: OK waits for text instead of closing the dialog
    # on a refusal (issue 14, "Also seen").
    box = dialog.findChild(QDialogButtonBox)
    ok = box.button(QDialogButtonBox.StandardButton.Ok) if box is not None else None
    if ok is not None:
        ok.setEnabled(False)
        dialog.textValueChanged.connect(lambda text: ok.setEnabled(bool(text.strip())))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.textValue()
