"""Verify the signatures of a PDF offline, against trust roots and CRLs the administrator imported.

Each signature gets exactly one Vietnamese status, checked in this order:

1. "Không toàn vẹn"  — the signed bytes or the CMS signature do not check out;
2. "Đã thu hồi"      — the signer's certificate is revoked by a supplied CRL;
3. "Không tin cậy"   — no valid path to a trusted root (unknown CA, expired, wrong key usage);
4. "Bị sửa đổi sau khi ký" — later revisions change more than signatures/form fields allow;
5. "Hợp lệ".
"""

from __future__ import annotations

import datetime as dt
import io
import logging
import struct
import zlib
from dataclasses import asdict, dataclass, field
from typing import Any

from asn1crypto import crl as asn1_crl
from asn1crypto import pem
from asn1crypto import x509 as asn1_x509
from cryptography import exceptions as crypto_exceptions
from pyhanko.pdf_utils.misc import PdfError
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.diff_analysis import ModificationLevel
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko.sign.validation.errors import SignatureValidationError
from pyhanko.sign.validation.settings import KeyUsageConstraints
from pyhanko.sign.validation.status import SignatureCoverageLevel
from pyhanko_certvalidator import ValidationContext
from pyhanko_certvalidator import errors as cv_errors

from signing.appearance import vn_time_iso
from signing.errors import SigningError

log = logging.getLogger(__name__)

STATUS_VALID = "Hợp lệ"
STATUS_NOT_INTACT = "Không toàn vẹn"
STATUS_UNTRUSTED = "Không tin cậy"
STATUS_REVOKED = "Đã thu hồi"
STATUS_MODIFIED = "Bị sửa đổi sau khi ký"
STATUSES = (STATUS_VALID, STATUS_NOT_INTACT, STATUS_UNTRUSTED, STATUS_REVOKED, STATUS_MODIFIED)


@dataclass
class SignatureResult:
    field_name: str
    status: str
    intact: bool
    trusted: bool
    revoked: bool
    modified_after_signing: bool
    signer_name: str | None = None
    organisation: str | None = None
    certificate_serial: str | None = None
    issuer: str | None = None
    signer_reported_time: str | None = None
    timestamp_time: str | None = None
    coverage: str | None = None
    modification_level: str | None = None
    revision: int | None = None
    details: str = ""

    @property
    def ok(self) -> bool:
        return self.status == STATUS_VALID

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["ok"] = self.ok
        return data


@dataclass
class VerifyReport:
    signatures: list[SignatureResult] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """True when there is at least one signature and every one is "Hợp lệ"."""
        return bool(self.signatures) and all(s.ok for s in self.signatures)

    def to_dict(self) -> dict[str, Any]:
        return {"ok": self.ok, "signatures": [s.to_dict() for s in self.signatures]}


def _load_certs(items: list[bytes]) -> list[asn1_x509.Certificate]:
    certs: list[asn1_x509.Certificate] = []
    for data in items:
        if pem.detect(data):
            for _type, _headers, der in pem.unarmor(data, multiple=True):
                certs.append(asn1_x509.Certificate.load(der))
        else:
            certs.append(asn1_x509.Certificate.load(data))
    return certs


def _load_crls(items: list[bytes]) -> list[asn1_crl.CertificateList]:
    crls: list[asn1_crl.CertificateList] = []
    for data in items:
        if pem.detect(data):
            for _type, _headers, der in pem.unarmor(data, multiple=True):
                crls.append(asn1_crl.CertificateList.load(der))
        else:
            crls.append(asn1_crl.CertificateList.load(data))
    return crls


def validation_context(
    trust_roots: list[bytes], crls: list[bytes], moment: dt.datetime | None = None
) -> ValidationContext:
    """Offline context: only the given roots and CRLs, never any network fetch.

    Revocation is soft-fail: a certificate whose CA has no CRL imported is not called revoked;
    a certificate listed on an imported CRL is.
    """
    try:
        roots = _load_certs(trust_roots)
        crl_objs = _load_crls(crls)
    except (ValueError, TypeError) as exc:
        raise SigningError("verify_failed", f"bad trust root or CRL: {exc}") from None
    return ValidationContext(
        trust_roots=roots,
        crls=crl_objs,
        allow_fetching=False,
        revocation_mode="soft-fail",
        moment=moment,
    )


def _name_part(cert: asn1_x509.Certificate, key: str) -> str | None:
    value = cert.subject.native.get(key)
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return str(value) if value is not None else None


