"""``vanthu token list``: what the sign dialog offers, at the console; ``--module`` for a typed
path; a library that is none is an environment error (exit 5)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import Cli
from tests.frozen.token_driver import KEY_ID, TOKEN_LABEL, install_token


def test_token_list_finds_the_softhsm_token_under_a_listed_name(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    installed = install_token(tmp_path, monkeypatch)
    cli = Cli(tmp_path / "data")
    r = cli("token", "list", "--json")
    assert r.code == 0, r.err
    [token] = [t for t in r.json if t["module"] == str(installed.module_path)]
    assert token["label"] == TOKEN_LABEL and token["vendor"].startswith("Ban Cơ yếu")
    [cert] = token["certificates"]
    assert cert["holder"] == "Nguyễn Văn An" and cert["key_id"] == KEY_ID.hex()
    r = cli("token", "list")
    assert f"{TOKEN_LABEL} (số sê-ri {token['serial']})" in r.out
    assert "Nguyễn Văn An, do Test RootCA chuyên dùng Chính phủ cấp" in r.out
    # a typed path: the same token
    r = cli("token", "list", "--module", str(installed.module_path), "--json")
    assert [t["label"] for t in r.json] == [TOKEN_LABEL]


def test_no_token_and_a_library_that_is_none(tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VANTHU_PKCS11_PATH", str(tmp_path / "trống"))
    cli = Cli(tmp_path / "data")
    r = cli("token", "list", "--module", str(tmp_path / "không-có.so"))
    assert r.code == 5
    assert "Không nạp được thư viện PKCS#11" in r.err
    r = cli("token", "list", "--json")
    assert r.code == 0
    assert all(not t["module"].startswith(str(tmp_path)) for t in r.json)
