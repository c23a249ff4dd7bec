"""argparse's own texts follow the CLI's language: no English inside a Vietnamese message."""

from __future__ import annotations

import pytest

from desktop.cli import argtext, main
from desktop.core.i18n import _english, set_language


@pytest.fixture(autouse=True)
def _language_back() -> object:
    yield
    set_language(None)


def test_a_missing_argument_is_told_in_vietnamese(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--lang", "vi", "book"]) == 2
    err = capsys.readouterr().err
    assert "cách dùng: vanthu book" in err
    assert "thiếu tham số bắt buộc: register, --year, --out" in err
    assert "required" not in err and "usage" not in err


def test_a_wrong_choice_and_the_help_in_vietnamese(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--lang", "vi", "audit", "show"]) == 2
    assert "giá trị không hợp lệ: 'show' (chọn một trong: 'verify'," in capsys.readouterr().err
    assert main(["--lang", "vi", "incoming", "--help"]) == 0
    out = capsys.readouterr().out
    assert "tùy chọn:" in out and "in hướng dẫn này rồi thoát" in out and "options:" not in out


def test_english_gives_argparse_its_own_words_back(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--lang", "en", "book"]) == 2
    err = capsys.readouterr().err
    assert "usage: vanthu book" in err
    assert "the following arguments are required: register, --year, --out" in err


def test_every_argparse_text_has_its_english() -> None:
    english = _english()
    for msgid, text in argtext._TEXTS.items():
        set_language("en")
        assert text() == msgid, msgid  # the English is argparse's own msgid
        set_language("vi")
        assert text() in english and text() != msgid
