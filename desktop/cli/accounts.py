"""``vanthu user …`` (accounts) and ``vanthu audit …`` (the audit log)."""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import Any

from desktop.cli.common import (
    Add,
    Parser,
    emit,
    open_office,
    positive_int,
    read_password,
    record_id,
)
from desktop.core.errors import UserError
from desktop.core.i18n import _


def cmd_user_add(args: argparse.Namespace) -> int:
    from desktop.accounts.users import add_user
    from desktop.kernel.auth import parse_role

    with open_office(args) as office:
        pw = os.environ.get("VANTHU_NEW_PASSWORD") or read_password(
            _("Mật khẩu cho tài khoản mới: "), "VANTHU_NEW_PASSWORD"
        )
        if not pw:
            raise UserError(_("Thiếu mật khẩu cho tài khoản mới."), field="password")
        info = add_user(office, args.name, pw, [parse_role(r) for r in args.role],
                        args.full_name or "", args.title or "")
    emit(args, info.to_dict(), _("Đã thêm tài khoản {user}.", user=info.username))
    return 0


def cmd_user_list(args: argparse.Namespace) -> int:
    from desktop.accounts.users import list_users
    from desktop.kernel.auth import role_name

    with open_office(args) as office:
        users = list_users(office)
    emit(args, [u.to_dict() for u in users], lambda: "\n".join(  # --json keeps the role codes
        f"{u.username}\t{u.full_name}\t{', '.join(role_name(r) for r in u.roles)}\t"
        + (_("đang dùng") if u.active else _("đã vô hiệu hóa"))
        for u in users
    ))
    return 0


def cmd_user_disable(args: argparse.Namespace) -> int:
    from desktop.accounts.users import disable_user

    with open_office(args) as office:
        info = disable_user(office, args.name)
    emit(args, info.to_dict(), _("Đã vô hiệu hóa tài khoản {user}.", user=info.username))
    return 0


def cmd_user_passwd(args: argparse.Namespace) -> int:
    from desktop.accounts.users import set_password

    with open_office(args) as office:
        pw = read_password(_("Mật khẩu mới: "), "VANTHU_NEW_PASSWORD")
        if not pw:
            raise UserError(_("Thiếu mật khẩu mới."), field="password")
        set_password(office, args.name, pw)
    emit(args, {"user": args.name}, _("Đã đổi mật khẩu của {user}.", user=args.name))
    return 0


def cmd_audit_verify(args: argparse.Namespace) -> int:
    with open_office(args) as office:
        problem = office.audit_problem()  # the chain, and the anchor kept outside the database
    if problem is None:
        emit(args, {"ok": True}, _("Nhật ký toàn vẹn."))
        return 0
    from desktop.kernel.anchor import ANCHOR_FILE, KEY_FILE

    reasons = {
        "edited": _("mục nhật ký số {seq} đã bị sửa", seq=problem.seq),
        "missing": _("mục nhật ký số {seq} đã bị xóa", seq=problem.seq),
        "chain": _("mục nhật ký số {seq} không nối đúng với mục trước", seq=problem.seq),
        "truncated": _("nhật ký ngắn hơn lần trước máy này thấy: các mục từ số {seq} đã bị xóa",
                       seq=problem.seq),
        "rewritten": _("mục nhật ký số {seq} khác với mục máy này đã ghi nhận: lịch sử đã bị "
                       "viết lại", seq=problem.seq),
        "anchor": _("tệp mốc nhật ký {name} trong thư mục dữ liệu bị hỏng", name=ANCHOR_FILE),
        "mac": _("mục nhật ký số {seq} không khớp mã xác thực (khóa nhật ký): nhật ký đã bị sửa "
                 "và tính lại", seq=problem.seq),
        "unkeyed": _("mục nhật ký số {seq} thiếu mã xác thực: nhật ký đã bị ghi ngoài chương "
                     "trình", seq=problem.seq),
        "unknown-key": _("mục nhật ký số {seq} được xác thực bằng một khóa máy này không có "
                         "(văn phòng nhiều máy: trên máy đầu tiên chạy “vanthu audit key export "
                         "--out TỆP”, rồi trên máy này “vanthu audit key import TỆP”)",
                         seq=problem.seq),
        "key": _("tệp khóa nhật ký {name} trong thư mục dữ liệu bị hỏng", name=KEY_FILE),
    }
    msg = _("Nhật ký KHÔNG toàn vẹn: {reason}.", reason=reasons[problem.reason])
    emit(args, {"ok": False, "seq": problem.seq, "reason": problem.reason}, msg)
    return 6


