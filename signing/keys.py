"""Key sources: a PKCS#12 file or a PKCS#11 token, each giving a pyHanko ``Signer``.

Rules: exactly one login attempt per request (a wrong PIN is never retried, so a USB token is not
locked by us); PINs and passwords are never logged or stored beyond the call that uses them;
the certificate is checked (validity period, key usage) before anything is signed.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
from pathlib import Path
from typing import Any, Protocol

from asn1crypto import keys as asn1_keys
from asn1crypto import x509 as asn1_x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.serialization import pkcs12
from pyhanko.sign.signers import Signer, SimpleSigner
from pyhanko_certvalidator.registry import SimpleCertificateStore

from signing.errors import SigningError

log = logging.getLogger(__name__)

SIGNING_KEY_USAGES = frozenset({"digital_signature", "non_repudiation"})


class KeySource(Protocol):
    """Anything that can give a ready pyHanko signer for one signing request."""

    def signer(self) -> Signer: ...


def check_certificate(cert: asn1_x509.Certificate, at: dt.datetime) -> None:
    """Refuse a certificate that is not usable for signing at ``at``."""
    if at.tzinfo is None:
        raise SigningError("bad_request", "signing time must be timezone-aware")
    validity = cert["tbs_certificate"]["validity"]
    not_before: dt.datetime = validity["not_before"].native
    not_after: dt.datetime = validity["not_after"].native
    if at < not_before:
        raise SigningError(
            "cert_not_yet_valid",
            f"certificate {cert.serial_number:x} valid from {not_before.isoformat()}, "
            f"signing time {at.isoformat()}",
        )
    if at > not_after:
        raise SigningError(
            "cert_expired",
            f"certificate {cert.serial_number:x} expired {not_after.isoformat()}, "
            f"signing time {at.isoformat()}",
        )
    usage = cert.key_usage_value
    if usage is None or not (set(usage.native) & SIGNING_KEY_USAGES):
        native = sorted(usage.native) if usage is not None else []
        raise SigningError(
            "no_signing_key_usage",
            f"certificate {cert.serial_number:x} key usage {native} lacks digitalSignature "
            "and nonRepudiation",
        )


# --------------------------------------------------------------------------- PKCS#12


class Pkcs12KeySource:
    """A PKCS#12 (.p12/.pfx) file, read once per :meth:`signer` call."""

    def __init__(self, path: str | Path, password: bytes) -> None:
        self.path = Path(path)
        self._password = password

    def __repr__(self) -> str:  # never show the password
        return f"Pkcs12KeySource({str(self.path)!r})"

    def signer(self) -> Signer:
        try:
            data = self.path.read_bytes()
        except OSError as exc:
            raise SigningError("keystore_unreadable", f"{self.path}: {exc.strerror}") from None
        return pkcs12_signer(data, self._password)


