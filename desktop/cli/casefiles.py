"""``vanthu fileplan …``, ``vanthu casefile …`` and ``vanthu archive …``: the yearly file plan,
the case files and their hand-over to the agency archive (Nghị định 30, Chương IV)."""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from desktop.cli.common import Parser, emit, open_office, positive_int
from desktop.core.i18n import _

Add = Callable[..., argparse.ArgumentParser]


def _d(day: dt.date | None) -> str:
    return day.strftime("%d/%m/%Y") if day else "…"


# -- fileplan ----------------------------------------------------------------------------------
def cmd_plan_add(args: argparse.Namespace) -> int:
    from desktop.casefiles.plan import EntryInput, add_entry

    with open_office(args) as office:
        entry = add_entry(office, EntryInput(
            year=args.year, code=args.code, title=args.title, retention=args.retention,
            heading=args.heading or "", keeper=args.keeper or "", notes=args.note or "",
            construction=args.construction), amend=args.amend)
    emit(args, entry.to_dict(), _("Đã thêm hồ sơ {code} “{title}” vào danh mục hồ sơ năm {year}.",
                                  code=entry.code, title=entry.title, year=args.year))
    return 0


def cmd_plan_list(args: argparse.Namespace) -> int:
    from desktop.casefiles.plan import get_plan
    from desktop.casefiles.views import HeadingView

    with open_office(args) as office:
        plan = get_plan(office, args.year)

    def text() -> str:
        state = _("đã duyệt (lần {n}, {who})", n=plan.approvals, who=plan.approved_by) \
            if plan.approved else _("dự thảo, chưa duyệt")
        lines = [_("Danh mục hồ sơ năm {year}: {state}.", year=plan.year, state=state)]
        for x in plan.ordered():
            if isinstance(x, HeadingView):
                lines.append(("  " * x.level) + f"{x.label}. {x.title}")
            else:
                lines.append(f"    {x.code:12} {x.title}  [{x.retention}]"
                             + (f"  — {x.keeper}" if x.keeper else ""))
        return "\n".join(lines)

    emit(args, plan.to_dict(), text)
    return 0


def cmd_plan_approve(args: argparse.Namespace) -> int:
    from desktop.casefiles.plan import approve

    with open_office(args) as office:
        plan = approve(office, args.year)
    emit(args, plan.to_dict(), _("Đã duyệt danh mục hồ sơ năm {year} ({n} hồ sơ).",
                                 year=plan.year, n=len(plan.entries)))
    return 0


def cmd_plan_copy(args: argparse.Namespace) -> int:
    from desktop.casefiles.plan import copy_plan

    with open_office(args) as office:
        plan = copy_plan(office, args.source, args.target)
    emit(args, plan.to_dict(), _("Đã lập dự thảo danh mục hồ sơ năm {year} từ năm {source} "
                                 "({n} hồ sơ); cần lãnh đạo duyệt.", year=plan.year,
                                 source=args.source, n=len(plan.entries)))
    return 0


def cmd_plan_print(args: argparse.Namespace) -> int:
    from desktop.casefiles.forms import write_plan

    with open_office(args) as office:
        out, pages = write_plan(office, args.year, Path(args.out))
    emit(args, {"out": str(out), "pages": pages},
         _("Đã in danh mục hồ sơ năm {year} ra {path}.", year=args.year, path=str(out)))
    return 0


# -- casefile ----------------------------------------------------------------------------------
def _file_text(v: Any) -> str:
    from desktop.casefiles.views import STATE_LABELS

    lines = [_("Hồ sơ {code} năm {year}: {title}", code=v.code, year=v.year, title=v.title),
             _("Trạng thái: {state}; người lập: {keeper}; thời hạn bảo quản: {retention}{plan}.",
               state=_(STATE_LABELS[v.state]), keeper=v.keeper, retention=v.retention,
               plan=_(" (ngoài danh mục)") if v.outside_plan else ""),
             _("Từ ngày {start} đến ngày {end}; {docs} văn bản, {pages} trang.",
               start=_d(v.start_date), end=_d(v.end_date), docs=v.doc_total, pages=v.page_total)]
    if v.due:
        lines.append(_("Hạn nộp lưu: {date}.", date=_d(v.due)))
    for i in v.documents:
        lines.append(f"  {i.order:3}. {i.symbol:18} {_d(i.date):10}  {i.subject}  "
                     + _("({pages} tr.)", pages=i.pages))
    return "\n".join(lines)


