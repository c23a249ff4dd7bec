"""``vanthu secrecy list|grant|revoke``: who may read documents marked mật, tối mật, tuyệt mật."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

from desktop.cli.common import Add, Parser, emit, open_office
from desktop.core.i18n import _

LEVELS = ["mat", "toi-mat", "tuyet-mat"]
ROLES = ["quan-tri", "van-thu", "lanh-dao", "can-bo"]


#: The levels and roles as a clerk reads them (the codes stay in --json and on the command line).
LEVEL_TEXT: dict[str, Callable[[], str]] = {
    "mat": lambda: _("Mật"), "toi-mat": lambda: _("Tối mật"), "tuyet-mat": lambda: _("Tuyệt mật"),
}


def _level(code: str) -> str:
    text = LEVEL_TEXT.get(code)
    return text() if text else code


def _who(role: str | None, user: str | None) -> str:
    if role:
        from desktop.kernel.auth import role_name

        return _("vai trò {role}", role=role_name(role))
    return _("tài khoản {user}", user=user)


def cmd_list(args: argparse.Namespace) -> int:
    from desktop.registers.secrecy import list_grants

    with open_office(args) as office:
        rows = list_grants(office)

    def text() -> str:
        lines = [_("Người xử lý (chủ trì, phối hợp) và người đăng ký văn bản luôn xem được văn "
                   "bản đó. Quyền ở một độ mật bao gồm các độ thấp hơn.")]
        for g in rows:
            lines.append(_("{level}: {who} (cấp bởi {by}, {time} UTC)", level=_level(g.level),
                           who=_who(g.role, g.username),
                           by=g.granted_by, time=f"{g.granted_at:%Y-%m-%d %H:%M}"))
        return "\n".join(lines)

    emit(args, [g.to_dict() for g in rows], text)
    return 0


def cmd_grant(args: argparse.Namespace) -> int:
    from desktop.registers.secrecy import grant

    with open_office(args) as office:
        g = grant(office, args.level, role=args.role, user=args.account)
    emit(args, g.to_dict(), _("Đã cấp quyền xem văn bản {level} (và các độ thấp hơn) cho {who}.",
                              level=_level(g.level), who=_who(g.role, g.username)))
    return 0


def cmd_revoke(args: argparse.Namespace) -> int:
    from desktop.registers.secrecy import revoke

    with open_office(args) as office:
        removed = revoke(office, args.level, role=args.role, user=args.account)
    emit(args, {"level": args.level, "role": args.role, "username": args.account,
                "removed": removed},
         _("Đã thu hồi quyền xem văn bản {levels} của {who}.",
           levels=", ".join(_level(x) for x in removed), who=_who(args.role, args.account)))
    return 0


def register(sub: Any, add: Add, common: argparse.ArgumentParser) -> None:
    grp = sub.add_parser("secrecy", help=_("quyền xem văn bản mật"), parents=[common])
    grp.set_defaults(run_command=lambda a, g=grp: (g.print_help(), 2)[1])
    ssub = grp.add_subparsers(dest="action", metavar=_("LỆNH"), parser_class=Parser)
    add("list", cmd_list, _("liệt kê ai được xem văn bản mật"), ssub)
    for name, run, label in (
            ("grant", cmd_grant, _("cấp quyền xem văn bản mật (quản trị)")),
            ("revoke", cmd_revoke, _("thu hồi quyền xem văn bản mật (quản trị)"))):
        sp = add(name, run, label, ssub)
        sp.add_argument("level", choices=LEVELS, metavar="LEVEL",
                        help=_("độ mật: mat, toi-mat, tuyet-mat"))
        who = sp.add_mutually_exclusive_group(required=True)
        who.add_argument("--role", choices=ROLES, help=_("vai trò"))
        # dest "account": the top-level --user names who acts (vanthu --user quantri secrecy …)
        who.add_argument("--user", dest="account", metavar="NAME", help=_("tài khoản"))
