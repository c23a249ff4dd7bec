"""The yearly maximum number (``VANTHU_MAX_NUMBER``) is read by one function, the same for
registering and for importing old registers."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook

from desktop.core.errors import RowErrors, UserError
from desktop.core.numbering import DEFAULT_MAX_NUMBER, max_register_number
from desktop.registers import import_rows
from desktop.registers.importer import import_register
from desktop.registers.registry import IncomingInput, register_incoming


@pytest.mark.parametrize(("raw", "expected"), [
    (None, DEFAULT_MAX_NUMBER), ("40", 40), (" 40 ", 40), ("1", 1), ("2147483647", 2**31 - 1),
    ("0", DEFAULT_MAX_NUMBER), ("-5", DEFAULT_MAX_NUMBER), ("+40", DEFAULT_MAX_NUMBER),
    ("4.0", DEFAULT_MAX_NUMBER), ("abc", DEFAULT_MAX_NUMBER), ("", DEFAULT_MAX_NUMBER),
    ("٤٠", DEFAULT_MAX_NUMBER), ("2147483648", DEFAULT_MAX_NUMBER),
])
def test_one_reading_of_the_setting(monkeypatch: pytest.MonkeyPatch, raw: str | None,
                                    expected: int) -> None:
    if raw is None:
        monkeypatch.delenv("VANTHU_MAX_NUMBER", raising=False)
    else:
        monkeypatch.setenv("VANTHU_MAX_NUMBER", raw)
    assert max_register_number() == expected
    assert import_rows.max_number_per_year() == expected  # the importer reads the same
    assert import_rows.max_number_per_year is max_register_number


def _sheet(path: Path, number: int) -> Path:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["Ngày đến", "Số đến", "Tác giả", "Số, ký hiệu văn bản", "Ngày tháng văn bản",
               "Tên loại và trích yếu nội dung"])
    ws.append(["02/03/2023", number, "UBND huyện Chợ Gạo", "12/QĐ-UBND", "01/03/2023",
               "Quyết định về việc giao"])
    wb.save(path)
    return path


def test_registering_and_importing_share_the_limit(office, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VANTHU_MAX_NUMBER", " 1 ")  # spaces: read alike by both
    with pytest.raises(RowErrors) as err:
        import_register(office, "incoming", _sheet(tmp_path / "x.xlsx", 2))
    assert "1" in err.value.rows[0][2]
    doc = IncomingInput(received="2023-12-30", organ_name="Sở Tài chính", symbol="9/TB-STC",
                        issued="2023-12-29", type_name="Thông báo", subject="Lịch nghỉ")
    assert register_incoming(office, doc).number == 1
    with pytest.raises(UserError):
        register_incoming(office, IncomingInput(
            received="2023-12-30", organ_name="Sở Tài chính", symbol="10/TB-STC",
            issued="2023-12-29", type_name="Thông báo", subject="Lịch trực"))
