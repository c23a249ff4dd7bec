"""``vanthu trust``, ``crl``, ``cert``, ``signature-image``, ``seal-image``: what signing needs set up
beforehand — the trusted CA certificates and revocation lists verification checks against, the
certificates pinned to each account or the organisation (only a pinned certificate may sign),
and the signature and seal images the appearances use.

Loaded by :mod:`desktop.cli` (``register``), after :mod:`desktop.cli.signatures` (sign, verify),
whose key options (``--p12``, ``--pkcs11``, ``--pin-env``) ``cert pin`` shares."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

from desktop.cli.common import Parser, emit, open_office, record_id
from desktop.cli.signatures import _key_spec, _read_file, add_key_options, add_pin_option
from desktop.core.errors import UserError
from desktop.core.i18n import _

Add = Callable[..., argparse.ArgumentParser]


def cmd_trust_add(args: argparse.Namespace) -> int:
    from desktop.signatures.trust import add_trust_root

    with open_office(args) as office:
        infos = add_trust_root(office, Path(args.cert))

    def text() -> str:
        lines: list[str] = []
        for t in infos:
            lines.append(_("Đã thêm chứng thư tin cậy {subject} (số hiệu {serial}, hiệu lực đến "
                           "{date}).", subject=t.subject, serial=t.serial,
                           date=t.not_after.strftime("%d/%m/%Y")))
            lines += [_("Cảnh báo: {text}", text=w) for w in t.warnings]
        return "\n".join(lines)

    emit(args, [t.to_dict() for t in infos], text)
    return 0


def cmd_trust_list(args: argparse.Namespace) -> int:
    from desktop.signatures.trust import list_trust_roots

    with open_office(args) as office:
        infos = list_trust_roots(office)
    emit(args, [t.to_dict() for t in infos], lambda: "\n".join(
        f"#{t.id}  {t.subject}  serial={t.serial}  "
        f"{t.not_before:%d/%m/%Y}–{t.not_after:%d/%m/%Y}  sha256={t.sha256[:16]}"
        + ("  [" + _("đã hết hạn") + "]" if t.expired else "")
        for t in infos
    ) or _("Chưa có chứng thư tin cậy nào."))
    return 0


def cmd_trust_remove(args: argparse.Namespace) -> int:
    from desktop.signatures.trust import remove_trust_root

    with open_office(args) as office:
        info = remove_trust_root(office, args.ref)
    emit(args, info.to_dict(), _("Đã xóa chứng thư tin cậy {subject}.", subject=info.subject))
    return 0


def cmd_crl_add(args: argparse.Namespace) -> int:
    from desktop.signatures.trust import add_crl

    with open_office(args) as office:
        info = add_crl(office, Path(args.file))

    def text() -> str:
        lines = [_("Đã nhập danh sách thu hồi của {issuer} ({n} chứng thư bị thu hồi, cập nhật "
                   "ngày {date}).", issuer=info.issuer, n=info.revoked_count,
                   date=info.this_update.strftime("%d/%m/%Y"))]
        lines += [_("Cảnh báo: {text}", text=w) for w in info.warnings]
        return "\n".join(lines)

    emit(args, info.to_dict(), text)
    return 0


def cmd_crl_list(args: argparse.Namespace) -> int:
    from desktop.signatures.trust import list_crls

    with open_office(args) as office:
        infos = list_crls(office)
    emit(args, [c.to_dict() for c in infos], lambda: "\n".join(
        f"#{c.id}  {c.issuer}  {c.this_update:%d/%m/%Y}  "
        + _("{n} chứng thư bị thu hồi", n=c.revoked_count)
        for c in infos
    ) or _("Chưa có danh sách thu hồi nào."))
    return 0


def cmd_crl_remove(args: argparse.Namespace) -> int:
    from desktop.signatures.trust import remove_crl

    with open_office(args) as office:
        info = remove_crl(office, args.id)
    emit(args, info.to_dict(), _("Đã xóa danh sách thu hồi của {issuer}.", issuer=info.issuer))
    return 0


def cmd_signature_image_set(args: argparse.Namespace) -> int:
    from desktop.signatures.service import set_signature_image

    with open_office(args) as office:
        sha = set_signature_image(office, args.user_name, Path(args.png))
    emit(args, {"user": args.user_name, "sha256": sha},
         _("Đã đặt ảnh chữ ký cho tài khoản {user}.", user=args.user_name))
    return 0


def cmd_seal_image_set(args: argparse.Namespace) -> int:
    from desktop.signatures.service import set_seal_image

    with open_office(args) as office:
        sha = set_seal_image(office, Path(args.png))
    emit(args, {"sha256": sha}, _("Đã đặt ảnh con dấu của cơ quan."))
    return 0


def _group(sub: Any, add: Add, name: str, help_text: str) -> Any:
    grp = add(name, lambda a: 2, help_text, parent=sub)
    grp.set_defaults(run_command=lambda a, g=grp: (g.print_help(), 2)[1])
    return grp.add_subparsers(dest="action", metavar=_("LỆNH"), parser_class=Parser)


def _pin_certificate_of(args: argparse.Namespace) -> Any:
    """The certificate to pin: a certificate file, or the one a PKCS#12 file or a token holds."""
    from desktop.signatures.certcheck import read_certificate
    from desktop.signatures.keys import OnceKeySource

    if args.file:
        if args.p12 or args.pkcs11:
            raise UserError(_("Chỉ chọn một nguồn chứng thư: TỆP, --p12 hoặc --pkcs11."),
                            field="file")
        return read_certificate(_read_file(args.file), Path(args.file))
    if not (args.p12 or args.pkcs11):
        raise UserError(_("Cần tệp chứng thư số, --p12 TỆP hoặc --pkcs11 THƯ_VIỆN --token TÊN."),
                        field="file")
    source = OnceKeySource(_key_spec(args))
    source.signer()
    return source.certificate


