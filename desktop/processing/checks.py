"""What a processing step checks before it writes: the desk's clock and a step's recorded time,
the texts typed, the document (locked for the step) and its state, the accounts named, the
deadline, and whether the actor handles the document (refusals audited)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.errors import NotFound, PermissionDenied, UserError
from desktop.core.i18n import _
from desktop.core.validate import parse_date
from desktop.kernel import audit
from desktop.kernel.auth import Role
from desktop.kernel.office import Office
from desktop.processing.states import LEAD, OPEN, STATE_LABELS, HState, Step
from desktop.workdays.calendar import MAX_DAYS, load_calendar, parse_datetime
from models.entities import Direction, Document, Status, User
from models.processing import Handling, HandlingPerson

MAX_TEXT = 4000


def fmt_time(moment: dt.datetime) -> str:
    return moment.strftime("%H:%M %d/%m/%Y")


# -- checks -------------------------------------------------------------------------------------
def clean_text(value: str | None, field: str, label: str, required: bool = False) -> str:
    text = (value or "").strip()
    if required and not text:
        raise UserError(_("Thiếu {label}.", label=label), field=field)
    if len(text) > MAX_TEXT:
        raise UserError(_("{label} dài quá {max} ký tự.", label=label, max=MAX_TEXT), field=field)
    return text


def step_moment(at: str | dt.datetime | None, last: dt.datetime, now: dt.datetime) -> dt.datetime:
    """When the step happened: now, or a time typed for a step recorded late."""
    if at is None or (isinstance(at, str) and not at.strip()):
        moment = now
    else:
        moment = parse_datetime(at, "at").replace(second=0, microsecond=0)
        if moment > now:
            raise UserError(_("Thời điểm {at} ở tương lai; chỉ ghi được bước đã diễn ra.",
                              at=fmt_time(moment)), field="at")
    if moment < last:
        raise UserError(_("Thời điểm {at} sớm hơn bước trước của văn bản ({last}).",
                          at=fmt_time(moment), last=fmt_time(last)), field="at")
    return moment


def refuse(office: Office, doc_id: int, action: str, message: str) -> PermissionDenied:
    username = office.actor.username
    office.db.in_own_transaction(
        lambda s: audit.record(s, username, "tu-choi", doc_id, after={"hanh_dong": action}))
    return PermissionDenied(message)


def lock_document(s: Session, doc_id: int) -> Document:
    # the document's row is locked for the step (PostgreSQL; SQLite's writer lock already
    # serialises), so two leaders assigning the same document at once queue, not collide
    doc = s.scalar(select(Document).where(Document.id == doc_id).with_for_update())
    if doc is None:
        raise NotFound(_("Không có văn bản mã {id}.", id=doc_id), field="id")
    if doc.direction != Direction.INCOMING.value:
        raise UserError(_("Văn bản mã {id} là văn bản đi; chỉ văn bản đến mới được giao xử lý.",
                          id=doc_id), field="id")
    if doc.status == Status.CANCELLED.value:
        raise UserError(_("Văn bản mã {id} đã bị hủy đăng ký; không thể xử lý.", id=doc_id),
                        field="id")
    return doc


def state_of(h: Handling | None) -> HState:
    return HState(h.state) if h is not None else HState.REGISTERED


def wrong_state(doc_id: int, h: Handling | None, step: Step, allowed: Sequence[HState]
                 ) -> UserError:
    current = state_of(h)
    if step is Step.DONE and current in (HState.REGISTERED, HState.SUBMITTED):
        return UserError(_("Văn bản mã {id} chưa được giao xử lý; lãnh đạo cần giao trước khi "
                           "hoàn thành.", id=doc_id), field="id")
    return UserError(
        _("Văn bản mã {id} đang ở trạng thái “{state}”; bước này chỉ làm được khi văn bản ở: "
          "{allowed}.", id=doc_id, state=_(STATE_LABELS[current]),
          allowed=", ".join(_(STATE_LABELS[a]) for a in allowed)),
        field="id")


def account(s: Session, username: str) -> User:
    name = (username or "").strip()
    user = s.scalar(select(User).where(User.username == name)) if name else None
    if user is None or not user.active:
        raise UserError(_("Không có người dùng “{user}” (hoặc tài khoản đã bị vô hiệu hóa); "
                          "người xử lý phải là tài khoản của cơ quan.", user=name), field="lead")
    return user


def lead_and_support(s: Session, lead: str, support: Sequence[str]) -> tuple[User, list[User]]:
    lead_user = account(s, lead)
    seen = {lead_user.username}
    supports: list[User] = []
    for name in support:
        u = account(s, name)
        if u.username in seen:
            continue
        seen.add(u.username)
        supports.append(u)
    return lead_user, supports


def deadline(s: Session, start: dt.date, due: str | dt.date | None, days: int | None
              ) -> dt.date:
    if (due is None) == (days is None):
        raise UserError(_("Cần đúng một trong hai: thời hạn --due YYYY-MM-DD hoặc số ngày làm "
                          "việc --days N."), field="due")
    if days is not None:
        if days < 1 or days > MAX_DAYS:
            raise UserError(_("Số ngày làm việc phải từ 1 đến {max}: {value}.", max=MAX_DAYS,
                              value=days), field="days")
        return load_calendar(s).add_working_days(start, days)
    value = due if isinstance(due, dt.date) else parse_date(str(due), "due")
    if value < start:
        raise UserError(_("Thời hạn giải quyết {due} trước ngày giao {day}.",
                          due=value.strftime("%d/%m/%Y"), day=start.strftime("%d/%m/%Y")),
                        field="due")
    return value


def display_name(u: User) -> str:
    return u.full_name or u.username


def active_handlers(s: Session, doc_id: int) -> list[HandlingPerson]:
    return list(s.scalars(select(HandlingPerson).where(HandlingPerson.document_id == doc_id,
                                                       HandlingPerson.active.is_(True))
                          .order_by(HandlingPerson.id)))


def is_handler(s: Session, doc_id: int, username: str, lead_only: bool = False) -> bool:
    stmt = select(HandlingPerson.id).where(
        HandlingPerson.document_id == doc_id, HandlingPerson.username == username,
        HandlingPerson.active.is_(True))
    if lead_only:
        stmt = stmt.where(HandlingPerson.part == LEAD)
    return s.scalar(stmt.limit(1)) is not None


def check_handler(office: Office, doc_id: int, step: Step, action: str, message: str, *,
                   lead_only: bool = False, leader_may: bool = True) -> None:
    """Refuse (audited) unless the actor handles the document (or leads it), or is a leader
    where a leader may act. Checked before the step's write, so the refusal is recorded even
    outside a unit of work. A document in the wrong state is reported as such first."""
    with office.db.read() as s:
        doc = lock_document(s, doc_id)
        del doc
        h = s.get(Handling, doc_id)
        if h is None or state_of(h) not in OPEN:
            raise wrong_state(doc_id, h, step, OPEN)
        if leader_may and office.actor.has(Role.LEADER):
            return
        if is_handler(s, doc_id, office.actor.username, lead_only):
            return
    raise refuse(office, doc_id, action, message)


def open_handling(office: Office, s: Session, doc_id: int, step: Step,
                   allowed: Sequence[HState]) -> tuple[Document, Handling]:
    doc = lock_document(s, doc_id)
    h = s.get(Handling, doc_id)
    if h is None or state_of(h) not in allowed:
        raise wrong_state(doc_id, h, step, allowed)
    return doc, h
