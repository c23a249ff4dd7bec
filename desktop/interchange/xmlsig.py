"""The package's XML signature (XMLDSig, enveloped), with signxml.

Verification reports one of four results: ``valid``, ``invalid`` (the digest or the signature
does not check out, or the signature is malformed), ``absent`` and ``weak`` (it checks out but
uses SHA-1, which the national exchange still emits), with the subject of the certificate in
KeyInfo. The certificate's chain is checked separately against the trust roots the
administrator imported (``trusted``); nothing is fetched.

Signing uses the organisation's key through the same key sources as PDF signing (a PKCS#12
file or a PKCS#11 token), so the private key never leaves the token: signxml hands the bytes
to sign to a small adapter that asks the pyHanko signer for a raw RSA signature.
"""

from __future__ import annotations

import asyncio
import base64
from dataclasses import asdict, dataclass
from typing import Any

from cryptography import x509
from lxml import etree

from desktop.interchange.envelope import DSIG_NS

VALID, INVALID, ABSENT, WEAK = "valid", "invalid", "absent", "weak"

_SHA1_MARKS = ("sha1", "#dsa-sha1")


@dataclass(frozen=True)
class XmlSignatureCheck:
    status: str
    subject: str = ""
    issuer: str = ""
    algorithm: str = ""
    trusted: bool = False
    details: str = ""

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def _cert_of(sig: etree._Element) -> x509.Certificate | None:
    node = sig.find(f".//{{{DSIG_NS}}}X509Certificate")
    if node is None or not (node.text or "").strip():
        return None
    try:
        der = base64.b64decode("".join((node.text or "").split()), validate=True)
        return x509.load_der_x509_certificate(der)
    except ValueError:
        return None


def _algorithms(sig: etree._Element) -> list[str]:
    names = [n.get("Algorithm", "") for n in sig.iter(f"{{{DSIG_NS}}}SignatureMethod")]
    names += [n.get("Algorithm", "") for n in sig.iter(f"{{{DSIG_NS}}}DigestMethod")]
    return names


def _trusted(cert: x509.Certificate, roots: list[bytes]) -> bool:
    """The certificate was issued (directly or through imported intermediates) by a trust
    root the administrator imported."""
    from signing.verify import validation_context

    try:
        from asn1crypto import x509 as asn1_x509
        from cryptography.hazmat.primitives import serialization
        from pyhanko_certvalidator import CertificateValidator

        if not roots:
            return False
        ctx = validation_context(roots, [])
        end = asn1_x509.Certificate.load(cert.public_bytes(serialization.Encoding.DER))
        asyncio.run(CertificateValidator(end, validation_context=ctx).async_validate_usage(set()))
        return True
    except Exception:  # noqa: BLE001 - any failure to build a path means "not trusted"
        return False


def verify(root: etree._Element, trust_roots: list[bytes] | None = None) -> XmlSignatureCheck:
    from signxml import (
        DigestAlgorithm,
        InvalidInput,
        InvalidSignature,
        SignatureConfiguration,
        SignatureMethod,
        XMLVerifier,
    )
    from signxml.exceptions import SignXMLException

    sig = next(root.iter(f"{{{DSIG_NS}}}Signature"), None)
    if sig is None:
        return XmlSignatureCheck(ABSENT)
    cert = _cert_of(sig)
    subject = cert.subject.rfc4514_string() if cert is not None else ""
    issuer = cert.issuer.rfc4514_string() if cert is not None else ""
    algorithms = _algorithms(sig)
    algorithm = next((a for a in algorithms if a), "")
    if cert is None:
        return XmlSignatureCheck(INVALID, details="KeyInfo/X509Certificate missing or unreadable",
                                 algorithm=algorithm)
    config = SignatureConfiguration(
        signature_methods=frozenset(SignatureMethod), digest_algorithms=frozenset(DigestAlgorithm),
        expect_references=1,
    )
    try:
        XMLVerifier().verify(root, x509_cert=cert, expect_config=config)
    except (InvalidSignature, InvalidInput, SignXMLException, ValueError) as exc:
        return XmlSignatureCheck(INVALID, subject, issuer, algorithm,
                                 details=f"{type(exc).__name__}: {exc}"[:300])
    uris = [r.get("URI") for r in sig.iter(f"{{{DSIG_NS}}}Reference")]
    if uris != [""]:  # signed, but not the whole package: what we read may lie outside it
        return XmlSignatureCheck(INVALID, subject, issuer, algorithm,
                                 details=f"the signature covers {uris!r}, not the whole package")
    trusted = _trusted(cert, trust_roots or [])
    weak = any(mark in a.lower() for a in algorithms for mark in _SHA1_MARKS)
    return XmlSignatureCheck(WEAK if weak else VALID, subject, issuer, algorithm, trusted)


class _RawKey:
    """What signxml calls ``key.sign(data, padding=…, algorithm=…)`` on, answered by a pyHanko
    signer (PKCS#12 or a token): PKCS#1 v1.5 with the named hash."""

    def __init__(self, signer: Any) -> None:
        self._signer = signer
        self.key_size = 2048

    def sign(self, data: bytes, padding: Any = None, algorithm: Any = None) -> bytes:
        name = getattr(algorithm, "name", "sha256")
        return asyncio.run(self._signer.async_sign_raw(data, name))


def sign(root: etree._Element, signer: Any, *, sha1: bool = False) -> etree._Element:
    """Sign ``root`` (enveloped; at its ``ds:Signature Id="placeholder"`` if there is one) with
    a pyHanko signer; ``sha1`` only for tests of the "weak" result."""
    from cryptography.hazmat.primitives import serialization
    from signxml import DigestAlgorithm, SignatureMethod, XMLSigner
    from signxml.algorithms import CanonicalizationMethod

    cert_der = signer.signing_cert.dump()
    cert = x509.load_der_x509_certificate(cert_der)
    assert cert.public_bytes(serialization.Encoding.DER) == cert_der
    class _Signer(XMLSigner):
        def check_deprecated_methods(self) -> None:
            if not sha1:
                super().check_deprecated_methods()

    xml_signer = _Signer(
        signature_algorithm=SignatureMethod.RSA_SHA1 if sha1 else SignatureMethod.RSA_SHA256,
        digest_algorithm=DigestAlgorithm.SHA1 if sha1 else DigestAlgorithm.SHA256,
        c14n_algorithm=CanonicalizationMethod.CANONICAL_XML_1_0,
    )
    return xml_signer.sign(root, key=_RawKey(signer), cert=[cert])  # type: ignore[arg-type]
