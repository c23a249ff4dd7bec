"""``vanthu process …``: the handling of incoming documents after registration.

Every step command takes ``--at "YYYY-MM-DD HH:MM"`` for a step that happened on paper earlier.
JSON output is the document's ``"processing"`` object (as in ``vanthu show ID --json``), with
``"id"``.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from desktop.cli.common import Parser, bounded_int, emit, open_office, record_id
from desktop.core.i18n import _


def _d(day: Any) -> str:
    return day.strftime("%d/%m/%Y") if day else ""


def _summary(doc_id: int, v: Any) -> str:
    lines = [_("Văn bản mã {id}: {state}.", id=doc_id, state=v.state_label)]
    if v.lead:
        lines.append(_("Chủ trì: {lead}; phối hợp: {support}; thời hạn: {due}.",
                       lead=v.lead_name or v.lead,
                       support=", ".join(v.support_names) or _("(không)"),
                       due=_d(v.due_date) or _("(không)")))
    if v.on_time is not None:
        lines.append(_("Hoàn thành đúng hạn.") if v.on_time else _("Hoàn thành quá hạn."))
    return "\n".join(lines)


def processing_lines(p: dict[str, Any] | None) -> list[str]:
    """The handling under ``vanthu show ID`` (text): the state, who, the deadline, each step."""
    if p is None or p["state"] == "registered":
        return []
    from desktop.processing.states import STATE_LABELS, STEP_LABELS, HState, Step

    lines = [_("Xử lý: {state}; chủ trì: {lead}; thời hạn: {due}.",
               state=_(STATE_LABELS[HState(p["state"])]), lead=p["lead"] or "—",
               due=p["due_date"] or "—")]
    for h in p["history"]:
        lines.append(_("  {at}  {step}  {actor}  {text}", at=h["at"][:16].replace("T", " "),
                       step=_(STEP_LABELS[Step(h["step"])]), actor=h["actor"],
                       text=h["text"]).rstrip())
    return lines


def _out(args: argparse.Namespace, doc_id: int, view: Any) -> int:
    emit(args, {"id": doc_id, **view.to_dict()}, _summary(doc_id, view))
    return 0


def cmd_submit(args: argparse.Namespace) -> int:
    from desktop.core.errors import UserError
    from desktop.processing.service import submit, submit_addressed

    if (args.id is None) == (not args.to_chairperson):
        raise UserError(_("Ghi mã văn bản cần trình, hoặc --to-chairperson để trình mọi văn bản "
                          "gửi Chủ tịch chưa trình."), field="id")
    if args.to_chairperson:
        with open_office(args) as office:
            ids = submit_addressed(office)
        emit(args, {"submitted": ids},
             _("Đã trình {count} văn bản gửi Chủ tịch: {ids}.", count=len(ids),
               ids=", ".join(str(i) for i in ids) or "—"))
        return 0
    with open_office(args) as office:
        view = submit(office, args.id, at=args.at)
    return _out(args, args.id, view)


def cmd_assign(args: argparse.Namespace) -> int:
    from desktop.processing.service import assign

    with open_office(args) as office:
        view = assign(office, args.id, lead=args.lead, support=args.support or [],
                      due=args.due, days=args.days, instruction=args.instruction or "",
                      info_only=args.info_only, at=args.at)
    return _out(args, args.id, view)


def cmd_accept(args: argparse.Namespace) -> int:
    from desktop.processing.service import accept

    with open_office(args) as office:
        view = accept(office, args.id, at=args.at)
    return _out(args, args.id, view)


def cmd_note(args: argparse.Namespace) -> int:
    from desktop.processing.service import note

    with open_office(args) as office:
        view = note(office, args.id, args.text, at=args.at)
    return _out(args, args.id, view)


def cmd_done(args: argparse.Namespace) -> int:
    from desktop.processing.service import done

    with open_office(args) as office:
        view = done(office, args.id, reply=args.reply, note=args.note or "", at=args.at)
    return _out(args, args.id, view)


def cmd_reopen(args: argparse.Namespace) -> int:
    from desktop.processing.corrections import reopen

    with open_office(args) as office:
        view = reopen(office, args.id, args.reason, at=args.at)
    return _out(args, args.id, view)


def cmd_extend(args: argparse.Namespace) -> int:
    from desktop.processing.corrections import extend

    with open_office(args) as office:
        view = extend(office, args.id, args.reason, due=args.due, days=args.days, at=args.at)
    return _out(args, args.id, view)


def cmd_reassign(args: argparse.Namespace) -> int:
    from desktop.processing.corrections import reassign

    with open_office(args) as office:
        view = reassign(office, args.id, lead=args.lead, support=args.support or [], at=args.at)
    return _out(args, args.id, view)


def cmd_take_back(args: argparse.Namespace) -> int:
    from desktop.processing.corrections import take_back

    with open_office(args) as office:
        view = take_back(office, args.id, args.reason or "", at=args.at)
    return _out(args, args.id, view)


def _item_line(i: Any) -> str:
    from desktop.core.validate import format_number  # validate loads the ORM classes

    return _("#{id}  Số đến {number}/{year}  {symbol}  {subject}  hạn {due}  {state}",
             id=i.document_id, number=format_number(i.number), year=i.year, symbol=i.symbol,
             subject=i.subject, due=_d(i.due_date) or "—", state=i.state_label)


def cmd_mine(args: argparse.Namespace) -> int:
    from desktop.processing.lists import work_list

    with open_office(args) as office:
        wl = work_list(office)

    def text() -> str:
        lines: list[str] = []
        for title, items in ((_("Chủ trì xử lý:"), wl.lead), (_("Phối hợp:"), wl.support),
                             (_("Chờ cho ý kiến:"), wl.waiting),
                             (_("Tất cả văn bản đang xử lý:"), wl.everything)):
            if items:
                lines.append(title)
                lines += ["  " + _item_line(i) for i in items]
        for h in wl.held:
            lines.append(_("{name}: đang giữ {count} văn bản, quá hạn {overdue}, sắp đến hạn "
                           "{soon}.", name=h["full_name"], count=h["count"],
                           overdue=h["overdue"], soon=h["due_soon"]))
        lines.append(_("Quá hạn: {overdue}; sắp đến hạn: {soon}.", overdue=wl.overdue,
                       soon=wl.due_soon))
        return "\n".join(lines)

    emit(args, wl.to_dict(), text)
    return 0


def cmd_due(args: argparse.Namespace) -> int:
    from desktop.processing.lists import due_list

    with open_office(args) as office:
        items = due_list(office, args.days)
    emit(args, [i.to_dict() for i in items],
         lambda: "\n".join(_item_line(i) for i in items)
         or _("Không có văn bản nào quá hạn hoặc sắp đến hạn."))
    return 0


def cmd_slip(args: argparse.Namespace) -> int:
    from desktop.processing.forms import write_slip

    with open_office(args) as office:
        result = write_slip(office, args.id, Path(args.out))
    emit(args, {"id": args.id, "out": str(result.path), "pages": result.pages},
         _("Đã ghi phiếu giải quyết văn bản đến ra {path}.", path=str(result.path)))
    return 0


def cmd_book(args: argparse.Namespace) -> int:
    from desktop.core.periods import parse_period
    from desktop.processing.forms import write_book

    period = parse_period(args.period)
    with open_office(args) as office:
        result = write_book(office, period.start, period.end, Path(args.out))
    emit(args, {"out": str(result.path), "rows": result.rows, "pages": result.pages},
         _("Đã ghi sổ theo dõi giải quyết văn bản đến ({rows} văn bản, {pages} trang) ra "
           "{path}.", rows=result.rows, pages=result.pages, path=str(result.path)))
    return 0


def _at(sp: argparse.ArgumentParser) -> None:
    sp.add_argument("--at", metavar="'YYYY-MM-DD HH:MM'",
                    help=_("thời điểm bước đã diễn ra (ghi bù từ phiếu giấy)"))


def _deadline(sp: argparse.ArgumentParser) -> None:
    g = sp.add_mutually_exclusive_group()
    g.add_argument("--due", metavar="YYYY-MM-DD", help=_("thời hạn giải quyết"))
    g.add_argument("--days", type=bounded_int(0, 3650), metavar="N",
                   help=_("thời hạn: N ngày làm việc kể từ ngày giao"))


def register(sub: Any, add: Any, common: Any) -> None:
    grp = sub.add_parser("process", help=_("xử lý văn bản đến: trình, giao, ký nhận, hoàn thành"),
                         parents=[common])
    grp.set_defaults(run_command=lambda a, g=grp: (g.print_help(), 2)[1])
    psub = grp.add_subparsers(dest="process_command", metavar=_("LỆNH"), parser_class=Parser)
    sp = add("submit", cmd_submit, _("trình văn bản đến lên lãnh đạo"), psub)
    sp.add_argument("id", type=record_id, nargs="?")
    sp.add_argument("--to-chairperson", action="store_true",
                    help=_("trình mọi văn bản đến gửi Chủ tịch chưa trình"))
    _at(sp)
    sp = add("assign", cmd_assign, _("cho ý kiến chỉ đạo, giao người chủ trì và phối hợp"), psub)
    sp.add_argument("id", type=record_id)
    sp.add_argument("--lead", metavar="USER", help=_("người chủ trì (tên đăng nhập)"))
    sp.add_argument("--support", metavar="USER", action="append",
                    help=_("người phối hợp (ghi nhiều lần)"))
    _deadline(sp)
    sp.add_argument("--instruction", metavar="TEXT", help=_("ý kiến chỉ đạo"))
    sp.add_argument("--info-only", action="store_true",
                    help=_("văn bản để biết, không phải xử lý: đóng ngay"))
    _at(sp)
    sp = add("accept", cmd_accept, _("ký nhận văn bản được giao"), psub)
    sp.add_argument("id", type=record_id)
    _at(sp)
    sp = add("note", cmd_note, _("ghi tiến độ xử lý"), psub)
    sp.add_argument("id", type=record_id)
    sp.add_argument("--text", required=True, help=_("nội dung"))
    _at(sp)
    sp = add("done", cmd_done, _("hoàn thành xử lý (văn bản trả lời hoặc ghi chú)"), psub)
    sp.add_argument("id", type=record_id)
    sp.add_argument("--reply", type=record_id, metavar="OUTGOING_ID", help=_("mã văn bản đi trả lời"))
    sp.add_argument("--note", metavar="TEXT", help=_("ghi chú kết quả, ví dụ “để biết, lưu”"))
    _at(sp)
    sp = add("reopen", cmd_reopen, _("mở lại văn bản đã xử lý"), psub)
    sp.add_argument("id", type=record_id)
    sp.add_argument("--reason", required=True, help=_("lý do"))
    _at(sp)
    sp = add("extend", cmd_extend, _("gia hạn xử lý"), psub)
    sp.add_argument("id", type=record_id)
    _deadline(sp)
    sp.add_argument("--reason", required=True, help=_("lý do"))
    _at(sp)
    sp = add("reassign", cmd_reassign, _("giao lại người xử lý"), psub)
    sp.add_argument("id", type=record_id)
    sp.add_argument("--lead", required=True, metavar="USER", help=_("người chủ trì mới"))
    sp.add_argument("--support", metavar="USER", action="append", help=_("người phối hợp"))
    _at(sp)
    sp = add("take-back", cmd_take_back, _("thu hồi văn bản đã giao"), psub)
    sp.add_argument("id", type=record_id)
    sp.add_argument("--reason", help=_("lý do"))
    _at(sp)
    add("mine", cmd_mine, _("văn bản cần xử lý của tôi"), psub)
    sp = add("due", cmd_due, _("văn bản quá hạn hoặc sắp đến hạn"), psub)
    sp.add_argument("--days", type=bounded_int(0, 3650), default=2, metavar="N",
                    help=_("trong N ngày làm việc tới (mặc định 2)"))
    sp = add("slip", cmd_slip, _("in phiếu giải quyết văn bản đến"), psub)
    sp.add_argument("id", type=record_id)
    sp.add_argument("--out", required=True, metavar="FILE.pdf")
    sp = add("book", cmd_book, _("in sổ theo dõi giải quyết văn bản đến"), psub)
    sp.add_argument("--period", required=True,
                    help=_("kỳ: 2026 | 2026-03 | 2026-Q1 | 2026-01-01..2026-06-30"))
    sp.add_argument("--out", required=True, metavar="FILE.pdf")