def cmd_open(args: argparse.Namespace) -> int:
    from desktop.casefiles.service import open_file

    with open_office(args) as office:
        v = open_file(office, args.code, args.year, title=args.title or "",
                      outside_plan=args.outside_plan, retention=args.retention,
                      construction=args.construction, notes=args.note or "")
    emit(args, v.to_dict(), _("Đã lập hồ sơ {code} năm {year}: {title}.", code=v.code,
                              year=v.year, title=v.title))
    return 0


def cmd_add(args: argparse.Namespace) -> int:
    from desktop.casefiles.filling import add_documents

    with open_office(args) as office:
        v = add_documents(office, args.code, args.doc_ids, args.year)
    emit(args, v.to_dict(), _("Hồ sơ {code} có {docs} văn bản, {pages} trang.", code=v.code,
                              docs=v.doc_total, pages=v.page_total))
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    from desktop.casefiles.reading import get_file

    with open_office(args) as office:
        v = get_file(office, args.code, args.year)
    emit(args, v.to_dict(), lambda: _file_text(v))
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    from desktop.casefiles.reading import list_files

    with open_office(args) as office:
        rows = list_files(office, args.year)
    emit(args, [r.to_dict() for r in rows], lambda: "\n".join(
        f"{r.year} {r.code:12} {r.state_label:12} {r.doc_total:4}  {r.title}" for r in rows)
        or _("Chưa có hồ sơ nào."))
    return 0


def cmd_move(args: argparse.Namespace) -> int:
    from desktop.casefiles.filling import move_document

    with open_office(args) as office:
        v = move_document(office, args.code, args.doc_id, args.to, args.year)
    emit(args, v.to_dict(), _("Đã chuyển văn bản {id} đến vị trí {to} trong hồ sơ {code}.",
                              id=args.doc_id, to=args.to, code=v.code))
    return 0


def cmd_remove(args: argparse.Namespace) -> int:
    from desktop.casefiles.filling import remove_document

    with open_office(args) as office:
        v = remove_document(office, args.code, args.doc_id, args.year)
    emit(args, v.to_dict(), _("Đã bỏ văn bản {id} khỏi hồ sơ {code}.", id=args.doc_id,
                              code=v.code))
    return 0


def cmd_close(args: argparse.Namespace) -> int:
    from desktop.casefiles.service import close_file

    with open_office(args) as office:
        v = close_file(office, args.code, args.end, args.year, settled=args.settled)
    emit(args, v.to_dict(), _("Đã đóng hồ sơ {code} ngày {date}; hạn nộp lưu: {due}.",
                              code=v.code, date=_d(v.end_date), due=_d(v.due)))
    return 0


def cmd_reopen(args: argparse.Namespace) -> int:
    from desktop.casefiles.service import reopen_file

    with open_office(args) as office:
        v = reopen_file(office, args.code, args.reason, args.year)
    emit(args, v.to_dict(), _("Đã mở lại hồ sơ {code}.", code=v.code))
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from desktop.casefiles.exchange import export_file

    with open_office(args) as office:
        r = export_file(office, args.code, Path(args.out), args.year)
    emit(args, r.to_dict(), _("Đã xuất hồ sơ {code} ra {path} ({docs} văn bản, {pdfs} tệp PDF).",
                              code=args.code, path=str(r.out), docs=r.documents, pdfs=r.pdfs))
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from desktop.casefiles.exchange import import_file

    with open_office(args) as office:
        v = import_file(office, Path(args.dir))
    emit(args, v.to_dict(), _("Đã nhập hồ sơ {code} năm {year} ({docs} văn bản, {pages} trang).",
                              code=v.code, year=v.year, docs=v.doc_total, pages=v.page_total))
    return 0


