"""Account names that would impersonate someone in the audit log are refused (issue 13, 7)."""

from __future__ import annotations

import pytest

from desktop.accounts.organisation import AdminAccount, OrgProfile, initialise
from desktop.accounts.users import add_user, list_users
from desktop.core.errors import UserError
from desktop.kernel.auth import Role
from desktop.kernel.office import Office
from tests.conftest import ORG, Cli


@pytest.mark.parametrize("name", ["he-thong", "HE-THONG", "ocr", "ADMIN", "Admin", "ad\u200bmin",
                                  "adm1n", "ad.min", "quản-trị", "a b", "-x", "x" * 65])
def test_look_alike_reserved_and_odd_names_are_refused(office: Office, name: str) -> None:
    add_user(office, "admin", "mat-khau-1", [Role.ADMIN])
    with pytest.raises(UserError) as caught:
        add_user(office, name, "mat-khau-2", [Role.CLERK])
    assert caught.value.field == "username"
    assert [u.username for u in list_users(office)] == ["admin"]


def test_ordinary_names_are_accepted(office: Office) -> None:
    for name in ("admin", "vanthu1", "nguyen.van.an", "chu_tich", "pho-chu-tich"):
        add_user(office, name, "mat-khau-1", [Role.CLERK])
    assert len(list_users(office)) == 5


def test_the_cli_says_what_is_wrong_and_the_first_admin_is_checked_too(cli: Cli, tmp_path) -> None:
    r = cli("init", "--org-name", ORG[0], "--org-short", ORG[1], "--place", ORG[2],
            "--admin", "He-Thong", env={"VANTHU_PASSWORD": "mat-khau-qt"})
    assert r.code == 2 and "Tên đăng nhập" in r.err
    office = Office.open(tmp_path / "other")
    try:
        with pytest.raises(UserError):
            initialise(office, OrgProfile(*ORG), AdminAccount("he-thong", "mat-khau-qt"))
    finally:
        office.close()
