"""The one-stop desk (Bộ phận một cửa): receiving dossiers and moving them on.

The desk's other parts: :mod:`states` (the states and moves), :mod:`views` (plain data),
:mod:`intake` (checking what is typed), :mod:`procedures` (the catalogue), :mod:`codes`,
:mod:`reading` and :mod:`figures` (the 766 figures); their names are importable from here too.

Same shape as the registry: validate everything, store the scans (content-addressed), then one
write transaction numbers the dossier, records it, its components, the hand-over and the audit
entry. A failed transaction removes the files it added.

States and the clock:

    received → processing → supplement ⇄ supplemented → done → returned
    (and rejected, withdrawn, stopped; see TRANSITIONS)

The appointment is computed from the working-day calendar (:mod:`desktop.workdays.calendar`). While the
desk waits for the applicant to supplement, the clock stops: when the dossier comes back (or is
closed) the appointment moves on by the working days spent waiting, from the day of the request
up to, not including, the day it came back.

Judgements ("trước hạn / đúng hạn / quá hạn", as on the phiếu kiểm soát): before the day of the
appointment is early; by the appointment time on that day is on time; after it is late.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from desktop.core.clock import desk_now
from desktop.core.errors import NotFound, UserError
from desktop.core.i18n import _
from desktop.core.numbering import next_number
from desktop.core.textfold import fold
from desktop.dossiers.codes import DEFAULT_CODE_PATTERN, code_pattern, format_code
from desktop.dossiers.figures import dossier_figures
from desktop.dossiers.intake import check_input, parse_channel, parse_component, parse_state
from desktop.dossiers.procedures import (
    DEFAULT_PROCEDURES,
    ProcedureView,
    find_procedure,
    list_procedures,
    seed_procedures,
    similar_procedures,
)
from desktop.dossiers.reading import about_to_be_late, get_dossier, list_dossiers, view_of
from desktop.dossiers.states import (
    CHANNELS,
    CLOSING_STATES,
    FORMS,
    JUDGEMENTS,
    OPEN_STATES,
    RESULT_STATES,
    STATE_LABELS,
    TRANSITIONS,
    State,
    judge,
)
from desktop.dossiers.views import (
    ComponentInput,
    ComponentView,
    DossierInput,
    DossierView,
    EventView,
)
from desktop.kernel import audit
from desktop.kernel.auth import Role
from desktop.kernel.office import Office
from desktop.registers.registry import check_files, ensure_file_row, store_files, undo_files
from desktop.storage.filestore import PutResult
from desktop.workdays.calendar import (
    Calendar,
    incomplete_warning,
    load_calendar,
    parse_datetime,
    parse_period,
    seed_calendar,
)
from models.dossiers import Dossier, DossierComponent, DossierEvent, Procedure

__all__ = [
    "CHANNELS",
    "CLOSING_STATES",
    "DEFAULT_CODE_PATTERN",
    "DEFAULT_PROCEDURES",
    "FORMS",
    "JUDGEMENTS",
    "OPEN_STATES",
    "RESULT_STATES",
    "STATE_LABELS",
    "TRANSITIONS",
    "ComponentInput",
    "ComponentView",
    "DossierInput",
    "DossierView",
    "EventView",
    "ProcedureView",
    "State",
    "about_to_be_late",
    "advance",
    "code_pattern",
    "dossier_figures",
    "find_procedure",
    "format_code",
    "get_dossier",
    "judge",
    "list_dossiers",
    "list_procedures",
    "parse_channel",
    "parse_component",
    "parse_period",
    "parse_state",
    "receive",
    "seed_procedures",
]


# -- files --------------------------------------------------------------------------------------
def _who(office: Office) -> str:
    return office.actor.full_name or office.actor.username


def _desk(office: Office) -> str:
    return _("Bộ phận tiếp nhận và trả kết quả ({person})", person=_who(office))


# -- receiving ----------------------------------------------------------------------------------
def _similar(office: Office, name: str) -> list[str]:
    with office.db.read() as s:
        return similar_procedures(s, name)


def _in_catalogue(office: Office, name: str) -> bool:
    """Whether ``name`` is a procedure of the catalogue (seeded on first use)."""
    with office.db.write() as s:
        seed_procedures(s)
        return find_procedure(s, name) is not None


def receive(office: Office, inp: DossierInput, *, pattern: str | None = None) -> DossierView:
    """Receive a dossier at the desk: number it, compute its appointment, log the hand-over."""
    office.require(Role.CLERK, Role.OFFICER, action=_("tiếp nhận hồ sơ thủ tục hành chính"))
    org = office.organisation()
    checked = check_input(inp, known=lambda name: _in_catalogue(office, name), now=desk_now(),
                          similar=lambda name: _similar(office, name))
    pattern = pattern or code_pattern(office)
    org_code = (org.code or "").strip() or org.short_name
    handler = (inp.handler or "").strip()[:120]
    notes = (inp.notes or "").strip()
    stored = store_files(office, [p for p in checked.files if p is not None])
    puts: list[tuple[Path, PutResult] | None] = [
        *stored, *([None] * (len(checked.components) - len(stored)))]
    actor = office.actor.username
    try:
        with office.db.write() as s:
            seed_calendar(s, actor)
            seed_procedures(s)
            proc = find_procedure(s, checked.procedure)
            if proc is None:
                if checked.days is None:
                    raise UserError(
                        _("Chưa có thủ tục “{name}” trong danh mục. Ghi thêm --days N (thời hạn "
                          "giải quyết, ngày làm việc) để thêm thủ tục này.",
                          name=checked.procedure),
                        field="procedure",
                    )
                proc = Procedure(name=checked.procedure, folded=fold(checked.procedure),
                                 days=checked.days, field="", basis="", code="")
                s.add(proc)
                s.flush()
                audit.record(s, actor, "thu-tuc-them",
                             after={"ten": proc.name, "so_ngay": proc.days})
            days = checked.days if checked.days is not None else proc.days
            cal = load_calendar(s)
            due_at = cal.due(checked.received, days)
            warnings: tuple[str, ...] = ()
            missing = cal.incomplete_years(checked.received.date(), due_at.date())
            if missing:
                warnings = (incomplete_warning(missing),)
            received = checked.received.replace(second=0, microsecond=0)
            seq = next_number(s, f"hoso-{received:%y%m%d}", received.year)
            code = format_code(pattern, org_code, received, seq)
            if s.scalar(select(Dossier.id).where(Dossier.code == code)) is not None:
                raise UserError(_("Mã hồ sơ {code} đã có; mẫu mã hồ sơ cần có số thứ tự {{seq}}.",
                                  code=code), field="pattern")
            d = Dossier(
                code=code, procedure_id=proc.id, procedure_name=proc.name, days=days,
                applicant_name=checked.applicant, applicant_address=checked.address,
                applicant_phone=checked.phone, applicant_email=checked.email,
                channel=checked.channel, received_at=received, first_due_at=due_at,
                due_at=due_at, due_date=due_at.date(), status=State.RECEIVED.value,
                handler=handler, paused_days=0, result_name="", notes=notes, created_by=actor,
            )
            s.add(d)
            s.flush()
            for i, (comp, scan) in enumerate(zip(checked.components, puts, strict=True),
                                             start=1):
                put = scan[1] if scan is not None else None
                reused_from = ""
                if scan is not None and put is not None:
                    ensure_file_row(s, scan[0], put)
                    reused_from = s.scalar(
                        select(Dossier.code).join(DossierComponent,
                                                  DossierComponent.dossier_id == Dossier.id)
                        .where(DossierComponent.sha256 == put.sha256, Dossier.id != d.id)
                        .order_by(Dossier.received_at).limit(1)
                    ) or ""
                s.add(DossierComponent(
                    dossier_id=d.id, position=i, name=comp.name, form=comp.form,
                    count=comp.count, sha256=put.sha256 if put else None,
                    file_name=scan[0].name if scan is not None else "",
                    reused=bool(reused_from), reused_from=reused_from,
                ))
            s.add(DossierEvent(
                dossier_id=d.id, seq=1, at=received, from_status="",
                to_status=State.RECEIVED.value, giver=checked.applicant,
                receiver=_desk(office), result="", due_at=due_at, note=notes, actor=actor,
            ))
            audit.record(s, actor, "ho-so-tiep-nhan", after={
                "ma_ho_so": code, "thu_tuc": proc.name, "so_ngay": days,
                "nguoi_nop": checked.applicant, "tiep_nhan": received.isoformat(),
                "hen_tra": due_at.isoformat(),
                "tep": [put.sha256 for _p, put in stored],
            })
            s.flush()
            view = view_of(s, d, warnings)
    except BaseException:
        undo_files(office, stored)
        raise
    return view


# -- moving on ----------------------------------------------------------------------------------
def _parties(office: Office, d: Dossier, target: State) -> tuple[str, str]:
    desk = _desk(office)
    handler = d.handler or _who(office)
    applicant = d.applicant_name
    if target is State.PROCESSING:
        return desk, handler
    if target is State.SUPPLEMENTED:
        return applicant, desk
    if target is State.DONE:
        return handler, desk
    return desk, applicant  # supplement, returned, rejected, withdrawn, stopped


def advance(office: Office, code: str, to: str, at: str | dt.datetime | None = None,
            file: Path | None = None, note: str = "", handler: str = "") -> DossierView:
    """Move a dossier to its next state, logging the hand-over and judging it against the
    appointment; a result file may come with ``done`` (or ``returned``)."""
    office.require(Role.CLERK, Role.OFFICER, action=_("chuyển bước giải quyết hồ sơ"))
    target = parse_state(to)
    moment = parse_datetime(at, "at") if at else desk_now()
    moment = moment.replace(second=0, microsecond=0)
    note = (note or "").strip()
    handler = (handler or "").strip()[:120]
    paths = check_files([Path(file)]) if file else []
    if paths and target not in RESULT_STATES:
        raise UserError(_("Tệp kết quả chỉ đi kèm bước done (có kết quả) hoặc returned (trả kết "
                          "quả)."), field="file")
    code = code.strip()
    stored = store_files(office, paths)
    actor = office.actor.username
    try:
        with office.db.write() as s:
            d = s.scalar(select(Dossier).where(Dossier.code == code))
            if d is None:
                raise NotFound(_("Không có hồ sơ mã {code}.", code=code), field="code")
            current = State(d.status)
            if target not in TRANSITIONS[current]:
                allowed = ", ".join(t.value for t in TRANSITIONS[current]) or _("(không còn bước "
                                                                                "nào)")
                raise UserError(
                    _("Không thể chuyển hồ sơ {code} từ “{current}” sang “{target}”. Từ trạng "
                      "thái này chỉ chuyển được sang: {allowed}.", code=code,
                      current=_(STATE_LABELS[current]), target=_(STATE_LABELS[target]),
                      allowed=allowed),
                    field="to",
                )
            last = s.scalar(select(func.max(DossierEvent.at))
                            .where(DossierEvent.dossier_id == d.id)) or d.received_at
            if moment < last:
                raise UserError(
                    _("Thời điểm {at} sớm hơn bước trước của hồ sơ ({last}).",
                      at=moment.strftime("%d/%m/%Y %H:%M"), last=last.strftime("%d/%m/%Y %H:%M")),
                    field="at",
                )
            before = _audit_values(d)
            seed_calendar(s, actor)
            cal = load_calendar(s)
            if current is State.SUPPLEMENT and d.paused_at is not None:
                _resume_clock(cal, d, moment)
            if target is State.SUPPLEMENT:
                d.paused_at = moment
            if handler:
                d.handler = handler
            result = judge(moment, d.due_at)
            if target in CLOSING_STATES:
                d.finished_at = moment
            if target is State.RETURNED:
                d.returned_at = moment
            for path, put in stored:
                ensure_file_row(s, path, put)
                d.result_sha256, d.result_name = put.sha256, path.name
            d.status = target.value
            giver, receiver = _parties(office, d, target)
            seq = (s.scalar(select(func.max(DossierEvent.seq))
                            .where(DossierEvent.dossier_id == d.id)) or 0) + 1
            s.add(DossierEvent(dossier_id=d.id, seq=seq, at=moment, from_status=current.value,
                               to_status=target.value, giver=giver, receiver=receiver,
                               result=result, due_at=d.due_at, note=note, actor=actor))
            audit.record(s, actor, "ho-so-chuyen", before=before,
                         after=_audit_values(d) | {"luc": moment.isoformat(), "ket_qua": result,
                                                   "ghi_chu": note})
            s.flush()
            view = view_of(s, d)
    except BaseException:
        undo_files(office, stored)
        raise
    return view


def _resume_clock(cal: Calendar, d: Dossier, moment: dt.datetime) -> None:
    """The applicant is back: the appointment moves on by the working days spent waiting."""
    assert d.paused_at is not None
    waited = cal.working_days_between(d.paused_at.date(), moment.date())
    d.due_at = cal.shift(d.due_at, waited)
    d.due_date = d.due_at.date()
    d.paused_days += waited
    d.paused_at = None


def _audit_values(d: Dossier) -> dict[str, Any]:
    return {"ma_ho_so": d.code, "trang_thai": d.status, "hen_tra": d.due_at.isoformat(),
            "nguoi_xu_ly": d.handler, "ket_qua": d.result_sha256}
