"""Processing an incoming document after registration (Nghị định 30, Điều 20–24).

Every step is one write: the handling row, its people, the step row, the register's columns it
fills (status, Đơn vị hoặc người nhận, Ngày chuyển, Ký nhận, the deadline) and the audit entry,
inside the caller's unit of work, so a refused or bad step writes nothing.

A step may be recorded late (``at``): never in the future, never before the previous step;
deadlines and "on time" are judged from the recorded times. ``now`` is the desk's clock
(Vietnam time), a parameter so tests fix "today" instead of sleeping.

Roles: the clerk submits; only a leader assigns, extends, reassigns, takes back and reopens;
the lead handler or a leader marks done; a handler (lead or support) accepts and writes notes;
an officer sees and changes only what is assigned to them. Refusals are audited.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Sequence
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from desktop.core.errors import NotFound, PermissionDenied, UserError
from desktop.core.i18n import _
from desktop.core.validate import parse_date
from desktop.kernel import audit
from desktop.kernel.auth import Role
from desktop.kernel.office import Office
from desktop.processing.states import (
    CLOSED,
    DOCUMENT_STATUS,
    LEAD,
    OPEN,
    STATE_LABELS,
    SUPPORT,
    HState,
    Step,
)
from desktop.processing.views import HandlingView, StepView
from desktop.workdays.calendar import MAX_DAYS, VN_TZ, load_calendar, parse_datetime
from models.entities import Direction, Document, Status, User
from models.processing import Handling, HandlingPerson, HandlingStep

MAX_TEXT = 4000


def desk_now() -> dt.datetime:
    """The desk's clock: Vietnam local time, to the minute."""
    return dt.datetime.now(VN_TZ).replace(tzinfo=None, second=0, microsecond=0)


def _t(moment: dt.datetime) -> str:
    return moment.strftime("%H:%M %d/%m/%Y")


# -- checks -------------------------------------------------------------------------------------
def _text(value: str | None, field: str, label: str, required: bool = False) -> str:
    text = (value or "").strip()
    if required and not text:
        raise UserError(_("Thiếu {label}.", label=label), field=field)
    if len(text) > MAX_TEXT:
        raise UserError(_("{label} dài quá {max} ký tự.", label=label, max=MAX_TEXT), field=field)
    return text


def _moment(at: str | dt.datetime | None, last: dt.datetime, now: dt.datetime) -> dt.datetime:
    """When the step happened: now, or a time typed for a step recorded late."""
    if at is None or (isinstance(at, str) and not at.strip()):
        moment = now
    else:
        moment = parse_datetime(at, "at").replace(second=0, microsecond=0)
        if moment > now:
            raise UserError(_("Thời điểm {at} ở tương lai; chỉ ghi được bước đã diễn ra.",
                              at=_t(moment)), field="at")
    if moment < last:
        raise UserError(_("Thời điểm {at} sớm hơn bước trước của văn bản ({last}).",
                          at=_t(moment), last=_t(last)), field="at")
    return moment


def _refuse(office: Office, doc_id: int, action: str, message: str) -> PermissionDenied:
    username = office.actor.username
    office.db.in_own_transaction(
        lambda s: audit.record(s, username, "tu-choi", doc_id, after={"hanh_dong": action}))
    return PermissionDenied(message)


def _document(s: Session, doc_id: int) -> Document:
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


def _state(h: Handling | None) -> HState:
    return HState(h.state) if h is not None else HState.REGISTERED


def _wrong_state(doc_id: int, h: Handling | None, step: Step, allowed: Sequence[HState]
                 ) -> UserError:
    current = _state(h)
    if step is Step.DONE and current in (HState.REGISTERED, HState.SUBMITTED):
        return UserError(_("Văn bản mã {id} chưa được giao xử lý; lãnh đạo cần giao trước khi "
                           "hoàn thành.", id=doc_id), field="id")
    return UserError(
        _("Văn bản mã {id} đang ở trạng thái “{state}”; bước này chỉ làm được khi văn bản ở: "
          "{allowed}.", id=doc_id, state=_(STATE_LABELS[current]),
          allowed=", ".join(_(STATE_LABELS[a]) for a in allowed)),
        field="id")


