"""Fixtures for the desktop signing tests: a test PKI written to files, a SoftHSM2 token (used
only by child processes), sample images, and an office with its accounts."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sign_app_helpers import (
    CHAIR_NAME,
    ORG_NAME,
    P12_PASSWORD,
    PASSWORD,
    decision_pdf,
    make_token,
)

from desktop.core.i18n import set_language
from signing import testpki
from signing.samples import seal_png, signature_png
from tests.conftest import Cli, CliResult


@dataclass
class AppPki:
    dir: Path
    ca: testpki.Issued
    chair: testpki.Issued
    org: testpki.Issued
    revoked: testpki.Issued
    stranger_ca: testpki.Issued
    stranger: testpki.Issued

    @property
    def ca_pem(self) -> Path:
        return self.dir / "ca.pem"

    @property
    def org_p12(self) -> Path:
        return self.dir / "co-quan.p12"

    @property
    def chair_p12(self) -> Path:
        return self.dir / "chu-tich.p12"

    @property
    def revoked_p12(self) -> Path:
        return self.dir / "thu-hoi.p12"

    @property
    def stranger_p12(self) -> Path:
        return self.dir / "nguoi-la.p12"

    @property
    def crl(self) -> Path:
        return self.dir / "ca.crl"


@pytest.fixture(scope="session")
def app_pki(tmp_path_factory: pytest.TempPathFactory) -> AppPki:
    d = tmp_path_factory.mktemp("app-pki")
    ca = testpki.make_ca("Test RootCA chuyên dùng Chính phủ", "Ban Cơ yếu (thử nghiệm)")
    stranger_ca = testpki.make_ca("Unknown CA", "Elsewhere")
    pki = AppPki(
        dir=d,
        ca=ca,
        chair=testpki.issue_cert(ca, CHAIR_NAME, organisation=ORG_NAME),
        org=testpki.issue_cert(ca, ORG_NAME, organisation=ORG_NAME),
        revoked=testpki.issue_cert(ca, "Trần Văn Thu Hồi", organisation=ORG_NAME),
        stranger_ca=stranger_ca,
        stranger=testpki.issue_cert(stranger_ca, "Người Lạ", organisation="Elsewhere"),
    )
    pki.ca_pem.write_bytes(ca.cert_pem)
    password = P12_PASSWORD.encode()
    testpki.write_pkcs12(pki.org_p12, pki.org, password, ca)
    testpki.write_pkcs12(pki.chair_p12, pki.chair, password, ca)
    testpki.write_pkcs12(pki.revoked_p12, pki.revoked, password, ca)
    testpki.write_pkcs12(pki.stranger_p12, pki.stranger, password, stranger_ca)
    pki.crl.write_bytes(testpki.make_crl(ca, [pki.revoked]))
    (d / "chair-cert.pem").write_bytes(pki.chair.cert_pem)
    (d / "chair-key.pem").write_bytes(pki.chair.key_pkcs8_pem)
    return pki


@dataclass
class Token:
    module: str
    conf: Path


@pytest.fixture(scope="session")
def app_token(app_pki: AppPki) -> Token:
    if testpki.find_softhsm_module() is None or shutil.which("softhsm2-util") is None:
        pytest.fail("SoftHSM2 is required (apt-get install softhsm2)")
    module, conf = make_token(app_pki.dir)
    return Token(module, conf)


@pytest.fixture(scope="session")
def images(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    d = tmp_path_factory.mktemp("images")
    sig = d / "chu-ky.png"
    sig.write_bytes(signature_png())
    seal = d / "con-dau.png"
    seal.write_bytes(seal_png())
    return {"signature": sig, "seal": seal}


@pytest.fixture(scope="session")
def nss_dir(tmp_path_factory: pytest.TempPathFactory, app_pki: AppPki) -> Path:
    for tool in ("pdfsig", "certutil"):
        if shutil.which(tool) is None:
            pytest.fail(f"{tool} is required (apt-get install poppler-utils libnss3-tools)")
    d = tmp_path_factory.mktemp("nss")
    subprocess.run(["certutil", "-N", "--empty-password", "-d", f"sql:{d}"],
                   check=True, capture_output=True)
    subprocess.run(["certutil", "-A", "-n", "VanThu Test Root", "-t", "CT,C,C", "-i",
                    str(app_pki.ca_pem), "-d", f"sql:{d}"], check=True, capture_output=True)
    return d


@pytest.fixture(autouse=True)
def _vietnamese() -> Iterator[None]:
    set_language("vi")
    yield
    set_language(None)


@pytest.fixture
def decision(tmp_path: Path) -> Path:
    path = tmp_path / "quyet-dinh.pdf"
    path.write_bytes(decision_pdf())
    return path


class _BoundCli(Cli):
    """The in-process CLI on a given database (``--db``)."""

    def __init__(self, data_dir: Path, db_url: str) -> None:
        super().__init__(data_dir)
        self.db_url = db_url

    def __call__(self, *args: str, env: dict[str, str] | None = None) -> CliResult:
        return super().__call__("--db", self.db_url, *args, env=env)


@pytest.fixture
def vcli(office) -> Cli:  # type: ignore[no-untyped-def]
    """The CLI on the office's data folder and database (SQLite, or the test PostgreSQL)."""
    return _BoundCli(office.location.data_dir, office.location.db_url)


@pytest.fixture
def staffed(office, images: dict[str, Path]):  # type: ignore[no-untyped-def]
    """The office with its accounts: quản trị, lãnh đạo (with a signature image), văn thư,
    cán bộ; the seal image set. From here on every command needs --user and a password."""
    from desktop.accounts.users import add_user
    from desktop.kernel.auth import Role
    from desktop.signatures.service import set_seal_image, set_signature_image

    add_user(office, "quan-tri", PASSWORD, [Role.ADMIN], "Phạm Quản Trị")
    add_user(office, "chu-tich", PASSWORD, [Role.LEADER], CHAIR_NAME, "Chủ tịch")
    add_user(office, "van-thu", PASSWORD, [Role.CLERK], "Lê Thị Văn Thư", "Văn thư")
    add_user(office, "can-bo", PASSWORD, [Role.OFFICER], "Đỗ Cán Bộ")
    set_signature_image(office, "chu-tich", images["signature"])
    set_seal_image(office, images["seal"])
    return office


@pytest.fixture
def trusted(staffed, app_pki: AppPki):  # type: ignore[no-untyped-def]
    """The staffed office that has imported the test CA as a trust root: its certificates
    may sign (the app refuses a certificate that chains to no imported root)."""
    from sign_app_helpers import as_user

    from desktop.signatures.trust import add_trust_root

    actor = staffed.actor
    as_user(staffed, "quan-tri")
    add_trust_root(staffed, app_pki.ca_pem)
    staffed.actor = actor
    return staffed

