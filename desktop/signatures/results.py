"""What signing returns, and a document's recorded signatures: plain data for the CLI and UI."""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass
from typing import Any


@dataclass(frozen=True)
class SignedFile:
    name: str
    kind: str
    sha256_before: str
    sha256_after: str
    field_name: str

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class SignResult:
    document_id: int
    symbol: str
    kind: str
    signed_at: dt.datetime
    certificate_serial: str
    certificate_subject: str
    signer_name: str
    status: str  # the document's status afterwards
    main: SignedFile
    attachments: tuple[SignedFile, ...] = ()
    warnings: tuple[str, ...] = ()

    @property
    def sha256_before(self) -> str:
        return self.main.sha256_before

    @property
    def sha256_after(self) -> str:
        return self.main.sha256_after

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["signed_at"] = self.signed_at.isoformat()
        data["main"] = self.main.to_dict()
        data["attachments"] = [a.to_dict() for a in self.attachments]
        data["warnings"] = list(self.warnings)
        return data


@dataclass(frozen=True)
class SignatureInfo:
    kind: str
    actor: str
    signer_name: str
    certificate_serial: str
    certificate_subject: str
    signed_at: dt.datetime
    sha256_before: str
    sha256_after: str

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["signed_at"] = self.signed_at.isoformat()
        return data
