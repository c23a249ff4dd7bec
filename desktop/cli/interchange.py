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

from desktop.cli.common import Add, Parser, emit, open_office
from desktop.core.i18n import N_, _

SIGNATURE_LABELS = {
    "valid": N_("hợp lệ"), "invalid": N_("KHÔNG HỢP LỆ"), "absent": N_("không có"),
    "weak": N_("hợp lệ nhưng dùng SHA-1 (yếu)"),
}


def _sig_label(status: str) -> str:
    return _(SIGNATURE_LABELS.get(status, status))


def _checks_lines(inter: dict[str, Any]) -> list[str]:
    sig = inter["xml_signature"]
    lines = [_("Chữ ký số XML của gói: {status} {subject}", status=_sig_label(sig["status"]),
               subject=sig["subject"]).rstrip()]
    for att in inter["attachments"]:
        sigs = att.get("pdf_signatures") or []
        state = ", ".join(f"{s['status']} ({s.get('signer_name') or '?'})" for s in sigs) \
            if sigs else _("không có chữ ký số")
        if att.get("zip_members"):
            state = _("tệp nén: {members}", members=", ".join(att["zip_members"]))
        lines.append(_("  Tệp {name}: {state}", name=att["name"], state=state))
    return lines


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
                lines += _checks_lines(reading.interchange())
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
        lines += _checks_lines(inter)
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