def pkcs12_signer(data: bytes, password: bytes) -> SimpleSigner:
    """A signer from PKCS#12 bytes; one attempt with ``password``."""
    try:
        key, cert, extra = pkcs12.load_key_and_certificates(data, password)
    except ValueError as exc:
        # cryptography says "Invalid password or PKCS12 data" for both cases; tell them apart
        # by whether the structure parses at all with no password being a different error.
        if _looks_like_pkcs12(data):
            raise SigningError("wrong_pin", "PKCS#12 password rejected") from None
        raise SigningError("keystore_unreadable", f"not a PKCS#12 file: {exc}") from None
    if key is None or cert is None:
        raise SigningError("key_not_found", "PKCS#12 file holds no private key or certificate")
    key_der = key.private_bytes(
        serialization.Encoding.DER,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    signing_cert = asn1_x509.Certificate.load(cert.public_bytes(serialization.Encoding.DER))
    others = [
        asn1_x509.Certificate.load(c.public_bytes(serialization.Encoding.DER)) for c in extra
    ]
    return SimpleSigner(
        signing_cert=signing_cert,
        signing_key=asn1_keys.PrivateKeyInfo.load(key_der),
        cert_registry=SimpleCertificateStore.from_certs([signing_cert, *others]),
    )


def _looks_like_pkcs12(data: bytes) -> bool:
    from asn1crypto import pkcs12 as asn1_pkcs12

    try:
        pfx = asn1_pkcs12.Pfx.load(data)
        pfx.native  # noqa: B018 - forces a full parse
    except (ValueError, TypeError):
        return False
    return True


# --------------------------------------------------------------------------- PKCS#11

_sessions: dict[tuple[str, str], Any] = {}
_sessions_lock = threading.Lock()


def _open_session(module_path: str, token_label: str, pin: str) -> Any:
    """The cached logged-in session for (module, token); log in once if there is none."""
    import pkcs11
    from pkcs11 import exceptions as p11_exc
    from pyhanko.config.pkcs11 import TokenCriteria
    from pyhanko.sign.pkcs11 import open_pkcs11_session

    key = (str(module_path), token_label)
    with _sessions_lock:
        session = _sessions.get(key)
        if session is not None:
            return session
        try:
            session = open_pkcs11_session(
                str(module_path),
                token_criteria=TokenCriteria(label=token_label),
                user_pin=pin,
            )
        except p11_exc.PinIncorrect:
            raise SigningError("wrong_pin", f"token {token_label!r} rejected the PIN") from None
        except p11_exc.PinLocked:
            raise SigningError("pin_locked", f"token {token_label!r} PIN is locked") from None
        except p11_exc.PinLenRange:
            raise SigningError("wrong_pin", "PIN length out of range") from None
        except (OSError, RuntimeError) as exc:
            raise SigningError(
                "token_not_found", f"cannot load PKCS#11 module {module_path}: {exc}"
            ) from None
        except pkcs11.PKCS11Error as exc:
            raise SigningError(
                "token_not_found", f"token {token_label!r}: {type(exc).__name__} {exc}"
            ) from None
        _sessions[key] = session
        log.info("PKCS#11 session opened for token %r", token_label)
        return session


def is_logged_in(module_path: str | Path, token_label: str) -> bool:
    """Whether this process already holds a logged-in session for the token (the UI can then
    skip asking for the PIN)."""
    with _sessions_lock:
        return (str(module_path), token_label) in _sessions


def close_all() -> None:
    """Log out and close every cached PKCS#11 session (call at application exit)."""
    with _sessions_lock:
        items = list(_sessions.items())
        _sessions.clear()
    for (_module, label), session in items:
        try:
            session.close()
        except (RuntimeError, OSError) as exc:  # PKCS11Error is a RuntimeError; never fail here
            log.warning("closing PKCS#11 session for %r failed: %s", label, exc)


def forget_session(module_path: str | Path, token_label: str) -> None:
    """Close the cached session for one token (e.g. after the token was pulled out)."""
    with _sessions_lock:
        session = _sessions.pop((str(module_path), token_label), None)
    if session is not None:
        try:
            session.close()
        except (RuntimeError, OSError) as exc:  # as in close_all
            log.warning("closing PKCS#11 session for %r failed: %s", token_label, exc)


class Pkcs11KeySource:
    """A key on a PKCS#11 token (USB token of the Government CA, SoftHSM in tests).

    Pick the key by ``key_id`` (CKA_ID) or ``key_label``; the certificate with the same id/label
    is read from the token.
    """

    def __init__(
        self,
        module_path: str | Path,
        token_label: str,
        pin: str,
        key_id: bytes | None = None,
        key_label: str | None = None,
    ) -> None:
        if key_id is None and key_label is None:
            raise SigningError("bad_request", "give key_id or key_label")
        self.module_path = str(module_path)
        self.token_label = token_label
        self._pin = pin
        self.key_id = key_id
        self.key_label = key_label

    def __repr__(self) -> str:  # never show the PIN
        return (
            f"Pkcs11KeySource({self.module_path!r}, {self.token_label!r}, "
            f"key_id={self.key_id!r}, key_label={self.key_label!r})"
        )

    def signer(self) -> Signer:
        import pkcs11
        from pyhanko.sign.pkcs11 import PKCS11Signer

        session = _open_session(self.module_path, self.token_label, self._pin)
        p11_signer = PKCS11Signer(
            session,
            key_id=self.key_id,
            key_label=self.key_label if self.key_id is None else None,
            cert_id=self.key_id,
            cert_label=self.key_label if self.key_id is None else None,
        )
        try:
            cert = p11_signer.signing_cert  # loads key and certificate now
        except pkcs11.PKCS11Error as exc:
            raise SigningError(
                "key_not_found",
                f"token {self.token_label!r}: key/certificate id={self.key_id!r} "
                f"label={self.key_label!r}: {type(exc).__name__} {exc}",
            ) from None
        if cert is None:
            raise SigningError("key_not_found", "no certificate on token for the key")
        return p11_signer


def signer_certificate(signer: Signer) -> asn1_x509.Certificate:
    cert = signer.signing_cert
    if cert is None:
        raise SigningError("key_not_found", "signer has no certificate")
    return cert
