"""Table-driven rules: number format, ký hiệu, dates, types, folding."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.core.errors import UserError
from desktop.core.textfold import fold, tokens
from desktop.core.validate import format_number, parse_date, parse_symbol, parse_urgency
from desktop.registers.doctypes import find_type, type_from_summary, type_from_symbol


@pytest.mark.parametrize(
    ("n", "text"), [(1, "01"), (9, "09"), (10, "10"), (11, "11"), (105, "105"), (3130, "3130")]
)
def test_numbers_below_ten_take_a_leading_zero(n: int, text: str) -> None:
    assert format_number(n) == text


@pytest.mark.parametrize(
    ("symbol", "number", "notation"),
    [
        ("101/QĐ-UBND", "101", "QĐ-UBND"),
        ("34/UBND-VP", "34", "UBND-VP"),
        ("30/2020/NĐ-CP", "30", "2020/NĐ-CP"),
        ("05/KH-UBND", "05", "KH-UBND"),
        ("12/TTr-UBND.VX", "12", "TTr-UBND.VX"),
        ("15-NQ/ĐU", "15", "NQ/ĐU"),
    ],
)
def test_symbols_split_into_code_number_and_notation(symbol: str, number: str, notation: str
                                                     ) -> None:
    assert parse_symbol(symbol) == (number, notation)


@pytest.mark.parametrize(
    "bad", ["QĐ-UBND", "101 / QĐ-UBND", "101/QĐ UBND", "/QĐ", "101/", "abc/QĐ", "", "1/-QĐ", "101/2020"]
)
def test_malformed_symbols_are_refused_naming_the_field(bad: str) -> None:
    with pytest.raises(UserError) as err:
        parse_symbol(bad)
    assert err.value.field == "symbol"
    assert "ký hiệu" in err.value.message


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("2023-03-15", dt.date(2023, 3, 15)),
        ("15/03/2023", dt.date(2023, 3, 15)),
        ("5/1/2024", dt.date(2024, 1, 5)),
        ("2024-02-29", dt.date(2024, 2, 29)),
    ],
)
def test_dates_in_both_spellings(text: str, date: dt.date) -> None:
    assert parse_date(text, "date") == date


@pytest.mark.parametrize("bad", ["2023-02-30", "31/04/2023", "15.03.2023", "hôm qua", "2023/03/15"])
def test_bad_dates_are_refused(bad: str) -> None:
    with pytest.raises(UserError) as err:
        parse_date(bad, "received")
    assert err.value.field == "received"
    assert bad in err.value.message


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Quyết định", "Quyết định"),
        ("quyet dinh", "Quyết định"),
        ("QĐ", "Quyết định"),
        ("cong van", "Công văn"),
        ("Kế hoạch", "Kế hoạch"),
        ("Quy định", "Quy định"),
        ("sao y", "Bản sao y"),
    ],
)
def test_types_are_found_however_they_are_typed(text: str, name: str) -> None:
    found = find_type(text)
    assert found is not None and found.name == name


def test_type_from_symbol_and_summary() -> None:
    assert type_from_symbol("101/QĐ-UBND").name == "Quyết định"  # type: ignore[union-attr]
    assert type_from_symbol("34/UBND-VP") is None
    assert type_from_summary("Quyết định về việc khen thưởng").name == "Quyết định"  # type: ignore[union-attr]
    assert type_from_summary("Quy định chi tiết").name == "Quy định"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Quyết định", "quyet dinh"),
        ("Đảng ủy", "dang uy"),
        ("ĐẢNG ỦY XÃ", "dang uy xa"),
        ("Thượng  khẩn", "thuong khan"),
        ("Ủy ban nhân dân", "uy ban nhan dan"),
    ],
)
def test_folding_removes_marks_and_maps_d_stroke(text: str, folded: str) -> None:
    assert fold(text) == folded


@given(st.text())
def test_folding_never_fails_and_tokens_are_ascii(text: str) -> None:
    for tok in tokens(text):
        assert tok.isascii() and tok.isalnum()


@pytest.mark.parametrize(
    ("text", "value"), [(None, "thuong"), ("khan", "khan"), ("Thượng khẩn", "thuong-khan"),
                        ("hoa-toc", "hoa-toc")]
)
def test_urgency(text: str | None, value: str) -> None:
    assert parse_urgency(text).value == value
