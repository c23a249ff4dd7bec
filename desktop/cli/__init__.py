"""``vanthu``: the command line. Calls the same services as the window.

Exit codes: 0 success, 1 other domain error, 2 bad input, 3 not found, 4 refused, 5 environment,
6 integrity, 70 unexpected bug (logged with its traceback in the data folder).
"""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import json
import logging
import os
import sys
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from desktop.core.errors import PermissionDenied, RowErrors, UserError, VanThuError
from desktop.core.i18n import _, set_language

log = logging.getLogger("vanthu")
Handler = Callable[[argparse.Namespace], int]


# -- output -------------------------------------------------------------------------------
def _json_default(value: Any) -> Any:
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    if hasattr(value, "to_dict"):
        return value.to_dict()
    raise TypeError(type(value).__name__)


def emit(args: argparse.Namespace, data: Any, text: str | Callable[[], str]) -> None:
    if getattr(args, "json", False):
        print(json.dumps(data, ensure_ascii=False, indent=2, default=_json_default))
    else:
        print(text() if callable(text) else text)


# -- opening the office and signing in ------------------------------------------------------
def _password(prompt: str, env: str) -> str | None:
    value = os.environ.get(env)
    if value is not None:
        return value
    if sys.stdin is None:
        return None
    if sys.stdin.isatty():
        return getpass.getpass(prompt)
    line = sys.stdin.readline()
    return line.rstrip("\n") if line else None


def open_office(args: argparse.Namespace, *, login: bool = True):  # type: ignore[no-untyped-def]
    from desktop.kernel.office import Office

    office = Office.open(args.data, args.db)
    _setup_log_file(office.location.data_dir)
    if login:
        user = args.user or os.environ.get("VANTHU_USER")
        from desktop.kernel.auth import has_accounts

        with office.db.read() as s:
            needs = has_accounts(s)
        if needs:
            if not user:
                raise PermissionDenied(
                    _("Cần đăng nhập: dùng --user TÊN (hoặc biến VANTHU_USER) và mật khẩu.")
                )
            office.sign_in(user, _password(_("Mật khẩu: "), "VANTHU_PASSWORD"))
    return office


def _setup_log_file(data_dir: Path) -> None:
    root = logging.getLogger()
    target = str((data_dir / "vanthu.log").resolve())
    for h in list(root.handlers):
        if isinstance(h, logging.FileHandler):
            if h.baseFilename == target:
                return
            root.removeHandler(h)  # another data folder: its log is not this one
            h.close()
    try:
        handler = logging.FileHandler(data_dir / "vanthu.log", encoding="utf-8")
    except OSError:
        return
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(logging.INFO)


# -- commands -----------------------------------------------------------------------------
def cmd_init(args: argparse.Namespace) -> int:
    from desktop.accounts.organisation import AdminAccount, OrgProfile, initialise

    office = open_office(args, login=False)
    try:
        admin = None
        if args.admin:
            pw = _password(_("Mật khẩu cho tài khoản quản trị: "), "VANTHU_PASSWORD")
            if not pw:
                raise UserError(_("Thiếu mật khẩu cho tài khoản quản trị."), field="password")
            admin = AdminAccount(args.admin, pw, args.full_name or "", args.title or "")
        profile = initialise(
            office,
            OrgProfile(args.org_name, args.org_short, args.place, args.org_code, args.parent),
            admin,
        )
        data = {
            "organisation": profile.to_dict(),
            "data_dir": str(office.location.data_dir),
            "admin": args.admin,
        }
        emit(args, data, _("Đã khởi tạo {name} tại {dir}.", name=profile.name,
                           dir=str(office.location.data_dir)))
    finally:
        office.close()
    return 0


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
    from desktop.registers.registry import IncomingInput, register_incoming

    office = open_office(args)
    try:
        view = register_incoming(
            office,
            IncomingInput(
                received=args.received,
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
                files=[Path(p) for p in args.file or []],
            ),
        )
    finally:
        office.close()

    def text() -> str:
        lines = [_("Đã đăng ký văn bản đến số {num} năm {year} (mã {id}).",
                   num=view.number_text, year=view.year, id=view.id)]
        lines += [_("Cảnh báo: {text}", text=w) for w in view.warnings]
        return "\n".join(lines)

    emit(args, _brief(view), text)
    return 0


