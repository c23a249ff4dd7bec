"""The CLI's one message catalogue.

Vietnamese is the source language: every message is written in Vietnamese at the call site and
wrapped in ``_()``. English comes from ``resources/translations/cli_en.json`` (Vietnamese source
→ English). A test checks that every ``_()`` literal in the code has an English entry.
"""

from __future__ import annotations

import json
import os
from functools import cache
from typing import Any

from desktop.core.resources import resource

RESOURCES = resource()
CATALOGUE_FILE = resource("translations", "cli_en.json")

_language: str | None = None


def set_language(lang: str | None) -> None:
    """Choose ``vi`` or ``en``; ``None`` goes back to the environment (``VANTHU_LANG``)."""
    global _language
    _language = lang


def language() -> str:
    lang = _language or os.environ.get("VANTHU_LANG", "vi")
    return "en" if lang.lower().startswith("en") else "vi"


@cache
def _english() -> dict[str, str]:
    try:
        data = json.loads(CATALOGUE_FILE.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {str(k): str(v) for k, v in data.items()}


def _(msgid: str, **params: Any) -> str:
    """Translate a whole Vietnamese sentence and fill its named placeholders."""
    text = _english().get(msgid, msgid) if language() == "en" else msgid
    return text.format(**params) if params else text


def N_(msgid: str) -> str:
    """Mark a string for the catalogue without translating it yet (translated at display)."""
    return msgid