def verify_pdf(
    pdf_bytes: bytes, trust_roots: list[bytes], crls: list[bytes] | None = None
) -> VerifyReport:
    """Check every signature in ``pdf_bytes``; an unsigned PDF gives an empty report (ok False)."""
    try:
        reader = PdfFileReader(io.BytesIO(bytes(pdf_bytes)), strict=False)
        embedded = list(reader.embedded_regular_signatures)
    except _BROKEN_PDF as exc:
        raise SigningError("broken_pdf", f"{type(exc).__name__}: {exc}") from None

    report = VerifyReport()
    usage = KeyUsageConstraints(
        key_usage={"digital_signature", "non_repudiation"}, match_all_key_usages=False
    )
    for sig in embedded:
        vc = validation_context(trust_roots, crls or [])
        report.signatures.append(_check_one(sig, vc, usage))
    return report


# What pyHanko's reader raises on a damaged or hostile file besides its own PdfError: an
# ``assert`` on a loop of /Prev or a missing /Root, OverflowError on a startxref of 20 digits,
# IndexError, zlib and struct errors from a broken stream (the same list as
# desktop.core.hostile.DECODE_ERRORS, which signing/ may not import).
_BROKEN_PDF: tuple[type[Exception], ...] = (
    PdfError, ValueError, TypeError, LookupError, AttributeError, ArithmeticError,
    AssertionError, RuntimeError, EOFError, OSError, SyntaxError, zlib.error, struct.error,
)


# What validating one damaged or hostile signature may raise: pyHanko's and the certificate
# validator's own errors, cryptography's, and the parsing errors of asn1crypto (ValueError,
# TypeError …) and of the PDF reader under them.
_DAMAGED_SIGNATURE: tuple[type[Exception], ...] = (
    PdfError,
    SignatureValidationError,
    cv_errors.ValidationError,
    cv_errors.PathError,
    cv_errors.InvalidSignature,
    cv_errors.CRLValidationError,
    cv_errors.OCSPValidationError,
    crypto_exceptions.InvalidSignature,
    crypto_exceptions.UnsupportedAlgorithm,
    ValueError,
    TypeError,
    LookupError,
    AttributeError,
    ArithmeticError,
    NotImplementedError,
    RecursionError,  # objects nested thousands deep
    AssertionError,  # pyHanko's reader asserts on some broken structures
    EOFError,
    zlib.error,
    struct.error,
)


def _check_one(sig: Any, vc: ValidationContext, usage: KeyUsageConstraints) -> SignatureResult:
    name = str(sig.field_name)
    try:
        status = validate_pdf_signature(sig, signer_validation_context=vc, key_usage_settings=usage)
    except _DAMAGED_SIGNATURE as exc:  # a damaged signature must not stop the report
        log.info("signature %s could not be validated: %s", name, exc)
        return SignatureResult(
            field_name=name,
            status=STATUS_NOT_INTACT,
            intact=False,
            trusted=False,
            revoked=False,
            modified_after_signing=False,
            details=f"{type(exc).__name__}: {exc}",
        )

    cert: asn1_x509.Certificate = status.signing_cert
    coverage = status.coverage
    level = status.modification_level
    modified = (
        coverage not in (SignatureCoverageLevel.ENTIRE_FILE, SignatureCoverageLevel.ENTIRE_REVISION)
        or level is None
        or level == ModificationLevel.OTHER
        or status.docmdp_ok is False
    )
    intact = bool(status.intact and status.valid)
    revoked = bool(status.revoked)
    trusted = bool(status.trusted)
    if not intact:
        verdict = STATUS_NOT_INTACT
    elif revoked:
        verdict = STATUS_REVOKED
    elif not trusted:
        verdict = STATUS_UNTRUSTED
    elif modified:
        verdict = STATUS_MODIFIED
    else:
        verdict = STATUS_VALID

    ts = status.timestamp_validity
    details = []
    if status.trust_problem_indic is not None:
        indic = status.trust_problem_indic
        details.append(f"trust problem: {getattr(indic, 'name', indic)}")
    if status.diff_result is not None and level == ModificationLevel.OTHER:
        details.append(f"diff: {status.diff_result}")
    return SignatureResult(
        field_name=name,
        status=verdict,
        intact=intact,
        trusted=trusted,
        revoked=revoked,
        modified_after_signing=modified,
        signer_name=_name_part(cert, "common_name"),
        organisation=_name_part(cert, "organization_name"),
        certificate_serial=format(cert.serial_number, "x"),
        issuer=cert.issuer.human_friendly,
        signer_reported_time=(
            vn_time_iso(status.signer_reported_dt) if status.signer_reported_dt else None
        ),
        timestamp_time=vn_time_iso(ts.timestamp) if ts is not None else None,
        coverage=coverage.name if coverage is not None else None,
        modification_level=level.name if level is not None else None,
        revision=int(sig.signed_revision),
        details="; ".join(details),
    )
