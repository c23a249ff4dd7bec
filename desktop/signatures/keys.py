"""Which key signs (a PKCS#12 file or a key on a USB token), and the one attempt at its PIN."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop.core.errors import UserError
from desktop.core.i18n import _
from signing.keys import KeySource

Secret = str | bytes | Callable[[], str]


@dataclass(frozen=True)
class KeySpec:
    """Which key signs: a PKCS#12 file, or a key on a PKCS#11 token (USB token).

    ``secret`` is the PKCS#12 password or the token PIN, or a function that asks for it; it is
    called only after every other check passed, once.
    """

    p12_path: Path | None = None
    module: str | None = None
    token: str | None = None
    key_id: bytes | None = None
    key_label: str | None = None
    secret: Secret | None = field(default=None, repr=False, compare=False)

    @classmethod
    def pkcs12(cls, path: str | Path, password: Secret) -> KeySpec:
        return cls(p12_path=Path(path), secret=password)

    @classmethod
    def pkcs11(cls, module: str, token: str, pin: Secret, *, key_id: bytes | None = None,
               key_label: str | None = None) -> KeySpec:
        return cls(module=module, token=token, key_id=key_id, key_label=key_label, secret=pin)

    def check(self) -> None:
        if (self.p12_path is None) == (self.module is None):
            raise UserError(
                _("Chọn đúng một khóa ký: tệp PKCS#12 (--p12) hoặc thiết bị ký số (--pkcs11)."),
                field="key",
            )
        if self.p12_path is not None and not Path(self.p12_path).is_file():
            raise UserError(
                _("Không tìm thấy tệp khóa ký {path}.", path=str(self.p12_path)), field="key"
            )
        if self.module is not None:
            if not self.token:
                raise UserError(_("Cần tên thiết bị ký số (--token)."), field="token")
            if (self.key_id is None) == (self.key_label is None):
                raise UserError(
                    _("Chọn khóa trên thiết bị ký số bằng đúng một trong --key-id hoặc "
                      "--key-label."),
                    field="key",
                )

    def describe(self) -> dict[str, str]:
        """For the audit log and messages: never the secret."""
        if self.p12_path is not None:
            return {"loai": "pkcs12", "tep": Path(self.p12_path).name}
        data = {"loai": "pkcs11", "thiet_bi": self.token or ""}
        if self.key_id is not None:
            data["key_id"] = self.key_id.hex()
        if self.key_label is not None:
            data["key_label"] = self.key_label
        return data

    def key_source(self) -> KeySource:
        from signing.keys import Pkcs11KeySource, Pkcs12KeySource

        self.check()
        secret = self.secret() if callable(self.secret) else self.secret
        if secret is None:
            raise UserError(_("Thiếu mã PIN hoặc mật khẩu của khóa ký."), field="pin")
        if self.p12_path is not None:
            password = secret if isinstance(secret, bytes) else secret.encode("utf-8")
            return Pkcs12KeySource(self.p12_path, password)
        pin = secret.decode("utf-8") if isinstance(secret, bytes) else secret
        assert self.module is not None and self.token is not None
        return Pkcs11KeySource(self.module, self.token, pin, key_id=self.key_id,
                               key_label=self.key_label)


class OnceKeySource:
    """Builds the pyHanko signer once (one PIN/password attempt) and remembers it, so several
    files of one action share it and its certificate can be recorded."""

    def __init__(self, spec: KeySpec,
                 vet: Callable[[Any, list[Any]], None] | None = None) -> None:
        self._spec = spec
        self._vet = vet  # checks the certificate before the first signature; raises to refuse
        self._signer: Any = None

    def signer(self) -> Any:
        if self._signer is None:
            signer = self._spec.key_source().signer()
            if self._vet is not None:
                registry = getattr(signer, "cert_registry", None) or []
                self._vet(signer.signing_cert, [c for c in registry
                                                if c != signer.signing_cert])
            self._signer = signer
        return self._signer

    @property
    def certificate(self) -> Any:
        return None if self._signer is None else self._signer.signing_cert