# -- archive -----------------------------------------------------------------------------------
def cmd_due(args: argparse.Namespace) -> int:
    from desktop.casefiles.archive import due_files

    with open_office(args) as office:
        rows = due_files(office, args.today)

    def text() -> str:
        if not rows:
            return _("Không có hồ sơ nào đến hạn nộp lưu trong 30 ngày tới.")
        return "\n".join(
            f"{r.year} {r.code:12} " + (_("QUÁ HẠN {date}", date=_d(r.due)) if r.overdue
                                        else _("hạn {date}", date=_d(r.due))) + f"  {r.title}"
            for r in rows)

    emit(args, [r.to_dict() for r in rows], text)
    return 0


def cmd_handover(args: argparse.Namespace) -> int:
    from desktop.casefiles.archive import handover

    with open_office(args) as office:
        r = handover(office, args.codes, Path(args.out), args.year)
    emit(args, r.to_dict(), lambda: "\n".join([
        _("Đã nộp lưu {n} hồ sơ (lần {number}/{year}): {codes}.", n=len(r.codes),
          number=f"{r.number:02d}", year=r.year, codes=", ".join(r.codes)),
        *[_("  In: {path}", path=str(p)) for p in r.paths]]))
    return 0


# -- parser ------------------------------------------------------------------------------------
def _group(sub: Any, common: argparse.ArgumentParser, name: str, help_text: str) -> Any:
    grp = sub.add_parser(name, help=help_text, description=help_text, parents=[common])
    grp.set_defaults(run_command=lambda a, g=grp: (g.print_help(), 2)[1])
    return grp.add_subparsers(dest="action", metavar=_("LỆNH"), parser_class=Parser)


