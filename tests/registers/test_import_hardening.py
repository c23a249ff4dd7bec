"""Issue 13, findings 2 and 5, the import side: hostile spreadsheets are read in bounded time and
memory, hidden sheets are skipped, Tệp paths stay inside --files-dir, numbers and dates are
checked, and a re-import is refused as duplicates."""

from __future__ import annotations

import datetime as dt
import tempfile
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook
from openpyxl.styles import Font

from desktop.accounts.organisation import OrgProfile, initialise
from desktop.core.clock import vn_today
from desktop.core.errors import RowErrors, UserError, VanThuError
from desktop.kernel.office import Office
from desktop.registers.import_sheet import MAX_UNPACKED
from desktop.registers.importer import import_register
from desktop.registers.registry import IncomingInput, register_incoming
from tests.conftest import ORG, Cli, snapshot

HEADER = ["Ngày đến", "Số đến", "Tác giả", "Số, ký hiệu văn bản", "Ngày tháng văn bản",
          "Tên loại và trích yếu nội dung", "Tệp"]


def _row(n: int | str | None = None, symbol: str = "12/QĐ-UBND", files: str = "",
         received: object = "02/03/2023", issued: object = "01/03/2023") -> list[object]:
    return [received, n, "UBND huyện Chợ Gạo", symbol, issued, "Quyết định về việc giao",
            files]


def _xlsx(path: Path, *rows: list[object]) -> tuple[Workbook, Path]:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(HEADER)
    for r in rows:
        ws.append(r)
    return wb, path


def _save(pair: tuple[Workbook, Path]) -> Path:
    pair[0].save(pair[1])
    return pair[1]