def cmd_outgoing_add(args: argparse.Namespace) -> int:
    from desktop.registers.registry import OutgoingInput, register_outgoing

    office = open_office(args)
    try:
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
                files=[Path(p) for p in args.file or []],
            ),
        )
    finally:
        office.close()
    emit(args, _brief(view), _("Đã đăng ký văn bản đi {symbol} (mã {id}).",
                               symbol=view.symbol, id=view.id))
    return 0


def _list(args: argparse.Namespace, direction: str) -> int:
    from desktop.registers.registry import ListQuery, list_documents
    from models.entities import Direction

    office = open_office(args)
    try:
        rows = list_documents(
            office, ListQuery(Direction(direction), year=args.year, limit=args.limit)
        )
    finally:
        office.close()
    emit(args, [r.to_dict() for r in rows],
         lambda: "\n".join(_view_line(r) for r in rows) or _("Không có văn bản nào."))
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    from desktop.registers.registry import get_document

    office = open_office(args)
    try:
        v = get_document(office, args.id)
    finally:
        office.close()

    def text() -> str:
        lines = [_view_line(v)]
        if v.cancelled:
            lines.append(_("Lý do hủy: {reason}", reason=v.cancel_reason))
        for f in v.files:
            lines.append(f"  {f.name}  {f.size} B  {f.media_type}  sha256={f.sha256}")
        return "\n".join(lines)

    emit(args, v.to_dict(), text)
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from desktop.registers.registry import export

    office = open_office(args)
    try:
        paths = export(office, args.id, Path(args.out))
    finally:
        office.close()
    emit(args, {"id": args.id, "files": [str(p) for p in paths]},
         lambda: "\n".join(str(p) for p in paths))
    return 0


def cmd_cancel(args: argparse.Namespace) -> int:
    from desktop.registers.registry import cancel

    office = open_office(args)
    try:
        v = cancel(office, args.id, args.reason)
    finally:
        office.close()
    emit(args, v.to_dict(), _("Đã hủy đăng ký văn bản mã {id}; số {num} được giữ lại, không dùng lại.",
                              id=v.id, num=v.number_text))
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    from desktop.registers.search import search_hits

    office = open_office(args)
    try:
        hits = search_hits(office, args.text, limit=args.limit)
    finally:
        office.close()
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
        )
    finally:
        office.close()

    def text() -> str:
        lines = [_("Đã nhập {n} dòng vào sổ ({skipped} dòng lỗi bị bỏ qua).",
                   n=result.imported, skipped=len(result.errors))]
        lines += [_("Dòng {row}, cột “{column}”: {reason}", row=r, column=c, reason=m)
                  for r, c, m in result.errors]
        return "\n".join(lines)

    emit(args, result.to_dict(), text)
    return 0


def cmd_book(args: argparse.Namespace) -> int:
    from desktop.registers.book import write_book

    office = open_office(args)
    try:
        out = write_book(office, args.register, args.year, Path(args.out))
    finally:
        office.close()
    emit(args, {"out": str(out.path), "rows": out.rows, "pages": out.pages},
         _("Đã in sổ ra {path} ({rows} văn bản, {pages} trang).",
           path=str(out.path), rows=out.rows, pages=out.pages))
    return 0


def cmd_user_add(args: argparse.Namespace) -> int:
    from desktop.accounts.users import add_user
    from desktop.kernel.auth import parse_role

    office = open_office(args)
    try:
        pw = os.environ.get("VANTHU_NEW_PASSWORD") or _password(
            _("Mật khẩu cho tài khoản mới: "), "VANTHU_NEW_PASSWORD"
        )
        if not pw:
            raise UserError(_("Thiếu mật khẩu cho tài khoản mới."), field="password")
        info = add_user(office, args.name, pw, [parse_role(r) for r in args.role],
                        args.full_name or "", args.title or "")
    finally:
        office.close()
    emit(args, info.to_dict(), _("Đã thêm tài khoản {user}.", user=info.username))
    return 0


def cmd_user_list(args: argparse.Namespace) -> int:
    from desktop.accounts.users import list_users

    office = open_office(args)
    try:
        users = list_users(office)
    finally:
        office.close()
    emit(args, [u.to_dict() for u in users], lambda: "\n".join(
        f"{u.username}\t{u.full_name}\t{','.join(u.roles)}\t"
        + (_("đang dùng") if u.active else _("đã vô hiệu hóa"))
        for u in users
    ))
    return 0


