"""``vanthu dossier …`` and ``vanthu calendar …``: the one-stop desk and the working-day table.

Times are typed and printed as Vietnam local time; JSON gives them as ISO 8601 with the +07:00
offset (``2026-05-06T09:00:00+07:00``).
"""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from desktop.cli.common import Parser, emit, open_office
from desktop.core.errors import UserError
from desktop.core.i18n import _

Add = Callable[..., argparse.ArgumentParser]


def _days(text: str | None) -> int | None:
    if text is None:
        return None
    try:
        return int(text.strip())
    except ValueError:
        raise UserError(_("Số ngày làm việc phải là số nguyên: “{value}”.", value=text),
                        field="days") from None


def _year(text: str) -> int:
    try:
        year = int(text.strip())
    except ValueError:
        year = 0
    if not 1900 <= year <= 2200:
        raise UserError(_("Năm không hợp lệ: “{value}”.", value=text), field="year")
    return year


def _t(moment: dt.datetime | None) -> str:
    return moment.strftime("%H:%M %d/%m/%Y") if moment else ""


def _line(v: Any) -> str:
    return _("{code}  nhận {received}  hẹn {appointment}  {status}  {procedure} — {applicant}",
             code=v.code, received=_t(v.received_at), appointment=_t(v.appointment),
             status=v.status_label, procedure=v.procedure, applicant=v.applicant_name)


def _details(v: Any) -> str:
    lines = [
        _line(v),
        _("Thời hạn giải quyết: {days} ngày làm việc; hẹn trả lần đầu: {first}.", days=v.days,
          first=_t(v.first_appointment)),
    ]
    for c in v.components:
        lines.append(_("  Thành phần {n}: {name} ({form}, {count} bản){scan}", n=c.position,
                       name=c.name, form=c.form_label, count=c.count,
                       scan=f"  sha256={c.sha256}" if c.sha256 else ""))
    for e in v.events:
        lines.append(_("  Bước {n}: {at}  giao: {giver}  nhận: {receiver}  {result} {note}",
                       n=e.seq, at=_t(e.at), giver=e.giver, receiver=e.receiver,
                       result=e.result_label, note=e.note).rstrip())
    if v.result_sha256:
        lines.append(_("  Kết quả: {name} sha256={sha}", name=v.result_name, sha=v.result_sha256))
    lines += [_("Cảnh báo: {text}", text=w) for w in v.warnings]
    return "\n".join(lines)


# -- dossier ---------------------------------------------------------------------------------
def cmd_add(args: argparse.Namespace) -> int:
    from desktop.dossiers.service import DossierInput, receive

    with open_office(args) as office:
        view = receive(office, DossierInput(
            received=args.received, procedure=args.procedure, applicant=args.applicant,
            days=_days(args.days), address=args.address or "", phone=args.phone or "",
            email=args.email or "", channel=args.channel, components=args.component or [],
            files=[Path(p) for p in args.file or []], handler=args.handler or "",
            notes=args.note or "",
        ))

    def text() -> str:
        lines = [_("Đã tiếp nhận hồ sơ {code}. Hẹn trả kết quả: {time}.", code=view.code,
                   time=_t(view.appointment))]
        lines += [_("Cảnh báo: {text}", text=w) for w in view.warnings]
        return "\n".join(lines)

    emit(args, view.to_dict(), text)
    return 0


def cmd_advance(args: argparse.Namespace) -> int:
    from desktop.dossiers.service import advance

    with open_office(args) as office:
        view = advance(office, args.code, args.to, at=args.at,
                       file=Path(args.file) if args.file else None, note=args.note or "",
                       handler=args.handler or "")
    last = view.events[-1]
    emit(args, view.to_dict(), _("Hồ sơ {code}: {status} ({result}). Hẹn trả kết quả: {time}.",
                                 code=view.code, status=view.status_label,
                                 result=last.result_label, time=_t(view.appointment)))
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    from desktop.dossiers.service import list_dossiers
    from desktop.workdays.calendar import parse_period

    start = end = None
    if args.period:
        start, end = parse_period(args.period)
    with open_office(args) as office:
        rows = list_dossiers(office, start, end, status=args.status)
    emit(args, [r.to_dict() for r in rows],
         lambda: "\n".join(_line(r) for r in rows) or _("Không có hồ sơ nào."))
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    from desktop.dossiers.service import get_dossier

    with open_office(args) as office:
        view = get_dossier(office, args.code)
    emit(args, view.to_dict(), lambda: _details(view))
    return 0


