"""A SoftHSM2 token whose driver is installed under one of the listed Vietnamese module names,
in a temporary folder that ``VANTHU_PKCS11_PATH`` points at.

The module is *copied*, not linked: the dynamic loader would hand back the SoftHSM2 already
loaded by another test of the same process (with that test's token folder); a copy is a
library of its own, reading ``SOFTHSM2_CONF`` when it is first loaded, as a real driver would.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest

from signing import testpki

PIN = "123456"
SO_PIN = "12345678"
TOKEN_LABEL = "Chữ ký số Chủ tịch"
KEY_ID = b"\x0a\x1b"


@dataclass
class InstalledToken:
    driver_dir: Path
    module_path: Path
    token: testpki.SoftHsmToken
    ca: testpki.Issued
    holder: testpki.Issued


def install_token(directory: Path, monkeypatch: pytest.MonkeyPatch,
                  name: str = "libbit4xpki.so") -> InstalledToken:
    softhsm = testpki.find_softhsm_module()
    if softhsm is None:
        pytest.fail("SoftHSM2 is required (apt-get install softhsm2)")
    ca = testpki.make_ca("Test RootCA chuyên dùng Chính phủ", "Ban Cơ yếu (thử nghiệm)")
    holder = testpki.issue_cert(ca, "Nguyễn Văn An", organisation="UBND xã Bình Phú")
    driver_dir = directory / "Thư mục driver"
    driver_dir.mkdir(parents=True)
    module = driver_dir / name
    shutil.copyfile(softhsm, module)
    monkeypatch.setenv("SOFTHSM2_CONF", "")  # restored by monkeypatch; set by init below
    token = testpki.init_softhsm_token(
        directory / "softhsm", label=TOKEN_LABEL, pin=PIN, so_pin=SO_PIN,
        entries=[testpki.TokenEntry(holder, "chu-tich", KEY_ID)], module_path=str(module),
    )
    monkeypatch.setenv("VANTHU_PKCS11_PATH", str(driver_dir))
    return InstalledToken(driver_dir, module, token, ca, holder)
