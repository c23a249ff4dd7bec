"""``vanthu dossier`` and ``vanthu calendar`` as the desk types them."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.conftest import Cli, snapshot


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)


def test_help_on_every_command(cli: Cli) -> None:
    for args in (["dossier", "--help"], ["dossier", "add", "--help"],
                 ["dossier", "advance", "--help"], ["dossier", "list", "--help"],
                 ["dossier", "show", "--help"], ["dossier", "form", "--help"],
                 ["dossier", "book", "--help"], ["dossier", "figures", "--help"],
                 ["dossier", "due-soon", "--help"], ["dossier", "procedures", "--help"],
                 ["calendar", "due", "--help"], ["calendar", "import", "--help"],
                 ["calendar", "list", "--help"]):
        r = cli(*args)
        assert r.code == 0, args


def test_done_when_the_desk_receives_before_30_4_and_prints_the_receipt(
    init_cli: Cli, tmp_path: Path
) -> None:
    cli = init_cli
    scan = tmp_path / "to-khai.pdf"
    scan.write_bytes(b"%PDF-1.4\n%to khai\n")
    r = cli("dossier", "add", "--received", "2026-04-29 09:00", "--procedure",
            "Xác nhận tình trạng hôn nhân", "--days", "3", "--applicant", "Nguyễn Thị Lan",
            "--address", "Ấp 3, xã Bình Phú", "--phone", "0912 345 678", "--channel",
            "truc-tiep", "--component", "Tờ khai:ban-chinh:1", "--component",
            "Căn cước công dân:ban-sao:2", "--file", str(scan), "--json")
    assert r.code == 0, r.err
    code = r.json["code"]
    assert code == "000.00.01.H56-260429-0001"
    # 30/4 and 1/5 (Thursday, Friday) and the weekend skipped: three working days are
    # Monday 4/5, Tuesday 5/5 and Wednesday 6/5 (the day of receipt is not counted).
    assert r.json["appointment"] == "2026-05-06T09:00:00+07:00"
    assert r.json["components"][1] | {} == {
        "position": 2, "name": "Căn cước công dân", "form": "ban-sao", "count": 2,
        "sha256": None, "file_name": "", "reused": False, "reused_from": ""}
    out = tmp_path / "giay-tiep-nhan.pdf"
    r = cli("dossier", "form", code, "--kind", "receipt", "--out", str(out), "--json")
    assert r.code == 0, r.err
    text = pdf_text(out)
    assert code in text
    assert "06/05/2026" in text and "09 giờ 00 phút" in text
    assert "Nguyễn Thị Lan" in text and "Ấp 3, xã Bình Phú" in text
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in text and "Độc lập - Tự do - Hạnh phúc" in text
    assert "Căn cước công dân" in text and "Bản sao" in text and "03 ngày làm việc" in text


def test_a_dossier_through_its_life_on_the_command_line(init_cli: Cli, tmp_path: Path) -> None:
    cli = init_cli
    code = cli("dossier", "add", "--received", "2026-04-29 09:00", "--procedure",
               "Đăng ký kết hôn", "--applicant", "Trần Văn Bình", "--json").json["code"]
    for step, at in (("processing", "2026-04-29 10:00"), ("supplement", "2026-05-04 08:00"),
                     ("supplemented", "2026-05-05 08:00")):
        r = cli("dossier", "advance", code, "--to", step, "--at", at, "--note", "ghi chú",
                "--json")
        assert r.code == 0, r.err
    assert r.json["paused_days"] == 1 and r.json["appointment"] == "2026-05-11T09:00:00+07:00"
    result = tmp_path / "ket-qua.pdf"
    result.write_bytes(b"%PDF-1.4\n%giay chung nhan\n")
    r = cli("dossier", "advance", code, "--to", "done", "--at", "2026-05-06 15:00", "--file",
            str(result), "--json")
    assert r.code == 0 and r.json["result_sha256"] and r.json["judgement"] == "truoc-han"
    r = cli("dossier", "advance", code, "--to", "returned", "--at", "2026-05-07 08:00")
    assert r.code == 0 and "Đã trả kết quả" in r.out
    r = cli("dossier", "show", code)
    assert "Bước 6" in r.out and "Trước hạn" in r.out
    r = cli("dossier", "list", "--period", "2026-Q2", "--json")
    assert [d["code"] for d in r.json] == [code]
    assert cli("dossier", "list", "--period", "2026-03", "--json").json == []
    r = cli("dossier", "figures", "--period", "2026", "--json")
    assert (r.json["received"], r.json["on_time"], r.json["late"], r.json["in_progress"]) == \
        (1, 1, 0, 0)
    text = cli("dossier", "figures", "--period", "2026").out
    assert "Tỷ lệ đúng hạn (kể cả đang giải quyết trong hạn): 100%" in text
    assert r.json["figure"]["breakdown_text"] in text  # the report's own words
    book = tmp_path / "so.pdf"
    r = cli("dossier", "book", "--period", "2026-04", "--out", str(book), "--json")
    assert r.code == 0 and r.json["rows"] == 1
    text = pdf_text(book)
    assert "SỔ THEO DÕI HỒ SƠ" in text and "Trần Văn Bình" in text
    control = tmp_path / "kiem-soat.pdf"
    assert cli("dossier", "form", code, "--kind", "control", "--out", str(control)).code == 0
    text = pdf_text(control)
    assert "PHIẾU KIỂM SOÁT" in text and "Trước hạn" in text and "Giao:" in text


@pytest.mark.parametrize(
    ("args", "field", "needle"),
    [
        (["--received", "2026-02-30 09:00"], "received", "Thời điểm không hợp lệ"),
        (["--days", "-3"], "days", "lớn hơn hoặc bằng 0"),
        (["--days", "ba"], "days", "số nguyên"),
        (["--procedure", "Thủ tục chưa có"], "procedure", "--days"),
        (["--component", "CCCD:ban-sao:0"], "component", "Số lượng"),
        (["--file", "/khong/co/tep.pdf"], "file", "Không tìm thấy tệp"),
        (["--phone", "gọi tôi"], "phone", "Số điện thoại"),
    ],
)
def test_bad_input_is_refused_naming_the_field_and_nothing_changes(
    init_cli: Cli, data_dir: Path, args: list[str], field: str, needle: str
) -> None:
    base = {"--received": "2026-04-29 09:00", "--procedure": "Đăng ký khai sinh",
            "--applicant": "Lê C"}
    extra: list[str] = []
    for k, v in zip(args[::2], args[1::2], strict=True):
        if k in base:
            base[k] = v
        else:
            extra += [k, v]
    before = snapshot(data_dir)
    r = init_cli("dossier", "add", *[x for kv in base.items() for x in kv], *extra, "--json")
    assert r.code == 2, r.err
    assert r.error_json["error"]["field"] == field
    assert needle in r.error_json["error"]["message"]
    assert snapshot(data_dir) == before


def test_bad_advance_is_refused_and_nothing_changes(init_cli: Cli, data_dir: Path) -> None:
    cli = init_cli
    code = cli("dossier", "add", "--received", "2026-04-29 09:00", "--procedure",
               "Đăng ký khai sinh", "--applicant", "Lê C", "--json").json["code"]
    before = snapshot(data_dir)
    r = cli("dossier", "advance", code, "--to", "returned", "--json")
    assert r.code == 2 and r.error_json["error"]["field"] == "to"
    assert "Không thể chuyển" in r.error_json["error"]["message"]
    r = cli("dossier", "advance", "KHONG-CO-MA", "--to", "processing")
    assert r.code == 3 and "Không có hồ sơ mã KHONG-CO-MA" in r.err
    r = cli("dossier", "advance", code, "--to", "processing", "--at", "29/04/2026 25:00",
            "--json")
    assert r.code == 2 and r.error_json["error"]["field"] == "at"
    r = cli("dossier", "advance", code, "--to", "processing", "--at", "2026-04-28 09:00",
            "--json")
    assert r.code == 2 and r.error_json["error"]["field"] == "at"
    r = cli("dossier", "advance", code, "--to", "finished")
    assert r.code == 2 and "Lỗi cú pháp" in r.err and "giá trị không hợp lệ" in r.err
    assert cli("dossier", "show", "KHONG-CO-MA").code == 3
    assert snapshot(data_dir) == before


def test_calendar_due_list_and_import(init_cli: Cli, data_dir: Path, tmp_path: Path) -> None:
    cli = init_cli
    r = cli("calendar", "due", "--from", "2026-04-29 09:00", "--days", "3", "--json")
    assert r.code == 0 and r.json["appointment"] == "2026-05-06T09:00:00+07:00"
    assert "09:00 06/05/2026" in cli("calendar", "due", "--from", "2026-04-29 09:00",
                                     "--days", "3").out
    r = cli("calendar", "due", "--from", "2026-04-29 09:00", "--days", "-1", "--json")
    assert r.code == 2 and r.error_json["error"]["field"] == "days"
    r = cli("calendar", "list", "--year", "2026", "--json")
    assert r.json["complete"] and "2026-04-30" in [d["day"] for d in r.json["days"]]
    r = cli("calendar", "list", "--year", "2027", "--json")
    assert not r.json["complete"]

    # The administrator learns of the 2/9/2026 adjacent day and a 2028 table.
    csv = tmp_path / "lich.csv"
    rows = ["# bổ sung", "date,kind,name,source"]
    rows += [f"{d},nghi,{n},Thông báo thử" for d, n in (
        ("2026-01-01", "Tết Dương lịch"), ("2026-02-16", "Tết Nguyên đán"),
        ("2026-02-17", "Tết Nguyên đán"), ("2026-02-18", "Tết Nguyên đán"),
        ("2026-02-19", "Tết Nguyên đán"), ("2026-02-20", "Tết Nguyên đán"),
        ("2026-04-27", "Nghỉ bù Giỗ Tổ"), ("2026-04-30", "30/4"), ("2026-05-01", "1/5"),
        ("2026-09-01", "Quốc khánh (ngày liền kề)"), ("2026-09-02", "Quốc khánh"),
        ("2028-01-03", "Tết Dương lịch (nghỉ bù)"))]
    csv.write_text("\n".join(rows) + "\n", encoding="utf-8")
    r = cli("calendar", "import", str(csv), "--json")
    assert r.code == 0, r.err
    assert r.json == {"years": [2026, 2028], "rows": 12, "replaced": 10}
    r = cli("calendar", "due", "--from", "2026-08-31 09:00", "--days", "1", "--json")
    assert r.json["appointment"] == "2026-09-03T09:00:00+07:00"
    assert cli("calendar", "list", "--year", "2025", "--json").json["complete"]  # kept
    r = cli("calendar", "list", "--year", "2028", "--json")
    assert [d["day"] for d in r.json["days"]] == ["2028-01-03"] and not r.json["complete"]


@pytest.mark.parametrize(
    ("content", "needle"),
    [
        (b"date,kind,name\n2028-01-03,nghi,T\xeat D\xd0\xf4ng\n", "UTF-8"),  # Windows-1258
        (b"date,kind,name\n2028-02-30,nghi,Sai\n2028-01-03,lam-bu,Sai\n", "2 dòng lỗi"),
        (b"ngay,ten\n2028-01-03,X\n", "thiếu cột"),
    ],
)
def test_bad_calendar_files_change_nothing(init_cli: Cli, data_dir: Path, tmp_path: Path,
                                           content: bytes, needle: str) -> None:
    path = tmp_path / "lich.csv"
    path.write_bytes(content)
    before = snapshot(data_dir)
    r = init_cli("calendar", "import", str(path))
    assert r.code == 2 and needle in r.err
    assert snapshot(data_dir) == before


def test_calendar_import_needs_the_administrator(cli: Cli, tmp_path: Path) -> None:
    env = {"VANTHU_PASSWORD": "matkhau-quan-tri"}
    r = cli("init", "--org-name", "UBND xã A", "--org-short", "UBND", "--place", "A", "--admin",
            "admin", env=env)
    assert r.code == 0, r.err
    r = cli("--user", "admin", "user", "add", "vanthu1", "--role", "van-thu",
            env=env | {"VANTHU_NEW_PASSWORD": "matkhau-van-thu"})
    assert r.code == 0, r.err
    path = tmp_path / "lich.csv"
    path.write_text("date,kind,name\n2028-01-03,nghi,Tết Dương lịch\n", encoding="utf-8")
    clerk = {"VANTHU_PASSWORD": "matkhau-van-thu"}
    r = cli("--user", "vanthu1", "calendar", "import", str(path), env=clerk)
    assert r.code == 4 and "Quản trị" in r.err
    r = cli("--user", "vanthu1", "dossier", "add", "--received", "2026-04-29 09:00",
            "--procedure", "Đăng ký khai sinh", "--applicant", "Lê C", env=clerk)
    assert r.code == 0, r.err
    assert cli("--user", "admin", "calendar", "import", str(path), env=env).code == 0


def test_due_soon_and_procedures(init_cli: Cli) -> None:
    cli = init_cli
    code = cli("dossier", "add", "--received", "2026-04-29 09:00", "--procedure",
               "Xác nhận tình trạng hôn nhân", "--applicant", "Lê C", "--json").json["code"]
    r = cli("dossier", "due-soon", "--today", "2026-05-05", "--json")
    assert [d["code"] for d in r.json] == [code]
    assert cli("dossier", "due-soon", "--today", "2026-04-29", "--json").json == []
    r = cli("dossier", "procedures", "--json")
    names = {p["name"]: p["days"] for p in r.json}
    assert names["Đăng ký khai sinh"] == 0 and names["Xác nhận tình trạng hôn nhân"] == 3


def test_dossier_add_prints_every_problem_at_once(init_cli: Cli) -> None:
    """As the window's form (issue 14, 7): all the problems, one a line, exit 2 (bad input),
    nothing kept."""
    before = init_cli("dossier", "list", "--json")
    r = init_cli("dossier", "add", "--received", "2099-01-05 09:00", "--procedure",
                 "Cấp phép đào đường", "--applicant", " ", "--phone", "abc",
                 "--email", "lan@")
    assert r.code == 2
    for words in ("--days", "tương lai", "tên người nộp hồ sơ", "Số điện thoại",
                  "Thư điện tử"):
        assert words in r.err, (words, r.err)
    assert init_cli("dossier", "list", "--json").out == before.out