def register(sub: Any, add: Add, common: argparse.ArgumentParser) -> None:
    psub = _group(sub, common, "fileplan", _("danh mục hồ sơ hằng năm (Phụ lục V)"))
    sp = add("add", cmd_plan_add, _("thêm một hồ sơ vào danh mục hồ sơ của năm"), psub)
    sp.add_argument("--year", required=True, metavar="Y")
    sp.add_argument("--code", required=True, metavar="CODE", help=_("số và ký hiệu hồ sơ, "
                                                                      "ví dụ 01.TCCB"))
    sp.add_argument("--title", required=True, metavar="TEXT", help=_("tiêu đề hồ sơ"))
    sp.add_argument("--retention", required=True, metavar=_("“Vĩnh viễn”|N"),
                    help=_("thời hạn bảo quản: Vĩnh viễn hoặc số năm"))
    sp.add_argument("--heading", metavar="TEXT",
                    help=_("đề mục, ví dụ “I. Tổ chức, cán bộ” hoặc “I > 1. Tuyển dụng”"))
    sp.add_argument("--keeper", metavar="USER", help=_("đơn vị hoặc người lập hồ sơ"))
    sp.add_argument("--note", metavar="TEXT", help=_("ghi chú"))
    sp.add_argument("--construction", action="store_true",
                    help=_("hồ sơ xây dựng cơ bản (nộp lưu 03 tháng sau quyết toán)"))
    sp.add_argument("--amend", action="store_true",
                    help=_("bổ sung danh mục đã duyệt (lãnh đạo; tính là một lần duyệt mới)"))
    sp = add("list", cmd_plan_list, _("xem danh mục hồ sơ của năm"), psub)
    sp.add_argument("--year", required=True, metavar="Y")
    sp = add("approve", cmd_plan_approve, _("duyệt danh mục hồ sơ (lãnh đạo)"), psub)
    sp.add_argument("--year", required=True, metavar="Y")
    sp = add("copy", cmd_plan_copy, _("lập dự thảo danh mục từ danh mục năm trước"), psub)
    sp.add_argument("--from", dest="source", required=True, metavar="Y")
    sp.add_argument("--to", dest="target", required=True, metavar="Y2")
    sp = add("print", cmd_plan_print, _("in danh mục hồ sơ ra PDF hoặc Excel"), psub)
    sp.add_argument("--year", required=True, metavar="Y")
    sp.add_argument("--out", required=True, metavar="FILE.pdf|.xlsx")

    csub = _group(sub, common, "casefile", _("hồ sơ công việc"))
    sp = add("open", cmd_open, _("lập hồ sơ theo danh mục (hoặc ngoài danh mục)"), csub)
    sp.add_argument("code", metavar="CODE")
    sp.add_argument("--year", required=True, metavar="Y")
    sp.add_argument("--title", metavar="TEXT", help=_("tiêu đề hồ sơ (mặc định: theo danh mục)"))
    sp.add_argument("--outside-plan", action="store_true", help=_("hồ sơ ngoài danh mục"))
    sp.add_argument("--retention", metavar=_("“Vĩnh viễn”|N"),
                    help=_("thời hạn bảo quản của hồ sơ ngoài danh mục (mặc định: Vĩnh viễn)"))
    sp.add_argument("--construction", action="store_true", help=_("hồ sơ xây dựng cơ bản"))
    sp.add_argument("--note", metavar="TEXT", help=_("ghi chú"))
    sp = add("add", cmd_add, _("đưa văn bản (mã văn bản hoặc mã hồ sơ một cửa) vào hồ sơ"), csub)
    sp.add_argument("code", metavar="CODE")
    sp.add_argument("doc_ids", nargs="+", metavar="DOC_ID")
    sp.add_argument("--year", metavar="Y")
    sp = add("show", cmd_show, _("xem hồ sơ và mục lục văn bản"), csub)
    sp.add_argument("code", metavar="CODE")
    sp.add_argument("--year", metavar="Y")
    sp = add("list", cmd_list, _("liệt kê hồ sơ"), csub)
    sp.add_argument("--year", metavar="Y")
    sp = add("move", cmd_move, _("đổi thứ tự một văn bản trong hồ sơ"), csub)
    sp.add_argument("code", metavar="CODE")
    sp.add_argument("doc_id", metavar="DOC_ID")
    sp.add_argument("--to", required=True, type=positive_int, metavar="N")
    sp.add_argument("--year", metavar="Y")
    sp = add("remove", cmd_remove, _("bỏ một văn bản khỏi hồ sơ đang mở"), csub)
    sp.add_argument("code", metavar="CODE")
    sp.add_argument("doc_id", metavar="DOC_ID")
    sp.add_argument("--year", metavar="Y")
    sp = add("close", cmd_close, _("đóng hồ sơ khi kết thúc công việc"), csub)
    sp.add_argument("code", metavar="CODE")
    sp.add_argument("--end", required=True, metavar="YYYY-MM-DD")
    sp.add_argument("--settled", metavar="YYYY-MM-DD",
                    help=_("ngày quyết toán (hồ sơ xây dựng cơ bản)"))
    sp.add_argument("--year", metavar="Y")
    sp = add("reopen", cmd_reopen, _("mở lại hồ sơ đã đóng (lãnh đạo)"), csub)
    sp.add_argument("code", metavar="CODE")
    sp.add_argument("--reason", required=True, metavar="TEXT")
    sp.add_argument("--year", metavar="Y")
    sp = add("export", cmd_export, _("xuất hồ sơ ra thư mục (hoặc tệp .zip): các PDF theo thời gian và tệp XML"),
             csub)
    sp.add_argument("code", metavar="CODE")
    sp.add_argument("--out", required=True, metavar="DIR|FILE.zip")
    sp.add_argument("--year", metavar="Y")
    sp = add("import", cmd_import, _("nhập hồ sơ từ thư mục (hoặc tệp .zip) xuất của cơ quan khác"), csub)
    sp.add_argument("dir", metavar="DIR|FILE.zip")

    asub = _group(sub, common, "archive", _("nộp lưu hồ sơ vào lưu trữ cơ quan"))
    sp = add("due", cmd_due, _("hồ sơ đến hạn nộp lưu trong 30 ngày hoặc đã quá hạn"), asub)
    sp.add_argument("--today", metavar="YYYY-MM-DD")
    sp = add("handover", cmd_handover,
             _("nộp lưu hồ sơ: in mục lục và biên bản giao nhận (mỗi loại 02 bản)"), asub)
    sp.add_argument("codes", nargs="+", metavar="CODE")
    sp.add_argument("--out", required=True, metavar="DIR")
    sp.add_argument("--year", metavar="Y")
