"""The corrections of a registration as its page lists them: one sentence each, newest last."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.kernel.office import Office
from desktop.registers.edit import history
from ui.registers.field_labels import change_sentence, local_time


def correction_history(office: Office, doc_id: int) -> str:
    """"Lịch sử sửa đổi:" and a line per correction; empty when the entry was never corrected."""
    lines = [
        QCoreApplication.translate(
            "DocumentDialog", "{time} — {actor} sửa: {what} (lý do: {reason})").format(
            time=local_time(c.at), actor=c.actor, what=change_sentence(c.before, c.after),
            reason=c.reason)
        for c in history(office, doc_id)
    ]
    if not lines:
        return ""
    return QCoreApplication.translate("DocumentDialog", "Lịch sử sửa đổi:") + "\n" + "\n".join(
        lines)
