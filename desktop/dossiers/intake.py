"""Parsing and checking what the desk types when it receives a dossier (components, channel,
state, applicant's contacts), before anything is stored."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from desktop.core.errors import Collect, UserError
from desktop.core.i18n import _
from desktop.core.textfold import fold
from desktop.core.validate import require_text
from desktop.dossiers.states import State
from desktop.dossiers.views import ComponentInput, DossierInput
from desktop.registers.registry import check_files
from desktop.workdays.calendar import MAX_DAYS, parse_datetime

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
class Checked:
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


#: a clock a little ahead of the desk's is not a typing error
CLOCK_SLACK = dt.timedelta(minutes=10)


def check_input(inp: DossierInput, known: Callable[[str], bool] | None = None,
                now: dt.datetime | None = None,
                similar: Callable[[str], list[str]] | None = None) -> Checked:
    """Check what the desk typed, every problem at once (a
    :class:`~desktop.core.errors.Problems`, in the form's order), so the window marks all the
    fields and the CLI prints all the lines (issue 14, 7). ``known`` tells whether a procedure
    is in the catalogue (one that is not needs its time limit); ``now`` is the desk's clock (a
    dossier is not received in the future); ``similar`` names the catalogue's procedures that a
    name not found probably meant ("ket hon" → "Đăng ký kết hôn")."""
    c = Collect()
    procedure = c.check(require_text, inp.procedure, "procedure", _("tên thủ tục hành chính"),
                        300)
    days = c.check(_check_days, inp.days)
    if (procedure is not None and inp.days is None and known is not None
            and not known(procedure)):
        message = _("Chưa có thủ tục “{name}” trong danh mục. Ghi thêm --days N (thời hạn giải "
                    "quyết, ngày làm việc) để thêm thủ tục này.", name=procedure)
        near = similar(procedure) if similar is not None else []
        if near:
            message += " " + _("Có phải: {names}?", names=", ".join(f"“{n}”" for n in near))
        c.add(UserError(message, field="procedure"))
    received = c.check(parse_datetime, inp.received, "received")
    if received is not None and now is not None and received > now + CLOCK_SLACK:
        c.add(UserError(
            _("Thời điểm tiếp nhận {time} ở tương lai (bây giờ là {now}).",
              time=received.strftime("%H:%M %d/%m/%Y"), now=now.strftime("%H:%M %d/%m/%Y")),
            field="received",
        ))
    applicant = c.check(require_text, inp.applicant, "applicant", _("tên người nộp hồ sơ"), 200)
    address = (inp.address or "").strip()
    if len(address) > 300:
        c.add(UserError(_("Địa chỉ dài quá 300 ký tự."), field="address"))
    phone = (inp.phone or "").strip()
    if phone and not _PHONE.match(phone):
        c.add(UserError(_("Số điện thoại không hợp lệ: “{value}”.", value=phone), field="phone"))
    email = (inp.email or "").strip()
    if email and (len(email) > 120 or not _EMAIL.match(email)):
        c.add(UserError(_("Thư điện tử không hợp lệ: “{value}”.", value=email), field="email"))
    channel = c.check(parse_channel, inp.channel)
    components = [comp for comp in (c.check(parse_component, raw) for raw in inp.components)
                  if comp is not None]
    paths = c.check(check_files, [Path(p) for p in inp.files]) or []
    if not inp.components:
        components = [ComponentInput(p.name, "ban-chinh", 1) for p in paths]
    if not c.failed("component") and len(paths) > len(components):
        c.add(UserError(_("Có {files} tệp nhưng chỉ {components} thành phần hồ sơ: mỗi tệp là "
                          "bản số hóa của một thành phần, theo thứ tự.", files=len(paths),
                          components=len(components)), field="file"))
    c.done()
    assert procedure is not None and received is not None and applicant is not None
    assert channel is not None
    files: list[Path | None] = [*paths, *([None] * (len(components) - len(paths)))]
    return Checked(received, procedure, days, applicant, address, phone, email, channel,
                   components, files)
