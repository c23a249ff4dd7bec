"""Tamper-evident audit log: each entry's hash covers its content and the previous hash.

Entries are numbered by the same locked series mechanism as the registers (series ``audit``), so
two writers cannot both chain onto the same predecessor, on SQLite or PostgreSQL.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.i18n import N_
from desktop.core.numbering import next_number
from models.entities import AuditEntry, NumberSeries

GENESIS = "0" * 64
VN_OFFSET = dt.timedelta(hours=7)
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
    session.add(
        AuditEntry(
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
    )


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


def verify(session: Session) -> ChainProblem | None:
    """The first entry that was edited, deleted or re-chained, or ``None`` when intact."""
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
        stmt = stmt.where(AuditEntry.at >= dt.datetime.combine(start, dt.time()) - VN_OFFSET)
    if end is not None:
        stmt = stmt.where(AuditEntry.at < dt.datetime.combine(end + dt.timedelta(days=1),
                                                              dt.time()) - VN_OFFSET)
    total = int(session.scalar(select(func.count()).select_from(stmt.subquery())) or 0)
    rows = session.scalars(stmt.order_by(AuditEntry.seq.desc()).offset(offset).limit(limit))
    return [EntryView(e.seq, e.at, e.actor, e.action, e.document_id, e.before, e.after)
            for e in rows], total