def cmd_form(args: argparse.Namespace) -> int:
    from desktop.dossiers.forms import write_form
    from desktop.workdays.calendar import parse_datetime

    new_date = parse_datetime(args.new_date, "new-date") if args.new_date else None
    office = open_office(args)
    try:
        out = write_form(office, args.code, args.kind, Path(args.out), note=args.note or "",
                         new_appointment=new_date)
    finally:
        office.close()
    emit(args, {"code": args.code, "kind": args.kind, "out": str(out.path), "pages": out.pages},
         _("Đã in {kind} của hồ sơ {code} ra {path}.", kind=out.title, code=args.code,
           path=str(out.path)))
    return 0


def cmd_book(args: argparse.Namespace) -> int:
    from desktop.dossiers.book import write_book
    from desktop.workdays.calendar import parse_period

    start, end = parse_period(args.period)
    office = open_office(args)
    try:
        out = write_book(office, start, end, Path(args.out))
    finally:
        office.close()
    emit(args, {"out": str(out.path), "rows": out.rows, "pages": out.pages},
         _("Đã in sổ theo dõi hồ sơ ra {path} ({rows} hồ sơ, {pages} trang).",
           path=str(out.path), rows=out.rows, pages=out.pages))
    return 0


def cmd_figures(args: argparse.Namespace) -> int:
    from desktop.dossiers.service import dossier_figures
    from desktop.workdays.calendar import parse_period

    start, end = parse_period(args.period)
    office = open_office(args)
    try:
        figures = dossier_figures(office, start, end)
    finally:
        office.close()

    def pct(value: float | None) -> str:
        if value is None:
            return _("không phát sinh")
        return f"{value:.2f}".rstrip("0").rstrip(".").replace(".", ",") + "%"

    from desktop.reports.dossier_figure import dossier_figure

    figure = dossier_figure(figures)  # the report's own figure, words and all
    emit(args, {"start": start, "end": end, **figures, "figure": figure.to_dict()}, _(
        "{breakdown} Tỷ lệ đúng hạn (kể cả đang giải quyết trong hạn): {ratio}; tỷ lệ số hóa: "
        "{digitized}.", breakdown=figure.breakdown_text(), ratio=pct(figure.percent),
        digitized=pct(figure.digitized_percent)))
    return 0


def cmd_due_soon(args: argparse.Namespace) -> int:
    from desktop.core.validate import parse_date
    from desktop.dossiers.service import about_to_be_late

    today = parse_date(args.today, "today") if args.today else None
    with open_office(args) as office:
        rows = about_to_be_late(office, today)
    emit(args, [r.to_dict() for r in rows],
         lambda: "\n".join(_line(r) for r in rows) or _("Không có hồ sơ nào sắp đến hạn hoặc "
                                                        "quá hạn."))
    return 0


def cmd_procedures(args: argparse.Namespace) -> int:
    from desktop.dossiers.service import list_procedures

    with open_office(args) as office:
        rows = list_procedures(office)
    emit(args, [r.to_dict() for r in rows], lambda: "\n".join(
        _("{name}: {days} ngày làm việc ({basis})", name=r.name, days=r.days, basis=r.basis)
        for r in rows))
    return 0


