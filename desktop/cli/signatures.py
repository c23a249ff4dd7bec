"""``vanthu sign``, ``verify`` (the trust store, CRLs, pinned certificates and images they use are
set up in :mod:`desktop.cli.signing_setup`).

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

from desktop.cli.common import emit, open_office, record_id
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


def add_key_options(sp: argparse.ArgumentParser, *, required: bool,
                    p12_help: str | None = None, pkcs11_help: str | None = None) -> None:
    """The key a command signs with, as ``_key_spec`` reads it: ``--p12 FILE`` or ``--pkcs11
    MODULE --token LABEL`` with ``--key-id`` or ``--key-label`` (the PIN: ``add_pin_option``)."""
    key = sp.add_mutually_exclusive_group(required=required)
    key.add_argument("--p12", metavar="FILE",
                     help=p12_help or _("tệp khóa ký PKCS#12 (.p12, .pfx)"))
    key.add_argument("--pkcs11", metavar="MODULE",
                     help=pkcs11_help or _("thư viện PKCS#11 của thiết bị ký số (USB token)"))
    sp.add_argument("--token", metavar="LABEL", help=_("tên (nhãn) thiết bị ký số"))
    which = sp.add_mutually_exclusive_group()
    which.add_argument("--key-id", metavar="HEX", help=_("mã khóa trên thiết bị (hệ 16)"))
    which.add_argument("--key-label", metavar="L", help=_("nhãn khóa trên thiết bị"))


def add_pin_option(sp: argparse.ArgumentParser) -> None:
    """``--pin-env VAR``: where ``_read_pin`` finds the secret (else it asks, without echo)."""
    sp.add_argument("--pin-env", metavar="VAR",
                    help=_("tên biến môi trường chứa mã PIN hoặc mật khẩu (không thì hỏi khi ký)"))


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


def register(sub: Any, add: Add, common: argparse.ArgumentParser) -> None:
    sp = add("sign", cmd_sign, _("ký số văn bản (lãnh đạo: --as signer; văn thư: --as "
                                 "organisation hoặc --as copy)"), parent=sub)
    sp.add_argument("id", type=_document_or_draft, help=_("mã văn bản, hoặc DT-số cho dự thảo"))
    sp.add_argument("--as", dest="as_", required=True, choices=["signer", "organisation", "copy"],
                    help=_("ký với tư cách: signer (người có thẩm quyền), organisation (cơ quan), "
                           "copy (sao y bản số hóa)"))
    add_key_options(sp, required=True)
    sp.add_argument("--image", metavar="PNG",
                    help=_("ảnh chữ ký (hoặc ảnh con dấu) chỉ dùng cho lần ký này"))
    sp.add_argument("--place", metavar="PAGE:X,Y",
                    help=_("vị trí ký: trang (từ 1) và tọa độ góc dưới bên trái tính bằng point"))
    add_pin_option(sp)

    sp = add("verify", cmd_verify, _("kiểm tra chữ ký số trong tệp PDF"), parent=sub)
    sp.epilog = _("Mã thoát: 0 mọi chữ ký hợp lệ; 1 có chữ ký không hợp lệ (không tin cậy, bị thu "
                  "hồi, hết hạn) hoặc tệp không có chữ ký; 2 tệp không phải PDF hoặc bị hỏng; "
                  "6 tệp bị sửa đổi sau khi ký.")
    sp.add_argument("file", metavar="FILE.pdf")
