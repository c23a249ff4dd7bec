"""A throw-away PKI for tests and demo data: a test CA, end-entity certificates, PKCS#12
files, CRLs, and a real SoftHSM2 PKCS#11 token.

Never use these keys for anything real.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

SOFTHSM_MODULE_CANDIDATES = (
    "/usr/lib/softhsm/libsofthsm2.so",
    "/usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so",
    "/usr/lib/aarch64-linux-gnu/softhsm/libsofthsm2.so",
    "/usr/local/lib/softhsm/libsofthsm2.so",
)

CRL_URL = "http://ca.vanthu.test.invalid/test-ca.crl"


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


@dataclass(frozen=True)
class Issued:
    """A certificate with its private key."""

    cert: x509.Certificate
    key: rsa.RSAPrivateKey

    @property
    def cert_der(self) -> bytes:
        return self.cert.public_bytes(serialization.Encoding.DER)

    @property
    def cert_pem(self) -> bytes:
        return self.cert.public_bytes(serialization.Encoding.PEM)

    @property
    def key_pkcs8_pem(self) -> bytes:
        return self.key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )

    @property
    def serial_hex(self) -> str:
        return format(self.cert.serial_number, "x")


def new_key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


def _name(common_name: str, organisation: str | None, locality: str | None) -> x509.Name:
    attrs = [x509.NameAttribute(NameOID.COUNTRY_NAME, "VN")]
    if locality:
        attrs.append(x509.NameAttribute(NameOID.LOCALITY_NAME, locality))
    if organisation:
        attrs.append(x509.NameAttribute(NameOID.ORGANIZATION_NAME, organisation))
    attrs.append(x509.NameAttribute(NameOID.COMMON_NAME, common_name))
    return x509.Name(attrs)


def make_ca(
    common_name: str = "VanThu Test Root CA",
    organisation: str = "VanThu Test PKI",
    key: rsa.RSAPrivateKey | None = None,
) -> Issued:
    """A self-signed root CA (RSA 2048, SHA-256), valid from a day ago for ten years."""
    key = key or new_key()
    name = _name(common_name, organisation, None)
    now = _now()
    ski = x509.SubjectKeyIdentifier.from_public_key(key.public_key())
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=3650))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=False,
                content_commitment=False,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=True,
                crl_sign=True,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(ski, critical=False)
        .sign(key, hashes.SHA256())
    )
    return Issued(cert, key)


def issue_cert(
    ca: Issued,
    common_name: str,
    *,
    organisation: str | None = "UBND xã Bình Phú",
    locality: str | None = "Bình Phú",
    not_before: dt.datetime | None = None,
    not_after: dt.datetime | None = None,
    expired: bool = False,
    not_yet_valid: bool = False,
    digital_signature: bool = True,
    key: rsa.RSAPrivateKey | None = None,
) -> Issued:
    """Issue an end-entity signing certificate.

    ``expired`` makes it end a day ago, ``not_yet_valid`` start in ten days;
    ``digital_signature=False`` gives a key-encipherment-only certificate.
    """
    key = key or new_key()
    now = _now()
    start = not_before or now - dt.timedelta(days=1)
    end = not_after or now + dt.timedelta(days=730)
    if expired:
        start, end = now - dt.timedelta(days=400), now - dt.timedelta(days=1)
    if not_yet_valid:
        start, end = now + dt.timedelta(days=10), now + dt.timedelta(days=740)
    ca_ski = ca.cert.extensions.get_extension_for_class(x509.SubjectKeyIdentifier).value
    builder = (
        x509.CertificateBuilder()
        .subject_name(_name(common_name, organisation, locality))
        .issuer_name(ca.cert.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(start)
        .not_valid_after(end)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=digital_signature,
                content_commitment=digital_signature,
                key_encipherment=not digital_signature,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=False,
                crl_sign=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_subject_key_identifier(ca_ski),
            critical=False,
        )
        .add_extension(
            x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False
        )
        .add_extension(
            x509.CRLDistributionPoints(
                [
                    x509.DistributionPoint(
                        full_name=[x509.UniformResourceIdentifier(CRL_URL)],
                        relative_name=None,
                        reasons=None,
                        crl_issuer=None,
                    )
                ]
            ),
            critical=False,
        )
    )
    if digital_signature:
        builder = builder.add_extension(
            x509.ExtendedKeyUsage(
                [ExtendedKeyUsageOID.EMAIL_PROTECTION, ExtendedKeyUsageOID.CLIENT_AUTH]
            ),
            critical=False,
        )
    cert = builder.sign(ca.key, hashes.SHA256())
    return Issued(cert, key)


def pkcs12_bytes(issued: Issued, password: bytes, ca: Issued | None = None) -> bytes:
    """A PKCS#12 (PFX) with the key, the certificate and optionally the CA certificate."""
    return pkcs12.serialize_key_and_certificates(
        name=b"signing key",
        key=issued.key,
        cert=issued.cert,
        cas=[ca.cert] if ca is not None else None,
        encryption_algorithm=serialization.BestAvailableEncryption(password),
    )


def write_pkcs12(path: Path, issued: Issued, password: bytes, ca: Issued | None = None) -> Path:
    path = Path(path)
    path.write_bytes(pkcs12_bytes(issued, password, ca))
    return path


