"""Accent slips in OCR'd subjects are repaired from the dictionary of compound words (a word
list from the pyvi package), and correct text is left alone."""

from __future__ import annotations

import pytest

from desktop.digitise.extract import extract_fields
from desktop.digitise.extract.accents import WORDS_FILE, _dictionary, repair_accents


def test_the_word_list_is_shipped_and_read() -> None:
    exact, by_fold = _dictionary()
    assert WORDS_FILE.is_file() and len(exact) > 20_000
    assert ("ngân", "sách") in by_fold[("ngan", "sach")]


@pytest.mark.parametrize(("read", "repaired"), [
    ("V/v tăng cường công tác thu ngần sách nhà nước",
     "V/v tăng cường công tác thu ngân sách nhà nước"),
    ("phê duyệt kinh phí chỉ trả trợ cấp", "phê duyệt kinh phí chi trả trợ cấp"),
    ("Nồng thôn mới", "Nông thôn mới"),  # the case as read
    ("NỒNG THÔN", "NÔNG THÔN"),
    ("xây dựng nông thôn mới nầng cao", "xây dựng nông thôn mới nâng cao"),  # no such syllable
])
def test_a_mark_ocr_added_is_removed(read: str, repaired: str) -> None:
    assert repair_accents(read) == repaired


@pytest.mark.parametrize("text", [
    "Về việc thành lập Tổ công tác phòng chống thiên tai năm 2024",
    "trợ cấp xã hội cho đối tượng bảo trợ",  # "hội" belongs to "xã hội", not to "hội chợ"
    "Ủy ban nhân dân xã Tân Hòa",  # the dictionary's "uỷ ban" is the same word
    "ngần ngại",  # a word as read
    "thanh lap",  # two syllables off: not told apart
    "hãy cài gói",  # a syllable of one-syllable words only
    "",
])
def test_correct_or_unclear_text_is_left_alone(text: str) -> None:
    assert repair_accents(text) == text


def test_the_subject_is_repaired_when_fields_are_read() -> None:
    text = ("UBND XÃ BÌNH PHÚ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Độc lập - Tự do - Hạnh phúc\n"
            "Số: 12/UBND-VP Bình Phú, ngày 05 tháng 3 năm 2024\n"
            "V/v tăng cường công tác thu ngần sách\n"
            "nhà nước\n\nKính gửi: Chi cục Thuế\n")
    assert extract_fields(text).subject.value == (
        "V/v tăng cường công tác thu ngân sách nhà nước")


@pytest.mark.parametrize(("line", "date"), [
    ("Hà Nội; ngày †#tháng 02 năm 2021", (2021, 2, 14)),  # italic 1 and 4
    ("Gò Công Tây, ngày 01 tháng § năm 2024", (2024, 8, 1)),  # italic 8
])
def test_italic_date_digits(line: str, date: tuple[int, int, int]) -> None:
    import datetime as dt

    from desktop.digitise.extract.dates import date_in

    found = date_in(line)
    assert found is not None and found[0] == dt.date(*date)
