"""Is a signing certificate trusted, before anything is signed with it?

The same offline rules as verification (:func:`signing.verify.validation_context`): the path
must end at one of the given trust roots, and no certificate on it may be listed on one of the
given CRLs. Nothing is fetched from the network. The app calls :func:`check_trusted` with the
certificate a key source yields, so that a revoked or untrusted key never produces a signature
(before this, such signatures were made and ``verify`` found them REVOKED afterwards).
"""

from __future__ import annotations

import asyncio
import datetime as dt
import hashlib

from asn1crypto import x509 as asn1_x509
from cryptography import x509
from pyhanko_certvalidator import CertificateValidator
from pyhanko_certvalidator import errors as cv_errors

from signing.errors import SigningError
from signing.verify import validation_context


def fingerprint(cert: asn1_x509.Certificate) -> str:
    """SHA-256 of the DER certificate, lower-case hex (as ``openssl x509 -fingerprint``)."""
    return hashlib.sha256(cert.dump()).hexdigest()


def common_name(cert: asn1_x509.Certificate) -> str:
    value = cert.subject.native.get("common_name", "")
    return ", ".join(map(str, value)) if isinstance(value, list) else str(value or "")


def check_trusted(cert: asn1_x509.Certificate, others: list[asn1_x509.Certificate],
                  trust_roots: list[bytes], crls: list[bytes], at: dt.datetime) -> None:
    """Refuse ``cert`` unless it chains to ``trust_roots`` and is not revoked by ``crls`` at
    ``at``. ``others`` are the intermediate certificates the key source carries."""
    if not trust_roots:
        raise SigningError("no_trust_roots", "no trust root imported")
    serial = f"{cert.serial_number:x}"
    fresh, stale = _by_freshness(crls, at)
    # A CRL past its next update is not evidence the validator accepts, but what it lists is
    # still revoked: looked up here (the caller warns that a newer CRL should be imported).
    for crl in stale:
        if (crl.issuer.public_bytes() == cert.issuer.dump()
                and crl.get_revoked_certificate_by_serial_number(cert.serial_number)):
            raise SigningError("cert_revoked", f"certificate {serial} on a stale CRL")
    vc = validation_context(trust_roots, fresh, moment=at)
    validator = CertificateValidator(cert, intermediate_certs=others, validation_context=vc)
    try:
        asyncio.run(validator.async_validate_usage(set()))
    except cv_errors.RevokedError as exc:
        raise SigningError("cert_revoked", f"certificate {serial}: {exc}") from None
    except cv_errors.PathBuildingError as exc:
        raise SigningError("cert_untrusted", f"certificate {serial}: {exc}") from None
    except (cv_errors.PathValidationError, cv_errors.InvalidCertificateError,
            cv_errors.ValidationError) as exc:
        raise SigningError("cert_invalid", f"certificate {serial}: {exc}") from None


def _by_freshness(crls: list[bytes], at: dt.datetime
                  ) -> tuple[list[bytes], list[x509.CertificateRevocationList]]:
    fresh: list[bytes] = []
    stale: list[x509.CertificateRevocationList] = []
    for der in crls:
        try:
            crl = x509.load_der_x509_crl(der)
        except ValueError:
            fresh.append(der)  # let the validator report it
            continue
        next_update = crl.next_update_utc
        if next_update is not None and next_update < at:
            stale.append(crl)
        else:
            fresh.append(der)
    return fresh, stale
