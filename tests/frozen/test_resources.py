"""The resource helper from the source tree and frozen, Windows paths (``PureWindowsPath``), the
data folder under ``%LOCALAPPDATA%``, Vietnamese file names, CRLF in CSV files, Tesseract's
search."""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path, PurePosixPath, PureWindowsPath

import platformdirs.windows
import pytest

from desktop.core import resources
from desktop.core.errors import EnvironmentProblem
from desktop.core.resources import frozen_layout, resource, user_data_dir
from desktop.core.tools import configure_tesseract, find_tesseract, usual_tesseract_paths
from desktop.digitise.ocr_pages import check_environment
from desktop.registers.import_sheet import read_rows
from desktop.workdays.calendar import SHIPPED_CSV, parse_calendar_csv
from tests.conftest import Cli, tiny_pdf

ROOT = Path(__file__).resolve().parents[2]
WIN_USER = "C:\\Users\\Nguyễn Thị Hoa"


def test_from_the_source_tree_resources_are_beside_the_packages() -> None:
    assert not resources.is_frozen()
    assert resource() == ROOT / "resources"
    assert (resources.fonts_dir() / "NotoSerif-Regular.ttf").is_file()
    assert (resources.translations_dir() / "cli_en.json").is_file()
    assert (resources.icons_dir() / "vanthu.svg").is_file()
    assert (resources.migrations_dir() / "env.py").is_file()
    assert SHIPPED_CSV == resource("calendar", "holidays.csv") and SHIPPED_CSV.is_file()


def test_frozen_resources_come_from_the_bundle(monkeypatch: pytest.MonkeyPatch,
                                               tmp_path: Path) -> None:
    bundle = tmp_path / "VănThư" / "_internal"
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(bundle), raising=False)
    assert resources.is_frozen()
    assert resources.bundle_root() == bundle
    assert resource("fonts", "NotoSans-Regular.ttf") == bundle / "resources/fonts/NotoSans-Regular.ttf"
    assert resources.translations_dir() == bundle / "resources" / "translations"
    monkeypatch.delattr(sys, "_MEIPASS")
    assert not resources.is_frozen(), "frozen by another tool without _MEIPASS: the source rules"


def test_the_frozen_layout_of_a_windows_install_in_a_vietnamese_profile() -> None:
    exe = PureWindowsPath(WIN_USER, "AppData", "Local", "Programs", "VănThư", "VanThu.exe")
    layout = frozen_layout(exe)
    assert str(layout["folder"]) == WIN_USER + "\\AppData\\Local\\Programs\\VănThư"
    assert str(layout["fonts"]) == str(layout["folder"]) + "\\_internal\\resources\\fonts"
    assert str(layout["migrations"]).endswith("\\_internal\\models\\migrations")
    assert layout["translations"].drive == "C:"
    # the same on Linux, with its own separators
    linux = frozen_layout(PurePosixPath("/opt/vanthu/VanThu"))
    assert str(linux["resources"]) == "/opt/vanthu/_internal/resources"


def test_the_windows_data_folder_is_under_localappdata(monkeypatch: pytest.MonkeyPatch) -> None:
    local = WIN_USER + "\\AppData\\Local"
    env = {"LOCALAPPDATA": local, "APPDATA": WIN_USER + "\\AppData\\Roaming"}
    ours = user_data_dir("win32", env)
    assert ours == PureWindowsPath(local, "VanThu")
    # platformdirs (what the program asks on Windows) answers the same from the same variables
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    monkeypatch.setattr(platformdirs.windows, "get_win_folder",
                        platformdirs.windows.get_win_folder_from_env_vars)
    theirs = platformdirs.windows.Windows("VanThu", appauthor=False).user_data_dir
    assert PureWindowsPath(theirs) == ours
    assert "Roaming" not in theirs
    # no LOCALAPPDATA (a damaged profile): still under the user's own folder
    assert user_data_dir("win32", {"USERPROFILE": WIN_USER}) == PureWindowsPath(
        WIN_USER, "AppData", "Local", "VanThu")
    assert user_data_dir("linux", {"HOME": "/home/hoa"}) == PurePosixPath(
        "/home/hoa/.local/share/VanThu")
    assert user_data_dir() == Path(platformdirs.user_data_dir("VanThu", appauthor=False))


def test_vietnamese_folder_and_file_names_all_the_way(tmp_path: Path) -> None:
    data = tmp_path / "Dữ liệu văn thư xã Bình Phú"
    cli = Cli(data)
    r = cli("init", "--org-name", "UBND xã Bình Phú", "--org-short", "UBND", "--place",
            "Bình Phú")
    assert r.code == 0, r.err
    scan = tmp_path / "Công văn đến số 15 — Sở Nội vụ.pdf"
    scan.write_bytes(tiny_pdf("scan"))
    r = cli("incoming", "add", "--received", "2026-03-02", "--from", "Sở Nội vụ", "--symbol",
            "15/SNV-TĐKT", "--date", "2026-02-27", "--type", "Công văn", "--summary",
            "Về việc hướng dẫn thi đua khen thưởng", "--file", str(scan), "--json")
    assert r.code == 0, r.err
    out = tmp_path / "Xuất ra"
    r = cli("export", str(r.json["id"]), "--out", str(out))
    assert r.code == 0, r.err
    exported = [p for p in out.rglob("*") if p.is_file()]
    assert [p.read_bytes() for p in exported] == [scan.read_bytes()]
    assert (data / "vanthu.sqlite3").is_file()