def cmd_user_disable(args: argparse.Namespace) -> int:
    from desktop.accounts.users import disable_user

    office = open_office(args)
    try:
        info = disable_user(office, args.name)
    finally:
        office.close()
    emit(args, info.to_dict(), _("Đã vô hiệu hóa tài khoản {user}.", user=info.username))
    return 0


def cmd_user_passwd(args: argparse.Namespace) -> int:
    from desktop.accounts.users import set_password

    office = open_office(args)
    try:
        pw = _password(_("Mật khẩu mới: "), "VANTHU_NEW_PASSWORD")
        if not pw:
            raise UserError(_("Thiếu mật khẩu mới."), field="password")
        set_password(office, args.name, pw)
    finally:
        office.close()
    emit(args, {"user": args.name}, _("Đã đổi mật khẩu của {user}.", user=args.name))
    return 0


def cmd_audit_verify(args: argparse.Namespace) -> int:
    from desktop.kernel import audit

    office = open_office(args, login=False)
    try:
        with office.db.read() as s:
            problem = audit.verify(s)
    finally:
        office.close()
    if problem is None:
        emit(args, {"ok": True}, _("Nhật ký toàn vẹn."))
        return 0
    reasons = {
        "edited": _("mục nhật ký số {seq} đã bị sửa", seq=problem.seq),
        "missing": _("mục nhật ký số {seq} đã bị xóa", seq=problem.seq),
        "chain": _("mục nhật ký số {seq} không nối đúng với mục trước", seq=problem.seq),
    }
    msg = _("Nhật ký KHÔNG toàn vẹn: {reason}.", reason=reasons[problem.reason])
    emit(args, {"ok": False, "seq": problem.seq, "reason": problem.reason}, msg)
    return 6


def cmd_audit_list(args: argparse.Namespace) -> int:
    from desktop.core.validate import parse_date
    from desktop.kernel.audit import ACTION_LABELS
    from desktop.kernel.office import audit_entries

    office = open_office(args)
    try:
        rows, total = audit_entries(
            office, document_id=args.document, actor=args.actor,
            start=parse_date(args.start, "from") if args.start else None,
            end=parse_date(args.end, "to") if args.end else None, limit=args.limit)
    finally:
        office.close()
    emit(args, {"total": total, "entries": [r.to_dict() for r in rows]}, lambda: "\n".join(
        f"{r.seq}  {r.at:%Y-%m-%d %H:%M} UTC  {r.actor}  {_(ACTION_LABELS.get(r.action, r.action))}"
        + (f"  #{r.document_id}" if r.document_id else "") for r in rows))
    return 0


# -- parser -------------------------------------------------------------------------------
class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> Any:  # pragma: no cover - exercised through main()
        self.print_usage(sys.stderr)
        print(_("Lỗi cú pháp lệnh: {detail}", detail=message), file=sys.stderr)
        raise SystemExit(2)


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(_("“{value}” không phải số nguyên.", value=text)) from None
    if value < 0:
        raise argparse.ArgumentTypeError(_("“{value}” phải lớn hơn hoặc bằng 0.", value=text))
    return value