def cmd_audit_list(args: argparse.Namespace) -> int:
    from desktop.core.validate import parse_date
    from desktop.kernel.audit import ACTION_LABELS
    from desktop.kernel.office import audit_entries

    with open_office(args) as office:
        rows, total = audit_entries(
            office, document_id=args.document, actor=args.actor,
            start=parse_date(args.start, "from") if args.start else None,
            end=parse_date(args.end, "to") if args.end else None, limit=args.limit)
    emit(args, {"total": total, "entries": [r.to_dict() for r in rows]}, lambda: "\n".join(
        f"{r.seq}  {r.at:%Y-%m-%d %H:%M} UTC  {r.actor}  {_(ACTION_LABELS.get(r.action, r.action))}"
        + (f"  #{r.document_id}" if r.document_id else "") for r in rows))
    return 0


# -- parser -------------------------------------------------------------------------------
def cmd_audit_key_export(args: argparse.Namespace) -> int:
    from desktop.kernel.audit_keys import export_key

    with open_office(args) as office:
        key = export_key(office, Path(args.out))
    emit(args, {"key_id": key.key_id, "path": args.out},
         _("Đã xuất khóa nhật ký {key} vào tệp {path} (chỉ chủ tệp đọc được). Chép tệp sang máy "
           "kia, chạy “vanthu audit key import {path}” ở đó, rồi xóa tệp.",
           key=key.key_id, path=args.out))
    return 0


def cmd_audit_key_import(args: argparse.Namespace) -> int:
    from desktop.kernel.audit_keys import import_key

    with open_office(args) as office:
        key, rekeyed = import_key(office, Path(args.file))
    if rekeyed is None:
        text = _("Thư mục dữ liệu này đã dùng khóa nhật ký {key}; không thay đổi gì.",
                 key=key.key_id)
    else:
        text = _("Đã nhập khóa nhật ký {key}; {n} mục nhật ký của máy này được xác thực lại "
                 "bằng khóa đó.", key=key.key_id, n=rekeyed)
    emit(args, {"key_id": key.key_id, "changed": rekeyed is not None, "rekeyed": rekeyed or 0},
         text)
    return 0


def register(sub: Any, add: Add, common: argparse.ArgumentParser) -> None:
    grp = sub.add_parser("user", help=_("quản lý tài khoản"), parents=[common])
    grp.set_defaults(run_command=lambda a, g=grp: (g.print_help(), 2)[1])
    usub = grp.add_subparsers(dest="action", metavar=_("LỆNH"), parser_class=Parser)
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
    asub = grp.add_subparsers(dest="action", metavar=_("LỆNH"), parser_class=Parser)
    add("verify", cmd_audit_verify, _("kiểm tra chuỗi băm của nhật ký"), asub)
    kgrp = asub.add_parser("key", help=_("khóa nhật ký (văn phòng nhiều máy)"), parents=[common])
    kgrp.set_defaults(run_command=lambda a, g=kgrp: (g.print_help(), 2)[1])
    ksub = kgrp.add_subparsers(dest="key_action", metavar=_("LỆNH"), parser_class=Parser)
    sp = add("export", cmd_audit_key_export,
             _("xuất khóa nhật ký ra tệp để nhập vào máy khác (quản trị)"), ksub)
    sp.add_argument("--out", required=True, metavar="FILE", help=_("tệp mới để ghi khóa"))
    sp = add("import", cmd_audit_key_import,
             _("nhập khóa nhật ký xuất từ máy đầu tiên (quản trị)"), ksub)
    sp.add_argument("file", metavar="FILE")
    sp = add("list", cmd_audit_list, _("xem nhật ký (mới nhất trước)"), asub)
    sp.add_argument("--document", type=record_id, metavar="ID", help=_("chỉ một văn bản"))
    sp.add_argument("--actor", metavar="NAME", help=_("chỉ một người"))
    sp.add_argument("--from", dest="start", metavar="DATE", help=_("từ ngày"))
    sp.add_argument("--to", dest="end", metavar="DATE", help=_("đến ngày"))
    sp.add_argument("--limit", type=positive_int, default=50)
