"""Role names as the CLI prints them (refusals, ``user list``, ``secrecy``): the window's words
in English ("Clerk"), not the clerk's office that "Văn thư" also is, and Vietnamese unchanged."""

from __future__ import annotations

import pytest

from desktop.core.i18n import _, set_language
from desktop.kernel.auth import Role, role_name
from tests.conftest import ORG, Cli

PW = "mat-khau-chung"
INCOMING = ["incoming", "add", "--received", "2026-01-05", "--from", "Sở Nội vụ", "--symbol",
            "15/HD-SNV", "--date", "2026-01-02", "--type", "Hướng dẫn", "--summary", "Hướng dẫn"]


@pytest.fixture
def office_cli(cli: Cli) -> Cli:
    cli.env = {"VANTHU_PASSWORD": PW, "VANTHU_NEW_PASSWORD": PW}
    r = cli("init", "--org-name", ORG[0], "--org-short", ORG[1], "--place", ORG[2],
            "--admin", "quantri")
    assert r.code == 0, r.err
    for name, role in (("canbo1", "can-bo"), ("chutich", "lanh-dao")):
        assert cli("--user", "quantri", "user", "add", name, "--role", role).code == 0
    return cli


def test_the_role_is_not_the_office() -> None:
    set_language("en")
    assert [role_name(r) for r in Role] == ["Administrator", "Clerk", "Leader", "Officer"]
    assert _("Văn thư") == "Clerk's office"  # the interchange's staff department, unchanged
    assert role_name("khong-co") == "khong-co"
    set_language("vi")
    assert [role_name(r) for r in Role] == ["Quản trị", "Văn thư", "Lãnh đạo", "Cán bộ"]


def test_a_refusal_names_the_roles_in_the_users_language(office_cli: Cli) -> None:
    cli = office_cli
    vi = cli("--user", "canbo1", *INCOMING)
    assert vi.code == 4 and vi.err.endswith("Cần vai trò: Văn thư.\n"), vi.err
    vi = cli("--user", "canbo1", "secrecy", "list")  # administrator or clerk
    assert vi.code == 4 and "Cần vai trò: Quản trị, Văn thư." in vi.err
    en = cli("--lang", "en", "--user", "canbo1", *INCOMING)
    assert en.code == 4 and en.err.endswith("Required role: Clerk.\n"), en.err
    en = cli("--lang", "en", "--user", "canbo1", "secrecy", "list")
    assert en.code == 4 and "Required role: Administrator, Clerk." in en.err
    assert "Quản trị" not in en.err and "Văn thư" not in en.err and "office" not in en.err
    log = cli("--lang", "en", "--user", "quantri", "audit", "list")
    assert log.code == 0 and "canbo1  Refused" in log.out, log.out


def test_user_list_names_the_roles_and_json_keeps_the_codes(office_cli: Cli) -> None:
    cli = office_cli
    vi = cli("--user", "quantri", "user", "list").out.splitlines()
    assert [line.split("\t")[2] for line in vi] == ["Cán bộ", "Lãnh đạo", "Quản trị, Văn thư"]
    en = cli("--lang", "en", "--user", "quantri", "user", "list").out.splitlines()
    assert [line.split("\t")[2] for line in en] == ["Officer", "Leader", "Administrator, Clerk"]
    codes = cli("--lang", "en", "--user", "quantri", "user", "list", "--json").json
    assert [u["roles"] for u in codes] == [["can-bo"], ["lanh-dao"], ["quan-tri", "van-thu"]]


def test_secrecy_names_the_role(office_cli: Cli) -> None:
    cli = office_cli
    args = ("--user", "quantri", "secrecy", "grant", "tuyet-mat", "--role", "lanh-dao")
    vi = cli(*args)  # the leader role reads tuyệt mật from the start
    assert vi.code == 2 and "Vai trò Lãnh đạo đã được xem văn bản ở độ mật này" in vi.err
    en = cli("--lang", "en", *args)
    assert en.code == 2 and "Error: The Leader role may already" in en.err
    assert "lanh-dao" not in en.err
    r = cli("--lang", "en", "--user", "quantri", "secrecy", "grant", "mat", "--role", "can-bo")
    assert r.code == 0 and "Granted the Officer role access to Secret documents" in r.out, r.out
    listed = cli("--lang", "en", "--user", "quantri", "secrecy", "list").out
    assert "Secret: the Officer role" in listed and "Strictly secret: the Clerk role" in listed
    listed = cli("--user", "quantri", "secrecy", "list").out
    assert "Mật: vai trò Cán bộ" in listed and "Tuyệt mật: vai trò Văn thư" in listed