def build_parser() -> argparse.ArgumentParser:
    common = _Parser(add_help=False)
    common.add_argument("--json", action="store_true", default=argparse.SUPPRESS,
                        help=_("in kết quả dạng JSON"))

    p = _Parser(prog="vanthu", description=_("VănThư — sổ văn bản đến, văn bản đi của UBND xã."))
    p.add_argument("--data", metavar="DIR", help=_("thư mục dữ liệu (biến VANTHU_DATA)"))
    p.add_argument("--db", metavar="URL", help=_("địa chỉ cơ sở dữ liệu (biến VANTHU_DB)"))
    p.add_argument("--user", metavar="NAME", help=_("tài khoản thực hiện lệnh (biến VANTHU_USER)"))
    p.add_argument("--lang", choices=["vi", "en"], help=_("ngôn ngữ thông báo (biến VANTHU_LANG)"))
    p.add_argument("--json", action="store_true", help=_("in kết quả dạng JSON"))
    sub = p.add_subparsers(dest="command", metavar=_("LỆNH"), parser_class=_Parser)

    def add(name: str, handler: Handler, help_text: str, parent: Any = sub) -> argparse.ArgumentParser:
        sp = parent.add_parser(name, help=help_text, description=help_text, parents=[common])
        sp.set_defaults(run_command=handler)
        return sp

    sp = add("init", cmd_init, _("khởi tạo cơ quan (và tài khoản quản trị đầu tiên)"))
    sp.add_argument("--org-name", required=True, help=_("tên cơ quan, ví dụ “UBND xã Bình Phú”"))
    sp.add_argument("--org-short", required=True, help=_("tên viết tắt dùng trong ký hiệu, ví dụ UBND"))
    sp.add_argument("--place", required=True, help=_("địa danh ghi ở dòng ngày tháng"))
    sp.add_argument("--org-code", help=_("mã định danh của cơ quan (tối đa 13 ký tự)"))
    sp.add_argument("--parent", help=_("tên cơ quan cấp trên, ví dụ “UBND huyện Chợ Gạo”"))
    sp.add_argument("--admin", metavar="NAME", help=_("tạo tài khoản quản trị đầu tiên"))
    sp.add_argument("--full-name", help=_("họ tên người quản trị"))
    sp.add_argument("--title", help=_("chức vụ người quản trị"))

    def doc_options(sp: argparse.ArgumentParser) -> None:
        sp.add_argument("--urgency", choices=["thuong", "khan", "thuong-khan", "hoa-toc"],
                        help=_("độ khẩn"))
        sp.add_argument("--secret", choices=["mat", "toi-mat", "tuyet-mat"], help=_("độ mật"))
        sp.add_argument("--notes", help=_("ghi chú"))
        sp.add_argument("--file", nargs="+", metavar="PATH", action="extend",
                        help=_("tệp đính kèm (có thể nhiều tệp)"))

    for direction, label in (("incoming", _("văn bản đến")), ("outgoing", _("văn bản đi"))):
        grp = sub.add_parser(direction, help=_("sổ {label}", label=label), parents=[common])
        gsub = grp.add_subparsers(dest="action", metavar=_("LỆNH"), parser_class=_Parser)
        grp.set_defaults(run_command=lambda a, g=grp: (g.print_help(), 2)[1])
        if direction == "incoming":
            sp = add("add", cmd_incoming_add, _("đăng ký văn bản đến"), gsub)
            sp.add_argument("--received", required=True, metavar="DATE", help=_("ngày đến"))
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
            doc_options(sp)
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
            sp.add_argument("--copies", type=_positive_int, metavar="N", help=_("số lượng bản"))
            sp.add_argument("--archive", metavar="TEXT", help=_("đơn vị, người nhận bản lưu"))
            doc_options(sp)
            sp = add("list", lambda a: _list(a, "di"), _("liệt kê sổ văn bản đi"), gsub)
        sp.add_argument("--year", type=int, help=_("năm"))
        sp.add_argument("--limit", type=_positive_int, help=_("số dòng tối đa"))

    sp = add("show", cmd_show, _("xem một văn bản và các tệp của nó"))
    sp.add_argument("id", type=int)
    sp = add("export", cmd_export, _("xuất các tệp hiện hành của văn bản ra thư mục"))
    sp.add_argument("id", type=int)
    sp.add_argument("--out", required=True, metavar="DIR")
    sp = add("cancel", cmd_cancel, _("hủy đăng ký (giữ số, đánh dấu hủy)"))
    sp.add_argument("id", type=int)
    sp.add_argument("--reason", required=True, metavar="TEXT", help=_("lý do hủy"))
    sp = add("search", cmd_search, _("tìm văn bản (không phân biệt dấu, hoa thường)"))
    sp.add_argument("text")
    sp.add_argument("--limit", type=_positive_int, default=50)
    sp = add("import-register", cmd_import, _("nhập sổ cũ từ tệp .xlsx hoặc .csv"))
    sp.add_argument("register", choices=["incoming", "outgoing"])
    sp.add_argument("file")
    sp.add_argument("--files-dir", metavar="DIR", help=_("thư mục chứa các tệp ở cột “Tệp”"))
    sp.add_argument("--skip-bad-rows", action="store_true", help=_("bỏ qua dòng lỗi, nhập các dòng đúng"))
    sp = add("book", cmd_book, _("in sổ đăng ký của một năm ra PDF (A4 ngang)"))
    sp.add_argument("register", choices=["incoming", "outgoing"])
    sp.add_argument("--year", type=int, required=True)
    sp.add_argument("--out", required=True, metavar="FILE.pdf")

    grp = sub.add_parser("user", help=_("quản lý tài khoản"), parents=[common])
    grp.set_defaults(run_command=lambda a, g=grp: (g.print_help(), 2)[1])
    usub = grp.add_subparsers(dest="action", metavar=_("LỆNH"), parser_class=_Parser)
    sp = add("add", cmd_user_add, _("thêm tài khoản (mật khẩu: biến VANTHU_NEW_PASSWORD hoặc nhập)"), usub)
    sp.add_argument("name")
    sp.add_argument("--role", action="append", required=True,
                    choices=["quan-tri", "van-thu", "lanh-dao", "can-bo"], help=_("vai trò"))
    sp.add_argument("--full-name")
    sp.add_argument("--title")
    add("list", cmd_user_list, _("liệt kê tài khoản"), usub)
    sp = add("disable", cmd_user_disable, _("vô hiệu hóa tài khoản"), usub)
    sp.add_argument("name")
    sp = add("passwd", cmd_user_passwd, _("đổi mật khẩu (biến VANTHU_NEW_PASSWORD hoặc nhập)"), usub)
    sp.add_argument("name")

    grp = sub.add_parser("audit", help=_("nhật ký"), parents=[common])
    grp.set_defaults(run_command=lambda a, g=grp: (g.print_help(), 2)[1])
    asub = grp.add_subparsers(dest="action", metavar=_("LỆNH"), parser_class=_Parser)
    add("verify", cmd_audit_verify, _("kiểm tra chuỗi băm của nhật ký"), asub)
    sp = add("list", cmd_audit_list, _("xem nhật ký (mới nhất trước)"), asub)
    sp.add_argument("--document", type=int, metavar="ID", help=_("chỉ một văn bản"))
    sp.add_argument("--actor", metavar="NAME", help=_("chỉ một người"))
    sp.add_argument("--from", dest="start", metavar="DATE", help=_("từ ngày"))
    sp.add_argument("--to", dest="end", metavar="DATE", help=_("đến ngày"))
    sp.add_argument("--limit", type=_positive_int, default=50)

    # Each capability adds its own commands from its own module.
    import importlib

    for name in PLUGINS:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name != name:
                raise
            continue
        module.register(sub, add, common)
    return p