def _user(s: Session, username: str) -> User:
    name = (username or "").strip()
    user = s.scalar(select(User).where(User.username == name)) if name else None
    if user is None or not user.active:
        raise UserError(_("Không có người dùng “{user}” (hoặc tài khoản đã bị vô hiệu hóa); "
                          "người xử lý phải là tài khoản của cơ quan.", user=name), field="lead")
    return user


def _people(s: Session, lead: str, support: Sequence[str]) -> tuple[User, list[User]]:
    lead_user = _user(s, lead)
    seen = {lead_user.username}
    supports: list[User] = []
    for name in support:
        u = _user(s, name)
        if u.username in seen:
            continue
        seen.add(u.username)
        supports.append(u)
    return lead_user, supports


def _deadline(s: Session, start: dt.date, due: str | dt.date | None, days: int | None
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


def _name(u: User) -> str:
    return u.full_name or u.username


def _active(s: Session, doc_id: int) -> list[HandlingPerson]:
    return list(s.scalars(select(HandlingPerson).where(HandlingPerson.document_id == doc_id,
                                                       HandlingPerson.active.is_(True))
                          .order_by(HandlingPerson.id)))


def _is_handler(s: Session, doc_id: int, username: str, lead_only: bool = False) -> bool:
    stmt = select(HandlingPerson.id).where(
        HandlingPerson.document_id == doc_id, HandlingPerson.username == username,
        HandlingPerson.active.is_(True))
    if lead_only:
        stmt = stmt.where(HandlingPerson.part == LEAD)
    return s.scalar(stmt.limit(1)) is not None


def _add_step(s: Session, h: Handling, step: Step, at: dt.datetime, actor: str, text: str = "",
              lead: str = "", support: Sequence[str] = (), reply_id: int | None = None) -> None:
    seq = (s.scalar(select(func.max(HandlingStep.seq))
                    .where(HandlingStep.document_id == h.document_id)) or 0) + 1
    s.add(HandlingStep(document_id=h.document_id, seq=seq, step=step.value, at=at, actor=actor,
                       text=text, due_date=h.due_date, lead=lead, support=",".join(support),
                       reply_id=reply_id))
    h.last_at = max(h.last_at, at)
    h.updated_at = dt.datetime.now(dt.UTC).replace(tzinfo=None)


def _values(h: Handling | None) -> dict[str, Any]:
    if h is None:
        return {"trang_thai": HState.REGISTERED.value}
    return {"trang_thai": h.state, "chu_tri": h.lead, "han": h.due_date,
            "ky_nhan": h.accepted_at, "hoan_thanh": h.done_at, "tra_loi": h.reply_id}


def _audit(s: Session, actor: str, step: Step, doc_id: int, before: dict[str, Any],
           h: Handling, at: dt.datetime, **extra: Any) -> None:
    audit.record(s, actor, f"xu-ly-{step.value.replace('_', '-')}", doc_id, before=before,
                 after=_values(h) | {"luc": at.isoformat(), **extra})


def _set_state(doc: Document, h: Handling, state: HState) -> None:
    h.state = state.value
    doc.status = DOCUMENT_STATUS[state]


def _first_time(doc: Document) -> dt.datetime:
    day = doc.received_date or doc.issued_date
    return dt.datetime.combine(day, dt.time())


def _answers_sender(code: str) -> Any:
    """After the step, the status package QCVN 102 expects (04 assigned, 05 in progress, 06
    done) for a document that came in as an edXML package; nothing for any other document."""

    def wrap(step: Any) -> Any:
        @functools.wraps(step)
        def run(office: Office, doc_id: int, *args: Any, **kwargs: Any) -> Any:
            view = step(office, doc_id, *args, **kwargs)
            from desktop.interchange.status import answer_if_received

            answer_if_received(office, doc_id, code)
            return view

        return run

    return wrap


# -- the steps ----------------------------------------------------------------------------------
def submit(office: Office, doc_id: int, *, at: str | dt.datetime | None = None,
           now: dt.datetime | None = None) -> HandlingView:
    """Trình: the clerk puts a registered document before the leader."""
    office.require(Role.CLERK, action=_("trình văn bản đến"))
    actor = office.actor.username
    with office.db.write() as s:
        doc = _document(s, doc_id)
        h = s.get(Handling, doc_id)
        if h is not None:
            raise _wrong_state(doc_id, h, Step.SUBMIT, (HState.REGISTERED,))
        moment = _moment(at, _first_time(doc), now or desk_now())
        h = Handling(document_id=doc_id, state=HState.SUBMITTED.value,
                     received_date=doc.received_date or doc.issued_date, instruction="",
                     lead="", assigned_by="", done_by="", result_note="", submitted_at=moment,
                     last_at=moment)
        s.add(h)
        s.flush()
        _set_state(doc, h, HState.SUBMITTED)
        _add_step(s, h, Step.SUBMIT, moment, actor)
        _audit(s, actor, Step.SUBMIT, doc_id, _values(None), h, moment)
        s.flush()
        return view_of(s, doc_id)


CHAIRPERSON = ("chu tich",)  # folded words naming the chairperson in "Đơn vị hoặc người nhận"


def submit_addressed(office: Office, *, now: dt.datetime | None = None) -> list[int]:
    """The clerk's choice to submit at once every registered incoming document addressed to
    the chairperson (its "Đơn vị hoặc người nhận" names the Chủ tịch) that is not in the flow
    yet; each gets its own step and audit entry, all in the caller's unit of work."""
    office.require(Role.CLERK, action=_("trình văn bản đến"))
    from desktop.core.textfold import fold

    with office.db.read() as s:
        candidates = s.execute(
            select(Document.id, Document.recipients)
            .outerjoin(Handling, Handling.document_id == Document.id)
            .where(Document.direction == Direction.INCOMING.value,
                   Document.status == Status.REGISTERED.value, Handling.document_id.is_(None))
            .order_by(Document.id)).all()
    chosen = [i for i, to in candidates if any(w in fold(to or "") for w in CHAIRPERSON)]
    for doc_id in chosen:
        submit(office, doc_id, now=now)
    return chosen


@_answers_sender("04")
def assign(office: Office, doc_id: int, *, lead: str | None = None,
           support: Sequence[str] = (), due: str | dt.date | None = None,
           days: int | None = None, instruction: str = "", info_only: bool = False,
           at: str | dt.datetime | None = None, now: dt.datetime | None = None) -> HandlingView:
    """The leader's instruction: who leads, who supports, the deadline; or "for information
    only", which closes the document at once."""
    office.require(Role.LEADER, action=_("giao xử lý văn bản đến"))
    instruction = _text(instruction, "instruction", _("ý kiến chỉ đạo"))
    actor = office.actor.username
    with office.db.write() as s:
        doc = _document(s, doc_id)
        h = s.get(Handling, doc_id)
        if _state(h) not in (HState.REGISTERED, HState.SUBMITTED):
            raise _wrong_state(doc_id, h, Step.ASSIGN, (HState.REGISTERED, HState.SUBMITTED))
        before = _values(h)
        moment = _moment(at, h.last_at if h is not None else _first_time(doc), now or desk_now())
        if h is None:
            h = Handling(document_id=doc_id, state=HState.SUBMITTED.value,
                         received_date=doc.received_date or doc.issued_date, instruction="",
                         lead="", assigned_by="", done_by="", result_note="", last_at=moment)
            s.add(h)
            s.flush()
        h.instruction = instruction
        h.assigned_at, h.assigned_by = moment, actor
        if info_only:
            if lead or support or due is not None or days is not None:
                raise UserError(_("Văn bản để biết (--info-only) không giao người xử lý và không "
                                  "có thời hạn."), field="info_only")
            h.done_at, h.done_by, h.on_time = moment, actor, None
            _set_state(doc, h, HState.INFO_ONLY)
            _add_step(s, h, Step.INFO_ONLY, moment, actor, instruction)
            _audit(s, actor, Step.INFO_ONLY, doc_id, before, h, moment, y_kien=instruction)
            s.flush()
            return view_of(s, doc_id)
        if not lead:
            raise UserError(_("Thiếu người chủ trì xử lý (--lead TÊN_ĐĂNG_NHẬP)."), field="lead")
        lead_user, supports = _people(s, lead, support)
        h.due_date = _deadline(s, moment.date(), due, days)
        _hand_over(s, doc, h, lead_user, supports, moment)
        _set_state(doc, h, HState.ASSIGNED)
        names = [u.username for u in supports]
        _add_step(s, h, Step.ASSIGN, moment, actor, instruction, lead_user.username, names)
        _audit(s, actor, Step.ASSIGN, doc_id, before, h, moment, y_kien=instruction,
               phoi_hop=names)
        s.flush()
        return view_of(s, doc_id)


def _hand_over(s: Session, doc: Document, h: Handling, lead: User, supports: list[User],
               moment: dt.datetime) -> None:
    """Chuyển giao: the handlers see it; the register's Ngày chuyển fills in and its handler
    column names the lead (the clerk's "Đơn vị hoặc người nhận" is kept as registered)."""
    s.execute(update(HandlingPerson).where(HandlingPerson.document_id == h.document_id,
                                           HandlingPerson.active.is_(True))
              .values(active=False))
    s.add(HandlingPerson(document_id=h.document_id, username=lead.username,
                         full_name=_name(lead), part=LEAD, active=True, assigned_at=moment))
    for u in supports:
        s.add(HandlingPerson(document_id=h.document_id, username=u.username,
                             full_name=_name(u), part=SUPPORT, active=True, assigned_at=moment))
    h.lead = lead.username
    h.accepted_at = None
    doc.handler = _name(lead)[:120]
    doc.transfer_date = moment.date()
    doc.receiver_sign = ""
    doc.due_date = h.due_date


def _check_handler(office: Office, doc_id: int, step: Step, action: str, message: str, *,
                   lead_only: bool = False, leader_may: bool = True) -> None:
    """Refuse (audited) unless the actor handles the document (or leads it), or is a leader
    where a leader may act. Checked before the step's write, so the refusal is recorded even
    outside a unit of work. A document in the wrong state is reported as such first."""
    with office.db.read() as s:
        doc = _document(s, doc_id)
        del doc
        h = s.get(Handling, doc_id)
        if h is None or _state(h) not in OPEN:
            raise _wrong_state(doc_id, h, step, OPEN)
        if leader_may and office.actor.has(Role.LEADER):
            return
        if _is_handler(s, doc_id, office.actor.username, lead_only):
            return
    raise _refuse(office, doc_id, action, message)


def _open_handling(office: Office, s: Session, doc_id: int, step: Step,
                   allowed: Sequence[HState]) -> tuple[Document, Handling]:
    doc = _document(s, doc_id)
    h = s.get(Handling, doc_id)
    if h is None or _state(h) not in allowed:
        raise _wrong_state(doc_id, h, step, allowed)
    return doc, h


@_answers_sender("05")
def accept(office: Office, doc_id: int, *, at: str | dt.datetime | None = None,
           now: dt.datetime | None = None) -> HandlingView:
    """Ký nhận: a handler confirms they received the document; the lead's fills the
    register's Ký nhận column and starts the handling."""
    actor = office.actor
    _check_handler(office, doc_id, Step.ACCEPT, _("ký nhận văn bản"), _(
        "Tài khoản {user} không được giao xử lý văn bản mã {id}, nên không ký nhận được.",
        user=actor.username, id=doc_id), leader_may=False)
    with office.db.write() as s:
        doc, h = _open_handling(office, s, doc_id, Step.ACCEPT, OPEN)
        person = s.scalar(select(HandlingPerson).where(
            HandlingPerson.document_id == doc_id, HandlingPerson.username == actor.username,
            HandlingPerson.active.is_(True)))
        assert person is not None
        if person.accepted_at is not None:
            raise UserError(_("Tài khoản {user} đã ký nhận văn bản mã {id} lúc {at}.",
                              user=actor.username, id=doc_id, at=_t(person.accepted_at)),
                            field="id")
        before = _values(h)
        moment = _moment(at, h.last_at, now or desk_now())
        person.accepted_at = moment
        if person.part == LEAD:
            h.accepted_at = moment
            doc.receiver_sign = _("{name} ({time})", name=person.full_name or actor.username,
                                  time=_t(moment))[:200]
            _set_state(doc, h, HState.IN_PROGRESS)
        _add_step(s, h, Step.ACCEPT, moment, actor.username)
        _audit(s, actor.username, Step.ACCEPT, doc_id, before, h, moment, phan=person.part)
        s.flush()
        return view_of(s, doc_id)


def note(office: Office, doc_id: int, text: str, *, at: str | dt.datetime | None = None,
         now: dt.datetime | None = None) -> HandlingView:
    """Tiến độ: a note by a handler (lead or support) or a leader."""
    text = _text(text, "text", _("nội dung ghi tiến độ"), required=True)
    actor = office.actor.username
    _check_handler(office, doc_id, Step.NOTE, _("ghi tiến độ xử lý"), _(
        "Tài khoản {user} không được giao xử lý văn bản mã {id}.", user=actor, id=doc_id))
    with office.db.write() as s:
        doc, h = _open_handling(office, s, doc_id, Step.NOTE, OPEN)
        before = _values(h)
        moment = _moment(at, h.last_at, now or desk_now())
        _add_step(s, h, Step.NOTE, moment, actor, text)
        _audit(s, actor, Step.NOTE, doc_id, before, h, moment, ghi_chu=text)
        s.flush()
        return view_of(s, doc_id)


@_answers_sender("06")
def done(office: Office, doc_id: int, *, reply: int | None = None, note: str = "",
         at: str | dt.datetime | None = None, now: dt.datetime | None = None) -> HandlingView:
    """Hoàn thành, by the lead handler or a leader: with the outgoing reply, or "để biết /
    lưu" with a note."""
    text = _text(note, "note", _("ghi chú kết quả"))
    actor = office.actor.username
    _check_handler(office, doc_id, Step.DONE, _("hoàn thành xử lý văn bản"), _(
        "Tài khoản {user} không phải người chủ trì xử lý văn bản mã {id}; chỉ người chủ "
        "trì hoặc lãnh đạo mới đánh dấu hoàn thành.", user=actor, id=doc_id), lead_only=True)
    with office.db.write() as s:
        doc, h = _open_handling(office, s, doc_id, Step.DONE, OPEN)
        is_lead = _is_handler(s, doc_id, actor, lead_only=True)
        if reply is None and not text:
            raise UserError(_("Cần văn bản trả lời (--reply MÃ_VĂN_BẢN_ĐI) hoặc ghi chú kết quả "
                              "(--note, ví dụ “để biết, lưu”)."), field="reply")
        if reply is not None:
            out = s.get(Document, reply)
            if out is None or out.direction != Direction.OUTGOING.value:
                raise UserError(_("Văn bản trả lời mã {id} không phải văn bản đi đã đăng ký.",
                                  id=reply), field="reply")
            if out.status == Status.CANCELLED.value:
                raise UserError(_("Văn bản trả lời mã {id} đã bị hủy đăng ký.", id=reply),
                                field="reply")
        before = _values(h)
        moment = _moment(at, h.last_at, now or desk_now())
        if is_lead and h.accepted_at is None:  # doing it is receiving it
            person = s.scalar(select(HandlingPerson).where(
                HandlingPerson.document_id == doc_id, HandlingPerson.username == actor,
                HandlingPerson.active.is_(True), HandlingPerson.part == LEAD))
            assert person is not None
            person.accepted_at = h.accepted_at = moment
            doc.receiver_sign = _("{name} ({time})", name=person.full_name or actor,
                                  time=_t(moment))[:200]
        h.done_at, h.done_by, h.reply_id, h.result_note = moment, actor, reply, text
        h.on_time = h.due_date is None or moment.date() <= h.due_date
        _set_state(doc, h, HState.DONE)
        _add_step(s, h, Step.DONE, moment, actor, text, reply_id=reply)
        _audit(s, actor, Step.DONE, doc_id, before, h, moment, dung_han=h.on_time,
               ghi_chu=text)
        s.flush()
        return view_of(s, doc_id)


def reopen(office: Office, doc_id: int, reason: str, *, at: str | dt.datetime | None = None,
           now: dt.datetime | None = None) -> HandlingView:
    office.require(Role.LEADER, action=_("mở lại văn bản đã xử lý"))
    reason = _text(reason, "reason", _("lý do mở lại"), required=True)
    actor = office.actor.username
    with office.db.write() as s:
        doc, h = _open_handling(office, s, doc_id, Step.REOPEN, CLOSED)
        before = _values(h)
        moment = _moment(at, h.last_at, now or desk_now())
        h.done_at, h.done_by, h.reply_id, h.on_time, h.result_note = None, "", None, None, ""
        if not h.lead:
            state = HState.SUBMITTED  # closed for information: back to the leader
        else:
            state = HState.IN_PROGRESS if h.accepted_at is not None else HState.ASSIGNED
        _set_state(doc, h, state)
        _add_step(s, h, Step.REOPEN, moment, actor, reason)
        _audit(s, actor, Step.REOPEN, doc_id, before, h, moment, ly_do=reason)
        s.flush()
        return view_of(s, doc_id)


def extend(office: Office, doc_id: int, reason: str, *, due: str | dt.date | None = None,
           days: int | None = None, at: str | dt.datetime | None = None,
           now: dt.datetime | None = None) -> HandlingView:
    office.require(Role.LEADER, action=_("gia hạn xử lý văn bản"))
    reason = _text(reason, "reason", _("lý do gia hạn"), required=True)
    actor = office.actor.username
    with office.db.write() as s:
        doc, h = _open_handling(office, s, doc_id, Step.EXTEND, OPEN)
        before = _values(h)
        moment = _moment(at, h.last_at, now or desk_now())
        new = _deadline(s, moment.date(), due, days)
        if h.due_date is not None and new <= h.due_date:
            raise UserError(_("Thời hạn mới {due} phải sau thời hạn hiện tại {old}.",
                              due=new.strftime("%d/%m/%Y"), old=h.due_date.strftime("%d/%m/%Y")),
                            field="due")
        h.due_date = doc.due_date = new
        _add_step(s, h, Step.EXTEND, moment, actor, reason)
        _audit(s, actor, Step.EXTEND, doc_id, before, h, moment, ly_do=reason)
        s.flush()
        return view_of(s, doc_id)


def reassign(office: Office, doc_id: int, *, lead: str, support: Sequence[str] = (),
             at: str | dt.datetime | None = None, now: dt.datetime | None = None
             ) -> HandlingView:
    office.require(Role.LEADER, action=_("giao lại người xử lý"))
    actor = office.actor.username
    with office.db.write() as s:
        doc, h = _open_handling(office, s, doc_id, Step.REASSIGN, OPEN)
        before = _values(h)
        moment = _moment(at, h.last_at, now or desk_now())
        lead_user, supports = _people(s, lead, support)
        _hand_over(s, doc, h, lead_user, supports, moment)
        _set_state(doc, h, HState.ASSIGNED)
        names = [u.username for u in supports]
        _add_step(s, h, Step.REASSIGN, moment, actor, "", lead_user.username, names)
        _audit(s, actor, Step.REASSIGN, doc_id, before, h, moment, phoi_hop=names)
        s.flush()
        return view_of(s, doc_id)


def take_back(office: Office, doc_id: int, reason: str = "", *,
              at: str | dt.datetime | None = None, now: dt.datetime | None = None
              ) -> HandlingView:
    """Thu hồi: the leader takes the document back from its handlers; it waits for a new
    instruction."""
    office.require(Role.LEADER, action=_("thu hồi văn bản đã giao"))
    reason = _text(reason, "reason", _("lý do thu hồi"))
    actor = office.actor.username
    with office.db.write() as s:
        doc, h = _open_handling(office, s, doc_id, Step.TAKE_BACK, OPEN)
        before = _values(h)
        moment = _moment(at, h.last_at, now or desk_now())
        s.execute(update(HandlingPerson).where(HandlingPerson.document_id == doc_id,
                                               HandlingPerson.active.is_(True))
                  .values(active=False))
        h.lead, h.accepted_at, h.due_date, h.assigned_at = "", None, None, None
        doc.handler, doc.receiver_sign = "", ""
        _set_state(doc, h, HState.SUBMITTED)
        _add_step(s, h, Step.TAKE_BACK, moment, actor, reason)
        _audit(s, actor, Step.TAKE_BACK, doc_id, before, h, moment, ly_do=reason)
        s.flush()
        return view_of(s, doc_id)


# -- reading ------------------------------------------------------------------------------------
def view_of(s: Session, doc_id: int) -> HandlingView:
    h = s.get(Handling, doc_id)
    if h is None:
        return HandlingView(doc_id, HState.REGISTERED.value)
    people = _active(s, doc_id)
    lead = next((p for p in people if p.part == LEAD), None)
    supports = [p for p in people if p.part == SUPPORT]
    steps = tuple(
        StepView(r.seq, r.step, r.at, r.actor, r.text, r.due_date, r.lead,
                 tuple(x for x in r.support.split(",") if x), r.reply_id, r.recorded_at)
        for r in s.scalars(select(HandlingStep).where(HandlingStep.document_id == doc_id)
                           .order_by(HandlingStep.seq)))
    reply_symbol = ""
    if h.reply_id is not None:
        reply_symbol = s.scalar(select(Document.symbol).where(Document.id == h.reply_id)) or ""
    return HandlingView(
        doc_id, h.state, h.instruction, h.lead, lead.full_name if lead else "",
        tuple(p.username for p in supports), tuple(p.full_name for p in supports), h.due_date,
        h.submitted_at, h.assigned_at, h.assigned_by, h.accepted_at, h.done_at, h.done_by,
        h.reply_id, reply_symbol, h.result_note, h.on_time, steps)


def handling_of(office: Office, doc_id: int) -> HandlingView:
    """One document's handling; an officer sees only what is assigned to them."""
    with office.db.read() as s:
        doc = s.get(Document, doc_id)
        if doc is None:
            raise NotFound(_("Không có văn bản mã {id}.", id=doc_id), field="id")
        if _may_see(office, s, doc_id):
            return view_of(s, doc_id)
    raise _refuse(office, doc_id, _("xem xử lý văn bản"), _(
        "Tài khoản {user} không được giao xử lý văn bản mã {id}.",
        user=office.actor.username, id=doc_id))


def _may_see(office: Office, s: Session, doc_id: int) -> bool:
    if office.actor.has(Role.CLERK, Role.LEADER, Role.ADMIN):
        return True
    return s.scalar(select(HandlingPerson.id).where(
        HandlingPerson.document_id == doc_id,
        HandlingPerson.username == office.actor.username).limit(1)) is not None


def processing_json(office: Office, doc_id: int) -> dict[str, Any] | None:
    """The ``"processing"`` key of ``vanthu show ID --json``: None for an outgoing document,
    and for an officer who does not handle it."""
    with office.db.read() as s:
        doc = s.get(Document, doc_id)
        if doc is None or doc.direction != Direction.INCOMING.value:
            return None
        if not _may_see(office, s, doc_id):
            return None
        return view_of(s, doc_id).to_dict()


def people(office: Office) -> list[tuple[str, str]]:
    """The active accounts a leader may assign (username, full name), by name."""
    office.require(Role.LEADER, action=_("giao xử lý văn bản đến"))
    with office.db.read() as s:
        return [(u, n or u) for u, n in s.execute(
            select(User.username, User.full_name).where(User.active.is_(True))
            .order_by(User.full_name, User.username))]