def make_crl(
    ca: Issued,
    revoked: list[Issued],
    *,
    revoked_at: dt.datetime | None = None,
    next_update_days: int = 30,
    issued_days_ago: int = 0,
) -> bytes:
    """A DER CRL signed by ``ca`` listing ``revoked`` (revoked an hour before now); issued
    ``issued_days_ago`` days ago, next update ``next_update_days`` from now (negative: stale)."""
    now = _now()
    when = revoked_at or now - dt.timedelta(hours=1)
    builder = (
        x509.CertificateRevocationListBuilder()
        .issuer_name(ca.cert.subject)
        .last_update(now - dt.timedelta(minutes=5, days=issued_days_ago))
        .next_update(now + dt.timedelta(days=next_update_days))
        .add_extension(x509.CRLNumber(1), critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(ca.key.public_key()),
            critical=False,
        )
    )
    for item in revoked:
        builder = builder.add_revoked_certificate(
            x509.RevokedCertificateBuilder()
            .serial_number(item.cert.serial_number)
            .revocation_date(when)
            .build()
        )
    crl = builder.sign(ca.key, hashes.SHA256())
    return crl.public_bytes(serialization.Encoding.DER)


# --------------------------------------------------------------------------- SoftHSM2


def find_softhsm_module() -> str | None:
    for candidate in SOFTHSM_MODULE_CANDIDATES:
        if os.path.exists(candidate):
            return candidate
    return None


@dataclass
class TokenEntry:
    """One key + certificate to put on a token."""

    issued: Issued
    label: str
    key_id: bytes


@dataclass
class SoftHsmToken:
    module_path: str
    conf_path: Path
    label: str
    pin: str
    so_pin: str
    entries: list[TokenEntry] = field(default_factory=list)


def init_softhsm_token(
    directory: Path,
    *,
    label: str,
    pin: str,
    so_pin: str,
    entries: list[TokenEntry],
    module_path: str | None = None,
) -> SoftHsmToken:
    """Create a SoftHSM2 token in ``directory`` holding ``entries``.

    Writes ``softhsm2.conf`` there and sets ``SOFTHSM2_CONF`` for this process (SoftHSM reads it
    when the module is first loaded, so use one token directory per process). Keys are imported
    with ``softhsm2-util --import`` (PKCS#8 PEM); certificates are added with python-pkcs11.
    """
    import pkcs11  # local: only needed here
    from pkcs11 import Attribute, ObjectClass

    module = module_path or find_softhsm_module()
    if module is None or shutil.which("softhsm2-util") is None:
        raise RuntimeError("SoftHSM2 is not installed (apt-get install softhsm2)")
    directory = Path(directory)
    tokens_dir = directory / "tokens"
    tokens_dir.mkdir(parents=True, exist_ok=True)
    conf = directory / "softhsm2.conf"
    conf.write_text(
        f"directories.tokendir = {tokens_dir}\n"
        "objectstore.backend = file\n"
        "log.level = ERROR\n"
        "slots.removable = false\n"
    )
    os.environ["SOFTHSM2_CONF"] = str(conf)
    env = dict(os.environ)

    subprocess.run(
        [
            "softhsm2-util", "--init-token", "--free", "--label", label,
            "--pin", pin, "--so-pin", so_pin,
        ],
        check=True, capture_output=True, env=env,
    )
    for entry in entries:
        pem = directory / f"key-{entry.key_id.hex()}.pem"
        pem.write_bytes(entry.issued.key_pkcs8_pem)
        try:
            subprocess.run(
                [
                    "softhsm2-util", "--import", str(pem), "--token", label,
                    "--label", entry.label, "--id", entry.key_id.hex(), "--pin", pin,
                ],
                check=True, capture_output=True, env=env,
            )
        finally:
            pem.unlink()

    lib = pkcs11.lib(module)
    token = lib.get_token(token_label=label)
    with token.open(rw=True, user_pin=pin) as session:
        for entry in entries:
            cert = entry.issued.cert
            session.create_object(
                {
                    Attribute.CLASS: ObjectClass.CERTIFICATE,
                    Attribute.CERTIFICATE_TYPE: pkcs11.CertificateType.X_509,
                    Attribute.TOKEN: True,
                    Attribute.PRIVATE: False,
                    Attribute.LABEL: entry.label,
                    Attribute.ID: entry.key_id,
                    Attribute.SUBJECT: cert.subject.public_bytes(),
                    Attribute.ISSUER: cert.issuer.public_bytes(),
                    Attribute.SERIAL_NUMBER: _der_integer(cert.serial_number),
                    Attribute.VALUE: entry.issued.cert_der,
                }
            )
    return SoftHsmToken(module, conf, label, pin, so_pin, list(entries))


def _der_integer(value: int) -> bytes:
    body = value.to_bytes((value.bit_length() + 8) // 8, "big")
    if len(body) < 128:
        return bytes([0x02, len(body)]) + body
    length = len(body).to_bytes((len(body).bit_length() + 7) // 8, "big")
    return bytes([0x02, 0x80 | len(length)]) + length + body
