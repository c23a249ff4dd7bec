"""The one-stop desk (Bộ phận một cửa): receiving dossiers, moving them on, the 766 figures.

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
import enum
import re
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import and_, case, func, or_, select
from sqlalchemy.orm import Session

from desktop.core.errors import NotFound, UserError
from desktop.core.i18n import N_, _
from desktop.core.numbering import next_number
from desktop.core.textfold import fold
from desktop.core.validate import require_text
from desktop.kernel import audit
from desktop.kernel.auth import Role
from desktop.kernel.office import Office
from desktop.registers.registry import check_files, store_files, undo_files
from desktop.storage.filestore import PutResult
from desktop.workdays.calendar import (
    MAX_DAYS,
    VN_TZ,
    Calendar,
    incomplete_warning,
    iso_vn,
    load_calendar,
    parse_datetime,
    parse_period,
    seed_calendar,
)
from models.dossiers import Dossier, DossierComponent, DossierEvent, Procedure
from models.entities import StoredFile

__all__ = ["dossier_figures", "parse_period", "receive", "advance", "about_to_be_late"]

DEFAULT_CODE_PATTERN = "{org_code}-{yymmdd}-{seq:04d}"


class State(enum.StrEnum):
    RECEIVED = "received"
    PROCESSING = "processing"
    SUPPLEMENT = "supplement"  # supplement requested: the clock stops
    SUPPLEMENTED = "supplemented"
    DONE = "done"  # result ready
    RETURNED = "returned"  # result handed to the applicant
    REJECTED = "rejected"
    WITHDRAWN = "withdrawn"
    STOPPED = "stopped"


STATE_LABELS = {
    State.RECEIVED: N_("Đã tiếp nhận"),
    State.PROCESSING: N_("Đang giải quyết"),
    State.SUPPLEMENT: N_("Chờ bổ sung, hoàn thiện"),
    State.SUPPLEMENTED: N_("Đã bổ sung"),
    State.DONE: N_("Đã có kết quả"),
    State.RETURNED: N_("Đã trả kết quả"),
    State.REJECTED: N_("Từ chối giải quyết"),
    State.WITHDRAWN: N_("Công dân rút hồ sơ"),
    State.STOPPED: N_("Dừng giải quyết"),
}

TRANSITIONS: dict[State, tuple[State, ...]] = {
    State.RECEIVED: (State.PROCESSING, State.SUPPLEMENT, State.DONE, State.REJECTED,
                     State.WITHDRAWN),
    State.PROCESSING: (State.SUPPLEMENT, State.DONE, State.REJECTED, State.WITHDRAWN,
                       State.STOPPED),
    State.SUPPLEMENT: (State.SUPPLEMENTED, State.WITHDRAWN, State.STOPPED),
    State.SUPPLEMENTED: (State.PROCESSING, State.SUPPLEMENT, State.DONE, State.REJECTED,
                         State.WITHDRAWN, State.STOPPED),
    State.DONE: (State.RETURNED,),
    State.RETURNED: (),
    State.REJECTED: (),
    State.WITHDRAWN: (),
    State.STOPPED: (),
}
OPEN_STATES = (State.RECEIVED, State.PROCESSING, State.SUPPLEMENT, State.SUPPLEMENTED)
CLOSING_STATES = (State.DONE, State.REJECTED, State.WITHDRAWN, State.STOPPED)  # stop the clock
RESULT_STATES = (State.DONE, State.RETURNED)

CHANNELS = {
    "truc-tiep": N_("Trực tiếp"),
    "truc-tuyen": N_("Trực tuyến"),
    "buu-chinh": N_("Bưu chính công ích"),
}
FORMS = {"ban-chinh": N_("Bản chính"), "ban-sao": N_("Bản sao")}
JUDGEMENTS = {
    "truoc-han": N_("Trước hạn"),
    "dung-han": N_("Đúng hạn"),
    "qua-han": N_("Quá hạn"),
}

# A few common commune procedures with their limits in working days (0: within the day). The
# province publishes the binding list (quyết định công bố TTHC); the administrator corrects these.
DEFAULT_PROCEDURES: tuple[tuple[str, str, int, str], ...] = (
    ("Chứng thực bản sao từ bản chính", "Chứng thực", 0,
     "Nghị định 23/2015/NĐ-CP, Điều 21: trong ngày; sau 15 giờ thì ngày làm việc tiếp theo"),
    ("Chứng thực chữ ký", "Chứng thực", 0,
     "Nghị định 23/2015/NĐ-CP, Điều 21: trong ngày; sau 15 giờ thì ngày làm việc tiếp theo"),
    ("Chứng thực hợp đồng, giao dịch", "Chứng thực", 2,
     "Nghị định 23/2015/NĐ-CP, Điều 21: không quá 02 ngày làm việc"),
    ("Đăng ký khai sinh", "Hộ tịch", 0,
     "Luật Hộ tịch 2014, Điều 16: ngay sau khi nhận đủ giấy tờ"),
    ("Đăng ký kết hôn", "Hộ tịch", 5,
     "Luật Hộ tịch 2014, Điều 18: ngay; cần xác minh thì không quá 05 ngày làm việc"),
    ("Đăng ký khai tử", "Hộ tịch", 0,
     "Luật Hộ tịch 2014, Điều 34: ngay sau khi nhận đủ giấy tờ"),
    ("Xác nhận tình trạng hôn nhân", "Hộ tịch", 3,
     "Nghị định 123/2015/NĐ-CP, Điều 22: 03 ngày làm việc"),
    ("Đăng ký nhận cha, mẹ, con", "Hộ tịch", 3,
     "Luật Hộ tịch 2014, Điều 25: 03 ngày làm việc"),
    ("Thay đổi, cải chính, bổ sung thông tin hộ tịch", "Hộ tịch", 3,
     "Luật Hộ tịch 2014, Điều 28: 03 ngày làm việc"),
    ("Cấp bản sao trích lục hộ tịch", "Hộ tịch", 0,
     "Trong ngày (căn cứ chưa xác minh)"),
)


# -- plain data for the CLI and the UI -------------------------------------------------------
@dataclass(frozen=True)
class ComponentInput:
    name: str
    form: str = "ban-chinh"
    count: int = 1


@dataclass
class DossierInput:
    received: str | dt.datetime
    procedure: str
    applicant: str
    days: int | None = None
    address: str = ""
    phone: str = ""
    email: str = ""
    channel: str | None = None
    components: Sequence[str | ComponentInput] = field(default_factory=list)
    files: Sequence[Path] = field(default_factory=list)
    handler: str = ""
    notes: str = ""


@dataclass(frozen=True)
class ComponentView:
    position: int
    name: str
    form: str
    count: int
    sha256: str | None
    file_name: str
    reused: bool
    reused_from: str

    @property
    def form_label(self) -> str:
        return _(FORMS.get(self.form, self.form))

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class EventView:
    seq: int
    at: dt.datetime
    from_status: str
    to_status: str
    giver: str
    receiver: str
    result: str
    due_at: dt.datetime
    note: str
    actor: str

    @property
    def result_label(self) -> str:
        return _(JUDGEMENTS[self.result]) if self.result in JUDGEMENTS else ""

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["at"], data["due_at"] = iso_vn(self.at), iso_vn(self.due_at)
        return data


@dataclass(frozen=True)
class DossierView:
    id: int
    code: str
    procedure: str
    days: int
    applicant_name: str
    applicant_address: str
    applicant_phone: str
    applicant_email: str
    channel: str
    received_at: dt.datetime
    first_appointment: dt.datetime
    appointment: dt.datetime
    status: str
    handler: str
    paused_days: int
    paused_at: dt.datetime | None
    finished_at: dt.datetime | None
    returned_at: dt.datetime | None
    result_sha256: str | None
    result_name: str
    notes: str
    components: tuple[ComponentView, ...] = ()
    events: tuple[EventView, ...] = ()
    warnings: tuple[str, ...] = ()

    @property
    def status_label(self) -> str:
        return _(STATE_LABELS[State(self.status)])

    @property
    def channel_label(self) -> str:
        return _(CHANNELS.get(self.channel, self.channel))

    @property
    def judgement(self) -> str:
        """How the dossier stands: for a closed one when it closed, else now."""
        if self.finished_at is not None:
            return judge(self.finished_at, self.appointment)
        at = self.paused_at or dt.datetime.now(VN_TZ).replace(tzinfo=None)
        return judge(at, self.appointment)

    def to_dict(self) -> dict[str, Any]:
        def t(v: dt.datetime | None) -> str | None:
            return iso_vn(v) if v is not None else None

        return {
            "id": self.id,
            "code": self.code,
            "procedure": self.procedure,
            "days": self.days,
            "applicant": {"name": self.applicant_name, "address": self.applicant_address,
                          "phone": self.applicant_phone, "email": self.applicant_email},
            "channel": self.channel,
            "received": t(self.received_at),
            "appointment": t(self.appointment),
            "first_appointment": t(self.first_appointment),
            "status": self.status,
            "status_label": self.status_label,
            "handler": self.handler,
            "paused_days": self.paused_days,
            "finished": t(self.finished_at),
            "returned": t(self.returned_at),
            "judgement": self.judgement,
            "result_sha256": self.result_sha256,
            "result_name": self.result_name,
            "notes": self.notes,
            "components": [c.to_dict() for c in self.components],
            "events": [e.to_dict() for e in self.events],
            "warnings": list(self.warnings),
        }


def judge(at: dt.datetime, appointment: dt.datetime) -> str:
    if at.date() < appointment.date():
        return "truoc-han"
    if at <= appointment:
        return "dung-han"
    return "qua-han"


# -- parsing what the desk types ---------------------------------------------------------------
_FORM_KEYS = {"ban-chinh": "ban-chinh", "chinh": "ban-chinh", "ban-sao": "ban-sao",
              "sao": "ban-sao"}
_CHANNEL_KEYS = {"truc-tiep": "truc-tiep", "truc-tuyen": "truc-tuyen", "buu-chinh": "buu-chinh",
                 "buu-chinh-cong-ich": "buu-chinh", "online": "truc-tuyen"}
_PHONE = re.compile(r"^\+?[0-9][0-9 .\-]{6,18}[0-9]$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def _key(text: str) -> str:
    return fold(text).replace(" ", "-")


def parse_component(text: str | ComponentInput) -> ComponentInput:
    """``NAME[:ban-chinh|ban-sao][:COUNT]`` → a component (bản chính, 1 by default)."""
    if isinstance(text, ComponentInput):
        parts = [text.name, text.form, str(text.count)]
    else:
        parts = str(text).split(":")
    count, form = 1, "ban-chinh"
    if len(parts) > 1 and parts[-1].strip().isdigit():
        count = int(parts.pop().strip())
    if len(parts) > 1 and _key(parts[-1]) in _FORM_KEYS:
        form = _FORM_KEYS[_key(parts.pop())]
    name = ":".join(parts).strip()
    if not name:
        raise UserError(_("Thành phần hồ sơ “{value}” thiếu tên giấy tờ.", value=str(text)),
                        field="component")
    if len(name) > 300:
        raise UserError(_("Tên giấy tờ dài quá 300 ký tự: “{value}”.", value=name[:60]),
                        field="component")
    if count < 1 or count > 1000:
        raise UserError(_("Số lượng của thành phần “{name}” phải từ 1 đến 1000.", name=name),
                        field="component")
    return ComponentInput(name, form, count)


def parse_channel(text: str | None) -> str:
    if not text:
        return "truc-tiep"
    value = _CHANNEL_KEYS.get(_key(text))
    if value is None:
        raise UserError(_("Hình thức nộp “{value}” không hợp lệ; chọn truc-tiep, truc-tuyen hoặc "
                          "buu-chinh.", value=text), field="channel")
    return value


def parse_state(text: str) -> State:
    try:
        return State(text.strip().lower())
    except ValueError:
        raise UserError(
            _("Trạng thái “{value}” không hợp lệ; chọn: {choices}.", value=text,
              choices=", ".join(s.value for s in State if s is not State.RECEIVED)),
            field="to",
        ) from None


def _check_days(days: int | None) -> int | None:
    if days is None:
        return None
    if days < 0:
        raise UserError(_("Số ngày làm việc phải lớn hơn hoặc bằng 0: {value}.", value=days),
                        field="days")
    if days > MAX_DAYS:
        raise UserError(_("Số ngày làm việc quá lớn: {value} (tối đa {max}).", value=days,
                          max=MAX_DAYS), field="days")
    return days


@dataclass(frozen=True)
class _Checked:
    received: dt.datetime
    procedure: str
    days: int | None
    applicant: str
    address: str
    phone: str
    email: str
    channel: str
    components: list[ComponentInput]
    files: list[Path | None]  # one per component: its scan, or None


def _check_input(inp: DossierInput) -> _Checked:
    received = parse_datetime(inp.received, "received")
    procedure = require_text(inp.procedure, "procedure", _("tên thủ tục hành chính"), 300)
    days = _check_days(inp.days)
    applicant = require_text(inp.applicant, "applicant", _("tên người nộp hồ sơ"), 200)
    address = (inp.address or "").strip()
    if len(address) > 300:
        raise UserError(_("Địa chỉ dài quá 300 ký tự."), field="address")
    phone = (inp.phone or "").strip()
    if phone and not _PHONE.match(phone):
        raise UserError(_("Số điện thoại không hợp lệ: “{value}”.", value=phone), field="phone")
    email = (inp.email or "").strip()
    if email and (len(email) > 120 or not _EMAIL.match(email)):
        raise UserError(_("Thư điện tử không hợp lệ: “{value}”.", value=email), field="email")
    channel = parse_channel(inp.channel)
    components = [parse_component(c) for c in inp.components]
    paths = check_files([Path(p) for p in inp.files])
    if not components:
        components = [ComponentInput(p.name, "ban-chinh", 1) for p in paths]
    if len(paths) > len(components):
        raise UserError(_("Có {files} tệp nhưng chỉ {components} thành phần hồ sơ: mỗi tệp là bản "
                          "số hóa của một thành phần, theo thứ tự.", files=len(paths),
                          components=len(components)), field="file")
    files: list[Path | None] = [*paths, *([None] * (len(components) - len(paths)))]
    return _Checked(received, procedure, days, applicant, address, phone, email, channel,
                    components, files)


# -- the catalogue ------------------------------------------------------------------------------
def seed_procedures(session: Session) -> None:
    if session.scalar(select(func.count()).select_from(Procedure)):
        return
    session.add_all(Procedure(name=n, folded=fold(n), field=f, days=d, basis=b)
                    for n, f, d, b in DEFAULT_PROCEDURES)
    session.flush()


def find_procedure(session: Session, text: str) -> Procedure | None:
    key = fold(text)
    return session.scalar(select(Procedure).where(
        or_(Procedure.folded == key, and_(Procedure.code != "", Procedure.code == text.strip()))
    ))


@dataclass(frozen=True)
class ProcedureView:
    name: str
    field: str
    days: int
    basis: str
    code: str

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def list_procedures(office: Office) -> list[ProcedureView]:
    with office.db.read() as s:
        rows = [ProcedureView(p.name, p.field, p.days, p.basis, p.code)
                for p in s.scalars(select(Procedure).where(Procedure.active.is_(True))
                                   .order_by(Procedure.field, Procedure.name))]
    if rows:
        return rows
    return [ProcedureView(n, f, d, b, "") for n, f, d, b in DEFAULT_PROCEDURES]


# -- codes ----------------------------------------------------------------------------------------
def code_pattern(office: Office) -> str:
    """The pattern from the settings (``dossier_code_pattern``) when declared, else the default."""
    try:
        from desktop.core.settings import Settings

        value = Settings(office.location.data_dir).get("dossier_code_pattern")
    except (KeyError, OSError, ValueError):
        return DEFAULT_CODE_PATTERN
    return str(value or DEFAULT_CODE_PATTERN)


def format_code(pattern: str, org_code: str, received: dt.datetime, seq: int) -> str:
    """``{org_code}-{yymmdd}-{seq:04d}`` → ``000.17.22.H56-210531-0001``. Placeholders: org_code,
    yymmdd, yyyymmdd, year, seq."""
    try:
        code = pattern.format(org_code=org_code, yymmdd=received.strftime("%y%m%d"),
                              yyyymmdd=received.strftime("%Y%m%d"), year=received.year, seq=seq)
    except (KeyError, IndexError, ValueError) as exc:
        raise UserError(_("Mẫu mã hồ sơ không hợp lệ: “{pattern}”.", pattern=pattern),
                        str(exc), field="pattern") from None
    if not code or len(code) > 60:
        raise UserError(_("Mẫu mã hồ sơ không hợp lệ: “{pattern}”.", pattern=pattern),
                        field="pattern")
    return code


# -- files --------------------------------------------------------------------------------------
def _file_row(session: Session, path: Path, put: PutResult) -> None:
    from desktop.registers import registry

    ensure = getattr(registry, "ensure_file_row", None)
    if ensure is not None:
        ensure(session, path, put)
        return
    if session.get(StoredFile, put.sha256) is None:  # pragma: no cover - older registry
        from desktop.storage.media import pdf_pages, sniff_file

        media = sniff_file(path)
        session.add(StoredFile(sha256=put.sha256, size=put.size, media_type=media,
                               pages=pdf_pages(path) if media == "application/pdf" else None))
        session.flush()


def _now() -> dt.datetime:
    return dt.datetime.now(VN_TZ).replace(tzinfo=None, second=0, microsecond=0)


def _who(office: Office) -> str:
    return office.actor.full_name or office.actor.username


def _desk(office: Office) -> str:
    return _("Bộ phận tiếp nhận và trả kết quả ({person})", person=_who(office))


# -- receiving ----------------------------------------------------------------------------------
def receive(office: Office, inp: DossierInput, *, pattern: str | None = None) -> DossierView:
    """Receive a dossier at the desk: number it, compute its appointment, log the hand-over."""
    office.require(Role.CLERK, Role.OFFICER, action=_("tiếp nhận hồ sơ thủ tục hành chính"))
    org = office.organisation()
    checked = _check_input(inp)
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
                    _file_row(s, scan[0], put)
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
            view = _view(s, d, warnings)
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
    moment = parse_datetime(at, "at") if at else _now()
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
                _file_row(s, path, put)
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
            view = _view(s, d)
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


# -- reading ------------------------------------------------------------------------------------
def _view(s: Session, d: Dossier, warnings: tuple[str, ...] = (), full: bool = True
          ) -> DossierView:
    comps: tuple[ComponentView, ...] = ()
    events: tuple[EventView, ...] = ()
    if full:
        comps = tuple(
            ComponentView(c.position, c.name, c.form, c.count, c.sha256, c.file_name, c.reused,
                          c.reused_from)
            for c in s.scalars(select(DossierComponent).where(DossierComponent.dossier_id == d.id)
                               .order_by(DossierComponent.position))
        )
        events = tuple(
            EventView(e.seq, e.at, e.from_status, e.to_status, e.giver, e.receiver, e.result,
                      e.due_at, e.note, e.actor)
            for e in s.scalars(select(DossierEvent).where(DossierEvent.dossier_id == d.id)
                               .order_by(DossierEvent.seq))
        )
    return DossierView(
        d.id, d.code, d.procedure_name, d.days, d.applicant_name, d.applicant_address,
        d.applicant_phone, d.applicant_email, d.channel, d.received_at, d.first_due_at, d.due_at,
        d.status, d.handler, d.paused_days, d.paused_at, d.finished_at, d.returned_at,
        d.result_sha256, d.result_name, d.notes, comps, events, warnings,
    )


def get_dossier(office: Office, code: str) -> DossierView:
    with office.db.read() as s:
        d = s.scalar(select(Dossier).where(Dossier.code == code.strip()))
        if d is None:
            raise NotFound(_("Không có hồ sơ mã {code}.", code=code), field="code")
        return _view(s, d)


def _period_bounds(start: dt.date, end: dt.date) -> tuple[dt.datetime, dt.datetime]:
    return dt.datetime.combine(start, dt.time()), dt.datetime.combine(end + dt.timedelta(days=1),
                                                                      dt.time())


def list_dossiers(office: Office, start: dt.date | None = None, end: dt.date | None = None,
                  status: str | None = None, full: bool = False) -> list[DossierView]:
    """Dossiers received in the period (all when no period), in order of receipt."""
    stmt = select(Dossier).order_by(Dossier.received_at, Dossier.id)
    if start is not None and end is not None:
        lo, hi = _period_bounds(start, end)
        stmt = stmt.where(Dossier.received_at >= lo, Dossier.received_at < hi)
    if status:
        stmt = stmt.where(Dossier.status == parse_state(status).value)
    with office.db.read() as s:
        return [_view(s, d, full=full) for d in s.scalars(stmt)]


def about_to_be_late(office: Office, today: dt.date | None = None) -> list[DossierView]:
    """Open dossiers due within one working day, or already overdue (the clock running: not
    those waiting for a supplement) — the ones that may need a letter of apology."""
    today = today or _now().date()
    with office.db.read() as s:
        cal = load_calendar(s)
        horizon = cal.add_working_days(today, 1)
        running = [st.value for st in OPEN_STATES if st is not State.SUPPLEMENT]
        stmt = (select(Dossier).where(Dossier.status.in_(running), Dossier.due_date <= horizon)
                .order_by(Dossier.due_at, Dossier.id))
        return [_view(s, d, full=False) for d in s.scalars(stmt)]


# -- the 766 figures -----------------------------------------------------------------------------
def _ratio(part: int, whole: int) -> float | None:
    return None if whole == 0 else round(100.0 * part / whole, 2)


def dossier_figures(source: Session | Office, start: dt.date, end: dt.date,
                    today: dt.date | None = None) -> dict[str, Any]:
    """The dossier figures of Decision 766/QĐ-TTg for the period ``start``–``end`` (inclusive),
    in one aggregate query (GROUP BY over the components, SUM(CASE …) over the dossiers).

    - ``received``: received in the period; ``digitized`` / ``reused`` count among them:
      every component scanned at receipt (and an electronic result where one was issued) /
      at least one component reused from an earlier dossier.
    - ``handled``: received in the period or carried over open into it (withdrawn ones are
      left out); it splits into ``on_time`` (finished in the period no later than the
      appointment, ``early`` among them), ``late`` (finished after it) and ``in_progress``
      (still open at the period's end), itself split into ``in_progress_on_time`` and
      ``in_progress_late``: an open dossier is judged at the period's last day, or today while the period runs (late when its
      appointment day is before that day; one waiting for a supplement is judged when the
      clock stopped).
    - ``on_time_ratio`` = (on_time + in_progress_on_time) ÷ handled; ``digitized_ratio`` and
      ``reused_ratio`` ÷ received. Percent, 2 decimals; None when the denominator is 0.

    Appointments already include the waits for supplements, so waiting time is not counted.
    """
    if isinstance(source, Office):
        with source.db.read() as s:
            return _figures(s, start, end, today)
    return _figures(source, start, end, today)


def _figures(s: Session, start: dt.date, end: dt.date, today: dt.date | None) -> dict[str, Any]:
    lo, hi = _period_bounds(start, end)
    # A period still running is judged today, not at its (future) last day.
    judged = min(end, today or dt.date.today())
    D, C = Dossier, DossierComponent
    comp = (
        select(
            C.dossier_id.label("dossier_id"),
            func.count(C.id).label("n"),
            func.sum(case((C.sha256.is_(None), 1), else_=0)).label("missing"),
            func.sum(case((C.reused.is_(True), 1), else_=0)).label("reused"),
        )
        .group_by(C.dossier_id)
        .subquery()
    )
    received_in = and_(D.received_at >= lo, D.received_at < hi)
    handled = and_(D.status != State.WITHDRAWN.value,
                   or_(D.finished_at.is_(None), D.finished_at >= lo))
    finished = and_(handled, D.finished_at.is_not(None), D.finished_at < hi)
    open_at_end = and_(handled, or_(D.finished_at.is_(None), D.finished_at >= hi))
    paused = and_(D.paused_at.is_not(None), D.paused_at < hi)
    open_late = and_(open_at_end, or_(and_(paused, D.paused_at > D.due_at),
                                      and_(~paused, D.due_date < judged)))
    result_ok = or_(D.status.not_in([st.value for st in RESULT_STATES]),
                    D.result_sha256.is_not(None))
    digitized = and_(received_in, comp.c.n > 0, comp.c.missing == 0, result_ok)
    reused = and_(received_in, comp.c.reused > 0)

    def count(cond: Any) -> Any:
        return func.coalesce(func.sum(case((cond, 1), else_=0)), 0)

    row = s.execute(
        select(
            count(received_in), count(handled), count(digitized), count(reused),
            count(finished), count(and_(finished, D.finished_at < D.due_date)),
            count(and_(finished, D.finished_at <= D.due_at)),
            count(and_(finished, D.finished_at > D.due_at)),
            count(open_at_end), count(open_late),
            count(and_(D.status == State.WITHDRAWN.value, D.finished_at >= lo,
                       D.finished_at < hi)),
        )
        .select_from(D)
        .outerjoin(comp, comp.c.dossier_id == D.id)
        .where(D.received_at < hi)
    ).one()
    (n_received, n_handled, n_digitized, n_reused, n_finished, n_early, n_on_time, n_late,
     n_open, n_open_late, n_withdrawn) = (int(v or 0) for v in row)
    n_open_on_time = n_open - n_open_late
    return {
        "received": n_received,
        "handled": n_handled,
        "digitized": n_digitized,
        "reused": n_reused,
        "finished": n_finished,
        "early": n_early,
        "on_time": n_on_time,
        "late": n_late,
        "in_progress": n_open,
        "in_progress_on_time": n_open_on_time,
        "in_progress_late": n_open_late,
        "withdrawn": n_withdrawn,
        "on_time_ratio": _ratio(n_on_time + n_open_on_time, n_handled),
        "digitized_ratio": _ratio(n_digitized, n_received),
        "reused_ratio": _ratio(n_reused, n_received),
    }
