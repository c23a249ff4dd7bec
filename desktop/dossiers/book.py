"""The sổ theo dõi hồ sơ: the dossiers received in a period, printed on A4 landscape."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from fpdf.fonts import FontFace
from sqlalchemy import func, select

from desktop.core.i18n import N_, _
from desktop.core.pdfkit import SERIF, write_atomic
from desktop.dossiers.layout import FormPage, date_line, today
from desktop.dossiers.service import JUDGEMENTS, STATE_LABELS, State, judge
from desktop.kernel.auth import Role
from desktop.kernel.office import Office
from models.dossiers import Dossier, DossierEvent

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
    f = FormPage(org, "L")
    title = _("SỔ THEO DÕI HỒ SƠ")
    period = _("Từ ngày {start} đến ngày {end}", start=start.strftime("%d/%m/%Y"),
               end=end.strftime("%d/%m/%Y"))
    f.pdf.set_title(f"{title} — {org.name}")
    f.pdf.footer_text = f"{title} — "
    f.header(date_line(org.place, today()))
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
