"""An independent validator (poppler's pdfsig, NSS) accepts our signatures with the test CA trusted.

Needs poppler-utils (pdfsig) and libnss3-tools (certutil).
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from signing_helpers import Pki


@pytest.fixture(scope="module")
def nss_dir(tmp_path_factory: pytest.TempPathFactory, pki: Pki) -> Path:
    for tool in ("pdfsig", "certutil"):
        if shutil.which(tool) is None:
            pytest.fail(f"{tool} is required (apt-get install poppler-utils libnss3-tools)")
    d = tmp_path_factory.mktemp("nss")
    ca = d / "ca.pem"
    ca.write_bytes(pki.ca.cert_pem)
    subprocess.run(["certutil", "-N", "--empty-password", "-d", f"sql:{d}"],
                   check=True, capture_output=True)
    subprocess.run(
        ["certutil", "-A", "-n", "VanThu Test CA", "-t", "CT,C,C", "-i", str(ca), "-d", f"sql:{d}"],
        check=True, capture_output=True,
    )
    return d


def _pdfsig(pdf: bytes, nss: Path, tmp_path: Path) -> list[str]:
    path = tmp_path / "signed.pdf"
    path.write_bytes(pdf)
    res = subprocess.run(
        ["pdfsig", "-nssdir", f"sql:{nss}", str(path)], capture_output=True, text=True
    )
    # one block of text per signature
    return re.split(r"^Signature #\d+:", res.stdout, flags=re.M)[1:]


def test_pdfsig_validates_both_signatures(both_signed: bytes, nss_dir: Path,
                                          tmp_path: Path) -> None:
    blocks = _pdfsig(both_signed, nss_dir, tmp_path)
    assert len(blocks) == 2
    for block in blocks:
        assert "Signature Validation: Signature is Valid." in block
        assert "Certificate Validation: Certificate is Trusted." in block
        assert "ETSI.CAdES.detached" in block
        assert "SHA-256" in block
    assert "Nguyễn Văn An" in blocks[0]
    assert "Total document signed" in blocks[1]


def test_pdfsig_sees_tampering(both_signed: bytes, nss_dir: Path, tmp_path: Path) -> None:
    m = re.search(rb"/CreationDate \(D:(\d+)", both_signed)
    assert m is not None
    buf = bytearray(both_signed)
    pos = m.start(1) + 3
    buf[pos] = ord("0") if buf[pos] != ord("0") else ord("1")
    blocks = _pdfsig(bytes(buf), nss_dir, tmp_path)
    assert "Signature is Valid." not in blocks[0]