def test_one_cell_at_xfd1048576_is_refused_at_once(office, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    wb, path = _xlsx(tmp_path / "x.xlsx", _row(1))
    wb.active["XFD1048576"] = "x"  # type: ignore[index]
    _save((wb, path))
    assert path.stat().st_size < 10_000
    before = snapshot(office)
    with pytest.raises(UserError) as err:
        import_register(office, "incoming", path)
    assert "quá lớn" in err.value.message and "XFD" in err.value.message
    assert snapshot(office) == before


def test_a_formatted_empty_cell_far_away_costs_nothing(office, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    wb, path = _xlsx(tmp_path / "x.xlsx", _row(1))
    wb.active["XFD1048576"].font = Font(bold=True)  # type: ignore[index]
    result = import_register(office, "incoming", _save((wb, path)))
    assert result.imported == 1


def test_a_value_beyond_the_row_cap_is_refused(office, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    wb, path = _xlsx(tmp_path / "x.xlsx", _row(1))
    wb.active["A1048576"] = "x"  # type: ignore[index]
    with pytest.raises(UserError) as err:
        import_register(office, "incoming", _save((wb, path)))
    assert "1048576" in err.value.message


def test_a_huge_cell_is_refused(office, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    row = _row(1)
    row[5] = "Về việc " + "x" * 20_000
    with pytest.raises(UserError) as err:
        import_register(office, "incoming", _save(_xlsx(tmp_path / "x.xlsx", row)))
    assert "F2" in err.value.message and "ký tự" in err.value.message


def test_a_decompression_bomb_is_refused_before_unpacking(office, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    src = _save(_xlsx(tmp_path / "src.xlsx", _row(1)))
    bomb = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item)
            if item.filename != "xl/worksheets/sheet1.xml":
                zout.writestr(item, data)
                continue
            head, tail = data.split(b"<sheetData>", 1)
            with zout.open(item.filename, "w", force_zip64=True) as out:
                out.write(head + b"<!--")
                chunk = b"a" * 2**20
                for _ in range(MAX_UNPACKED // 2**20 + 1):
                    out.write(chunk)
                out.write(b"--><sheetData>" + tail)
    assert bomb.stat().st_size < 1_000_000
    with pytest.raises(UserError) as err:
        import_register(office, "incoming", bomb)
    assert "giải nén" in err.value.message and "MB" in err.value.message


def test_a_hidden_first_sheet_is_skipped_and_named(office, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    wb, path = _xlsx(tmp_path / "x.xlsx", _row(1, "1/QĐ-UBND"), _row(2, "2/QĐ-UBND"))
    first = wb.active
    assert first is not None
    first.title = "Cũ"
    first.sheet_state = "hidden"
    visible = wb.create_sheet("Sổ 2023")
    visible.append(HEADER)
    visible.append(_row(7, "7/QĐ-UBND"))
    wb.active = 1
    result = import_register(office, "incoming", _save((wb, path)))
    assert result.imported == 1
    assert any("ẩn" in n and "“Cũ”" in n for n in result.notes)


def test_only_hidden_sheets_is_a_refusal_naming_them(office, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    wb, path = _xlsx(tmp_path / "src.xlsx", _row(1))
    wb.worksheets[0].title = "Ẩn"
    _save((wb, path))
    hidden = tmp_path / "x.xlsx"
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(hidden, "w") as zout:
        for item in zin.infolist():
            data = zin.read(item)
            if item.filename == "xl/workbook.xml":
                data = data.replace(b'state="visible"', b'state="hidden"')
            zout.writestr(item, data)
    with pytest.raises(UserError) as err:
        import_register(office, "incoming", hidden)
    assert "“Ẩn”" in err.value.message and "--sheet" in err.value.message
    assert import_register(office, "incoming", hidden, sheet="Ẩn").imported == 1


@pytest.mark.parametrize("name", ["../secret.txt", "/etc/hostname", "sub/../../secret.txt",
                                  "link.txt", "C:\\Windows\\win.ini"])
def test_tep_paths_outside_files_dir_are_refused(office, tmp_path: Path, name: str) -> None:  # type: ignore[no-untyped-def]
    files = tmp_path / "scans"
    files.mkdir()
    (files / "sub").mkdir()
    (tmp_path / "secret.txt").write_text("bí mật")
    (files / "link.txt").symlink_to(tmp_path / "secret.txt")
    before = snapshot(office)
    path = _save(_xlsx(tmp_path / "x.xlsx", _row(1, files=name)))
    with pytest.raises(RowErrors) as err:
        import_register(office, "incoming", path, files_dir=files)
    ((_row_no, column, reason),) = err.value.rows
    assert column == "Tệp" and "ngoài thư mục" in reason
    assert snapshot(office) == before


@pytest.mark.parametrize("number", [9223372036854775807, 2147483648, 1_000_000, "99999999999999999999"])
def test_numbers_beyond_the_yearly_range_are_refused(office, tmp_path: Path, number: object) -> None:  # type: ignore[no-untyped-def]
    path = _save(_xlsx(tmp_path / "x.xlsx", _row(number)))  # type: ignore[arg-type]
    with pytest.raises(RowErrors) as err:
        import_register(office, "incoming", path)
    assert err.value.rows[0][1] == "Số đến"
    nxt = register_incoming(office, IncomingInput(
        received="2023-12-30", organ_name="Sở Tài chính", symbol="9/TB-STC", issued="2023-12-29",
        type_name="Thông báo", subject="Thông báo lịch nghỉ"))
    assert nxt.number == 1


def test_the_yearly_range_is_configurable(office, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    path = _save(_xlsx(tmp_path / "x.xlsx", _row(51)))
    with pytest.raises(RowErrors):
        import_register(office, "incoming", path, max_number=50)
    monkeypatch.setenv("VANTHU_MAX_NUMBER", "40")
    with pytest.raises(RowErrors) as err:
        import_register(office, "incoming", path)
    assert "40" in err.value.rows[0][2]
    monkeypatch.setenv("VANTHU_MAX_NUMBER", "60")
    assert import_register(office, "incoming", path).imported == 1


@pytest.mark.parametrize(("received", "issued"), [
    ("05/01/1900", "02/01/1900"), ("02/03/2023", "01/01/0001"),
    (dt.datetime(1900, 1, 5), dt.datetime(1900, 1, 2)), ("02/03/2023", 100),
])
def test_dates_before_1945_are_refused(office, tmp_path: Path, received: object, issued: object) -> None:  # type: ignore[no-untyped-def]
    path = _save(_xlsx(tmp_path / "x.xlsx", _row(1, received=received, issued=issued)))
    with pytest.raises(RowErrors) as err:
        import_register(office, "incoming", path)
    assert err.value.rows[0][1] in ("Ngày đến", "Ngày tháng văn bản")


def test_outgoing_dates_in_the_future_are_refused(office, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["Số, ký hiệu văn bản", "Ngày tháng văn bản", "Tên loại và trích yếu nội dung"])
    ws.append(["01/QĐ-UBND", vn_today() + dt.timedelta(days=40), "Quyết định về việc"])
    wb.save(tmp_path / "di.xlsx")
    with pytest.raises(RowErrors) as err:
        import_register(office, "outgoing", tmp_path / "di.xlsx")
    assert "tương lai" in err.value.rows[0][2]


def test_a_reimport_without_numbers_is_refused_as_duplicates(init_cli: Cli, tmp_path: Path) -> None:
    path = _save(_xlsx(tmp_path / "x.xlsx", _row(None, "1/QĐ-UBND"), _row(None, "2/KH-UBND"),
                       _row(None, "3/TB-UBND")))
    assert init_cli("import-register", "incoming", str(path)).code == 0
    before = snapshot(init_cli.data_dir)
    r = init_cli("import-register", "incoming", str(path))
    assert r.code == 2 and r.err.count("đã có trong sổ") == 3, (r.code, r.err)
    assert snapshot(init_cli.data_dir) == before
    r = init_cli("import-register", "incoming", str(path), "--skip-duplicates")
    assert r.code == 0 and "Bỏ qua 3 dòng đã có trong sổ" in r.out, r.err
    r = init_cli("incoming", "list", "--json")
    assert len(r.json) == 3


def test_a_reimport_with_numbers_skips_duplicates_and_adds_the_new(office, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    first = _save(_xlsx(tmp_path / "a.xlsx", _row(1, "1/QĐ-UBND"), _row(2, "2/QĐ-UBND")))
    import_register(office, "incoming", first)
    more = _save(_xlsx(tmp_path / "b.xlsx", _row(1, "1/QĐ-UBND"), _row(2, "2/QĐ-UBND"),
                       _row(3, "3/QĐ-UBND")))
    result = import_register(office, "incoming", more, skip_duplicates=True)
    assert (result.imported, result.duplicates) == (1, 2)


# -- a hypothesis test over spreadsheets ------------------------------------------------------
_office_cache: dict[str, Office] = {}


def _office() -> Office:
    if "o" not in _office_cache:
        folder = Path(tempfile.mkdtemp(prefix="vanthu-fuzz-xlsx-"))
        office = Office.open(folder / "data")
        initialise(office, OrgProfile(*ORG), None)
        _office_cache["o"] = office
    return _office_cache["o"]


values = st.one_of(
    st.none(), st.text(max_size=20), st.integers(min_value=-2**70, max_value=2**70),
    st.floats(allow_nan=True, allow_infinity=False), st.booleans(),
    st.datetimes(min_value=dt.datetime(1900, 1, 1), max_value=dt.datetime(2100, 1, 1)),
    st.sampled_from(["01/02/2023", "31/02/2023", "15/QĐ-UBND", "Quyết định về việc", "01",
                     "Người lập sổ", "Tổng cộng", "1", "../x", *HEADER]),
)
sheet_st = st.fixed_dictionaries({
    "state": st.sampled_from(["visible", "visible", "hidden"]),
    "header_at": st.integers(min_value=0, max_value=25),
    "cells": st.lists(st.tuples(st.integers(1, 30), st.integers(1, 12), values), max_size=25),
})


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
# found by the test in CI: a date-formatted cell holding serial -693594 made openpyxl warn in
# English on the clerk's terminal (an error under pytest's warnings-as-errors)
@example(sheets=[{"state": "visible", "header_at": 0, "cells": []},
                 {"state": "visible", "header_at": 0,
                  "cells": [(1, 1, dt.datetime(2000, 1, 1)), (1, 1, -693594)]}],
         register="incoming", pick=None)
@given(sheets=st.lists(sheet_st, min_size=1, max_size=3), register=st.sampled_from(
    ["incoming", "outgoing"]), pick=st.sampled_from([None, "Sheet", "T1"]))
def test_any_spreadsheet_is_imported_or_refused_with_a_message(sheets, register, pick) -> None:  # type: ignore[no-untyped-def]
    office = _office()
    wb = Workbook()
    wb.remove(wb.active)  # type: ignore[arg-type]
    for i, spec in enumerate(sheets):
        ws = wb.create_sheet(f"T{i}")
        if spec["header_at"]:
            for col, name in enumerate(HEADER, start=1):
                ws.cell(spec["header_at"], col, name)
        for r, c, v in spec["cells"]:
            if isinstance(v, str) and any(ord(ch) < 32 and ch not in "\t\n\r" for ch in v):
                v = v.encode("unicode_escape").decode()
            ws.cell(r, c, v)
        ws.sheet_state = spec["state"]
    if all(ws.sheet_state == "hidden" for ws in wb.worksheets):
        wb.worksheets[0].sheet_state = "visible"
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "x.xlsx"
        wb.save(path)
        before = snapshot(office)
        try:
            result = import_register(office, register, path, sheet=pick, files_dir=Path(tmp))
        except VanThuError as exc:
            assert exc.message
            assert snapshot(office) == before
        else:
            assert result.imported >= 0
            assert result.imported == 0 or snapshot(office) != before
