"""The three classes of misses on real first pages (issue 19, deliverable 1): the two-level
issuing body, the type from the title line or the symbol's code, and the noisy date; plus the
rule that an unsure field is left empty with its OCR text beside it."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.digitise.extract import MIN_CONFIDENCE, extract_fields
from desktop.digitise.extract.symbol import TYPES
from desktop.registers.doctypes import find_type

MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"


def page(organ: list[str], symbol: str, date_line: str, title: str | None,
         subject: str) -> str:
    lines = [f"{organ[0]}   {MOTTO}", f"{organ[1] if len(organ) > 1 else ''}   "
             "Độc lập - Tự do - Hạnh phúc", *organ[2:], f"Số: {symbol}   {date_line}", ""]
    if title:
        lines += [title, subject]
    else:
        lines += [subject]
    lines += ["", "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;"]
    return "\n".join(lines)


@pytest.mark.parametrize(("organ", "body", "governing"), [
    (["UBND TỈNH TIỀN GIANG", "ỦY BAN NHÂN DÂN", "HUYỆN CHỢ GẠO"], "UBND huyện Chợ Gạo",
     "UBND tỉnh Tiền Giang"),
    (["UBND HUYỆN CHỢ GẠO", "ỦY BAN NHÂN DÂN", "XÃ BÌNH PHÚ"], "UBND xã Bình Phú",
     "UBND huyện Chợ Gạo"),
    (["UBND HUYỆN CÁI BÈ", "PHÒNG NỘI VỤ"], "Phòng Nội vụ", "UBND huyện Cái Bè"),
    (["UBND TỈNH LONG AN", "SỞ GIAO THÔNG VẬN TẢI"], "Sở Giao thông vận tải", "UBND tỉnh Long An"),
    (["ỦY BAN NHÂN DÂN", "XÃ TÂN THỚI"], "UBND xã Tân Thới", None),
    (["ĐẢNG BỘ HUYỆN CHỢ GẠO", "ĐẢNG ỦY XÃ BÌNH PHÚ"], "Đảng ủy xã Bình Phú",
     "Đảng bộ huyện Chợ Gạo"),
])
def test_two_level_body_gives_the_issuing_body_on_one_line(
    organ: list[str], body: str, governing: str | None
) -> None:
    text = page(organ, "12/KH-UBND", "Chợ Gạo, ngày 15 tháng 3 năm 2023", "KẾ HOẠCH",
                "Triển khai công tác cải cách hành chính năm 2023")
    found = extract_fields(text)
    assert found.organ_name.value == body
    assert "\n" not in found.organ_name.value
    assert found.governing_body.value == governing


TITLED = [name for name, code in TYPES.items() if name not in ("Công văn",)]


@pytest.mark.parametrize("name", TITLED)
def test_the_type_is_the_title_line_for_every_type(name: str) -> None:
    code = TYPES[name]
    symbol = f"61/2018/{code}-CP" if code else "61/UBND-VP"
    text = page(["CHÍNH PHỦ"], symbol, "Hà Nội, ngày 23 tháng 4 năm 2018", name.upper(),
                "Về thực hiện cơ chế một cửa trong giải quyết thủ tục hành chính")
    found = extract_fields(text)
    assert found.type_name.value == name
    assert found.subject.value == "Về thực hiện cơ chế một cửa trong giải quyết thủ tục hành chính"
    assert find_type(name) is not None  # the register takes the type the reader gives


@pytest.mark.parametrize("name", [n for n, c in TYPES.items() if c])
def test_without_a_readable_title_the_type_comes_from_the_symbols_code(name: str) -> None:
    text = page(["UBND HUYỆN CHỢ GẠO"], f"07/{TYPES[name]}-UBND",
                "Chợ Gạo, ngày 15 tháng 3 năm 2023", None, "V/v triển khai nhiệm vụ")
    assert extract_fields(text).type_name.value == name


def test_nghi_dinh_61_2018() -> None:
    text = """CHÍNH PHỦ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 61/2018/NĐ-CP Hà Nội, ngày 23 tháng 4 năm 2018

