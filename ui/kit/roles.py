"""How the window names a role: one table for the account dialog, the title bar and the lists."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.kernel.auth import Role
from ui.kit.i18n import QT_TRANSLATE_NOOP

ROLE_TEXT = {
    Role.ADMIN: QT_TRANSLATE_NOOP("AccountDialog", "Quản trị"),
    Role.CLERK: QT_TRANSLATE_NOOP("AccountDialog", "Văn thư"),
    Role.LEADER: QT_TRANSLATE_NOOP("AccountDialog", "Lãnh đạo"),
    Role.OFFICER: QT_TRANSLATE_NOOP("AccountDialog", "Cán bộ"),
}


def role_text(role: Role) -> str:
    return QCoreApplication.translate("AccountDialog", ROLE_TEXT[role])
