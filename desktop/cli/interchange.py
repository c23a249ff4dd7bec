"""``vanthu edxml …`` (electronic interchange, QCVN 102:2016) and ``vanthu agency …`` (the
directory of agencies with their codes).

``edxml import`` without ``--yes`` only shows what the package would become and registers
nothing (exit 0); with ``--yes`` it registers and prints the registration as ``incoming add``
does, plus the ``interchange`` object. A refused package exits 2 (3 when a revocation names a
document never received) and leaves everything as it was.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from desktop.cli.common import Add, Parser, emit, open_office, record_id
from desktop.cli.interchange_text import WRITABLE_STATUS, checks_lines, sig_label
from desktop.cli.signatures import add_key_options, add_pin_option
from desktop.core.i18n import _


def cmd_import(args: argparse.Namespace) -> int:
    from desktop.core.validate import parse_date
    from desktop.interchange.receive import read_file, read_package, register_package

    path = Path(args.file)
    data = read_file(path)
    received = parse_date(args.received, "received") if args.received else None
    with open_office(args) as office:
        if not args.yes:
            reading = read_package(office, data, path.name, received)
            preview = reading.to_dict() | {"registered": False}

            def preview_text() -> str:
                f = reading.fields
                lines = [_("Xem trước (chưa đăng ký; thêm --yes để đăng ký):"),
                         _("  Tác giả: {v}", v=f["organ_name"]),
                         _("  Số, ký hiệu: {v}", v=f["symbol"]),
                         _("  Ngày văn bản: {v}", v=f["issued"].strftime("%d/%m/%Y")),
                         _("  Loại: {v}", v=f["type_name"]),
                         _("  Trích yếu: {v}", v=f["subject"])]
                lines += checks_lines(reading.interchange())
                lines += [_("Cảnh báo: {text}", text=w) for w in reading.warnings]
                return "\n".join(lines)

            emit(args, preview, preview_text)
            return 0
        result = register_package(office, data, path.name, received)
    view, inter = result.view, result.reading.interchange()
    from desktop.cli.registers import _brief

    data_out = _brief(view) | {"warnings": list(result.warnings), "registered": result.registered,
                               "interchange": inter}

    def text() -> str:
        if result.registered:
            lines = [_("Đã đăng ký văn bản đến số {num} năm {year} (mã {id}).",
                       num=view.number_text, year=view.year, id=view.id)]
        else:
            lines = [_("Đã thu hồi văn bản mã {id} (số đến {num} năm {year}); văn bản được giữ "
                       "lại, đánh dấu thu hồi.", id=view.id, num=view.number_text, year=view.year)]
        lines += checks_lines(inter)
        lines += [_("Cảnh báo: {text}", text=w) for w in result.warnings]
        return "\n".join(lines)

    emit(args, data_out, text)
    return 0


def register(sub: Any, add: Add, common: argparse.ArgumentParser) -> None:
    grp = add("edxml", lambda a: 2, _("văn bản điện tử liên thông (gói edXML)"), parent=sub)
    grp.set_defaults(run_command=lambda a, g=grp: (g.print_help(), 2)[1])
    esub = grp.add_subparsers(dest="action", metavar=_("LỆNH"), parser_class=Parser)
    sp = add("import", cmd_import,
             _("tiếp nhận một gói edXML: không có --yes thì chỉ xem trước, không đăng ký "
               "(mã thoát 0)"), parent=esub)
    sp.add_argument("file", metavar="FILE.edxml")
    sp.add_argument("--received", metavar="DATE", help=_("ngày đến (mặc định hôm nay)"))
    sp.add_argument("--yes", action="store_true", help=_("đăng ký luôn, không chỉ xem trước"))
    _register_more(esub, add, sub)


# -- status packages --------------------------------------------------------------------------
def _status_text(r: Any) -> str:
    lines = [_("Trạng thái {code} ({meaning}) cho văn bản mã {id}.", code=r.code,
               meaning=_(r.meaning), id=r.document if r.document is not None else "—")]
    if r.description:
        lines.append(_("  Mô tả: {text}", text=r.description))
    if r.path:
        lines.append(_("  Đã ghi gói: {path}", path=r.path))
    return "\n".join(lines)


def _key(args: argparse.Namespace) -> Any:
    """The organisation key to XML-sign with (--p12 or --pkcs11), or None."""
    if not (args.p12 or args.pkcs11):
        return None
    from desktop.cli.signatures import _key_spec

    return _key_spec(args)


def cmd_status(args: argparse.Namespace) -> int:
    from desktop.interchange.status import write_status

    key = _key(args)
    with open_office(args) as office:
        result = write_status(office, args.id, args.code, Path(args.out), args.description or "",
                              key)
    emit(args, result.to_dict(), lambda: _status_text(result))
    return 0


def cmd_refuse(args: argparse.Namespace) -> int:
    from desktop.interchange.receive import read_file
    from desktop.interchange.status import refuse_package

    data = read_file(Path(args.file))
    key = _key(args)
    with open_office(args) as office:
        result = refuse_package(office, data, args.description, Path(args.out), key)
    emit(args, result.to_dict(), lambda: _status_text(result))
    return 0


def cmd_read_status(args: argparse.Namespace) -> int:
    from desktop.interchange.receive import read_file
    from desktop.interchange.status import read_status

    path = Path(args.file)
    data = read_file(path)
    with open_office(args) as office:
        result = read_status(office, data, path.name)
    emit(args, result.to_dict(), lambda: _status_text(result))
    return 0


# -- export -------------------------------------------------------------------------------------
def cmd_export(args: argparse.Namespace) -> int:
    from desktop.interchange.export import export_document

    key = _key(args)
    with open_office(args) as office:
        written = export_document(office, args.id, list(args.to), Path(args.out), key)
    emit(args, {"id": args.id, "packages": [w.to_dict() for w in written]},
         lambda: "\n".join(_("Đã ghi gói cho {organ} ({code}): {path}", organ=w.organ_name,
                             code=w.organ_id, path=w.path) for w in written))
    return 0


# -- the exchange folder -------------------------------------------------------------------------
def cmd_inbox(args: argparse.Namespace) -> int:
    from desktop.core.validate import parse_date
    from desktop.interchange import folder as exchange

    office = open_office(args)  # each action below is its own unit, committed before the move
    try:
        where = exchange.exchange_folder(office, args.dir)
        if args.register:
            received = parse_date(args.received, "received") if args.received else None
            result = exchange.take(office, where, args.register, received)
            emit(args, result, lambda: _("Đã tiếp nhận gói {name}; chuyển sang {path}.",
                                         name=args.register, path=result["moved_to"]))
            return 0
        if args.refuse:
            result = exchange.refuse(office, where, args.refuse, args.description or "")
            emit(args, result, lambda: _("Đã từ chối gói {name}; gói trạng thái 02: {path}.",
                                         name=args.refuse, path=result["path"]))
            return 0
        report = exchange.scan(office, where)
    finally:
        office.close()

    def text() -> str:
        lines = [_("Thư mục liên thông: {path} (gửi đi: {outbox})", path=report.folder,
                   outbox=report.outbox)]
        lines += [_("Đã chuyển {file} sang {to}: {message}", file=m["file"], to=m["to"],
                    message=m["message"]) for m in report.moved_aside]
        if not report.pending:
            lines.append(_("Không có gói nào đang chờ."))
        for p in report.pending:
            if p.kind == "status":
                lines.append(f"{p.name}  [{p.fields['status_code']}] {p.fields['organ_name']}: "
                             f"{p.fields['meaning']}")
            else:
                sig = sig_label(p.interchange["xml_signature"]["status"])
                lines.append(f"{p.name}  {p.fields['symbol']}  {p.fields['organ_name']} — "
                             f"{p.fields['subject']}  (XML: {sig})")
        return "\n".join(lines)

    emit(args, report.to_dict(), text)
    return 0


# -- agencies -----------------------------------------------------------------------------------
def cmd_agency_add(args: argparse.Namespace) -> int:
    from desktop.interchange.agencies import add_agency

    with open_office(args) as office:
        info = add_agency(office, args.name, args.code)
    emit(args, info.to_dict(), _("Đã lưu cơ quan “{name}”, mã định danh {code}.", name=info.name,
                                 code=info.code))
    return 0


def cmd_agency_list(args: argparse.Namespace) -> int:
    from desktop.interchange.agencies import list_agencies

    with open_office(args) as office:
        rows = list_agencies(office)
    emit(args, [r.to_dict() for r in rows],
         lambda: "\n".join(f"{r.code or '—':<15} {r.name}" for r in rows)
         or _("Danh bạ cơ quan còn trống."))
    return 0


def _key_options(sp: argparse.ArgumentParser) -> None:
    add_key_options(
        sp, required=False,
        p12_help=_("ký gói bằng khóa của cơ quan: tệp PKCS#12 (.p12, .pfx)"),
        pkcs11_help=_("ký gói bằng khóa của cơ quan trên thiết bị ký số (thư viện PKCS#11)"))
    add_pin_option(sp)


def _register_more(esub: Any, add: Add, sub: Any) -> None:
    sp = add("inbox", cmd_inbox, _("thư mục liên thông: gói đang chờ, tiếp nhận hoặc từ chối một "
                                   "gói"), parent=esub)
    sp.add_argument("--dir", metavar="DIR",
                    help=_("thư mục liên thông (mặc định theo cài đặt, hoặc DATA/lien-thong)"))
    act = sp.add_mutually_exclusive_group()
    act.add_argument("--register", metavar="NAME", help=_("tiếp nhận, đăng ký gói có tên này"))
    act.add_argument("--refuse", metavar="NAME",
                     help=_("từ chối gói có tên này (ghi trạng thái 02 vào thư mục gửi đi)"))
    sp.add_argument("--received", metavar="DATE", help=_("ngày đến (mặc định hôm nay)"))
    sp.add_argument("--description", metavar="TEXT", help=_("lý do từ chối"))
    sp = add("status", cmd_status, _("ghi gói trạng thái cho văn bản đến đã nhận qua liên thông"),
             parent=esub)
    sp.add_argument("id", type=record_id, help=_("mã văn bản"))
    sp.add_argument("--code", required=True, choices=list(WRITABLE_STATUS),
                    help=_("02 từ chối, 03 đã tiếp nhận, 04 đã phân công, 05 đang xử lý, "
                           "06 đã hoàn thành"))
    sp.add_argument("--description", metavar="TEXT", help=_("mô tả"))
    sp.add_argument("--out", required=True, metavar="DIR", help=_("thư mục ghi gói"))
    _key_options(sp)
    sp = add("refuse", cmd_refuse,
             _("từ chối tiếp nhận một gói edXML (ghi gói trạng thái 02, không đăng ký)"),
             parent=esub)
    sp.add_argument("file", metavar="FILE.edxml")
    sp.add_argument("--description", required=True, metavar="TEXT", help=_("lý do từ chối"))
    sp.add_argument("--out", required=True, metavar="DIR", help=_("thư mục ghi gói"))
    _key_options(sp)
    sp = add("read-status", cmd_read_status,
             _("đọc gói trạng thái và gắn vào văn bản đi mà nó trả lời"), parent=esub)
    sp.add_argument("file", metavar="FILE.edxml")
    sp = add("export", cmd_export,
             _("xuất văn bản đi đã phát hành thành gói edXML cho từng cơ quan nhận"), parent=esub)
    sp.add_argument("id", type=record_id, help=_("mã văn bản"))
    sp.add_argument("--to", required=True, nargs="+", action="extend", metavar="ORGAN_ID",
                    help=_("mã định danh cơ quan nhận (trong danh bạ)"))
    sp.add_argument("--out", required=True, metavar="DIR", help=_("thư mục ghi gói"))
    _key_options(sp)

    grp = add("agency", lambda a: 2, _("danh bạ cơ quan và mã định danh (liên thông)"), parent=sub)
    grp.set_defaults(run_command=lambda a, g=grp: (g.print_help(), 2)[1])
    asub = grp.add_subparsers(dest="action", metavar=_("LỆNH"), parser_class=Parser)
    sp = add("add", cmd_agency_add, _("thêm cơ quan hoặc gán mã định danh cho cơ quan đã có"),
             parent=asub)
    sp.add_argument("name", metavar=_("TÊN"))
    sp.add_argument("--code", required=True, metavar="ORGAN_ID",
                    help=_("mã định danh, ví dụ 000.00.00.G22"))
    add("list", cmd_agency_list, _("liệt kê danh bạ cơ quan"), parent=asub)