NGHỊ ĐỊNH
VỀ THỰC HIỆN CƠ CHẾ MỘT CỬA, MỘT CỬA LIÊN THÔNG TRONG GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH

Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;
"""
    found = extract_fields(text)
    assert (found.type_name.value, found.symbol.value) == ("Nghị định", "61/2018/NĐ-CP")
    assert found.organ_name.value == "Chính phủ"
    assert found.issued_date.value == dt.date(2018, 4, 23)
    assert found.subject.value is not None and "một cửa" in found.subject.value.lower()


def test_a_party_document() -> None:
    text = page(["ĐẢNG BỘ HUYỆN CHỢ GẠO", "ĐẢNG ỦY XÃ BÌNH PHÚ"], "15-NQ/ĐU",
                "Bình Phú, ngày 05 tháng 01 năm 2024", "NGHỊ QUYẾT",
                "Về lãnh đạo thực hiện nhiệm vụ năm 2024")
    text = text.replace("Số: 15-NQ/ĐU", "Số 15-NQ/ĐU")
    found = extract_fields(text)
    assert (found.symbol.value, found.type_name.value) == ("15-NQ/ĐU", "Nghị quyết")
    assert found.organ_name.value == "Đảng ủy xã Bình Phú"


def test_a_misread_title_yields_to_the_symbols_code() -> None:
    text = page(["UBND HUYỆN CHỢ GẠO"], "12/BC-UBND", "Chợ Gạo, ngày 15 tháng 3 năm 2023",
                "BÁO CẢO", "Kết quả thực hiện nhiệm vụ quý I")
    assert extract_fields(text).type_name.value == "Báo cáo"


@pytest.mark.parametrize(("line", "day"), [
    ("Chợ Gạo, ngày 15 tháng 3 năm 2023", dt.date(2023, 3, 15)),
    ("Chợ Gạo, ngày O5 tháng O3 năm 2O23", dt.date(2023, 3, 5)),
    ("Chợ Gạo, ngàv 15 thảng l2 nãm 2023", dt.date(2023, 12, 15)),
    ("Chợ Gạo, ngay I5 thang 1O nam 2023", dt.date(2023, 10, 15)),
    ("Chợ Gạo, ngày 15 tháng 3 năm 2O23", dt.date(2023, 3, 15)),
    ("Chợ Gạo, rrgày 0†tháng 5nămr2023", dt.date(2023, 5, 1)),
])
def test_dates_in_the_place_and_date_line_survive_ocr_noise(line: str, day: dt.date) -> None:
    text = page(["UBND HUYỆN CHỢ GẠO"], "12/QĐ-UBND", line, "QUYẾT ĐỊNH", "Về việc giao")
    assert extract_fields(text).issued_date.value == day


def test_the_date_is_cross_checked_with_the_symbols_year() -> None:
    text = page(["CHÍNH PHỦ"], "61/2018/NĐ-CP", "Hà Nội, ngày 23 tháng 4 năm 2013", "NGHỊ ĐỊNH",
                "Về thực hiện cơ chế một cửa")
    assert extract_fields(text).issued_date.value == dt.date(2018, 4, 23)
    agree = extract_fields(text.replace("năm 2013", "năm 2018"))
    assert agree.issued_date.value == dt.date(2018, 4, 23)
    assert agree.issued_date.confidence > 0.9


def test_an_unsure_field_is_left_empty_with_its_ocr_text() -> None:
    text = page(["CHÍNH PHỦ"], "61/2018/NĐ-CP", "Hà Nội, ngày 23 tháng 4 năm 1999", "NGHỊ ĐỊNH",
                "Về thực hiện cơ chế một cửa")
    found = extract_fields(text)
    assert found.issued_date.value is None
    assert found.issued_date.ocr == "23/04/1999"
    assert 0 < found.issued_date.confidence < MIN_CONFIDENCE
    entry = found.to_dict()["issued_date"]
    assert entry["value"] is None and entry["ocr"] == "23/04/1999"


def test_a_party_header_is_not_taken_for_part_of_the_body() -> None:
    text = """ĐẢNG BỘ HUYỆN CHỢ GẠO        ĐẢNG CỘNG SẢN VIỆT NAM
ĐẢNG ỦY XÃ BÌNH PHỤC NHỨT
*
Số 282-TB/ĐU        Bình Phục Nhứt, ngày 18 tháng 4 năm 2024

THÔNG BÁO
Về lãnh đạo thực hiện nhiệm vụ chính trị năm 2024
"""
    found = extract_fields(text)
    assert found.organ_name.value == "Đảng ủy xã Bình Phục Nhứt"
    assert found.governing_body.value == "Đảng bộ huyện Chợ Gạo"
    assert (found.symbol.value, found.type_name.value) == ("282-TB/ĐU", "Thông báo")
    assert found.issued_date.value == dt.date(2024, 4, 18)


@pytest.mark.parametrize(("organ", "body"), [
    (["ĐẢNG BỘ TỈNH TIỀN GIANG", "HUYỆN ỦY CÁI BÈ"], "Huyện ủy Cái Bè"),
    (["UBND HUYỆN CHỢ GẠO", "BAN CHỈ HUY QUÂN SỰ"], "Ban Chỉ huy Quân sự"),
    (["ỦY BAN NHÂN DÂN", "QUẬN BÌNH THẠNH"], "UBND quận Bình Thạnh"),
])
def test_committees_and_look_alike_levels(organ: list[str], body: str) -> None:
    text = page(organ, "12/KH-UBND", "Cái Bè, ngày 15 tháng 3 năm 2023", "KẾ HOẠCH",
                "Triển khai nhiệm vụ năm 2023")
    assert extract_fields(text).organ_name.value == body


def test_an_italic_date_with_a_year_misread_is_saved_by_the_symbol() -> None:
    text = page(["BỘ TÀI CHÍNH"], "138/2021/TT-BTC", "Hà-Nội,rgày +4thángÔ2nămr2921", "THÔNG TƯ",
                "Quy định về quản lý, sử dụng kinh phí")
    assert extract_fields(text).issued_date.value == dt.date(2021, 2, 14)
