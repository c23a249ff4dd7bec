"""The PKCS#11 module search: the per-platform lists, and a SoftHSM2 token installed under a
listed name found with its label, serial and certificate."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path, PureWindowsPath

import pytest

from signing import token_modules
from signing.errors import SigningError
from signing.token_modules import (
    LINUX_MODULES,
    MAC_MODULES,
    WINDOWS_MODULES,
    candidates,
    find_modules,
    find_tokens,
    list_tokens,
)
from tests.frozen.token_driver import KEY_ID, TOKEN_LABEL, install_token

SOURCES = set(re.findall(r"^\[(\w+)\]", token_modules.__doc__ or "", re.M))


def test_every_listed_name_cites_a_source_and_the_vietnamese_cas_are_there() -> None:
    assert {"BCY", "VNPT1", "VNPT2", "WEB", "NEAC", "OSC", "SNT"} <= SOURCES
    for known in (*WINDOWS_MODULES, *LINUX_MODULES, *MAC_MODULES,
                  *token_modules.WINDOWS_PROGRAM_FILES):
        assert known.source in SOURCES, known
        assert known.name in (token_modules.__doc__ or "") or known.source in ("BCY", "SNT",
                                                                               "OSC"), known
    vendors = {m.vendor.split(" ")[0] for m in WINDOWS_MODULES}
    assert {"Ban", "VNPT-CA", "Viettel-CA", "BKAV-CA", "FPT-CA", "Safe-CA"} <= vendors
    assert WINDOWS_MODULES[0].name == "bit4xpki.dll", "the Government CA's tokens first"
    names = [m.name.lower() for m in WINDOWS_MODULES]
    assert len(names) == len(set(names)), "Windows names are case-insensitive: no duplicates"


def test_windows_candidates_are_in_system32_and_program_files() -> None:
    env = {"SystemRoot": "C:\\WINDOWS", "ProgramFiles": "C:\\Program Files",
           "ProgramFiles(x86)": "C:\\Program Files (x86)",
           "VANTHU_PKCS11_PATH": "D:\\Trình điều khiển"}
    paths = [p for p, _m in candidates("win32", env)]
    assert all(isinstance(p, PureWindowsPath) for p in paths)
    assert paths[0] == PureWindowsPath("D:\\Trình điều khiển\\bit4xpki.dll")
    assert PureWindowsPath("C:\\WINDOWS\\System32\\vnpt-ca_csp11.dll") in paths
    assert PureWindowsPath("C:\\WINDOWS\\System32\\viettel-ca_v6.dll") in paths
    assert PureWindowsPath(
        "C:\\Program Files\\Bkav Corporation\\BkavCA Token Manager\\st3csp11.dll") in paths
    present = {"C:\\WINDOWS\\System32\\BkavCA.dll", "C:\\WINDOWS\\System32\\fpt-ca.dll"}
    found = find_modules("win32", env, exists=lambda p: p in present)
    assert [(f.path, f.vendor) for f in found] == [
        ("C:\\WINDOWS\\System32\\BkavCA.dll", "BKAV-CA"),
        ("C:\\WINDOWS\\System32\\fpt-ca.dll", "FPT-CA"),
    ]
    assert find_modules("win32", env, exists=lambda _p: False) == []


def test_a_softhsm_token_under_the_bit4id_name_is_found_with_what_is_on_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    installed = install_token(tmp_path, monkeypatch)
    found = find_modules()
    assert found[0].path == str(installed.module_path)
    assert found[0].vendor.startswith("Ban Cơ yếu") and found[0].source == "BCY"
    tokens, problems = find_tokens(found[:1])
    assert problems == []
    assert [t.label for t in tokens] == [TOKEN_LABEL]  # the empty slot is not offered
    token = tokens[0]
    assert token.module == str(installed.module_path)
    assert re.fullmatch(r"[0-9a-f]{16}", token.serial)
    assert token.manufacturer == "SoftHSM project"
    [cert] = token.certificates
    assert cert.holder == "Nguyễn Văn An"
    assert cert.issuer == "Test RootCA chuyên dùng Chính phủ"
    assert cert.serial == installed.holder.serial_hex
    assert cert.key_id == KEY_ID and cert.label == "chu-tich"
    assert cert.valid_at(dt.datetime.now(dt.UTC))
    assert not cert.valid_at(cert.not_after + dt.timedelta(seconds=1))


def test_a_module_that_is_not_one_is_a_clear_refusal(tmp_path: Path) -> None:
    fake = tmp_path / "vnpt-ca_csp11.so"
    fake.write_bytes(b"not a library")
    with pytest.raises(SigningError) as err:
        list_tokens(str(fake))
    assert err.value.code == "token_not_found"
