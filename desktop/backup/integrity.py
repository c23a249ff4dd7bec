"""The consistency check (``vanthu check``): the database against the file store (missing,
altered and unreferenced files, the last removable with ``clean_older_than``), the audit chain
and the documents changed outside the program, file flags that drifted, number series that
cannot be right, and the integrity of every signed file (trust is ``vanthu verify``'s question)."""

from __future__ import annotations

import time
from dataclasses import asdict, dataclass, field
from typing import Any

from sqlalchemy import select

from desktop.core.i18n import _
from desktop.kernel import audit
from desktop.kernel.auth import Role
from desktop.kernel.office import Office
from desktop.storage.filestore import BlobStore, FileStore
from models.entities import StoredFile


@dataclass
class CheckReport:
    files_checked: int = 0
    missing: list[str] = field(default_factory=list)
    mismatch: list[str] = field(default_factory=list)
    unreferenced: list[str] = field(default_factory=list)
    audit_problem: dict[str, Any] | None = None
    signatures_broken: list[str] = field(default_factory=list)
    stale_flags: list[int] = field(default_factory=list)  # documents whose file flags drifted
    # documents changed or deleted outside the program: {"id", "problem", "seq"}
    tampered: list[dict[str, Any]] = field(default_factory=list)
    # number series that cannot be right (desktop.registers.series)
    series: list[dict[str, Any]] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not (self.missing or self.mismatch or self.audit_problem or self.signatures_broken
                    or self.stale_flags or self.tampered or self.series)

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["ok"] = self.ok
        return d


def check(office: Office, *, verify_signatures: bool = True, clean_older_than: float | None = None
          ) -> CheckReport:
    """Database against store: missing files, altered files, files nothing references (left by
    an interrupted registration; harmless, removable with ``clean_older_than``), the audit chain,
    and the integrity of every signed file."""
    report = CheckReport()
    with office.db.read() as s:
        rows = list(s.execute(select(StoredFile.sha256, StoredFile.signed)))
        from desktop.storage import fileflags

        report.stale_flags = fileflags.stale(s)
        report.tampered = [{"id": i, "problem": p, "seq": q}
                           for i, p, q in audit.document_problems(s)]
        from desktop.registers.series import series_problems

        report.series = [p.to_dict() for p in series_problems(s)]
    problem = office.audit_problem()
    if problem is not None:
        report.audit_problem = {"seq": problem.seq, "reason": problem.reason}
    known = {r[0] for r in rows}
    for sha, signed in rows:
        report.files_checked += 1
        if isinstance(office.files, FileStore) and not office.files.exists(sha):
            report.missing.append(sha)
            continue
        if not office.files.verify(sha):
            (report.missing if isinstance(office.files, BlobStore) and not office.files.exists(sha)
             else report.mismatch).append(sha)
            continue
        if signed and verify_signatures:
            if not _signature_intact(office.files.read(sha)):
                report.signatures_broken.append(sha)
    for sha in office.files.all_hashes():
        if sha not in known:
            report.unreferenced.append(sha)
    if clean_older_than is not None and isinstance(office.files, FileStore):
        office.require(Role.ADMIN, Role.CLERK, action=_("dọn tệp thừa trong kho"))
        now = time.time()
        removed: list[str] = []
        for sha in list(report.unreferenced):
            path = office.files.path_for(sha)
            if now - path.stat().st_mtime > clean_older_than:
                office.files.remove_new(sha)
                report.unreferenced.remove(sha)
                removed.append(sha)
        with office.db.write() as s:
            audit.record(s, office.actor.username, "don-tep",
                         after={"so_tep": len(removed), "tep": removed[:100]})
    return report


def _signature_intact(data: bytes) -> bool:
    """Integrity only (trust is a separate question, answered by ``vanthu verify``)."""
    try:
        from signing.verify import verify_pdf
    except ImportError:  # pragma: no cover - signing is part of the app
        return True
    report = verify_pdf(data, [], [])
    return all(sig.intact and not sig.modified_after_signing for sig in report.signatures)