def cmd_cert_pin(args: argparse.Namespace) -> int:
    from desktop.kernel.auth import Role
    from desktop.signatures.certcheck import pin_certificate

    if bool(args.pin_user) == bool(args.organisation):
        raise UserError(_("Chọn đúng một: --user TÊN (tài khoản) hoặc --organisation (cơ quan)."),
                        field="user")
    with open_office(args) as office:
        office.require(Role.ADMIN, action=_("gán chứng thư số"))
        info = pin_certificate(office, _pin_certificate_of(args), args.pin_user)
    who = info.username or _("cơ quan")
    emit(args, info.to_dict(), _("Đã gán chứng thư “{subject}” (số hiệu {serial}) cho {who}.",
                                 subject=info.subject, serial=info.serial, who=who))
    return 0


def cmd_cert_list(args: argparse.Namespace) -> int:
    from desktop.signatures.certcheck import list_pins

    with open_office(args) as office:
        pins = list_pins(office)

    def text() -> str:
        if not pins:
            return _("Chưa gán chứng thư số nào.")
        return "\n".join(_("#{id}  {who}  “{subject}”  số hiệu {serial}  hết hạn {date}",
                           id=p.id, who=p.username or _("cơ quan"), subject=p.subject,
                           serial=p.serial, date=p.not_after.strftime("%d/%m/%Y"))
                         for p in pins)

    emit(args, [p.to_dict() for p in pins], text)
    return 0


def cmd_cert_unpin(args: argparse.Namespace) -> int:
    from desktop.signatures.certcheck import unpin

    with open_office(args) as office:
        info = unpin(office, args.id)
    emit(args, info.to_dict(), _("Đã gỡ chứng thư “{subject}” khỏi {who}.", subject=info.subject,
                                 who=info.username or _("cơ quan")))
    return 0


def register(sub: Any, add: Add, common: argparse.ArgumentParser) -> None:
    tsub = _group(sub, add, "trust", _("chứng thư số tin cậy (CA gốc, trung gian)"))
    sp = add("add", cmd_trust_add, _("nhập chứng thư CA từ tệp PEM hoặc DER"), parent=tsub)
    sp.add_argument("cert", metavar="CERT")
    add("list", cmd_trust_list, _("liệt kê chứng thư tin cậy"), parent=tsub)
    sp = add("remove", cmd_trust_remove, _("xóa chứng thư tin cậy (theo mã hoặc SHA-256)"),
             parent=tsub)
    sp.add_argument("ref", metavar="ID")

    csub = _group(sub, add, "crl", _("danh sách chứng thư bị thu hồi (CRL)"))
    sp = add("add", cmd_crl_add, _("nhập danh sách thu hồi từ tệp"), parent=csub)
    sp.add_argument("file", metavar="FILE")
    add("list", cmd_crl_list, _("liệt kê danh sách thu hồi đã nhập"), parent=csub)
    sp = add("remove", cmd_crl_remove, _("xóa một danh sách thu hồi"), parent=csub)
    sp.add_argument("id", type=record_id)

    psub = _group(sub, add, "cert", _("chứng thư số được gán cho tài khoản hoặc cơ quan"))
    sp = add("pin", cmd_cert_pin, _("gán chứng thư số cho một tài khoản (--user) hoặc cho cơ quan "
                                    "(--organisation); chỉ chứng thư đã gán mới được ký"),
             parent=psub)
    sp.add_argument("file", nargs="?", metavar="FILE", help=_("tệp chứng thư số (PEM hoặc DER)"))
    whose = sp.add_mutually_exclusive_group()
    whose.add_argument("--user", dest="pin_user", metavar="NAME", help=_("tài khoản"))
    whose.add_argument("--organisation", action="store_true", help=_("cơ quan"))
    add_key_options(sp, required=False)
    add_pin_option(sp)
    add("list", cmd_cert_list, _("liệt kê chứng thư số đã gán"), parent=psub)
    sp = add("unpin", cmd_cert_unpin, _("gỡ một chứng thư số đã gán"), parent=psub)
    sp.add_argument("id", type=record_id)

    isub = _group(sub, add, "signature-image", _("ảnh chữ ký của tài khoản"))
    sp = add("set", cmd_signature_image_set, _("đặt ảnh chữ ký (PNG nền trong suốt)"),
             parent=isub)
    sp.add_argument("user_name", metavar="USER")
    sp.add_argument("png", metavar="PNG")

    ssub = _group(sub, add, "seal-image", _("ảnh con dấu của cơ quan"))
    sp = add("set", cmd_seal_image_set, _("đặt ảnh con dấu (PNG nền trong suốt)"), parent=ssub)
    sp.add_argument("png", metavar="PNG")
