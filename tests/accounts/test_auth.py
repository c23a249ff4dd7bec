"""Accounts and roles, enforced in the services: the CLI gets the same refusals as the window."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from tests.conftest import ORG, Cli, tiny_pdf

ADMIN_PW = "mat-khau-quan-tri"


def _office_with_accounts(cli: Cli) -> Cli:
    r = cli("init", "--org-name", ORG[0], "--org-short", "UBND", "--place", "Bình Phú",
            "--admin", "vanthu1", "--full-name", "Trần Thị Hoa", env={"VANTHU_PASSWORD": ADMIN_PW})
    assert r.code == 0, r.err
    as_admin = {"VANTHU_USER": "vanthu1", "VANTHU_PASSWORD": ADMIN_PW}
    for name, role in (("canbo1", "can-bo"), ("chutich", "lanh-dao")):
        r = cli("user", "add", name, "--role", role, "--full-name", name,
                env=as_admin | {"VANTHU_NEW_PASSWORD": f"{name}-pw"})
        assert r.code == 0, r.err
    return cli


INCOMING = ["incoming", "add", "--received", "2026-01-05", "--from", "Sở Nội vụ", "--symbol",
            "15/HD-SNV", "--date", "2026-01-02", "--type", "Hướng dẫn", "--summary", "Hướng dẫn"]


def test_roles_are_enforced_and_refusals_audited(cli: Cli) -> None:
    _office_with_accounts(cli)
    r = cli(*INCOMING, env={"VANTHU_USER": "canbo1", "VANTHU_PASSWORD": "canbo1-pw"})
    assert r.code == 4 and "không có quyền" in r.err and "Văn thư" in r.err
    r = cli(*INCOMING, "--json", env={"VANTHU_USER": "vanthu1", "VANTHU_PASSWORD": ADMIN_PW})
    assert r.code == 0 and r.json["arrival_number"] == 1  # the refused attempt took no number
    r = cli("user", "list", env={"VANTHU_USER": "chutich", "VANTHU_PASSWORD": "chutich-pw"})
    assert r.code == 4
    con = sqlite3.connect(cli.data_dir / "vanthu.sqlite3")
    actions = [a for (a,) in con.execute("SELECT actor || ':' || action FROM audit_log")]
    con.close()
    assert "canbo1:tu-choi" in actions and "chutich:tu-choi" in actions
    assert cli("audit", "verify").code == 4  # a login, like every command that reads data
    assert cli("audit", "verify", env={"VANTHU_USER": "chutich",
                                       "VANTHU_PASSWORD": "chutich-pw"}).code == 0


def test_commands_need_a_login_once_accounts_exist(cli: Cli) -> None:
    _office_with_accounts(cli)
    r = cli(*INCOMING)
    assert r.code == 4 and "--user" in r.err
    r = cli(*INCOMING, env={"VANTHU_USER": "vanthu1", "VANTHU_PASSWORD": "sai"})
    assert r.code == 4 and "Sai tên đăng nhập hoặc mật khẩu" in r.err


def test_lock_out_after_repeated_failures_and_admin_reset(cli: Cli) -> None:
    _office_with_accounts(cli)
    for _ in range(5):
        cli("incoming", "list", env={"VANTHU_USER": "canbo1", "VANTHU_PASSWORD": "sai"})
    r = cli("incoming", "list", env={"VANTHU_USER": "canbo1", "VANTHU_PASSWORD": "canbo1-pw"})
    assert r.code == 4 and "tạm bị khóa" in r.err
    admin = {"VANTHU_USER": "vanthu1", "VANTHU_PASSWORD": ADMIN_PW}
    r = cli("user", "passwd", "canbo1", env=admin | {"VANTHU_NEW_PASSWORD": "moi-123456"})
    assert r.code == 0
    r = cli("incoming", "list", env={"VANTHU_USER": "canbo1", "VANTHU_PASSWORD": "moi-123456"})
    assert r.code == 0
    r = cli("user", "disable", "canbo1", env=admin)
    assert r.code == 0
    r = cli("incoming", "list", env={"VANTHU_USER": "canbo1", "VANTHU_PASSWORD": "moi-123456"})
    assert r.code == 4 and "vô hiệu hóa" in r.err


def test_passwords_are_argon2id_and_never_logged(cli: Cli) -> None:
    _office_with_accounts(cli)
    cli("incoming", "list", env={"VANTHU_USER": "vanthu1", "VANTHU_PASSWORD": "sai-mat-khau-x"})
    con = sqlite3.connect(cli.data_dir / "vanthu.sqlite3")
    (h,) = con.execute("SELECT password_hash FROM users WHERE username='vanthu1'").fetchone()
    dump = "\n".join(con.iterdump())
    con.close()
    assert h.startswith("$argon2id$")
    assert ADMIN_PW not in dump and "sai-mat-khau-x" not in dump
    log = (cli.data_dir / "vanthu.log").read_text(encoding="utf-8")
    assert ADMIN_PW not in log and "sai-mat-khau-x" not in log


def test_data_folder_and_files_are_private(cli: Cli, tmp_path: Path) -> None:
    _office_with_accounts(cli)
    f = tmp_path / "a.pdf"
    f.write_bytes(tiny_pdf("a"))
    r = cli(*INCOMING, "--file", str(f), env={"VANTHU_USER": "vanthu1", "VANTHU_PASSWORD": ADMIN_PW})
    assert r.code == 0
    assert cli.data_dir.stat().st_mode & 0o077 == 0
    stored = [p for p in (cli.data_dir / "files").rglob("*") if p.is_file()]
    assert stored and all(p.stat().st_mode & 0o222 == 0 for p in stored)
