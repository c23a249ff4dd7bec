"""Drafts of outgoing documents (dự thảo): create, new versions, submit, approve, return.

Rules (Nghị định 30, Điều 10–15; docs/domain.md "Drafting and issuing"):

- an officer (cán bộ) or the clerk drafts; a leader (lãnh đạo) approves or returns with a
  comment; the leader signs the approved draft (:mod:`desktop.drafting.issue`); the clerk
  issues it, which is when it gets its number and enters the outgoing register;
- a draft is never in ``documents`` and never takes a number of a series before issue, so a
  returned or abandoned draft costs no number;
- every version is kept (a content-addressed file per version) and listed; each upload gets the
  Phụ lục I check (:mod:`desktop.drafting.check`), which warns and never blocks;
- every step is an event in the draft's history and an audit entry; refusals are audited.

Draft ids are their own series; on the command line and in messages a draft is "DT-<id>" where
it could be taken for a document id (``vanthu sign DT-3``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.errors import NotFound, UserError
from desktop.core.i18n import _
from desktop.core.validate import parse_secrecy, parse_urgency, require_text
from desktop.drafting import secret
from desktop.drafting.check import CheckReport, check_pdf
from desktop.kernel import audit
from desktop.kernel.auth import Role
from desktop.kernel.office import Office
from desktop.registers.doctypes import require_type
from desktop.registers.files import check_files, ensure_file_row, store_files, undo_files
from models.drafting import Draft, DraftEvent, DraftStatus, DraftVersion
from models.entities import Document, User

DRAFT_PREFIX = "DT-"
MAX_DRAFT_BYTES = 200 * 1024 * 1024


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)


def draft_ref(draft_id: int) -> str:
    return f"{DRAFT_PREFIX}{draft_id}"


def parse_draft_ref(text: str | int) -> int:
    """``12``, ``DT-12`` or ``dt12`` → 12."""
    raw = str(text).strip().upper().removeprefix(DRAFT_PREFIX).removeprefix("DT")
    if not raw.isdigit() or int(raw) < 1:
        raise UserError(_("Mã dự thảo không hợp lệ: “{value}” (ví dụ DT-3).", value=str(text)),
                        field="id")
    return int(raw)


def status_label(status: str) -> str:
    return {
        DraftStatus.DRAFT.value: _("Đang soạn"),
        DraftStatus.SUBMITTED.value: _("Chờ duyệt"),
        DraftStatus.RETURNED.value: _("Bị trả lại"),
        DraftStatus.APPROVED.value: _("Đã duyệt"),
        DraftStatus.SIGNED.value: _("Lãnh đạo đã ký"),
        DraftStatus.ISSUED.value: _("Đã phát hành"),
    }.get(status, status)


@dataclass(frozen=True)
class VersionInfo:
    version: int
    name: str
    sha256: str
    added_by: str
    added_at: dt.datetime
    problems: tuple[str, ...]

    def to_dict(self) -> dict[str, Any]:
        return {"version": self.version, "name": self.name, "sha256": self.sha256,
                "added_by": self.added_by, "added_at": self.added_at.isoformat(),
                "problems": list(self.problems)}


@dataclass(frozen=True)
class EventInfo:
    at: dt.datetime
    actor: str
    action: str
    version: int
    comment: str

    def to_dict(self) -> dict[str, Any]:
        return {"at": self.at.isoformat(), "actor": self.actor, "action": self.action,
                "version": self.version, "comment": self.comment}


@dataclass(frozen=True)
class DraftView:
    id: int
    status: str
    type_name: str
    subject: str
    signer: str
    signer_name: str
    drafting_unit: str
    recipients: str
    urgency: str
    secrecy: str
    version: int
    created_by: str
    document_id: int | None
    symbol: str
    signed: bool
    versions: tuple[VersionInfo, ...] = ()
    history: tuple[EventInfo, ...] = ()
    warnings: tuple[str, ...] = field(default=())
    #: A secret draft this reader may not read (desktop/drafting/secret.py): its subject holds
    #: the mask; recipients, unit, file names and comments are empty.
    masked: bool = False

    @property
    def ref(self) -> str:
        return draft_ref(self.id)

    @property
    def current(self) -> VersionInfo | None:
        return self.versions[-1] if self.versions else None

    @property
    def status_text(self) -> str:
        return status_label(self.status)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id, "ref": self.ref, "status": self.status, "type": self.type_name,
            "summary": self.subject, "signer": self.signer, "signer_name": self.signer_name,
            "unit": self.drafting_unit, "to": self.recipients, "urgency": self.urgency,
            "secrecy": self.secrecy, "version": self.version, "created_by": self.created_by,
            "document_id": self.document_id, "symbol": self.symbol, "signed": self.signed,
            "versions": [v.to_dict() for v in self.versions],
            "history": [e.to_dict() for e in self.history],
            "warnings": list(self.warnings),
            "masked": self.masked,
        } | (dict.fromkeys(("summary", "to", "unit")) if self.masked else {})


@dataclass
class DraftInput:
    type_name: str
    subject: str
    signer: str  # the leader's account
    file: Path
    drafting_unit: str = ""
    recipients: str = ""
    urgency: str | None = None
    secrecy: str | None = None


# --------------------------------------------------------------------------- reading


def load_draft(s: Session, draft_id: int) -> Draft:
    draft = s.get(Draft, draft_id)
    if draft is None:
        raise NotFound(_("Không có dự thảo {ref}.", ref=draft_ref(draft_id)))
    return draft


def _view(s: Session, draft: Draft, warnings: tuple[str, ...] = ()) -> DraftView:
    versions = tuple(
        VersionInfo(v.version, v.name, v.sha256, v.added_by, v.added_at,
                    tuple(p for p in v.problems.split("\n") if p))
        for v in s.scalars(select(DraftVersion).where(DraftVersion.draft_id == draft.id)
                           .order_by(DraftVersion.version))
    )
    history = tuple(
        EventInfo(e.at, e.actor, e.action, e.version, e.comment)
        for e in s.scalars(select(DraftEvent).where(DraftEvent.draft_id == draft.id)
                           .order_by(DraftEvent.id))
    )
    symbol = ""
    if draft.document_id is not None:
        symbol = s.scalar(select(Document.symbol).where(Document.id == draft.document_id)) or ""
    return DraftView(
        draft.id, draft.status, draft.type_name, draft.subject, draft.signer_username,
        draft.signer_name, draft.drafting_unit, draft.recipients, draft.urgency, draft.secrecy,
        draft.version, draft.created_by, draft.document_id, symbol,
        draft.signed_sha256 is not None, versions, history, warnings,
    )


def get_draft(office: Office, draft_id: int) -> DraftView:
    reader = secret.reader(office)  # (its own read, not one nested in the draft's)
    with office.db.read() as s:
        return secret.as_seen(reader, _view(s, load_draft(s, draft_id)))


def list_drafts(office: Office, *, include_issued: bool = True) -> list[DraftView]:
    reader = secret.reader(office)
    with office.db.read() as s:
        q = select(Draft).order_by(Draft.id)
        if not include_issued:
            q = q.where(Draft.status != DraftStatus.ISSUED.value)
        return [secret.as_seen(reader, _view(s, d)) for d in s.scalars(q)]


def current_pdf(office: Office, draft_id: int) -> bytes:
    """The bytes of the draft as it stands: the signed PDF once signed, else the last version
    (refused, exit 4, for a secret draft this reader may not read)."""
    with office.db.read() as s:
        draft = load_draft(s, draft_id)
        people = (draft.secrecy, draft.created_by, draft.signer_username)
        sha = draft.signed_sha256 or s.scalar(
            select(DraftVersion.sha256).where(DraftVersion.draft_id == draft_id,
                                              DraftVersion.version == draft.version))
    # after the read: the refusal's audit entry is a write of its own
    secret.require(office, *people, draft_ref(draft_id), _("xem hoặc ký dự thảo"))
    assert sha is not None
    return office.files.read(sha)


# --------------------------------------------------------------------------- writing


def _event(s: Session, draft: Draft, actor: str, action: str, comment: str = "") -> None:
    s.add(DraftEvent(draft_id=draft.id, at=_now(), actor=actor, action=action,
                     version=draft.version, comment=comment))
    draft.updated_at = _now()


def _audit(s: Session, actor: str, action: str, draft: Draft, **after: Any) -> None:
    audit.record(s, actor, action, draft.document_id,
                 after={"du_thao": draft.id, "phien_ban": draft.version,
                        "trang_thai": draft.status, **after})


def _check_pdf_file(path: Path) -> tuple[Path, bytes]:
    (path,) = check_files([path])
    if path.stat().st_size > MAX_DRAFT_BYTES:
        raise UserError(_("Tệp dự thảo {path} lớn quá 200 MB.", path=str(path)), field="file")
    data = path.read_bytes()
    if not data.lstrip()[:5] == b"%PDF-":
        raise UserError(_("Dự thảo phải là tệp PDF: {path}.", path=str(path)), field="file")
    return path, data


def _leader(s: Session, username: str) -> User:
    user = s.scalar(select(User).where(User.username == username.strip()))
    if user is None or not user.active:
        raise UserError(_("Không có tài khoản người ký “{user}”.", user=username), field="signer")
    if Role.LEADER.value not in user.roles.split(","):
        raise UserError(_("Tài khoản “{user}” không phải lãnh đạo; người ký phải là lãnh đạo.",
                          user=username), field="signer")
    return user


def _add_version(office: Office, s: Session, draft: Draft, path: Path, data: bytes,
                 put: Any) -> CheckReport:
    report = check_pdf(data)
    ensure_file_row(s, path, put)
    s.add(DraftVersion(draft_id=draft.id, version=draft.version, sha256=put.sha256,
                       name=path.name[:255], problems="\n".join(report.problems),
                       added_by=office.actor.username, added_at=_now()))
    return report


def create_draft(office: Office, inp: DraftInput) -> DraftView:
    office.require(Role.OFFICER, Role.CLERK, action=_("soạn dự thảo văn bản đi"))
    doctype = require_type(inp.type_name)
    subject = require_text(inp.subject, "summary", _("trích yếu nội dung"), 500)
    unit = inp.drafting_unit.strip()
    if unit and (" " in unit or "/" in unit or len(unit) > 10):
        raise UserError(
            _("Đơn vị soạn thảo phải là chữ viết tắt không dấu cách, ví dụ VP: “{value}”.",
              value=unit), field="unit")
    urgency = parse_urgency(inp.urgency).value
    secrecy = parse_secrecy(inp.secrecy).value
    path, data = _check_pdf_file(inp.file)
    stored = store_files(office, [path])
    actor = office.actor.username
    try:
        with office.db.write() as s:
            leader = _leader(s, inp.signer)
            draft = Draft(status=DraftStatus.DRAFT.value, type_name=doctype.name,
                          subject=subject, signer_username=leader.username,
                          signer_name=leader.full_name, signer_title=leader.title,
                          drafting_unit=unit, recipients=inp.recipients.strip(),
                          urgency=urgency, secrecy=secrecy, version=1, created_by=actor,
                          created_at=_now(), updated_at=_now())
            s.add(draft)
            s.flush()
            report = _add_version(office, s, draft, path, data, stored[0][1])
            _event(s, draft, actor, "tao")
            _audit(s, actor, "du-thao-tao", draft, trich_yeu=subject, sha256=stored[0][1].sha256)
            s.flush()
            view = _view(s, draft, tuple(report.problems))
    except BaseException:
        undo_files(office, stored)
        raise
    return view


def _mine_or_clerk(office: Office, draft_id: int, what: str) -> None:
    """An officer works on the drafts they created; the clerk on any."""
    with office.db.read() as s:
        owner = load_draft(s, draft_id).created_by
    if office.actor.has(Role.CLERK) or owner == office.actor.username:
        return
    office.require(Role.CLERK, action=what)


def add_version(office: Office, draft_id: int, file: Path) -> DraftView:
    what = _("tải lên phiên bản mới của dự thảo")
    office.require(Role.OFFICER, Role.CLERK, action=what)
    path, data = _check_pdf_file(file)
    _mine_or_clerk(office, draft_id, what)
    stored = store_files(office, [path])
    actor = office.actor.username
    try:
        with office.db.write() as s:
            draft = load_draft(s, draft_id)
            if draft.status not in (DraftStatus.DRAFT.value, DraftStatus.RETURNED.value):
                raise UserError(_(
                    "Dự thảo {ref} đang ở trạng thái “{status}”; chỉ thêm phiên bản khi đang "
                    "soạn hoặc bị trả lại.", ref=draft_ref(draft_id),
                    status=status_label(draft.status)))
            draft.version += 1
            draft.status = DraftStatus.DRAFT.value
            report = _add_version(office, s, draft, path, data, stored[0][1])
            _event(s, draft, actor, "phien-ban")
            _audit(s, actor, "du-thao-phien-ban", draft, sha256=stored[0][1].sha256)
            s.flush()
            view = _view(s, draft, tuple(report.problems))
    except BaseException:
        undo_files(office, stored)
        raise
    return view


def _transition(office: Office, draft_id: int, allowed: tuple[str, ...], new: str,
                action: str, comment: str = "") -> DraftView:
    actor = office.actor.username
    with office.db.write() as s:
        draft = load_draft(s, draft_id)
        if draft.status not in allowed:
            raise UserError(_(
                "Dự thảo {ref} đang ở trạng thái “{status}”; không thể thực hiện thao tác này.",
                ref=draft_ref(draft_id), status=status_label(draft.status)))
        before = draft.status
        draft.status = new
        _event(s, draft, actor, action, comment)
        _audit(s, actor, f"du-thao-{action}", draft, truoc=before,
               **({"y_kien": comment} if comment else {}))
        s.flush()
        return _view(s, draft)


def submit(office: Office, draft_id: int) -> DraftView:
    what = _("trình duyệt dự thảo")
    office.require(Role.OFFICER, Role.CLERK, action=what)
    _mine_or_clerk(office, draft_id, what)
    return _transition(office, draft_id, (DraftStatus.DRAFT.value,),
                       DraftStatus.SUBMITTED.value, "trinh")


def approve(office: Office, draft_id: int) -> DraftView:
    office.require(Role.LEADER, action=_("duyệt dự thảo"))
    return _transition(office, draft_id, (DraftStatus.SUBMITTED.value,),
                       DraftStatus.APPROVED.value, "duyet")


def return_draft(office: Office, draft_id: int, reason: str) -> DraftView:
    office.require(Role.LEADER, action=_("trả lại dự thảo"))
    reason = require_text(reason, "reason", _("ý kiến khi trả lại"), 2000)
    return _transition(office, draft_id,
                       (DraftStatus.SUBMITTED.value, DraftStatus.APPROVED.value),
                       DraftStatus.RETURNED.value, "tra-lai", reason)