# -- calendar --------------------------------------------------------------------------------
def cmd_calendar_due(args: argparse.Namespace) -> int:
    from desktop.workdays.calendar import (
        incomplete_warning,
        iso_vn,
        office_calendar,
        parse_datetime,
    )

    received = parse_datetime(args.start, "from")
    days = _days(args.days)
    assert days is not None
    with open_office(args) as office:
        cal = office_calendar(office)
    appointment = cal.due(received, days)
    missing = cal.incomplete_years(received.date(), appointment.date())
    warnings = [incomplete_warning(missing)] if missing else []
    data = {"from": iso_vn(received), "days": days, "appointment": iso_vn(appointment),
            "warnings": warnings}

    def text() -> str:
        lines = [_("Hẹn trả kết quả: {time}.", time=_t(appointment))]
        lines += [_("Cảnh báo: {text}", text=w) for w in warnings]
        return "\n".join(lines)

    emit(args, data, text)
    return 0


def cmd_calendar_import(args: argparse.Namespace) -> int:
    from desktop.workdays.calendar import import_calendar

    with open_office(args) as office:
        result = import_calendar(office, Path(args.file))
    emit(args, result.to_dict(), _("Đã nhập {rows} ngày của năm {years} (thay {replaced} dòng cũ).",
                                   rows=result.rows, replaced=result.replaced,
                                   years=", ".join(str(y) for y in result.years)))
    return 0


def cmd_calendar_list(args: argparse.Namespace) -> int:
    from desktop.workdays.calendar import calendar_of_year

    year = _year(args.year)
    with open_office(args) as office:
        rows, complete = calendar_of_year(office, year)
    data = {"year": year, "complete": complete, "days": [r.to_dict() for r in rows]}

    def text() -> str:
        lines = [f"{r.day:%d/%m/%Y}  {r.kind:7}  {r.name}  [{r.source}]" for r in rows]
        if not complete:
            lines.append(_("Lịch năm {year} chưa đầy đủ (chưa có Tết hoặc chưa nhập lịch).",
                           year=year))
        return "\n".join(lines)

    emit(args, data, text)
    return 0


