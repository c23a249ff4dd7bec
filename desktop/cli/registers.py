"""``vanthu incoming …``, ``outgoing …``, ``show``, ``edit``, ``export``, ``cancel``, ``search``,
``import-register``, ``book``: the registers of incoming and outgoing documents."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from desktop.cli.common import Add, Parser, emit, open_office, positive_int, record_id, year_arg
from desktop.core.i18n import _


def _view_line(v: Any) -> str:
    mark = " [" + _("ĐÃ HỦY") + "]" if v.cancelled else ""
    if v.direction == "den":
        return (
            f"#{v.id}  {_('Số đến')} {v.number_text}/{v.year}  {v.received_date:%d/%m/%Y}  "
            f"{v.symbol}  {v.organ_name} — {v.type_name}: {v.subject}{mark}"
        )
    return f"#{v.id}  {v.symbol}  {v.issued_date:%d/%m/%Y}  {v.type_name}: {v.subject}{mark}"


def _brief(v: Any) -> dict[str, Any]:
    data = {"id": v.id, "year": v.year, "symbol": v.symbol, "warnings": list(v.warnings)}
    if v.direction == "den":
        data["arrival_number"] = v.number
        data["arrival_number_text"] = v.number_text
    else:
        data["number"] = v.number
        data["number_text"] = v.number_text
    return data


def cmd_incoming_add(args: argparse.Namespace) -> int:
    from desktop.core.clock import vn_today
    from desktop.digitise.inbox import registration_files
    from desktop.registers.registry import IncomingInput, register_incoming

    with open_office(args) as office, registration_files(
            [Path(p) for p in args.file or []]) as files:
        view = register_incoming(
            office,
            IncomingInput(
                received=vn_today() if args.received is None else args.received,
                organ_name=args.sender,
                symbol=args.symbol,
                issued=args.date,
                type_name=args.type,
                subject=args.summary,
                recipients=args.to or "",
                urgency=args.urgency,
                secrecy=args.secret,
                due=args.due,
                handler=args.handler or "",
                notes=args.notes or "",
                electronic=args.electronic,
                files=files,
            ),
        )

    def text() -> str:
        lines = [_("Đã đăng ký văn bản đến số {num} năm {year} (mã {id}).",
                   num=view.number_text, year=view.year, id=view.id)]
        lines += [_("Cảnh báo: {text}", text=w) for w in view.warnings]
        return "\n".join(lines)

    emit(args, _brief(view), text)
    return 0


def cmd_outgoing_add(args: argparse.Namespace) -> int:
    from desktop.digitise.inbox import registration_files
    from desktop.registers.registry import OutgoingInput, register_outgoing

    with open_office(args) as office, registration_files(
            [Path(p) for p in args.file or []]) as files:
        view = register_outgoing(
            office,
            OutgoingInput(
                issued=args.date,
                type_name=args.type,
                subject=args.summary,
                signer_name=args.signer,
                signer_title=args.signer_title,
                drafting_unit=args.unit or "",
                recipients=args.to or "",
                copies=args.copies,
                archive_unit=args.archive or "",
                urgency=args.urgency,
                secrecy=args.secret,
                notes=args.notes or "",
                files=files,
            ),
        )
    emit(args, _brief(view), _("Đã đăng ký văn bản đi {symbol} (mã {id}).",
                               symbol=view.symbol, id=view.id))
    return 0


def _list(args: argparse.Namespace, direction: str) -> int:
    from desktop.registers.registry import ListQuery, list_documents
    from models.entities import Direction

    with open_office(args) as office:
        rows = list_documents(
            office, ListQuery(Direction(direction), year=args.year, limit=args.limit)
        )
    emit(args, [r.to_dict() for r in rows],
         lambda: "\n".join(_view_line(r) for r in rows) or _("Không có văn bản nào."))
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    from desktop.cli.process import processing_lines
    from desktop.processing.reading import processing_json
    from desktop.registers.edit import history
    from desktop.registers.registry import get_document

    with open_office(args) as office:
        v = get_document(office, args.id)
        data = v.to_dict()
        from desktop.interchange.records import interchange_of

        # a masked document shows no package, instruction or correction: they carry content
        inter = None if v.masked else interchange_of(office, args.id)
        if inter is not None:
            data["interchange"] = inter
        data["processing"] = None if v.masked else processing_json(office, args.id)
        changes = history(office, args.id)
        data["history"] = [c.to_dict() for c in changes]

    def text() -> str:
        lines = [_view_line(v)]
        if v.masked:
            lines.append(_("Văn bản {level}: chỉ những người được cấp quyền, người xử lý và "
                           "người đăng ký mới xem được nội dung.", level=v.secrecy_label))
        if v.cancelled and not v.masked:
            lines.append(_("Lý do hủy: {reason}", reason=v.cancel_reason))
        for f in v.files:
            lines.append(f"  {f.name}  {f.size} B  {f.media_type}  sha256={f.sha256}")
        if inter is not None:
            from desktop.cli.interchange_text import interchange_lines

            lines += interchange_lines(inter)
        lines += processing_lines(data["processing"])
        lines += [_change_line(c) for c in changes]
        return "\n".join(lines)

    emit(args, data, text)
    return 0


def _change_line(c: Any) -> str:
    from desktop.registers.edit import FIELD_LABELS

    fields = "; ".join(
        _("{label}: “{before}” → “{after}”", label=_(FIELD_LABELS.get(k, k)),
          before=c.before.get(k, ""), after=v)
        for k, v in c.after.items()
    )
    return _("  Sửa lúc {time} UTC bởi {actor} (lý do: {reason}): {fields}",
             time=f"{c.at:%Y-%m-%d %H:%M}", actor=c.actor, reason=c.reason, fields=fields)


def cmd_edit(args: argparse.Namespace) -> int:
    from desktop.registers.edit import edit_document, history, parse_sets

    changes = parse_sets(args.set or [])
    with open_office(args) as office:
        v = edit_document(office, args.id, changes, args.reason)
        done = history(office, args.id)[-1]
    emit(args, v.to_dict() | {"change": done.to_dict()},
         lambda: _("Đã sửa văn bản mã {id}.", id=v.id) + "\n" + _change_line(done))
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from desktop.registers.registry import export

    with open_office(args) as office:
        paths = export(office, args.id, Path(args.out))
    emit(args, {"id": args.id, "files": [str(p) for p in paths]},
         lambda: "\n".join(str(p) for p in paths))
    return 0


def cmd_cancel(args: argparse.Namespace) -> int:
    from desktop.registers.registry import cancel

    with open_office(args) as office:
        v = cancel(office, args.id, args.reason)
    emit(args, v.to_dict(), _("Đã hủy đăng ký văn bản mã {id}; số {num} được giữ lại, không dùng lại.",
                              id=v.id, num=v.number_text))
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    from desktop.registers.search import search_hits

    with open_office(args) as office:
        hits = search_hits(office, args.text, limit=args.limit)
    emit(args, [h.to_dict() for h in hits],
         lambda: "\n".join(f"{_view_line(h.document)}\n    {h.snippet}" for h in hits)
         or _("Không tìm thấy văn bản nào."))
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from desktop.registers.importer import import_register

    office = open_office(args)
    try:
        result = import_register(
            office,
            args.register,
            Path(args.file),
            files_dir=Path(args.files_dir) if args.files_dir else None,
            skip_bad_rows=args.skip_bad_rows,
            skip_duplicates=args.skip_duplicates,
            sheet=args.sheet,
        )
    finally:
        office.close()

    def text() -> str:
        lines = [_("Đã nhập {n} dòng vào sổ ({skipped} dòng lỗi bị bỏ qua).",
                   n=result.imported, skipped=len(result.errors))]
        if result.duplicates:
            lines.append(_("Bỏ qua {n} dòng đã có trong sổ.", n=result.duplicates))
        lines += result.notes
        lines += [_("Dòng {row}, cột “{column}”: {reason}", row=r, column=c, reason=m)
                  for r, c, m in result.errors]
        return "\n".join(lines)

    emit(args, result.to_dict(), text)
    return 0


def cmd_book(args: argparse.Namespace) -> int:
    from desktop.registers.book import write_book

    if args.register == "post":  # Sổ gửi văn bản đi bưu điện (issue 16)
        from desktop.cli.drafting import cmd_post_book

        return cmd_post_book(args)

    office = open_office(args)
    try:
        out = write_book(office, args.register, args.year, Path(args.out))
    finally:
        office.close()
    emit(args, {"out": str(out.path), "rows": out.rows, "pages": out.pages,
                "masked": out.masked},
         _("Đã in sổ ra {path} ({rows} văn bản, {pages} trang).",
           path=str(out.path), rows=out.rows, pages=out.pages))
    return 0


# -- parser -------------------------------------------------------------------------------
def _doc_options(sp: argparse.ArgumentParser) -> None:
    sp.add_argument("--urgency", choices=["thuong", "khan", "thuong-khan", "hoa-toc"],
                    help=_("độ khẩn"))
    sp.add_argument("--secret", choices=["mat", "toi-mat", "tuyet-mat"], help=_("độ mật"))
    sp.add_argument("--notes", help=_("ghi chú"))
    sp.add_argument("--file", nargs="+", metavar="PATH", action="extend",
                    help=_("tệp đính kèm (có thể nhiều tệp)"))


def register(sub: Any, add: Add, common: argparse.ArgumentParser) -> None:
    for direction, label in (("incoming", _("văn bản đến")), ("outgoing", _("văn bản đi"))):
        grp = sub.add_parser(direction, help=_("sổ {label}", label=label), parents=[common])
        gsub = grp.add_subparsers(dest="action", metavar=_("LỆNH"), parser_class=Parser)
        grp.set_defaults(run_command=lambda a, g=grp: (g.print_help(), 2)[1])
        if direction == "incoming":
            sp = add("add", cmd_incoming_add, _("đăng ký văn bản đến"), gsub)
            sp.add_argument("--received", metavar="DATE", help=_("ngày đến (mặc định hôm nay)"))
            sp.add_argument("--from", dest="sender", required=True, metavar="TEXT",
                            help=_("tác giả (cơ quan ban hành)"))
            sp.add_argument("--symbol", required=True, help=_("số, ký hiệu văn bản, ví dụ 101/QĐ-UBND"))
            sp.add_argument("--date", required=True, metavar="DATE", help=_("ngày tháng văn bản"))
            sp.add_argument("--type", required=True, help=_("tên loại văn bản, ví dụ “Quyết định”"))
            sp.add_argument("--summary", required=True, metavar="TEXT", help=_("trích yếu nội dung"))
            sp.add_argument("--to", metavar="TEXT", help=_("đơn vị hoặc người nhận"))
            sp.add_argument("--due", metavar="DATE", help=_("hạn giải quyết"))
            sp.add_argument("--handler", metavar="TEXT", help=_("người xử lý"))
            sp.add_argument("--electronic", action="store_true",
                            help=_("văn bản nhận qua mạng (điện tử)"))
            _doc_options(sp)
            sp = add("list", lambda a: _list(a, "den"), _("liệt kê sổ văn bản đến"), gsub)
        else:
            sp = add("add", cmd_outgoing_add, _("đăng ký văn bản đi (cấp số)"), gsub)
            sp.add_argument("--date", required=True, metavar="DATE", help=_("ngày tháng văn bản"))
            sp.add_argument("--type", required=True, help=_("tên loại văn bản"))
            sp.add_argument("--summary", required=True, metavar="TEXT", help=_("trích yếu nội dung"))
            sp.add_argument("--signer", required=True, metavar="NAME", help=_("người ký"))
            sp.add_argument("--signer-title", required=True, metavar="TITLE",
                            help=_("chức vụ người ký"))
            sp.add_argument("--unit", help=_("đơn vị soạn thảo (công văn), ví dụ VP"))
            sp.add_argument("--to", metavar="TEXT", help=_("nơi nhận"))
            sp.add_argument("--copies", type=positive_int, metavar="N", help=_("số lượng bản"))
            sp.add_argument("--archive", metavar="TEXT", help=_("đơn vị, người nhận bản lưu"))
            _doc_options(sp)
            from desktop.cli.drafting import add_outgoing_commands

            add_outgoing_commands(add, gsub)  # outgoing link, links (issue 16)
            sp = add("list", lambda a: _list(a, "di"), _("liệt kê sổ văn bản đi"), gsub)
        sp.add_argument("--year", type=year_arg, help=_("năm"))
        sp.add_argument("--limit", type=positive_int, help=_("số dòng tối đa"))

    sp = add("show", cmd_show, _("xem một văn bản và các tệp của nó"))
    sp.add_argument("id", type=record_id)
    sp = add("export", cmd_export, _("xuất các tệp hiện hành của văn bản ra thư mục"))
    sp.add_argument("id", type=record_id)
    sp.add_argument("--out", required=True, metavar="DIR")
    sp = add("edit", cmd_edit, _("sửa một văn bản đã đăng ký (trừ số, năm, sổ), có lý do"))
    sp.add_argument("id", type=record_id)
    sp.add_argument("--set", action="append", metavar="KEY=VALUE",
                    help=_("trường cần sửa và giá trị mới, KEY là khóa của “vanthu show ID "
                           "--json” (subject, organ_name, symbol, issued_date, …); "
                           "lặp lại cho nhiều trường"))
    sp.add_argument("--reason", required=True, metavar="TEXT", help=_("lý do sửa"))
    sp = add("cancel", cmd_cancel, _("hủy đăng ký (giữ số, đánh dấu hủy)"))
    sp.add_argument("id", type=record_id)
    sp.add_argument("--reason", required=True, metavar="TEXT", help=_("lý do hủy"))
    sp = add("search", cmd_search, _("tìm văn bản (không phân biệt dấu, hoa thường)"))
    sp.add_argument("text")
    sp.add_argument("--limit", type=positive_int, default=50)
    sp = add("import-register", cmd_import, _("nhập sổ cũ từ tệp .xlsx hoặc .csv"))
    sp.add_argument("register", choices=["incoming", "outgoing"])
    sp.add_argument("file")
    sp.add_argument("--files-dir", metavar="DIR", help=_("thư mục chứa các tệp ở cột “Tệp”"))
    sp.add_argument("--skip-bad-rows", action="store_true", help=_("bỏ qua dòng lỗi, nhập các dòng đúng"))
    sp.add_argument("--skip-duplicates", action="store_true",
                    help=_("bỏ qua các dòng đã có trong sổ thay vì từ chối cả tệp"))
    sp.add_argument("--sheet", metavar="NAME",
                    help=_("chỉ nhập trang tính này (mặc định: mọi trang tính hiện)"))
    sp = add("book", cmd_book, _("in sổ đăng ký của một năm ra PDF (A4 ngang)"))
    sp.add_argument("register", choices=["incoming", "outgoing", "post"])
    sp.add_argument("--year", type=year_arg, required=True)
    sp.add_argument("--out", required=True, metavar="FILE.pdf")
