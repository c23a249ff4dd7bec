"""The one-stop desk's printed forms (A4, administrative layout); the sổ theo dõi hồ sơ is in
:mod:`desktop.dossiers.book`, the page layout in :mod:`desktop.dossiers.layout`.

Forms: giấy tiếp nhận hồ sơ và hẹn trả kết quả (receipt), phiếu yêu cầu bổ sung, hoàn thiện hồ sơ
(supplement), phiếu từ chối tiếp nhận (refusal), văn bản xin lỗi và đề nghị gia hạn thời gian giải
quyết (apology), thông báo dừng giải quyết (stop), phiếu kiểm soát quá trình giải quyết hồ sơ
(control). Each starts with the organisation at the left and the Quốc hiệu and Tiêu ngữ at the
right, as Nghị định 30/2020 lays out an administrative document.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from desktop.core.errors import UserError
from desktop.core.i18n import N_, _
from desktop.core.pdfkit import write_atomic
from desktop.dossiers.layout import FormPage, date_line, today
from desktop.dossiers.service import CHANNELS, STATE_LABELS, DossierView, State, get_dossier
from desktop.kernel.auth import Role
from desktop.kernel.office import Office
from desktop.workdays.calendar import vn_time

DOTS = "…" * 60

TITLES = {
    "receipt": N_("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ"),
    "supplement": N_("PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ"),
    "refusal": N_("PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ"),
    "apology": N_("VĂN BẢN XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN THỜI GIAN GIẢI QUYẾT HỒ SƠ"),
    "stop": N_("THÔNG BÁO VỀ VIỆC DỪNG GIẢI QUYẾT HỒ SƠ"),
    "control": N_("PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ"),
}


@dataclass(frozen=True)
class FormResult:
    path: Path
    pages: int
    title: str


def _days_text(v: DossierView) -> str:
    if v.days == 0:
        return _("trong ngày làm việc")
    return _("{days} ngày làm việc", days=f"{v.days:02d}")


def _last_note(v: DossierView, state: State) -> str:
    for e in reversed(v.events):
        if e.to_status == state.value and e.note:
            return e.note
    return ""


def _event_day(v: DossierView, state: State) -> dt.date | None:
    for e in reversed(v.events):
        if e.to_status == state.value:
            return e.at.date()
    return None


def _receipt(f: FormPage, v: DossierView) -> None:
    org = f.org
    f.header(date_line(org.place, v.received_at.date()))
    f.title(_(TITLES["receipt"]), _("Mã hồ sơ: {code}", code=v.code))
    f.para(_("Bộ phận tiếp nhận và trả kết quả {org} tiếp nhận hồ sơ của:", org=org.name))
    f.para(_("Ông/Bà: {name}", name=v.applicant_name))
    f.para(_("Địa chỉ: {address}", address=v.applicant_address or DOTS))
    f.para(_("Số điện thoại: {phone}    Thư điện tử: {email}", phone=v.applicant_phone or "……",
             email=v.applicant_email or "……"))
    f.para(_("Nội dung yêu cầu giải quyết: {procedure}", procedure=v.procedure))
    f.para(_("Hình thức nộp hồ sơ: {channel}", channel=_(CHANNELS.get(v.channel, v.channel))))
    f.para(_("1. Thành phần hồ sơ nộp gồm:"))
    rows = [[str(c.position), c.name, c.form_label, str(c.count)] for c in v.components]
    if rows:
        f.table([(_("TT"), 12), (_("Tên giấy tờ"), 95), (_("Hình thức"), 34),
                 (_("Số lượng"), 24)], rows)
    else:
        f.para(DOTS)
    f.para(_("2. Số lượng hồ sơ: 01 (bộ)"))
    f.para(_("3. Thời gian giải quyết hồ sơ theo quy định là: {days}", days=_days_text(v)))
    f.para(_("4. Thời gian nhận hồ sơ: {time}", time=vn_time(v.received_at)))
    f.para(_("5. Thời gian trả kết quả giải quyết hồ sơ: {time}",
             time=vn_time(v.first_appointment)))
    f.para(_("6. Đăng ký nhận kết quả tại: Bộ phận tiếp nhận và trả kết quả, {org}.",
             org=org.name))
    f.signatures(_("NGƯỜI NỘP HỒ SƠ"), _("NGƯỜI TIẾP NHẬN HỒ SƠ"), left_name=v.applicant_name)


def _applicant_block(f: FormPage, v: DossierView) -> None:
    f.para(_("Mã hồ sơ: {code}", code=v.code))
    f.para(_("Hồ sơ của: {name}", name=v.applicant_name))
    f.para(_("Địa chỉ: {address}", address=v.applicant_address or DOTS))
    f.para(_("Nội dung yêu cầu giải quyết: {procedure}", procedure=v.procedure))
    f.para(_("Thời gian nhận hồ sơ: {time}", time=vn_time(v.received_at)))


def _supplement(f: FormPage, v: DossierView, note: str) -> None:
    day = _event_day(v, State.SUPPLEMENT) or today()
    f.header(date_line(f.org.place, day))
    f.title(_(TITLES["supplement"]))
    _applicant_block(f, v)
    f.para(_("Yêu cầu bổ sung, hoàn thiện hồ sơ gồm những nội dung sau:"))
    f.para(note or _last_note(v, State.SUPPLEMENT) or DOTS, indent=True)
    f.para(_("Thời gian chờ công dân bổ sung, hoàn thiện hồ sơ không tính vào thời hạn giải quyết. "
             "Khi cần hướng dẫn, ông/bà liên hệ Bộ phận tiếp nhận và trả kết quả, {org}.",
             org=f.org.name), indent=True)
    f.signatures("", _("NGƯỜI HƯỚNG DẪN"))


def _refusal(f: FormPage, v: DossierView, note: str) -> None:
    day = _event_day(v, State.REJECTED) or today()
    f.header(date_line(f.org.place, day))
    f.title(_(TITLES["refusal"]))
    f.para(_("Bộ phận tiếp nhận và trả kết quả {org} tiếp nhận hồ sơ của ông/bà {name}, mã hồ sơ "
             "{code}, đề nghị giải quyết thủ tục: {procedure}.", org=f.org.name,
             name=v.applicant_name, code=v.code, procedure=v.procedure), indent=True)
    f.para(_("Qua nghiên cứu, xem xét, đối chiếu với các quy định hiện hành, hồ sơ không đủ điều "
             "kiện để tiếp nhận, giải quyết, với lý do cụ thể như sau:"), indent=True)
    f.para(note or _last_note(v, State.REJECTED) or DOTS, indent=True)
    f.para(_("Xin thông báo để ông/bà được biết và thực hiện."), indent=True)
    f.signatures("", _("NGƯỜI TIẾP NHẬN HỒ SƠ"))


def _apology(f: FormPage, v: DossierView, note: str, new_appointment: dt.datetime | None) -> None:
    f.header(date_line(f.org.place, today()), _("Số:        /{short}", short=f.org.short_name),
             desk=False)
    f.title(_(TITLES["apology"]))
    f.para(_("Kính gửi: Ông/Bà {name}", name=v.applicant_name), style="B")
    f.para(_("Ngày {date}, {org} tiếp nhận hồ sơ của ông/bà, mã hồ sơ {code}, đề nghị giải quyết "
             "thủ tục: {procedure}. Thời hạn trả kết quả theo Giấy tiếp nhận hồ sơ và hẹn trả kết "
             "quả là {time}.", date=v.received_at.strftime("%d/%m/%Y"), org=f.org.name,
             code=v.code, procedure=v.procedure, time=vn_time(v.appointment)), indent=True)
    f.para(_("Tuy nhiên, đến nay {org} chưa trả được kết quả giải quyết hồ sơ cho ông/bà đúng "
             "thời hạn, với lý do: {reason}", org=f.org.name, reason=note or DOTS), indent=True)
    new = vn_time(new_appointment) if new_appointment else DOTS
    f.para(_("Sự chậm trễ này đã gây phiền hà, tốn kém chi phí, công sức của ông/bà. {org} xin "
             "lỗi ông/bà và đề nghị gia hạn thời gian giải quyết, hẹn trả kết quả vào: {time}.",
             org=f.org.name, time=new), indent=True)
    f.para(_("Rất mong nhận được sự thông cảm của ông/bà."), indent=True)
    f.signatures("", _("THỦ TRƯỞNG CƠ QUAN"),
                 right_note=_("(Ký, ghi rõ họ tên và đóng dấu)"))


def _stop(f: FormPage, v: DossierView, note: str) -> None:
    day = _event_day(v, State.STOPPED) or today()
    f.header(date_line(f.org.place, day), _("Số:        /TB-{short}", short=f.org.short_name),
             desk=False)
    f.title(_(TITLES["stop"]))
    f.para(_("Kính gửi: Ông/Bà {name}", name=v.applicant_name), style="B")
    f.para(_("{org} thông báo dừng giải quyết hồ sơ mã {code} (thủ tục: {procedure}), tiếp nhận "
             "lúc {time}, với lý do: {reason}", org=f.org.name, code=v.code,
             procedure=v.procedure, time=vn_time(v.received_at),
             reason=note or _last_note(v, State.STOPPED) or DOTS), indent=True)
    f.signatures("", _("THỦ TRƯỞNG CƠ QUAN"),
                 right_note=_("(Ký, ghi rõ họ tên và đóng dấu)"))


def _control(f: FormPage, v: DossierView) -> None:
    f.header(date_line(f.org.place, v.received_at.date()))
    f.title(_(TITLES["control"]))
    f.para(_("(Kèm theo hồ sơ mã {code})", code=v.code), style="I")
    f.para(_("Mã hồ sơ: {code}", code=v.code))
    f.para(_("Người nộp: {name}. Thủ tục: {procedure}.", name=v.applicant_name,
             procedure=v.procedure))
    f.para(_("Cơ quan (bộ phận) giải quyết hồ sơ: {org}", org=f.org.name))
    f.para(_("Thời gian hẹn trả kết quả: {time}", time=vn_time(v.appointment)))
    rows = []
    for e in v.events:
        step = _(STATE_LABELS[State(e.to_status)])
        rows.append([
            _("{n}. Giao: {giver}\nNhận: {receiver}", n=e.seq, giver=e.giver,
              receiver=e.receiver),
            _("{time}\nNgười giao / Người nhận", time=vn_time(e.at)),
            e.result_label,
            f"{step}. {e.note}".strip(". ") if e.note else step,
        ])
    f.table([(_("TÊN CƠ QUAN, NGƯỜI GIAO, NHẬN"), 58), (_("THỜI GIAN GIAO, NHẬN HỒ SƠ"), 44),
             (_("KẾT QUẢ GIẢI QUYẾT (trước hạn/đúng hạn/quá hạn)"), 32), (_("GHI CHÚ"), 36)],
            rows, size=10)


def render_form(office: Office, code: str, kind: str, note: str = "",
                new_appointment: dt.datetime | None = None) -> tuple[bytes, int, str]:
    office.require(Role.CLERK, Role.OFFICER, Role.LEADER, action=_("in biểu mẫu hồ sơ"))
    if kind not in TITLES:
        raise UserError(_("Loại biểu mẫu không hợp lệ: “{value}”; chọn: {choices}.", value=kind,
                          choices=", ".join(TITLES)), field="kind")
    v = get_dossier(office, code)
    f = FormPage(office.organisation())
    title = _(TITLES[kind])
    f.pdf.set_title(f"{title} — {v.code}")
    note = (note or "").strip()
    if kind == "receipt":
        _receipt(f, v)
    elif kind == "supplement":
        _supplement(f, v, note)
    elif kind == "refusal":
        _refusal(f, v, note)
    elif kind == "apology":
        _apology(f, v, note, new_appointment)
    elif kind == "stop":
        _stop(f, v, note)
    else:
        _control(f, v)
    data, pages = f.output()
    return data, pages, title


def write_form(office: Office, code: str, kind: str, out: Path, note: str = "",
               new_appointment: dt.datetime | None = None) -> FormResult:
    data, pages, title = render_form(office, code, kind, note, new_appointment)
    write_atomic(data, out)
    return FormResult(out, pages, title)
