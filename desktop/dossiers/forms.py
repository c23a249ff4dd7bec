"""The one-stop desk's printed forms (A4, administrative layout) and the sổ theo dõi hồ sơ.

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

from fpdf.fonts import FontFace
from sqlalchemy import func, select

from desktop.core.errors import UserError
from desktop.core.i18n import N_, _
from desktop.core.pdfkit import SERIF, DocumentPdf, write_atomic
from desktop.dossiers.service import (
    CHANNELS,
    JUDGEMENTS,
    STATE_LABELS,
    DossierView,
    State,
    get_dossier,
    judge,
)
from desktop.kernel.auth import Role
from desktop.kernel.office import Office
from desktop.workdays.calendar import VN_TZ, vn_time
from models.dossiers import Dossier, DossierEvent
from models.entities import Organisation

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


def _date_line(place: str, day: dt.date) -> str:
    """Days below 10 and the months January and February take a leading zero (Nghị định 30)."""
    month = f"{day.month:02d}" if day.month < 3 else str(day.month)
    return _("{place}, ngày {day} tháng {month} năm {year}", place=place, day=f"{day.day:02d}",
             month=month, year=day.year)


class _Form:
    """A portrait A4 page with the margins of an administrative document."""

    def __init__(self, org: Organisation, orientation: str = "P") -> None:
        self.org = org
        self.pdf = DocumentPdf(orientation)
        self.pdf.set_margins(25 if orientation == "P" else 15, 15, 15)
        self.pdf.set_auto_page_break(True, margin=18)
        self.pdf.set_creator("VănThư")
        self.pdf.add_page()

    def header(self, place_date: str, number_line: str = "", desk: bool = True) -> None:
        pdf = self.pdf
        left_w, gap = 80.0, 2.0
        right_w = pdf.epw - left_w - gap
        x0, y0 = pdf.l_margin, pdf.get_y()
        y = y0
        if self.org.parent_name:
            pdf.set_xy(x0, y)
            pdf.set_font(SERIF, "", 11)
            pdf.multi_cell(left_w, 5.5, self.org.parent_name.upper(), align="C")
            y = pdf.get_y()
        pdf.set_xy(x0, y)
        pdf.set_font(SERIF, "B", 11)
        pdf.multi_cell(left_w, 5.5, self.org.name.upper(), align="C")
        if desk:
            pdf.set_x(x0)
            pdf.set_font(SERIF, "B", 10)
            pdf.multi_cell(left_w, 5.5, _("BỘ PHẬN TIẾP NHẬN VÀ TRẢ KẾT QUẢ"), align="C")
        y_left = pdf.get_y()
        pdf.line(x0 + left_w / 2 - 12, y_left + 0.8, x0 + left_w / 2 + 12, y_left + 0.8)
        xr = x0 + left_w + gap
        pdf.set_xy(xr, y0)
        pdf.set_font(SERIF, "B", 11)
        pdf.cell(right_w, 5.5, _("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), align="C")
        pdf.set_xy(xr, y0 + 5.5)
        pdf.set_font(SERIF, "B", 12)
        motto = _("Độc lập - Tự do - Hạnh phúc")
        pdf.cell(right_w, 6, motto, align="C")
        mw = pdf.get_string_width(motto)
        cx = xr + right_w / 2
        pdf.line(cx - mw / 2, y0 + 12, cx + mw / 2, y0 + 12)
        y1 = max(y_left + 3, y0 + 15)
        if number_line:
            pdf.set_xy(x0, y1)
            pdf.set_font(SERIF, "", 12)
            pdf.cell(left_w, 6, number_line, align="C")
        pdf.set_xy(xr, y1)
        pdf.set_font(SERIF, "I", 12)
        pdf.cell(right_w, 6, place_date, align="C")
        pdf.set_xy(x0, y1 + 12)

    def title(self, text: str, sub: str = "") -> None:
        pdf = self.pdf
        pdf.set_font(SERIF, "B", 13)
        pdf.multi_cell(0, 7, text, align="C", new_x="LMARGIN", new_y="NEXT")
        if sub:
            pdf.set_font(SERIF, "B", 12)
            pdf.multi_cell(0, 7, sub, align="C", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(4)

    def para(self, text: str, style: str = "", indent: bool = False) -> None:
        pdf = self.pdf
        pdf.set_font(SERIF, style, 12)
        pdf.multi_cell(0, 6.5, ("\u2003" if indent else "") + text, align="J" if indent else "L",
                       new_x="LMARGIN", new_y="NEXT")

    def table(self, columns: list[tuple[str, float]], rows: list[list[str]],
              size: float = 11) -> None:
        pdf = self.pdf
        pdf.set_font(SERIF, "", size)
        total = sum(w for _n, w in columns)
        with pdf.table(col_widths=tuple(w for _n, w in columns), width=min(total, pdf.epw),
                       headings_style=FontFace(emphasis="BOLD", fill_color=(235, 235, 235)),
                       line_height=size * 0.5, text_align="LEFT", repeat_headings=1,
                       padding=1) as t:
            head = t.row()
            for name, _w in columns:
                head.cell(name)
            for values in rows:
                r = t.row()
                for value in values:
                    r.cell(value)
        pdf.ln(3)

    def signatures(self, left: str, right: str, left_name: str = "", right_name: str = "",
                   right_note: str = "") -> None:
        pdf = self.pdf
        if pdf.get_y() > pdf.h - 60:
            pdf.add_page()
        half = pdf.epw / 2
        y = pdf.get_y() + 4
        for i, (title, name) in enumerate(((left, left_name), (right, right_name))):
            if not title:
                continue
            x = pdf.l_margin + i * half
            pdf.set_xy(x, y)
            pdf.set_font(SERIF, "B", 12)
            pdf.multi_cell(half, 6, title, align="C")
            pdf.set_x(x)
            pdf.set_font(SERIF, "I", 11)
            pdf.multi_cell(half, 5.5, right_note if i == 1 and right_note
                           else _("(Ký và ghi rõ họ tên)"), align="C")
            if name:
                pdf.set_xy(x, y + 34)
                pdf.set_font(SERIF, "B", 12)
                pdf.multi_cell(half, 6, name, align="C")

    def output(self) -> tuple[bytes, int]:
        return bytes(self.pdf.output()), self.pdf.page_no()


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


def _today() -> dt.date:
    return dt.datetime.now(VN_TZ).date()


def _receipt(f: _Form, v: DossierView) -> None:
    org = f.org
    f.header(_date_line(org.place, v.received_at.date()))
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


def _applicant_block(f: _Form, v: DossierView) -> None:
    f.para(_("Mã hồ sơ: {code}", code=v.code))
    f.para(_("Hồ sơ của: {name}", name=v.applicant_name))
    f.para(_("Địa chỉ: {address}", address=v.applicant_address or DOTS))
    f.para(_("Nội dung yêu cầu giải quyết: {procedure}", procedure=v.procedure))
    f.para(_("Thời gian nhận hồ sơ: {time}", time=vn_time(v.received_at)))


def _supplement(f: _Form, v: DossierView, note: str) -> None:
    day = _event_day(v, State.SUPPLEMENT) or _today()
    f.header(_date_line(f.org.place, day))
    f.title(_(TITLES["supplement"]))
    _applicant_block(f, v)
    f.para(_("Yêu cầu bổ sung, hoàn thiện hồ sơ gồm những nội dung sau:"))
    f.para(note or _last_note(v, State.SUPPLEMENT) or DOTS, indent=True)
    f.para(_("Thời gian chờ công dân bổ sung, hoàn thiện hồ sơ không tính vào thời hạn giải quyết. "
             "Khi cần hướng dẫn, ông/bà liên hệ Bộ phận tiếp nhận và trả kết quả, {org}.",
             org=f.org.name), indent=True)
    f.signatures("", _("NGƯỜI HƯỚNG DẪN"))


def _refusal(f: _Form, v: DossierView, note: str) -> None:
    day = _event_day(v, State.REJECTED) or _today()
    f.header(_date_line(f.org.place, day))
    f.title(_(TITLES["refusal"]))
    f.para(_("Bộ phận tiếp nhận và trả kết quả {org} tiếp nhận hồ sơ của ông/bà {name}, mã hồ sơ "
             "{code}, đề nghị giải quyết thủ tục: {procedure}.", org=f.org.name,
             name=v.applicant_name, code=v.code, procedure=v.procedure), indent=True)
    f.para(_("Qua nghiên cứu, xem xét, đối chiếu với các quy định hiện hành, hồ sơ không đủ điều "
             "kiện để tiếp nhận, giải quyết, với lý do cụ thể như sau:"), indent=True)
    f.para(note or _last_note(v, State.REJECTED) or DOTS, indent=True)
    f.para(_("Xin thông báo để ông/bà được biết và thực hiện."), indent=True)
    f.signatures("", _("NGƯỜI TIẾP NHẬN HỒ SƠ"))


def _apology(f: _Form, v: DossierView, note: str, new_appointment: dt.datetime | None) -> None:
    f.header(_date_line(f.org.place, _today()), _("Số:        /{short}", short=f.org.short_name),
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


def _stop(f: _Form, v: DossierView, note: str) -> None:
    day = _event_day(v, State.STOPPED) or _today()
    f.header(_date_line(f.org.place, day), _("Số:        /TB-{short}", short=f.org.short_name),
             desk=False)
    f.title(_(TITLES["stop"]))
    f.para(_("Kính gửi: Ông/Bà {name}", name=v.applicant_name), style="B")
    f.para(_("{org} thông báo dừng giải quyết hồ sơ mã {code} (thủ tục: {procedure}), tiếp nhận "
             "lúc {time}, với lý do: {reason}", org=f.org.name, code=v.code,
             procedure=v.procedure, time=vn_time(v.received_at),
             reason=note or _last_note(v, State.STOPPED) or DOTS), indent=True)
    f.signatures("", _("THỦ TRƯỞNG CƠ QUAN"),
                 right_note=_("(Ký, ghi rõ họ tên và đóng dấu)"))


def _control(f: _Form, v: DossierView) -> None:
    f.header(_date_line(f.org.place, v.received_at.date()))
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
    f = _Form(office.organisation())
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


# -- the register ----------------------------------------------------------------------------
BOOK_COLUMNS = (
    (N_("TT"), 9),
    (N_("Mã hồ sơ"), 40),
    (N_("Tên thủ tục hành chính"), 30),
    (N_("Số lượng hồ sơ (bộ)"), 12),
    (N_("Tên cá nhân, tổ chức"), 28),
    (N_("Địa chỉ, số điện thoại"), 28),
    (N_("Nhận hồ sơ"), 18),
    (N_("Hẹn trả kết quả"), 18),
    (N_("Chuyển hồ sơ đến người giải quyết"), 18),
    (N_("Nhận kết quả giải quyết"), 18),
    (N_("Trả kết quả cho cá nhân, tổ chức"), 18),
    (N_("Ghi chú"), 28),
)


@dataclass(frozen=True)
class BookResult:
    path: Path
    rows: int
    pages: int


def _dt(moment: dt.datetime | None) -> str:
    return moment.strftime("%H:%M\n%d/%m/%Y") if moment else ""


def render_book(office: Office, start: dt.date, end: dt.date) -> tuple[bytes, int, int]:
    """Sổ theo dõi hồ sơ: the dossiers received in the period, streamed in order of receipt."""
    office.require(Role.CLERK, Role.OFFICER, Role.LEADER, action=_("in sổ theo dõi hồ sơ"))
    org = office.organisation()
    lo = dt.datetime.combine(start, dt.time())
    hi = dt.datetime.combine(end + dt.timedelta(days=1), dt.time())
    sent = (select(DossierEvent.dossier_id, func.min(DossierEvent.at).label("at"))
            .where(DossierEvent.to_status == State.PROCESSING.value)
            .group_by(DossierEvent.dossier_id).subquery())
    stmt = (select(Dossier, sent.c.at).outerjoin(sent, sent.c.dossier_id == Dossier.id)
            .where(Dossier.received_at >= lo, Dossier.received_at < hi)
            .order_by(Dossier.received_at, Dossier.id).execution_options(yield_per=500))
    f = _Form(org, "L")
    title = _("SỔ THEO DÕI HỒ SƠ")
    period = _("Từ ngày {start} đến ngày {end}", start=start.strftime("%d/%m/%Y"),
               end=end.strftime("%d/%m/%Y"))
    f.pdf.set_title(f"{title} — {org.name}")
    f.pdf.footer_text = f"{title} — "
    f.header(_date_line(org.place, _today()))
    f.title(title, period)
    pdf = f.pdf
    pdf.set_font(SERIF, "", 8)
    rows = 0
    with office.db.read() as s, pdf.table(
        col_widths=tuple(w for _n, w in BOOK_COLUMNS), width=sum(w for _n, w in BOOK_COLUMNS),
        headings_style=FontFace(emphasis="BOLD", fill_color=(235, 235, 235)), line_height=3.6,
        text_align="LEFT", repeat_headings=1, padding=0.8,
    ) as table:
        head = table.row()
        for name, _w in BOOK_COLUMNS:
            head.cell(_(name))
        for d, sent_at in s.execute(stmt):
            rows += 1
            finished = d.finished_at if d.status in (State.DONE.value, State.RETURNED.value) \
                else None
            state = _(STATE_LABELS[State(d.status)])
            if d.finished_at is not None:
                state += " — " + _judgement_label(judge(d.finished_at, d.due_at))
            contact = ", ".join(x for x in (d.applicant_address, d.applicant_phone) if x)
            row = table.row()
            for value in (str(rows), d.code, d.procedure_name, "1", d.applicant_name, contact,
                          _dt(d.received_at), _dt(d.due_at), _dt(sent_at), _dt(finished),
                          _dt(d.returned_at), state):
                row.cell(value)
    if rows == 0:
        f.para(_("Không có hồ sơ nào trong kỳ."))
    data = bytes(pdf.output())
    return data, rows, pdf.page_no()


def _judgement_label(code: str) -> str:
    return _(JUDGEMENTS[code])


def write_book(office: Office, start: dt.date, end: dt.date, out: Path) -> BookResult:
    data, rows, pages = render_book(office, start, end)
    write_atomic(data, out)
    return BookResult(out, rows, pages)
