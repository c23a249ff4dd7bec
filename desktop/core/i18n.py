"""The CLI's one message catalogue.

Vietnamese is the source language: every message is written in Vietnamese at the call site and
wrapped in ``_()``. English comes from ``resources/translations/cli_en.json`` (Vietnamese source
→ English). A test checks that every ``_()`` literal in the code has an English entry.

Two things the English needs and Vietnamese does not:

- **Plurals.** Vietnamese nouns do not change with a count; English ones do. An English entry
  names both forms in the count's placeholder: ``"{n} {n:file|files}"`` reads "1 file",
  "2 files" (the form before ``|`` when the value is 1, the other one otherwise). The Vietnamese
  sentence and the call site stay as they are, and one sentence may hold several counts.
- **Context.** One Vietnamese word may need two English ones ("Văn thư" is the clerk's office
  and the Clerk role): :func:`_p` looks ``"context|msgid"`` up instead of ``msgid``.
"""

from __future__ import annotations

import json
import os
import string
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


def _is_one(value: Any) -> bool:
    """1, "1" and "01" (a count as the forms print it) take the English singular."""
    try:
        return int(str(value).strip()) == 1
    except ValueError:
        return False


class _Formatter(string.Formatter):
    """``str.format`` plus ``{n:one|other}``: the English form for the count in ``n``."""

    def format_field(self, value: Any, format_spec: str) -> str:
        if "|" in format_spec:
            one, other = format_spec.split("|", 1)
            return one if _is_one(value) else other
        return str(super().format_field(value, format_spec))


_FORMATTER = _Formatter()


def _fill(text: str, params: dict[str, Any]) -> str:
    return _FORMATTER.format(text, **params) if params else text


def _(msgid: str, **params: Any) -> str:
    """Translate a whole Vietnamese sentence and fill its named placeholders."""
    text = _english().get(msgid, msgid) if language() == "en" else msgid
    return _fill(text, params)


def _p(context: str, msgid: str, **params: Any) -> str:
    """Translate ``msgid`` as it reads in ``context`` (catalogue key ``"context|msgid"``)."""
    text = _english().get(f"{context}|{msgid}", msgid) if language() == "en" else msgid
    return _fill(text, params)


def N_(msgid: str) -> str:
    """Mark a string for the catalogue without translating it yet (translated at display)."""
    return msgid
