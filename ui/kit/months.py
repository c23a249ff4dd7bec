"""The months by name, as the period pickers show them ("Tháng 12" / "December"): a whole
message per month, so English gets the month's name without a placeholder of its own."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ui.kit.i18n import QT_TRANSLATE_NOOP

MONTHS = (
    QT_TRANSLATE_NOOP("Months", "Tháng 1"),
    QT_TRANSLATE_NOOP("Months", "Tháng 2"),
    QT_TRANSLATE_NOOP("Months", "Tháng 3"),
    QT_TRANSLATE_NOOP("Months", "Tháng 4"),
    QT_TRANSLATE_NOOP("Months", "Tháng 5"),
    QT_TRANSLATE_NOOP("Months", "Tháng 6"),
    QT_TRANSLATE_NOOP("Months", "Tháng 7"),
    QT_TRANSLATE_NOOP("Months", "Tháng 8"),
    QT_TRANSLATE_NOOP("Months", "Tháng 9"),
    QT_TRANSLATE_NOOP("Months", "Tháng 10"),
    QT_TRANSLATE_NOOP("Months", "Tháng 11"),
    QT_TRANSLATE_NOOP("Months", "Tháng 12"),
)


def month_name(month: int) -> str:
    """Month ``month`` (1–12) by name, in the interface's language."""
    return QCoreApplication.translate("Months", MONTHS[month - 1])
