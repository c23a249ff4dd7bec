"""``vanthu init``: set up the organisation (and its first administrator)."""

from __future__ import annotations

import argparse
from typing import Any

from desktop.cli.common import Add, emit, open_office, read_password
from desktop.core.errors import UserError
from desktop.core.i18n import _


def cmd_init(args: argparse.Namespace) -> int:
    from desktop.accounts.organisation import AdminAccount, OrgProfile, initialise

    with open_office(args, login=False) as office:
        admin = None
        if args.admin:
            pw = read_password(_("Mật khẩu cho tài khoản quản trị: "), "VANTHU_PASSWORD")
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
    return 0


# -- parser -------------------------------------------------------------------------------
def register(sub: Any, add: Add, common: argparse.ArgumentParser) -> None:
    sp = add("init", cmd_init, _("khởi tạo cơ quan (và tài khoản quản trị đầu tiên)"))
    sp.add_argument("--org-name", required=True, help=_("tên cơ quan, ví dụ “UBND xã Bình Phú”"))
    sp.add_argument("--org-short", required=True, help=_("tên viết tắt dùng trong ký hiệu, ví dụ UBND"))
    sp.add_argument("--place", required=True, help=_("địa danh ghi ở dòng ngày tháng"))
    sp.add_argument("--org-code", help=_("mã định danh của cơ quan (tối đa 13 ký tự)"))
    sp.add_argument("--parent", help=_("tên cơ quan cấp trên, ví dụ “UBND huyện Chợ Gạo”"))
    sp.add_argument("--admin", metavar="NAME", help=_("tạo tài khoản quản trị đầu tiên"))
    sp.add_argument("--full-name", help=_("họ tên người quản trị"))
    sp.add_argument("--title", help=_("chức vụ người quản trị"))