def test_crlf_line_ends_read_as_lf(tmp_path: Path) -> None:
    # the shipped calendar as a Windows checkout (core.autocrlf) or Notepad would save it
    lf = SHIPPED_CSV.read_bytes()
    assert b"\r\n" not in lf
    crlf = lf.replace(b"\n", b"\r\n")
    assert parse_calendar_csv(crlf, "holidays.csv") == parse_calendar_csv(lf, "holidays.csv")
    # a register exported from Excel: CRLF rows, a quoted cell holding a line break
    sheet = tmp_path / "Sổ văn bản đến 2025.csv"
    sheet.write_bytes("\ufeffSố đến;Trích yếu\r\n1;\"Về việc\r\nthi đua\"\r\n2;Báo cáo\r\n"
                      .encode())
    rows = list(read_rows(sheet))
    assert rows == [(1, ["Số đến", "Trích yếu"]), (2, ["1", "Về việc\r\nthi đua"]),
                    (3, ["2", "Báo cáo"])]
    assert all("\r" not in cell for _n, row in rows for cell in row[:1])


def test_tesseract_on_windows_in_its_usual_folders() -> None:
    env = {"ProgramFiles": "C:\\Program Files", "LOCALAPPDATA": WIN_USER + "\\AppData\\Local"}
    usual = [str(p) for p in usual_tesseract_paths("win32", env)]
    assert usual[0] == "C:\\Program Files\\Tesseract-OCR\\tesseract.exe"
    per_user = WIN_USER + "\\AppData\\Local\\Programs\\Tesseract-OCR\\tesseract.exe"
    assert per_user in usual

    def nowhere(_name: str) -> None:
        return None

    assert find_tesseract("", system="win32", env=env, which=nowhere,
                          is_file=lambda p: p == per_user) == per_user
    # a folder set in the settings: its tesseract.exe
    configured = "D:\\Phần mềm\\Tesseract"
    assert find_tesseract(configured, system="win32", env=env, which=nowhere,
                          is_file=lambda p: p in (per_user, configured + "\\tesseract.exe")
                          ) == configured + "\\tesseract.exe"
    assert find_tesseract("", system="win32", env=env, which=nowhere,
                          is_file=lambda _p: False) is None


def _fake_tesseract(folder: Path, langs: list[str]) -> Path:
    folder.mkdir(parents=True)
    exe = folder / "tesseract"
    lines = "\\n".join(langs)
    exe.write_text(f'#!/bin/sh\nprintf "List of available languages (%d):\\n{lines}\\n" '
                   f"{len(langs)}\n")
    exe.chmod(exe.stat().st_mode | stat.S_IXUSR)
    return exe


def test_tesseract_from_the_settings_and_its_vietnamese_data(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("PATH", "/nonexistent")  # not on the PATH: only the settings find it
    monkeypatch.setattr("desktop.core.tools.usual_tesseract_paths", lambda *_a: [])
    try:
        configure_tesseract("")
        with pytest.raises(EnvironmentProblem, match="Chưa cài Tesseract OCR.*tesseract_path"):
            check_environment("vie", need_renderer=False)
        real = tmp_path / "Tesseract thật"
        real.mkdir()
        os.symlink("/usr/bin/tesseract", real / "tesseract")
        configure_tesseract(real)  # the folder
        assert check_environment("vie", need_renderer=False) == str(real / "tesseract")
        english_only = _fake_tesseract(tmp_path / "chỉ tiếng Anh", ["eng", "osd"])
        configure_tesseract(english_only)  # the program itself
        with pytest.raises(EnvironmentProblem, match="chưa có dữ liệu ngôn ngữ vie.*tessdata"):
            check_environment("vie", need_renderer=False)
    finally:
        configure_tesseract("")


def test_the_setting_is_read_when_an_office_opens(tmp_path: Path) -> None:
    from desktop.core.settings import Settings
    from desktop.core.tools import configure_from_settings

    Settings(tmp_path).set("tesseract_path", "/opt/ocr/bin/tesseract")
    try:
        configure_from_settings(tmp_path)
        assert find_tesseract(which=lambda _n: None,
                              is_file=lambda p: p == "/opt/ocr/bin/tesseract"
                              ) == "/opt/ocr/bin/tesseract"
    finally:
        configure_tesseract("")
