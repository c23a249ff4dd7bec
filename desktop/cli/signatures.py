"""``vanthu sign``, ``verify``, ``trust``, ``crl``, ``signature-image``, ``seal-image``.

Loaded by :mod:`desktop.cli` (``register``). The PIN or PKCS#12 password is read from the
environment variable named by ``--pin-env`` or asked for without echo, only after every other
check has passed; it is tried once and never logged, stored or accepted on the command line.

``vanthu verify`` exits 0 only when the file has at least one signature and every signature is
"Hợp lệ"; 6 when a signature is not intact or the file was modified after signing; 1 otherwise
(untrusted, revoked, no signature).
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from desktop.cli.common import Parser, emit, open_office, record_id
from desktop.core.errors import UserError
from desktop.core.i18n import _

Add = Callable[..., argparse.ArgumentParser]

EXIT_NOT_VALID = 1
EXIT_NOT_INTACT = 6


# --------------------------------------------------------------------------- helpers


def _read_pin(args: argparse.Namespace) -> Callable[[], str]:
    """The secret, fetched lazily: only once the service has checked everything else."""
    var = args.pin_env

    def fetch() -> str:
        if var:
            value = os.environ.get(var)
            if value is None:
                raise UserError(_("Biến môi trường {var} (--pin-env) chưa được đặt.", var=var),
                                field="pin")
            return value
        prompt = (_("Mật khẩu tệp PKCS#12: ") if args.p12 else _("Mã PIN của thiết bị ký số: "))
        if sys.stdin is not None and sys.stdin.isatty():
            value = getpass.getpass(prompt)
        else:
            line = sys.stdin.readline() if sys.stdin is not None else ""
            value = line.rstrip("\n")
        if not value:
            raise UserError(_("Thiếu mã PIN hoặc mật khẩu của khóa ký."), field="pin")
        return value

    return fetch


def _key_spec(args: argparse.Namespace) -> Any:
    from desktop.signatures.service import KeySpec

    secret = _read_pin(args)
    if args.p12:
        if args.token or args.key_id or args.key_label:
            raise UserError(_("--token, --key-id, --key-label chỉ dùng với --pkcs11."),
                            field="key")
        return KeySpec.pkcs12(Path(args.p12), secret)
    if not args.token:
        raise UserError(_("Cần tên thiết bị ký số (--token)."), field="token")
    key_id = None
    if args.key_id:
        try:
            key_id = bytes.fromhex(args.key_id.removeprefix("0x"))
        except ValueError:
            raise UserError(_("--key-id phải là số hệ 16, ví dụ 01 hoặc a1b2: “{value}”.",
                              value=args.key_id), field="key") from None
    return KeySpec.pkcs11(args.pkcs11, args.token, secret, key_id=key_id,
                          key_label=args.key_label)


def _read_file(path_text: str) -> bytes:
    path = Path(path_text)
    if not path.is_file():
        raise UserError(_("Không tìm thấy tệp: {path}.", path=str(path)), field="file")
    return path.read_bytes()


def _as_label(kind: str) -> str:
    return {
        "signer": _("người có thẩm quyền"),
        "organisation": _("cơ quan"),
        "copy": _("cơ quan (bản sao điện tử)"),
        "attachment": _("cơ quan (phụ lục)"),
    }.get(kind, kind)


# --------------------------------------------------------------------------- commands


def cmd_sign(args: argparse.Namespace) -> int:
    from desktop.signatures.service import parse_place, sign_document
    from signing.keys import close_all

    place = parse_place(args.place) if args.place else None
    image = _read_file(args.image) if args.image else None
    key = _key_spec(args)
    if isinstance(args.id, str):  # DT-<id>: a draft, signed with số and ngày blank (issue 16)
        return _sign_draft(args, key, image, place)
    office = open_office(args)
    try:
        result = sign_document(office, args.id, args.as_, key, image_png=image, place=place)
    finally:
        office.close()
        close_all()

    def text() -> str:
        lines = [_("Đã ký số văn bản {symbol} (mã {id}) với tư cách {role}.",
                   symbol=result.symbol, id=result.document_id, role=_as_label(result.kind)),
                 _("Chứng thư: {subject} (số hiệu {serial}).", subject=result.certificate_subject,
                   serial=result.certificate_serial),
                 _("Tệp đã ký: {name} (SHA-256 {sha}).", name=result.main.name,
                   sha=result.main.sha256_after)]
        for att in result.attachments:
            lines.append(_("Phụ lục đã ký: {name} (SHA-256 {sha}).", name=att.name,
                           sha=att.sha256_after))
        if result.kind == "organisation":
            lines.append(_("Văn bản đã phát hành."))
        lines += [_("Cảnh báo: {text}", text=w) for w in result.warnings]
        return "\n".join(lines)

    emit(args, result.to_dict(), text)
    return 0


def _document_or_draft(text: str) -> int | str:
    """A document id (``12``) or a draft (``DT-12``)."""
    if text.strip().upper().startswith("DT"):
        return text.strip()
    if not text.strip().isdigit():
        raise argparse.ArgumentTypeError(
            _("“{value}” không phải mã văn bản (số) hay mã dự thảo (DT-số).", value=text))
    return record_id(text)


def _sign_draft(args: argparse.Namespace, key: Any, image: bytes | None, place: Any) -> int:
    from desktop.drafting.issue import sign_draft
    from desktop.drafting.service import parse_draft_ref
    from signing.keys import close_all

    if args.as_ != "signer":
        raise UserError(_("Dự thảo chỉ được ký với tư cách người có thẩm quyền (--as signer); "
                          "văn thư phát hành bằng lệnh “vanthu issue”."), field="as")
    draft_id = parse_draft_ref(args.id)
    office = open_office(args)
    try:
        view = sign_draft(office, draft_id, key, image_png=image, place=place)
    finally:
        office.close()
        close_all()
    emit(args, view.to_dict(), lambda: "\n".join(
        [_("Đã ký số dự thảo {ref}; số và ngày để trống, văn thư ghi khi phát hành.",
           ref=view.ref)] + [_("Cảnh báo: {text}", text=w) for w in view.warnings]))
    return 0


def _yes_no(value: bool) -> str:
    return _("có") if value else _("không")


def cmd_verify(args: argparse.Namespace) -> int:
    from desktop.signatures.service import verify_file
    from signing.verify import STATUS_MODIFIED, STATUS_NOT_INTACT

    data = _read_file(args.file)
    with open_office(args) as office:
        report = verify_file(office, data)

    def text() -> str:
        if not report.signatures:
            return _("Tệp {path} không có chữ ký số nào.", path=args.file)
        lines = [_("Tệp {path}: {n} chữ ký số.", path=args.file, n=len(report.signatures))]
        none = _("không có")
        for i, sig in enumerate(report.signatures, 1):
            lines += [
                _("Chữ ký {n} ({field}): {status}", n=i, field=sig.field_name, status=sig.status),
                "  " + _("Người ký: {value}", value=sig.signer_name or none),
                "  " + _("Cơ quan: {value}", value=sig.organisation or none),
                "  " + _("Số hiệu chứng thư: {value}", value=sig.certificate_serial or none),
                "  " + _("Thời điểm ký (theo máy người ký): {value}",
                         value=sig.signer_reported_time or none),
                "  " + _("Dấu thời gian: {value}", value=sig.timestamp_time or none),
                "  " + _("Bị sửa đổi sau khi ký: {value}",
                         value=_yes_no(sig.modified_after_signing)),
            ]
            if sig.details and not sig.ok:
                lines.append("  " + _("Chi tiết: {value}", value=sig.details))
        lines.append(_("Kết luận: mọi chữ ký đều hợp lệ.") if report.ok
                     else _("Kết luận: có chữ ký không hợp lệ."))
        return "\n".join(lines)

    emit(args, {"file": args.file, **report.to_dict()}, text)
    if report.ok:
        return 0
    if any(s.status in (STATUS_NOT_INTACT, STATUS_MODIFIED) for s in report.signatures):
        return EXIT_NOT_INTACT
    return EXIT_NOT_VALID


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


# --------------------------------------------------------------------------- parser


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
    sp = add("sign", cmd_sign, _("ký số văn bản (lãnh đạo: --as signer; văn thư: --as "
                                 "organisation hoặc --as copy)"), parent=sub)
    sp.add_argument("id", type=_document_or_draft, help=_("mã văn bản, hoặc DT-số cho dự thảo"))
    sp.add_argument("--as", dest="as_", required=True, choices=["signer", "organisation", "copy"],
                    help=_("ký với tư cách: signer (người có thẩm quyền), organisation (cơ quan), "
                           "copy (sao y bản số hóa)"))
    key = sp.add_mutually_exclusive_group(required=True)
    key.add_argument("--p12", metavar="FILE", help=_("tệp khóa ký PKCS#12 (.p12, .pfx)"))
    key.add_argument("--pkcs11", metavar="MODULE",
                     help=_("thư viện PKCS#11 của thiết bị ký số (USB token)"))
    sp.add_argument("--token", metavar="LABEL", help=_("tên (nhãn) thiết bị ký số"))
    which = sp.add_mutually_exclusive_group()
    which.add_argument("--key-id", metavar="HEX", help=_("mã khóa trên thiết bị (hệ 16)"))
    which.add_argument("--key-label", metavar="L", help=_("nhãn khóa trên thiết bị"))
    sp.add_argument("--image", metavar="PNG",
                    help=_("ảnh chữ ký (hoặc ảnh con dấu) chỉ dùng cho lần ký này"))
    sp.add_argument("--place", metavar="PAGE:X,Y",
                    help=_("vị trí ký: trang (từ 1) và tọa độ góc dưới bên trái tính bằng point"))
    sp.add_argument("--pin-env", metavar="VAR",
                    help=_("tên biến môi trường chứa mã PIN hoặc mật khẩu (không thì hỏi khi ký)"))

    sp = add("verify", cmd_verify, _("kiểm tra chữ ký số trong tệp PDF"), parent=sub)
    sp.epilog = _("Mã thoát: 0 mọi chữ ký hợp lệ; 1 có chữ ký không hợp lệ (không tin cậy, bị thu "
                  "hồi, hết hạn) hoặc tệp không có chữ ký; 2 tệp không phải PDF hoặc bị hỏng; "
                  "6 tệp bị sửa đổi sau khi ký.")
    sp.add_argument("file", metavar="FILE.pdf")

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
    key = sp.add_mutually_exclusive_group()
    key.add_argument("--p12", metavar="FILE", help=_("tệp khóa ký PKCS#12 (.p12, .pfx)"))
    key.add_argument("--pkcs11", metavar="MODULE",
                     help=_("thư viện PKCS#11 của thiết bị ký số (USB token)"))
    sp.add_argument("--token", metavar="LABEL", help=_("tên (nhãn) thiết bị ký số"))
    which = sp.add_mutually_exclusive_group()
    which.add_argument("--key-id", metavar="HEX", help=_("mã khóa trên thiết bị (hệ 16)"))
    which.add_argument("--key-label", metavar="L", help=_("nhãn khóa trên thiết bị"))
    sp.add_argument("--pin-env", metavar="VAR",
                    help=_("tên biến môi trường chứa mã PIN hoặc mật khẩu (không thì hỏi khi ký)"))
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
