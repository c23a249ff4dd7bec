"""The USB tokens on this machine, for the sign dialog: the listed PKCS#11 modules found
(``signing.token_modules``), what is on their tokens, and the choice turned into a key."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from desktop.signatures.keys import KeySpec, Secret
from signing.token_modules import TokenCertificate, TokenInfo, find_tokens

log = logging.getLogger(__name__)

__all__ = ["TokenCertificate", "TokenChoice", "TokenInfo", "scan"]


@dataclass(frozen=True)
class TokenChoice:
    """One certificate (and so one key) on one token of one module."""

    token: TokenInfo
    certificate: TokenCertificate

    def key_spec(self, pin: Secret) -> KeySpec:
        cert = self.certificate
        if cert.key_id:
            return KeySpec.pkcs11(self.token.module, self.token.label, pin, key_id=cert.key_id)
        return KeySpec.pkcs11(self.token.module, self.token.label, pin,
                              key_label=cert.label or None)


def scan() -> list[TokenChoice]:
    """Every certificate on every token present, found at this moment (a token plugged in
    after the dialog opened is found by scanning again). Modules that fail to load are logged,
    never shown as an error: another driver may still find the token."""
    tokens, problems = find_tokens()
    for problem in problems:
        log.warning("PKCS#11 module not usable: %s", problem)
    return [TokenChoice(token, cert) for token in tokens for cert in token.certificates]
