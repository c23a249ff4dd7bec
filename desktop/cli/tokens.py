"""``vanthu token list``: the USB signing tokens this machine can use, found through the PKCS#11
modules the Vietnamese CAs install (``signing.token_modules``), or through ``--module PATH``.
What the sign dialog offers, for a technician at the console."""

from __future__ import annotations

import argparse
from typing import Any

from desktop.cli.common import emit
from desktop.core.errors import EnvironmentProblem
from desktop.core.i18n import _


def _token_dict(token: Any) -> dict[str, Any]:
    return {
        "module": token.module, "vendor": token.vendor, "label": token.label,
        "serial": token.serial, "manufacturer": token.manufacturer, "model": token.model,
        "certificates": [
            {"holder": c.holder, "issuer": c.issuer, "serial": c.serial,
             "not_before": c.not_before.isoformat(), "not_after": c.not_after.isoformat(),
             "key_id": c.key_id.hex() if c.key_id else None, "label": c.label}
            for c in token.certificates
        ],
    }


def _text(tokens: list[Any]) -> str:
    if not tokens:
        return _("Không tìm thấy thiết bị ký số nào. Hãy cắm thiết bị và cài driver của nhà cung "
                 "cấp chứng thư số, hoặc chỉ rõ thư viện bằng --module ĐƯỜNG_DẪN.")
    lines: list[str] = []
    for t in tokens:
        lines.append(_("{label} (số sê-ri {serial}) — {vendor}: {module}", label=t.label,
                       serial=t.serial, vendor=t.vendor or t.manufacturer, module=t.module))
        for c in t.certificates:
            lines.append(_("  {holder}, do {issuer} cấp, hiệu lực {start} đến {end}, mã khóa "
                           "{key_id}", holder=c.holder, issuer=c.issuer,
                           start=c.not_before.strftime("%d/%m/%Y"),
                           end=c.not_after.strftime("%d/%m/%Y"),
                           key_id=c.key_id.hex() if c.key_id else "-"))
    return "\n".join(lines)


def cmd_token_list(args: argparse.Namespace) -> int:
    from signing.errors import SigningError
    from signing.token_modules import describe_module, find_tokens

    if args.module:
        try:
            tokens = describe_module(args.module)
        except SigningError as exc:
            raise EnvironmentProblem(
                _("Không nạp được thư viện PKCS#11 {path}.", path=args.module), str(exc)
            ) from None
    else:
        tokens, _problems = find_tokens()
    emit(args, [_token_dict(t) for t in tokens], lambda: _text(tokens))
    return 0


def register(sub: Any, add: Any, common: Any) -> None:
    grp = sub.add_parser("token", help=_("thiết bị ký số (USB token) trên máy này"),
                         parents=[common])
    grp.set_defaults(run_command=lambda a, g=grp: (g.print_help(), 2)[1])
    tsub = grp.add_subparsers(dest="action", metavar=_("LỆNH"))
    sp = add("list", cmd_token_list, _("liệt kê thiết bị ký số tìm thấy và chứng thư trên đó"),
             tsub)
    sp.add_argument("--module", metavar="PATH",
                    help=_("chỉ xem thư viện PKCS#11 này (mặc định: tự tìm)"))
