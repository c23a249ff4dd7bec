"""argparse's own texts ("usage:", "options", "invalid choice: …") in the user's language.

argparse looks its texts up through ``gettext`` at the moment it writes them; Python ships no
Vietnamese catalogue for it, so a clerk saw English in the middle of a Vietnamese message.
:func:`install` points argparse at the CLI's one catalogue: each English msgid of argparse
maps to a Vietnamese sentence wrapped in ``_()`` (so ``--lang en`` gives the English back from
``cli_en.json``, like every other message). Texts argparse only shows to programmers (bad
``add_argument`` calls) stay as they are."""

from __future__ import annotations

import argparse
from collections.abc import Callable

from desktop.core.i18n import _

_TEXTS: dict[str, Callable[[], str]] = {
    "usage: ": lambda: _("cách dùng: "),
    "options": lambda: _("tùy chọn"),
    "positional arguments": lambda: _("tham số"),
    "show this help message and exit": lambda: _("in hướng dẫn này rồi thoát"),
    "show program's version number and exit": lambda: _("in phiên bản của chương trình rồi thoát"),
    "the following arguments are required: %s": lambda: _("thiếu tham số bắt buộc: %s"),
    "invalid choice: %(value)r (choose from %(choices)s)":
        lambda: _("giá trị không hợp lệ: %(value)r (chọn một trong: %(choices)s)"),
    "argument %(argument_name)s: %(message)s": lambda: _("tham số %(argument_name)s: %(message)s"),
    "unrecognized arguments: %s": lambda: _("tham số không nhận ra: %s"),
    "expected one argument": lambda: _("cần đúng một giá trị"),
    "expected at least one argument": lambda: _("cần ít nhất một giá trị"),
    "expected at most one argument": lambda: _("cần nhiều nhất một giá trị"),
    "invalid %(type)s value: %(value)r": lambda: _("giá trị %(type)s không hợp lệ: %(value)r"),
    "not allowed with argument %s": lambda: _("không dùng cùng với tham số %s"),
    "one of the arguments %s is required": lambda: _("cần một trong các tham số %s"),
    "ambiguous option: %(option)s could match %(matches)s":
        lambda: _("tùy chọn %(option)s chưa rõ, có thể là %(matches)s"),
    "ignored explicit argument %r": lambda: _("tùy chọn này không nhận giá trị: %r"),
    "can't open '%(filename)s': %(error)s": lambda: _("không mở được “%(filename)s”: %(error)s"),
}

_PLURALS: dict[str, Callable[[], str]] = {
    "expected %s argument": lambda: _("cần %s giá trị"),
}


def translate(message: str) -> str:
    text = _TEXTS.get(message)
    return text() if text else message


def translate_plural(singular: str, plural: str, n: int) -> str:
    text = _PLURALS.get(singular)
    if text:
        return text()
    return singular if n == 1 else plural


def install() -> None:
    """Make argparse speak the CLI's language (call before building the parser)."""
    argparse._ = translate  # type: ignore[attr-defined]
    argparse.ngettext = translate_plural  # type: ignore[attr-defined]
