"""Tamper-evident audit log: each entry's hash covers its content and the previous hash.

Entries are numbered by the same locked series mechanism as the registers (series ``audit``), so
two writers cannot both chain onto the same predecessor, on SQLite or PostgreSQL.

Two more things are written when the entry's transaction commits:

- ``state``: a SHA-256 of the document the entry is about (its register columns and file links)
  as the transaction leaves it. ``vanthu check`` compares every document with the state of its
  last entry, so a row changed or deleted behind the program's back is named.
- ``mac``: an HMAC-SHA-256 of ``hash`` and ``state`` with the data folder's audit key (kept
  outside the database, see :mod:`desktop.kernel.anchor`). Without the key nobody can recompute
  a chain after editing an entry, or a state after editing a document, that verifies.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import event, func, select
from sqlalchemy.orm import Session

from desktop.core.clock import to_utc
from desktop.core.i18n import N_
from desktop.core.numbering import next_number
from models.entities import AuditEntry, Document, DocumentFile, NumberSeries

GENESIS = "0" * 64
SERIES = "audit"


def _canonical(value: dict[str, Any] | None) -> str:
    if value is None:
        return ""
    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)


def _digest(
    seq: int,
    at: dt.datetime,
    actor: str,
    action: str,
    document_id: int | None,
    before: str,
    after: str,
    prev_hash: str,
) -> str:
    payload = json.dumps(
        [seq, at.isoformat(), actor, action, document_id, before, after, prev_hash],
        ensure_ascii=False,
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def record(
    session: Session,
    actor: str,
    action: str,
    document_id: int | None = None,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
) -> None:
    seq = next_number(session, SERIES, 0)
    prev = GENESIS
    if seq > 1:
        prev = session.scalar(select(AuditEntry.hash).where(AuditEntry.seq == seq - 1)) or GENESIS
    at = dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)
    b, a = _canonical(before), _canonical(after)
    entry = AuditEntry(
        seq=seq,
        at=at,
        actor=actor,
        action=action,
        document_id=document_id,
        before=b,
        after=a,
        prev_hash=prev,
        hash=_digest(seq, at, actor, action, document_id, b, a, prev),
    )
    session.add(entry)
    session.info.setdefault(_PENDING, []).append(entry)


_PENDING = "vanthu_audit_pending"

#: The register columns a document's state covers: what a reader of the register relies on.
#: (Derived flags and the search text are recomputed by the program and are not evidence.)
STATE_COLUMNS = (
    "id", "direction", "series", "year", "number", "symbol", "code_number", "code_notation",
    "issued_date", "received_date", "organ_name", "type_name", "subject", "recipients",
    "transfer_date", "receiver_sign", "notes", "signer_name", "signer_title", "archive_unit",
    "copies", "drafting_unit", "urgency", "secrecy", "due_date", "handler", "status",
    "page_amount", "electronic", "cancelled_at", "cancel_reason",
)


def document_state(session: Session, document_id: int) -> str:
    """SHA-256 of the document's register columns and file links; of "deleted" when gone."""
    doc = session.get(Document, document_id)
    if doc is None:
        return _state_of(None, [])
    links = session.execute(
        select(DocumentFile.sha256, DocumentFile.name, DocumentFile.role, DocumentFile.current)
        .where(DocumentFile.document_id == document_id).order_by(DocumentFile.id)).all()
    return _state_of(doc, [tuple(r) for r in links])


def _state_of(doc: Any, links: list[tuple[Any, ...]]) -> str:
    if doc is None:
        payload = "deleted"
    else:
        payload = json.dumps([[getattr(doc, c) for c in STATE_COLUMNS], links],
                             ensure_ascii=False, default=str)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def _mac(key: bytes, hash_: str, state: str | None) -> str:
    return hmac.new(key, f"{hash_}|{state or ''}".encode(), hashlib.sha256).hexdigest()


def _key_of(session: Session) -> tuple[str, bytes] | None:
    database = session.info.get("database")
    return getattr(database, "audit_key", None)


@event.listens_for(Session, "before_commit")
def _seal_entries(session: Session) -> None:
    """States and MACs of the entries this transaction wrote, as it commits."""
    pending = session.info.pop(_PENDING, None)
    if not pending:
        return
    key = _key_of(session)
    for entry in pending:
        if not isinstance(entry, AuditEntry) or entry not in session:
            continue  # rolled back with its savepoint
        if entry.document_id is not None:
            entry.state = document_state(session, entry.document_id)
        if key is not None:
            entry.key_id, entry.mac = key[0], _mac(key[1], entry.hash, entry.state)


@event.listens_for(Session, "after_rollback")
def _forget_entries(session: Session) -> None:
    if not session.in_transaction():
        session.info.pop(_PENDING, None)


