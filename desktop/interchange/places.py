"""Where the exchange folder is: ``den/`` for packages arriving (with ``da-nhan/``,
``tu-choi/`` and ``loi/`` for those handled), ``di/`` for packages written for upload. The
``exchange_dir`` setting, by default ``lien-thong`` in the data folder."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from desktop.kernel.office import Office


@dataclass(frozen=True)
class ExchangeFolder:
    root: Path

    @property
    def inbox(self) -> Path:
        return self.root / "den"

    @property
    def outbox(self) -> Path:
        return self.root / "di"

    @property
    def done(self) -> Path:
        return self.inbox / "da-nhan"

    @property
    def refused(self) -> Path:
        return self.inbox / "tu-choi"

    @property
    def bad(self) -> Path:
        return self.inbox / "loi"

    def ensure(self) -> ExchangeFolder:
        for d in (self.inbox, self.outbox):
            d.mkdir(parents=True, exist_ok=True)
        return self


def exchange_folder(office: Office, override: str | Path | None = None) -> ExchangeFolder:
    if override:
        return ExchangeFolder(Path(override)).ensure()
    from desktop.core.settings import Settings

    configured = Settings(office.location.data_dir).get("exchange_dir")
    root = Path(configured) if configured else office.location.data_dir / "lien-thong"
    return ExchangeFolder(root).ensure()
