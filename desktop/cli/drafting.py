"""``vanthu draft …``, ``issue``, ``dispatch``; ``outgoing link`` and ``book post`` are added to
the register commands from here (:func:`add_outgoing_commands`, :func:`cmd_post_book`).

``vanthu sign DT-<id> --as signer`` (in :mod:`desktop.cli.signatures`) signs a draft."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from desktop.cli.common import Add, Parser, emit, open_office, record_id
from desktop.cli.signatures import _key_spec, _read_file, add_key_options, add_pin_option
from desktop.core.i18n import N_, _


def _draft_id(text: str) -> int:
    from desktop.drafting.service import parse_draft_ref

    return parse_draft_ref(text)


def _line(v: Any) -> str:
    tail = f"  → {v.symbol}" if v.symbol else ""
    return (f"{v.ref}  [{v.status_text}]  v{v.version}  {v.type_name}: {v.subject}  "
            f"({_('người ký')}: {v.signer_name or v.signer}){tail}")


def _warnings(v: Any) -> list[str]:
    return [_("Cảnh báo: {text}", text=w) for w in v.warnings]


def cmd_add(args: argparse.Namespace) -> int:
    from desktop.drafting.service import DraftInput, create_draft

    with open_office(args) as office:
        v = create_draft(office, DraftInput(
            type_name=args.type, subject=args.summary, signer=args.signer, file=Path(args.file),
            drafting_unit=args.unit or "", recipients=args.to or "", urgency=args.urgency,
            secrecy=args.secrecy))
    emit(args, {"id": v.id, "ref": v.ref, "status": v.status, "version": v.version,
                "warnings": list(v.warnings)},
         lambda: "\n".join([_("Đã tạo dự thảo {ref} (phiên bản {n}).", ref=v.ref, n=v.version),
                            *_warnings(v)]))
    return 0


def cmd_version(args: argparse.Namespace) -> int:
    from desktop.drafting.service import add_version

    with open_office(args) as office:
        v = add_version(office, _draft_id(args.id), Path(args.file))
    emit(args, {"id": v.id, "ref": v.ref, "status": v.status, "version": v.version,
                "warnings": list(v.warnings)},
         lambda: "\n".join([_("Đã thêm phiên bản {n} cho dự thảo {ref}.", ref=v.ref,
                              n=v.version), *_warnings(v)]))
    return 0


def _simple(args: argparse.Namespace, action: Any, message: str, *extra: Any) -> int:
    with open_office(args) as office:
        v = action(office, _draft_id(args.id), *extra)
    emit(args, {"id": v.id, "ref": v.ref, "status": v.status, "version": v.version},
         _(message, ref=v.ref))
    return 0


def cmd_submit(args: argparse.Namespace) -> int:
    from desktop.drafting.service import submit

    return _simple(args, submit, N_("Đã trình duyệt dự thảo {ref}."))


def cmd_approve(args: argparse.Namespace) -> int:
    from desktop.drafting.service import approve

    return _simple(args, approve, N_("Đã duyệt dự thảo {ref}."))


def cmd_return(args: argparse.Namespace) -> int:
    from desktop.drafting.service import return_draft

    return _simple(args, return_draft, N_("Đã trả lại dự thảo {ref}."), args.reason)


def cmd_list(args: argparse.Namespace) -> int:
    from desktop.drafting.service import list_drafts

    with open_office(args) as office:
        rows = list_drafts(office)
    emit(args, [r.to_dict() for r in rows],
         lambda: "\n".join(_line(r) for r in rows) or _("Chưa có dự thảo nào."))
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    from desktop.drafting.service import get_draft

    with open_office(args) as office:
        v = get_draft(office, _draft_id(args.id))

    def text() -> str:
        lines = [_line(v)]
        for ver in v.versions:
            lines.append("  " + _("Phiên bản {n}: {name} ({user}, {at})", n=ver.version,
                                  name=ver.name, user=ver.added_by,
                                  at=ver.added_at.strftime("%d/%m/%Y %H:%M")))
            lines += ["    " + _("Cảnh báo: {text}", text=p) for p in ver.problems]
        for ev in v.history:
            comment = f" — {ev.comment}" if ev.comment else ""
            lines.append(f"  {ev.at:%d/%m/%Y %H:%M}  {ev.actor}  {ev.action}  v{ev.version}"
                         f"{comment}")
        return "\n".join(lines)

    emit(args, v.to_dict(), text)
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from desktop.drafting.check import check_pdf

    report = check_pdf(_read_file(args.file))

    def text() -> str:
        if report.ok:
            return _("Tệp {path} đúng thể thức Phụ lục I (khổ giấy, lề, dòng số và ngày).",
                     path=args.file)
        return "\n".join([_("Tệp {path} khác Phụ lục I ở {n} điểm:", path=args.file,
                            n=len(report.problems)),
                          *[f"  - {p}" for p in report.problems]])

    emit(args, {"file": args.file, **report.to_dict()}, text)
    return 0  # a warning, never a refusal


def cmd_issue(args: argparse.Namespace) -> int:
    from desktop.drafting.issue import issue_draft
    from signing.keys import close_all

    image = _read_file(args.image) if args.image else None
    key = _key_spec(args)
    office = open_office(args)
    try:
        with office.unit():
            result = issue_draft(office, _draft_id(args.id), key, seal_png=image,
                                 issued=args.date)
    finally:
        office.close()
        close_all()
    emit(args, result.to_dict(),
         _("Đã phát hành văn bản {symbol} ngày {date} (mã {id}) từ dự thảo DT-{draft}.",
           symbol=result.symbol, date=result.issued_date.strftime("%d/%m/%Y"),
           id=result.document_id, draft=result.draft_id))
    return 0


def cmd_dispatch(args: argparse.Namespace) -> int:
    from desktop.drafting.dispatch import dispatch, via_label

    with open_office(args) as office:
        info = dispatch(office, args.id, args.to, args.via, args.date, args.receipt or "")
    emit(args, info.to_dict(), _("Đã ghi chuyển văn bản {symbol} đến {to} ({via}, ngày {date}).",
                                 symbol=info.symbol, to=info.recipient, via=via_label(info.via),
                                 date=info.sent_date.strftime("%d/%m/%Y")))
    return 0


def cmd_link(args: argparse.Namespace) -> int:
    from desktop.drafting.dispatch import link, link_label

    kind, other = next((k, v) for k, v in (("dinh-chinh", args.corrects),
                                           ("thay-the", args.replaces),
                                           ("thu-hoi", args.recalls)) if v is not None)
    with open_office(args) as office:
        info = link(office, args.id, kind, other, args.reason or "")
    emit(args, info.to_dict(), _("Đã ghi: văn bản {a} {kind} văn bản {b}.",
                                 a=info.document_symbol, kind=link_label(info.kind),
                                 b=info.other_symbol))
    return 0


def cmd_links(args: argparse.Namespace) -> int:
    from desktop.drafting.dispatch import link_label, links_of

    with open_office(args) as office:
        rows = links_of(office, args.id)
    emit(args, [r.to_dict() for r in rows], lambda: "\n".join(
        _("Văn bản {a} {kind} văn bản {b}.", a=r.document_symbol, kind=link_label(r.kind),
          b=r.other_symbol) for r in rows) or _("Không có liên kết nào."))
    return 0


def cmd_post_book(args: argparse.Namespace) -> int:
    """``vanthu book post --year Y --out FILE.pdf``, called from ``vanthu book``."""
    from desktop.drafting.dispatch import write_post_book

    with open_office(args) as office:
        out = write_post_book(office, args.year, Path(args.out))
    emit(args, {"out": str(out.path), "rows": out.rows, "pages": out.pages,
                "masked": out.masked},
         _("Đã in sổ gửi văn bản đi bưu điện ra {path} ({rows} lượt gửi, {pages} trang).",
           path=str(out.path), rows=out.rows, pages=out.pages))
    return 0


# --------------------------------------------------------------------------- parser


def _key_options(sp: argparse.ArgumentParser) -> None:
    add_key_options(sp, required=True)
    add_pin_option(sp)


def add_outgoing_commands(add: Add, gsub: Any) -> None:
    """``vanthu outgoing link`` and ``outgoing links`` (called by the register commands)."""
    sp = add("link", cmd_link, _("ghi văn bản đi đính chính, thay thế hoặc thu hồi văn bản khác"),
             gsub)
    sp.add_argument("id", type=record_id, help=_("mã văn bản đi"))
    kind = sp.add_mutually_exclusive_group(required=True)
    kind.add_argument("--corrects", type=record_id, metavar="OTHER_ID", help=_("đính chính văn bản"))
    kind.add_argument("--replaces", type=record_id, metavar="OTHER_ID", help=_("thay thế văn bản"))
    kind.add_argument("--recalls", type=record_id, metavar="OTHER_ID", help=_("thu hồi văn bản"))
    sp.add_argument("--reason", metavar="TEXT", help=_("lý do"))
    sp = add("links", cmd_links, _("liệt kê liên kết của một văn bản (cả hai chiều)"), gsub)
    sp.add_argument("id", type=record_id)


def register(sub: Any, add: Add, common: argparse.ArgumentParser) -> None:
    grp = add("draft", lambda a: 2, _("dự thảo văn bản đi (soạn, trình, duyệt, trả lại)"),
              parent=sub)
    grp.set_defaults(run_command=lambda a, g=grp: (g.print_help(), 2)[1])
    dsub = grp.add_subparsers(dest="action", metavar=_("LỆNH"), parser_class=Parser)

    sp = add("add", cmd_add, _("tạo dự thảo (cán bộ, văn thư)"), dsub)
    sp.add_argument("--type", required=True, help=_("tên loại văn bản"))
    sp.add_argument("--summary", required=True, metavar="TEXT", help=_("trích yếu nội dung"))
    sp.add_argument("--signer", required=True, metavar="USER",
                    help=_("tài khoản lãnh đạo sẽ ký"))
    sp.add_argument("--unit", help=_("đơn vị soạn thảo, ví dụ VP"))
    sp.add_argument("--to", metavar="TEXT", help=_("nơi nhận"))
    sp.add_argument("--urgency", choices=["thuong", "khan", "thuong-khan", "hoa-toc"],
                    help=_("độ khẩn"))
    sp.add_argument("--secrecy", choices=["mat", "toi-mat", "tuyet-mat"], help=_("độ mật"))
    sp.add_argument("--file", required=True, metavar="DRAFT.pdf", help=_("tệp PDF dự thảo"))
    sp = add("version", cmd_version, _("tải lên phiên bản mới của dự thảo"), dsub)
    sp.add_argument("id", metavar="ID")
    sp.add_argument("--file", required=True, metavar="NEW.pdf")
    for name, handler, help_text in (
        ("submit", cmd_submit, _("trình lãnh đạo duyệt")),
        ("approve", cmd_approve, _("duyệt dự thảo (lãnh đạo)")),
        ("show", cmd_show, _("xem dự thảo, các phiên bản và lịch sử")),
    ):
        sp = add(name, handler, help_text, dsub)
        sp.add_argument("id", metavar="ID")
    sp = add("return", cmd_return, _("trả lại dự thảo kèm ý kiến (lãnh đạo)"), dsub)
    sp.add_argument("id", metavar="ID")
    sp.add_argument("--reason", required=True, metavar="TEXT", help=_("ý kiến khi trả lại"))
    add("list", cmd_list, _("liệt kê dự thảo"), dsub)
    sp = add("check", cmd_check, _("kiểm tra thể thức Phụ lục I của tệp PDF (chỉ cảnh báo)"),
             dsub)
    sp.add_argument("file", metavar="FILE.pdf")

    sp = add("issue", cmd_issue, _("phát hành dự thảo đã ký: cấp số, ghi số và ngày, ký số của "
                                   "cơ quan, vào sổ văn bản đi (văn thư)"), parent=sub)
    sp.add_argument("id", metavar="ID", help=_("mã dự thảo"))
    _key_options(sp)
    sp.add_argument("--image", metavar="PNG", help=_("ảnh con dấu chỉ dùng cho lần ký này"))
    sp.add_argument("--date", metavar="YYYY-MM-DD", help=_("ngày ban hành (mặc định hôm nay)"))

    sp = add("dispatch", cmd_dispatch, _("ghi chuyển một bản văn bản đi (văn thư)"), parent=sub)
    sp.add_argument("id", type=record_id, help=_("mã văn bản đi"))
    sp.add_argument("--to", required=True, metavar="TEXT", help=_("nơi nhận"))
    sp.add_argument("--via", required=True, choices=["buu-dien", "truc-tiep", "dien-tu"],
                    help=_("cách gửi: bưu điện, trực tiếp, điện tử"))
    sp.add_argument("--date", metavar="YYYY-MM-DD", help=_("ngày chuyển (mặc định hôm nay)"))
    sp.add_argument("--receipt", metavar="TEXT", help=_("số biên lai bưu điện, người ký nhận"))