def rekey(session: Session, old: tuple[str, bytes], new: tuple[str, bytes]) -> list[int]:
    """Re-MACs the entries made with ``old`` (id, key) with ``new``, each only after its MAC
    checked out with ``old``; returns the numbers of those that did not (nothing is changed
    then). Hashes and the chain are untouched: a MAC is not part of an entry's hash."""
    rows = list(session.scalars(select(AuditEntry).where(AuditEntry.key_id == old[0])))
    bad = [e.seq for e in rows
           if e.mac is None or not hmac.compare_digest(_mac(old[1], e.hash, e.state), e.mac)]
    if bad:
        return bad
    for e in rows:
        e.key_id, e.mac = new[0], _mac(new[1], e.hash, e.state)
    return []


@dataclass(frozen=True)
class ChainProblem:
    seq: int
    reason: str


def head(session: Session) -> tuple[int, str] | None:
    """The last entry's number and hash."""
    row = session.execute(
        select(AuditEntry.seq, AuditEntry.hash).order_by(AuditEntry.seq.desc()).limit(1)
    ).first()
    return (int(row[0]), str(row[1])) if row is not None else None


def audit_code(session: Session) -> str:
    """The log's head as printed on registers and reports ("Mã kiểm tra nhật ký: 1234-…"): a
    witness on paper that a later rewrite of the database cannot change."""
    top = head(session)
    if top is None:
        return "0"
    seq, hash_ = top
    return f"{seq}-{hash_[:16].upper()}"


def verify_anchor(session: Session, seq: int, hash_: str) -> ChainProblem | None:
    """Whether the log still holds entry ``seq`` with ``hash_`` (the anchor kept outside)."""
    if seq <= 0:
        return None if not hash_ else ChainProblem(0, "anchor")
    found = session.scalar(select(AuditEntry.hash).where(AuditEntry.seq == seq))
    if found is None:
        return ChainProblem(seq, "truncated")
    if found != hash_:
        return ChainProblem(seq, "rewritten")
    return None


def verify(session: Session, keys: dict[str, bytes] | None = None,
           keyed_since: int | None = None) -> ChainProblem | None:
    """The first entry that was edited, deleted or re-chained, or ``None`` when intact.

    With ``keys`` (key id → key) every entry's MAC is checked too; entries from ``keyed_since``
    on must carry one made with a known key (a MAC removed, or made with a key nobody here
    holds, is as suspect as a wrong one)."""
    prev = GENESIS
    expected = 1
    rows = session.execute(select(AuditEntry).order_by(AuditEntry.seq)).scalars()
    for e in rows:
        if e.seq != expected:
            return ChainProblem(expected, "missing")
        if e.prev_hash != prev:
            return ChainProblem(e.seq, "chain")
        digest = _digest(
            e.seq, e.at, e.actor, e.action, e.document_id, e.before, e.after, e.prev_hash
        )
        if digest != e.hash:
            return ChainProblem(e.seq, "edited")
        if keys is not None:
            problem = _mac_problem(e, keys, keyed_since)
            if problem is not None:
                return problem
        prev = e.hash
        expected += 1
    last = session.scalar(
        select(NumberSeries.last_number).where(
            NumberSeries.series == SERIES, NumberSeries.year == 0
        )
    )
    if last is not None and last >= expected:
        return ChainProblem(expected, "missing")
    return None


def _mac_problem(e: AuditEntry, keys: dict[str, bytes], keyed_since: int | None
                 ) -> ChainProblem | None:
    if e.mac is None:
        if keyed_since is not None and e.seq >= keyed_since:
            return ChainProblem(e.seq, "unkeyed")
        return None
    key = keys.get(e.key_id or "")
    if key is None:
        return ChainProblem(e.seq, "unknown-key")
    if not hmac.compare_digest(_mac(key, e.hash, e.state), e.mac):
        return ChainProblem(e.seq, "mac")
    return None


def document_problems(session: Session) -> list[tuple[int, str, int]]:
    """Documents whose current state differs from the state their last audit entry recorded:
    (document id, "edited" or "deleted", that entry's number)."""
    last = (select(AuditEntry.document_id, AuditEntry.seq, AuditEntry.state)
            .where(AuditEntry.seq.in_(
                select(func.max(AuditEntry.seq)).where(AuditEntry.document_id.is_not(None),
                                                       AuditEntry.state.is_not(None))
                .group_by(AuditEntry.document_id))))
    problems: list[tuple[int, str, int]] = []
    deleted = _state_of(None, [])
    for doc_id, seq, state in session.execute(last):
        if doc_id is None:
            continue
        now = document_state(session, doc_id)
        if now != state:
            problems.append((doc_id, "deleted" if now == deleted else "edited", seq))
    return problems