PLUGINS = (
    "desktop.cli.digitise",
    "desktop.cli.signatures",
    "desktop.cli.reports",
    "desktop.cli.backup",
    "desktop.cli.dossiers",
)


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    pre = argparse.ArgumentParser(add_help=False)
    pre.add_argument("--lang")
    known, _rest = pre.parse_known_args(argv)
    set_language(known.lang)
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return int(exc.code or 0)
    handler = getattr(args, "run_command", None)
    if handler is None:
        parser.print_help()
        return 0
    try:
        return int(handler(args))
    except RowErrors as exc:
        _report_error(args, exc, rows=exc.rows)
        return exc.exit_code
    except VanThuError as exc:
        _report_error(args, exc)
        return exc.exit_code
    except KeyboardInterrupt:
        print(_("Đã dừng theo yêu cầu."), file=sys.stderr)
        return 130
    except Exception as exc:  # noqa: BLE001 - the last line of defence: log, explain, exit
        log.exception("unexpected error")
        print(_("Lỗi không mong đợi: {error}. Chi tiết kỹ thuật đã được ghi vào vanthu.log.",
                error=type(exc).__name__), file=sys.stderr)
        if os.environ.get("VANTHU_DEBUG"):
            traceback.print_exc()
        return 70


def _report_error(args: argparse.Namespace, exc: VanThuError,
                  rows: list[tuple[int, str, str]] | None = None) -> None:
    log.warning("%s: %s %s", type(exc).__name__, exc.message, exc.details)
    if getattr(args, "json", False):
        err: dict[str, Any] = {"message": exc.message, "kind": type(exc).__name__}
        if exc.field:
            err["field"] = exc.field
        if rows is not None:
            err["rows"] = [{"row": r, "column": c, "reason": m} for r, c, m in rows]
        print(json.dumps({"error": err}, ensure_ascii=False, indent=2), file=sys.stderr)
        return
    print(_("Lỗi: {message}", message=exc.message), file=sys.stderr)
    for r, c, m in rows or []:
        print(_("  Dòng {row}, cột “{column}”: {reason}", row=r, column=c, reason=m),
              file=sys.stderr)


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
