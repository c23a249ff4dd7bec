"""Digitisation commands: ``attach``, ``scan-inbox``, ``extract``, ``ocr``."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from desktop.cli.common import bounded_int, emit, open_office, record_id
from desktop.core.errors import UserError
from desktop.core.i18n import _


def _inbox_dir(args: argparse.Namespace, office: Any) -> Path:
    if args.dir:
        return Path(args.dir)
    from desktop.core.settings import Settings

    configured = Settings(office.location.data_dir).get("watch_dir")
    folder = Path(configured) if configured else office.location.data_dir / "quet"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def cmd_attach(args: argparse.Namespace) -> int:
    from desktop.digitise.inbox import attach_scans

    with open_office(args) as office:
        view = attach_scans(office, args.id, [Path(p) for p in args.files])
    emit(args, view.to_dict(), _("Đã đính kèm vào văn bản mã {id}; văn bản có {n} tệp.",
                                 id=view.id, n=len(view.files)))
    return 0


def cmd_scan_inbox(args: argparse.Namespace) -> int:
    from desktop.digitise import inbox as digitise

    office = open_office(args)
    try:
        if args.attach is not None:
            if args.to is None:
                raise UserError(_("Cần --to ID: văn bản nhận bản quét."), field="to")
            view = digitise.attach_pending(office, args.attach, args.to)
            emit(args, view.to_dict(), _("Đã đính kèm bản quét {item} vào văn bản mã {id}.",
                                         item=args.attach, id=view.id))
            return 0
        if args.register is not None:
            overrides = {k: v for k, v in {
                "received": args.received, "organ_name": args.sender, "symbol": args.symbol,
                "issued": args.date, "type_name": args.type, "subject": args.summary,
                "recipients": args.recipients, "urgency": args.urgency, "due": args.due,
            }.items() if v}
            view = digitise.register_pending(office, args.register, overrides)
            emit(args, view.to_dict(), _("Đã đăng ký văn bản đến số {num} năm {year} (mã {id}) "
                                         "từ bản quét.", num=view.number_text, year=view.year,
                                         id=view.id))
            return 0
        folder = _inbox_dir(args, office)
        picked = digitise.pick_up(office, folder, extract=not args.no_extract)
        items = digitise.pending(office)
    finally:
        office.close()

    def text() -> str:
        lines = [_("Thư mục nhận bản quét: {path}", path=str(folder))]
        lines += [_("Lỗi tệp {file}: {message}", file=f["file"], message=f["message"])
                  for f in picked.failures]
        if not items:
            lines.append(_("Không có bản quét nào đang chờ."))
        for it in items:
            fields = it.fields
            guess = " · ".join(str((fields.get(k) or {}).get("value") or "")
                               for k in ("symbol", "organ_name", "subject"))
            flag = "" if it.quality in ("dat", None) else f"  [{it.quality_reasons}]"
            lines.append(f"#{it.id}  {it.name}  {it.pages or '?'} tr.  {guess}{flag}")
        return "\n".join(lines)

    emit(args, {"folder": str(folder), "picked_up": picked.to_dict(),
                "pending": [i.to_dict() for i in items]}, text)
    return 1 if picked.failures and not items else 0


def cmd_extract(args: argparse.Namespace) -> int:
    from desktop.digitise.extract import extract_fields
    from desktop.digitise.ocr import ocr_text_only

    path = Path(args.file)
    if not path.is_file():
        raise UserError(_("Không tìm thấy tệp: {path}.", path=str(path)), field="file")
    known: list[str] = []
    if args.data or args.db:
        from desktop.registers.registry import agencies

        with open_office(args) as office:
            known = agencies(office, limit=5000)
    text = ocr_text_only(path.read_bytes(), max_pages=1).text
    result = extract_fields(text, known_organs=known).to_dict()
    emit(args, result, lambda: "\n".join(
        f"{k}: {v.get('value')}  ({v.get('confidence', 0):.2f})" for k, v in result.items()))
    return 0


def cmd_ocr_run(args: argparse.Namespace) -> int:
    from desktop.digitise import ocr_queue

    office = open_office(args)
    try:
        st = ocr_queue.run(office, args.workers)
    finally:
        office.close()
    emit(args, st.to_dict(), _("Nhận dạng chữ: {done} xong, {failed} lỗi, {waiting} đang chờ.",
                               done=st.done, failed=st.failed, waiting=st.waiting))
    return 0


def cmd_ocr_status(args: argparse.Namespace) -> int:
    from desktop.digitise import ocr_queue

    office = open_office(args)
    try:
        st = ocr_queue.status(office)
    finally:
        office.close()
    emit(args, st.to_dict(), _("Nhận dạng chữ: {done} xong, {failed} lỗi, {waiting} đang chờ.",
                               done=st.done, failed=st.failed, waiting=st.waiting))
    return 0


def register(sub: Any, add: Any, common: Any) -> None:
    sp = add("attach", cmd_attach, _("đính kèm bản quét hoặc tệp vào văn bản (ảnh gộp thành một PDF)"))
    sp.add_argument("id", type=record_id)
    sp.add_argument("files", nargs="+", metavar="FILE")

    sp = add("scan-inbox", cmd_scan_inbox, _("nhận bản quét từ thư mục của máy quét"))
    sp.add_argument("--dir", help=_("thư mục nhận bản quét (mặc định: cài đặt hoặc DATA/quet)"))
    sp.add_argument("--no-extract", action="store_true", help=_("không đọc thông tin trang đầu"))
    sp.add_argument("--attach", type=record_id, metavar="ITEM", help=_("đính kèm bản quét đang chờ"))
    sp.add_argument("--to", type=record_id, metavar="ID", help=_("văn bản nhận bản quét"))
    sp.add_argument("--register", type=record_id, metavar="ITEM",
                    help=_("đăng ký văn bản đến từ bản quét đang chờ"))
    sp.add_argument("--received", metavar="DATE", help=_("ngày đến (mặc định hôm nay)"))
    sp.add_argument("--from", dest="sender", metavar="TEXT", help=_("tác giả (sửa nếu đọc sai)"))
    sp.add_argument("--symbol", help=_("số, ký hiệu (sửa nếu đọc sai)"))
    sp.add_argument("--date", metavar="DATE", help=_("ngày văn bản (sửa nếu đọc sai)"))
    sp.add_argument("--type", help=_("tên loại (sửa nếu đọc sai)"))
    sp.add_argument("--summary", metavar="TEXT", help=_("trích yếu (sửa nếu đọc sai)"))
    sp.add_argument("--recipients", metavar="TEXT", help=_("đơn vị hoặc người nhận"))
    sp.add_argument("--urgency", choices=["thuong", "khan", "thuong-khan", "hoa-toc"])
    sp.add_argument("--due", metavar="DATE", help=_("hạn giải quyết"))

    sp = add("extract", cmd_extract, _("đọc tác giả, số ký hiệu, ngày, loại, trích yếu từ trang đầu"))
    sp.add_argument("file")

    grp = sub.add_parser("ocr", help=_("hàng đợi nhận dạng chữ"), parents=[common])
    grp.set_defaults(run_command=lambda a, g=grp: (g.print_help(), 2)[1])
    osub = grp.add_subparsers(dest="action", metavar=_("LỆNH"))
    sp = add("run", cmd_ocr_run, _("nhận dạng chữ các bản quét đang chờ"), osub)
    sp.add_argument("--workers", type=bounded_int(0, 64), default=0, help=_("số luồng (mặc định: số lõi)"))
    add("status", cmd_ocr_status, _("tình trạng hàng đợi nhận dạng chữ"), osub)