@dataclass(frozen=True)
class EntryView:
    seq: int
    at: dt.datetime  # UTC
    actor: str
    action: str
    document_id: int | None
    before: str
    after: str

    def to_dict(self) -> dict[str, Any]:
        return {"seq": self.seq, "at": self.at.isoformat() + "Z", "actor": self.actor,
                "action": self.action, "document_id": self.document_id,
                "before": self.before, "after": self.after}


ACTION_LABELS = {  # Vietnamese source, translated at display (CLI: _(), UI: tr())
    "khoi-tao": N_("Khởi tạo cơ quan"),
    "dang-ky-den": N_("Đăng ký văn bản đến"),
    "dang-ky-di": N_("Đăng ký văn bản đi"),
    "huy": N_("Hủy đăng ký"),
    "dinh-kem": N_("Đính kèm tệp"),
    "xuat": N_("Xuất tệp"),
    "nhap-so": N_("Nhập sổ từ tệp"),
    "ky-so": N_("Ký số"),
    "nhan-dang-chu": N_("Nhận dạng chữ"),
    "sao-luu": N_("Sao lưu"),
    "dang-nhap": N_("Đăng nhập"),
    "dang-nhap-sai": N_("Đăng nhập sai"),
    "tu-choi": N_("Bị từ chối"),
    "them-tai-khoan": N_("Thêm tài khoản"),
    "khoa-tai-khoan": N_("Vô hiệu hóa tài khoản"),
    "doi-mat-khau": N_("Đổi mật khẩu"),
    "sua-co-quan": N_("Sửa thông tin cơ quan"),
    "don-tep": N_("Dọn tệp thừa trong kho"),
    "gan-chung-thu": N_("Gán chứng thư số"),
    "go-chung-thu": N_("Gỡ chứng thư số đã gán"),
    "sua-so-cuoi": N_("Sửa số cuối của sổ"),
    "sua-van-ban": N_("Sửa văn bản đã đăng ký"),
    "anh-chu-ky": N_("Đặt ảnh chữ ký"),
    "anh-con-dau": N_("Đặt ảnh con dấu"),
    "ho-so-tiep-nhan": N_("Tiếp nhận hồ sơ"),
    "ho-so-chuyen": N_("Chuyển bước hồ sơ"),
    "thu-tuc-them": N_("Thêm thủ tục hành chính"),
    "lich-khoi-tao": N_("Khởi tạo lịch ngày nghỉ"),
    "lich-nhap": N_("Nhập lịch ngày nghỉ"),
    "ocr": N_("Nhận dạng chữ"),
    "them-chung-thu-tin-cay": N_("Thêm chứng thư tin cậy"),
    "xoa-chung-thu-tin-cay": N_("Xóa chứng thư tin cậy"),
    "them-crl": N_("Thêm danh sách thu hồi chứng thư"),
    "xoa-crl": N_("Xóa danh sách thu hồi chứng thư"),
    "cap-quyen-mat": N_("Cấp quyền xem văn bản mật"),
    "thu-quyen-mat": N_("Thu hồi quyền xem văn bản mật"),
    "xuat-khoa-nhat-ky": N_("Xuất khóa kiểm tra nhật ký"),
    "nhap-khoa-nhat-ky": N_("Nhập khóa kiểm tra nhật ký"),
}


def entries(
    session: Session,
    *,
    document_id: int | None = None,
    actor: str | None = None,
    start: dt.date | None = None,
    end: dt.date | None = None,
    offset: int = 0,
    limit: int = 200,
) -> tuple[list[EntryView], int]:
    """A page of the log, newest first, filtered by document, person and dates; and the count."""
    from sqlalchemy import func

    stmt = select(AuditEntry)
    if document_id is not None:
        stmt = stmt.where(AuditEntry.document_id == document_id)
    if actor:
        stmt = stmt.where(AuditEntry.actor == actor)
    # Entries are kept in UTC; the dates people pick are Vietnam's (UTC+7, no summer time).
    if start is not None:
        stmt = stmt.where(AuditEntry.at >= to_utc(dt.datetime.combine(start, dt.time())))
    if end is not None:
        stmt = stmt.where(AuditEntry.at < to_utc(dt.datetime.combine(end + dt.timedelta(days=1),
                                                                     dt.time())))
    total = int(session.scalar(select(func.count()).select_from(stmt.subquery())) or 0)
    rows = session.scalars(stmt.order_by(AuditEntry.seq.desc()).offset(offset).limit(limit))
    return [EntryView(e.seq, e.at, e.actor, e.action, e.document_id, e.before, e.after)
            for e in rows], total
