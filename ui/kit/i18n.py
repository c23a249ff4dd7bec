"""Loading the English translation (Qt Linguist) and switching language while running.

Vietnamese is the source language of every string, so "vi" means no translator at all.
Installing or removing the translator sends ``LanguageChange`` to every widget; each widget
that shows text re-reads it in ``retranslate()``.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QTranslator

from desktop.core import i18n as core_i18n
from desktop.core.resources import translations_dir

TRANSLATIONS = translations_dir()
logger = logging.getLogger("vanthu.ui")

_translator: QTranslator | None = None
_current = "vi"


def current_language() -> str:
    return _current


def apply_language(language: str) -> bool:
    """Switch the interface (and the services' messages) to ``language``; ``False`` if the
    English catalogue is missing (the interface stays in Vietnamese)."""
    global _translator, _current
    app = QCoreApplication.instance()
    if app is None:
        return False
    language = "en" if language.lower().startswith("en") else "vi"
    if _translator is not None:
        app.removeTranslator(_translator)
        _translator = None
    ok = True
    if language == "en":
        translator = QTranslator(app)
        qm = TRANSLATIONS / "vanthu_en.qm"
        if translator.load(str(qm)):
            app.installTranslator(translator)
            _translator = translator
        else:
            logger.warning("English catalogue not found or unreadable: %s", qm)
            ok = False
            language = "vi"
    _current = language
    core_i18n.set_language(language)
    from ui.kit.qt_vi import use_vietnamese_qt

    use_vietnamese_qt(language == "vi")
    return ok


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for lupdate in ``context`` (translated later, at display).

    Same name as Qt's macro so lupdate finds it; typed, unlike PySide6's (which returns object).
    """
    return text
