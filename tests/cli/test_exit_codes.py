"""Bad input at the door gets its message and a documented exit code, never 70 (issue 13,
finding 6), and secrets stay off the command line (finding 7)."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

import pytest

from tests.conftest import Cli, snapshot

HUGE = "99999999999999999999999"


def _walk(parser: argparse.ArgumentParser, path: tuple[str, ...] = ()):  # type: ignore[no-untyped-def]
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield from _walk(sub, (*path, name))
        else:
            yield path, action


def test_no_command_takes_an_unbounded_integer() -> None:
    """``type=int`` lets 10²³ through to SQL (OverflowError, exit 70): every integer argument
    uses a bounded type from desktop.cli.common."""
    from desktop.cli import build_parser

    unbounded = [(" ".join(path), action.dest) for path, action in _walk(build_parser())
                 if action.type is int]
    assert unbounded == []


@pytest.mark.parametrize("args", [
    ("show", HUGE), ("cancel", HUGE, "--reason", "x"), ("audit", "list", "--document", HUGE),
    ("book", "incoming", "--year", "99999", "--out", "x.pdf"),
    ("report", "--period", "9999"), ("report", "--period", "1900"),
    ("report", "--period", "2026-01-01..9999-12-31"), ("audit", "list", "--limit", HUGE),
])
def test_out_of_range_numbers_are_bad_input(init_cli: Cli, args: tuple[str, ...]) -> None:
    before = snapshot(init_cli.data_dir)
    r = init_cli(*args)
    assert r.code == 2, (args, r.code, r.err)
    assert "Lỗi" in r.err and "Lỗi không mong đợi" not in r.err
    assert "invalid choice" not in r.err and "unrecognized" not in r.err
    after = snapshot(init_cli.data_dir)
    before["tables"].pop("audit_log", None)
    after["tables"].pop("audit_log", None)
    assert after == before


def test_backup_into_a_folder_writes_a_named_file_inside(init_cli: Cli, tmp_path: Path) -> None:
    folder = tmp_path / "usb"
    folder.mkdir()
    r = init_cli("backup", "--out", str(folder), "--json")
    assert r.code == 0, r.err
    made = list(folder.iterdir())
    assert len(made) == 1 and made[0].name.startswith("vanthu-sao-luu-")
    assert made[0].suffix == ".zip" and Path(r.json["path"]) == made[0]


def test_verify_names_what_is_not_a_pdf_and_survives_deep_nesting(init_cli: Cli,
                                                                  tmp_path: Path) -> None:
    text = tmp_path / "ghi-chu.pdf"
    text.write_text("không phải PDF", encoding="utf-8")
    r = init_cli("verify", str(text))
    assert r.code == 2 and "không phải tệp PDF" in r.err and "ký" not in r.err.split(":")[-1]

    depth = 100_000  # nested arrays: the reader's recursion gives up (RecursionError)
    deep = tmp_path / "long-nhau.pdf"
    deep.write_bytes(b"%PDF-1.7\n1 0 obj\n" + b"[" * depth + b"]" * depth + b"\nendobj\n"
                     b"2 0 obj <</Type/Catalog/Pages 3 0 R/X 1 0 R>> endobj\n"
                     b"3 0 obj <</Type/Pages/Kids[]/Count 0>> endobj\n"
                     b"trailer <</Root 2 0 R>>\n%%EOF")
    r = init_cli("verify", str(deep))
    assert r.code == 2, r.err
    assert "bị hỏng" in r.err and "không kiểm tra được chữ ký" in r.err


def test_a_closed_pipe_ends_the_command_quietly(init_cli: Cli) -> None:
    """``vanthu audit list | head -1``: the reader goes away; exit 141 as a shell reports
    SIGPIPE, no traceback and no exit 70."""
    import contextlib
    import io

    from desktop.cli import EXIT_BROKEN_PIPE, main

    for i in range(3):
        r = init_cli("incoming", "add", "--received", "2026-03-02", "--from", "Sở Nội vụ",
                     "--symbol", f"{i + 1}/SNV", "--date", "2026-03-01", "--type", "Công văn",
                     "--summary", f"V/v {i}")
        assert r.code == 0, r.err
    read, write = os.pipe()
    os.close(read)
    pipe = os.fdopen(write, "w", buffering=1)
    err = io.StringIO()
    try:
        with contextlib.redirect_stdout(pipe), contextlib.redirect_stderr(err):
            code = main(["--data", str(init_cli.data_dir), "incoming", "list"])
    finally:
        with contextlib.suppress(BrokenPipeError):
            pipe.close()
    assert code == EXIT_BROKEN_PIPE == 141
    assert "Lỗi không mong đợi" not in err.getvalue()


def test_a_password_in_db_on_the_command_line_is_refused(init_cli: Cli) -> None:
    r = init_cli("--db", "postgresql+psycopg://van:bi-mat@127.0.0.1:5432/vanthu", "incoming",
                 "list")
    assert r.code == 2
    assert "VANTHU_DB_PASSWORD_FILE" in r.err and "bi-mat" not in r.err


def test_the_password_file_fills_the_url(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop.core.config import resolve, url_has_password

    secret = tmp_path / "pg.secret"
    secret.write_text("mật-khẩu\n", encoding="utf-8")
    monkeypatch.setenv("VANTHU_DB_PASSWORD_FILE", str(secret))
    loc = resolve(tmp_path / "d", "postgresql+psycopg://van@127.0.0.1:5432/vanthu")
    assert url_has_password(loc.db_url)
    from sqlalchemy.engine import make_url

    assert make_url(loc.db_url).password == "mật-khẩu"
    # SQLite has no password: the file is ignored there
    assert resolve(tmp_path / "d").db_url.startswith("sqlite")


def test_incoming_add_and_attach_share_one_file_check(init_cli: Cli, tmp_path: Path) -> None:
    """What ``attach`` refuses, ``incoming add --file`` refuses too (issue 13, finding 7):
    truncated, encrypted and text-named-.pdf files; nothing is registered."""
    import io

    from pypdf import PdfWriter

    from tests.conftest import tiny_pdf

    good = tiny_pdf("tốt")
    truncated = tmp_path / "cut.pdf"
    truncated.write_bytes(good[: len(good) // 3])
    text = tmp_path / "ghi-chu.pdf"
    text.write_text("đây là văn bản, không phải PDF", encoding="utf-8")
    writer = PdfWriter()
    writer.add_blank_page(595, 842)
    writer.encrypt("mat-khau")
    buf = io.BytesIO()
    writer.write(buf)
    locked = tmp_path / "khoa.pdf"
    locked.write_bytes(buf.getvalue())
    add = ("incoming", "add", "--received", "2026-03-02", "--from", "Sở Nội vụ", "--symbol",
           "1/SNV", "--date", "2026-03-01", "--type", "Công văn", "--summary", "V/v thử")
    before = snapshot(init_cli.data_dir)
    for bad in (truncated, text, locked):
        r = init_cli(*add, "--file", str(bad))
        assert r.code == 2, (bad.name, r.err)
        assert bad.name in r.err
        r = init_cli("attach", "1", str(bad))
        assert r.code in (2, 3), (bad.name, r.err)
    after = snapshot(init_cli.data_dir)
    for state in (before, after):
        state["tables"].pop("audit_log", None)
    assert after == before
    ok = tmp_path / "tot.pdf"
    ok.write_bytes(good)
    assert init_cli(*add, "--file", str(ok)).code == 0