# -- parser ----------------------------------------------------------------------------------
def register(sub: Any, add: Add, common: argparse.ArgumentParser) -> None:
    grp = sub.add_parser("dossier", help=_("hồ sơ một cửa (thủ tục hành chính)"),
                         parents=[common])
    grp.set_defaults(run_command=lambda a, g=grp: (g.print_help(), 2)[1])
    dsub = grp.add_subparsers(dest="action", metavar=_("LỆNH"), parser_class=Parser)

    sp = add("add", cmd_add, _("tiếp nhận hồ sơ: cấp mã hồ sơ và ngày hẹn trả kết quả"), dsub)
    sp.add_argument("--received", required=True, metavar="YYYY-MM-DD HH:MM",
                    help=_("thời điểm tiếp nhận"))
    sp.add_argument("--procedure", required=True, metavar="NAME",
                    help=_("tên thủ tục hành chính (trong danh mục, hoặc thêm mới với --days)"))
    sp.add_argument("--days", metavar="N",
                    help=_("thời hạn giải quyết, ngày làm việc (mặc định: theo danh mục)"))
    sp.add_argument("--applicant", required=True, metavar="NAME", help=_("người nộp hồ sơ"))
    sp.add_argument("--address", metavar="TEXT", help=_("địa chỉ"))
    sp.add_argument("--phone", metavar="TEXT", help=_("số điện thoại"))
    sp.add_argument("--email", metavar="TEXT", help=_("thư điện tử"))
    sp.add_argument("--channel", choices=["truc-tiep", "truc-tuyen", "buu-chinh"],
                    help=_("hình thức nộp (mặc định: truc-tiep)"))
    sp.add_argument("--component", action="append", metavar="NAME[:ban-chinh|ban-sao][:COUNT]",
                    help=_("thành phần hồ sơ (lặp lại cho từng giấy tờ)"))
    sp.add_argument("--file", nargs="+", action="extend", metavar="PATH",
                    help=_("bản số hóa của các thành phần, theo thứ tự"))
    sp.add_argument("--handler", metavar="NAME", help=_("cán bộ giải quyết"))
    sp.add_argument("--note", metavar="TEXT", help=_("ghi chú"))

    sp = add("advance", cmd_advance, _("chuyển hồ sơ sang bước tiếp theo (ghi phiếu kiểm soát)"),
             dsub)
    sp.add_argument("code", metavar="CODE")
    sp.add_argument("--to", required=True,
                    choices=["processing", "supplement", "supplemented", "done", "returned",
                             "rejected", "withdrawn", "stopped"], help=_("trạng thái mới"))
    sp.add_argument("--at", metavar="YYYY-MM-DD HH:MM", help=_("thời điểm (mặc định: bây giờ)"))
    sp.add_argument("--file", metavar="PATH", help=_("tệp kết quả (với done hoặc returned)"))
    sp.add_argument("--note", metavar="TEXT", help=_("ghi chú, lý do"))
    sp.add_argument("--handler", metavar="NAME", help=_("cán bộ nhận giải quyết"))

    sp = add("list", cmd_list, _("liệt kê hồ sơ tiếp nhận trong kỳ"), dsub)
    sp.add_argument("--period", metavar="P", help=_("kỳ: 2023, 2023-03, 2023-Q1 hoặc "
                                                     "2023-01-01..2023-06-30"))
    sp.add_argument("--status", metavar="STATE", help=_("chỉ hồ sơ ở trạng thái này"))

    sp = add("show", cmd_show, _("xem một hồ sơ, các thành phần và các bước giải quyết"), dsub)
    sp.add_argument("code", metavar="CODE")

    sp = add("form", cmd_form, _("in biểu mẫu của hồ sơ ra PDF"), dsub)
    sp.add_argument("code", metavar="CODE")
    sp.add_argument("--kind", required=True,
                    choices=["receipt", "supplement", "refusal", "apology", "control", "stop"],
                    help=_("loại biểu mẫu"))
    sp.add_argument("--out", required=True, metavar="FILE.pdf")
    sp.add_argument("--note", metavar="TEXT", help=_("nội dung, lý do ghi trên phiếu"))
    sp.add_argument("--new-date", metavar="YYYY-MM-DD HH:MM",
                    help=_("thời điểm hẹn lại (văn bản xin lỗi)"))

    sp = add("book", cmd_book, _("in sổ theo dõi hồ sơ của một kỳ ra PDF (A4 ngang)"), dsub)
    sp.add_argument("--period", required=True, metavar="P")
    sp.add_argument("--out", required=True, metavar="FILE.pdf")

    sp = add("figures", cmd_figures, _("số liệu hồ sơ của một kỳ (Quyết định 766/QĐ-TTg)"), dsub)
    sp.add_argument("--period", required=True, metavar="P")

    sp = add("due-soon", cmd_due_soon, _("hồ sơ đến hạn trong 1 ngày làm việc hoặc đã quá hạn"),
             dsub)
    sp.add_argument("--today", metavar="YYYY-MM-DD")

    add("procedures", cmd_procedures, _("danh mục thủ tục hành chính và thời hạn"), dsub)

    grp = sub.add_parser("calendar", help=_("lịch ngày làm việc, ngày nghỉ lễ"), parents=[common])
    grp.set_defaults(run_command=lambda a, g=grp: (g.print_help(), 2)[1])
    csub = grp.add_subparsers(dest="action", metavar=_("LỆNH"), parser_class=Parser)
    sp = add("due", cmd_calendar_due, _("tính ngày hẹn trả kết quả"), csub)
    sp.add_argument("--from", dest="start", required=True, metavar="YYYY-MM-DD HH:MM")
    sp.add_argument("--days", required=True, metavar="N")
    sp = add("import", cmd_calendar_import,
             _("nhập lịch ngày nghỉ từ tệp CSV (date,kind,name,source), thay các năm có trong tệp"),
             csub)
    sp.add_argument("file", metavar="FILE.csv")
    sp = add("list", cmd_calendar_list, _("liệt kê ngày nghỉ và ngày làm bù của một năm"), csub)
    sp.add_argument("--year", required=True, metavar="Y")
