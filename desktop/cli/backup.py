"""``vanthu backup``, ``vanthu restore``, ``vanthu check``."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from desktop.cli.common import emit, open_office
from desktop.core.i18n import _


def cmd_backup(args: argparse.Namespace) -> int:
    from desktop.backup.service import backup

    office = open_office(args)
    try:
        result = backup(office, Path(args.out))
    finally:
        office.close()
    emit(args, result.to_dict(), _("Đã sao lưu vào {path} ({files} tệp, SHA-256 {sha}).",
                                   path=str(result.path), files=result.files, sha=result.sha256))
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from desktop.backup.service import restore
    from desktop.core.config import resolve

    location = resolve(args.data, args.db)
    result = restore(Path(args.file), location.data_dir, args.db)
    ok = result["check"]["ok"]
    emit(args, result, _("Đã khôi phục vào {path}.", path=str(location.data_dir)) if ok
         else _("Đã khôi phục vào {path} nhưng kiểm tra thấy lỗi.", path=str(location.data_dir)))
    return 0 if ok else 6


def cmd_check(args: argparse.Namespace) -> int:
    from desktop.backup.integrity import check

    office = open_office(args)
    try:
        report = check(office, clean_older_than=3600.0 if args.clean else None)
    finally:
        office.close()

    def text() -> str:
        lines = [_("Đã kiểm tra {n} tệp.", n=report.files_checked)]
        lines += [_("Thiếu tệp: {sha}", sha=s) for s in report.missing]
        lines += [_("Tệp bị thay đổi (sai mã băm): {sha}", sha=s) for s in report.mismatch]
        lines += [_("Chữ ký số bị hỏng: {sha}", sha=s) for s in report.signatures_broken]
        lines += [_("Thông tin tệp ghi trên văn bản mã {id} không khớp với các tệp của nó.", id=i)
                  for i in report.stale_flags]
        for t in report.tampered:
            lines.append(
                _("Văn bản mã {id} đã bị sửa trực tiếp trong cơ sở dữ liệu (khác với lúc ghi mục "
                  "nhật ký số {seq}).", id=t["id"], seq=t["seq"]) if t["problem"] == "edited"
                else _("Văn bản mã {id} đã bị xóa trực tiếp khỏi cơ sở dữ liệu (mục nhật ký số "
                       "{seq} ghi nhận nó).", id=t["id"], seq=t["seq"]))
        for p in report.series:
            lines.append(_("Sổ {series} năm {year}: số cuối {last} không thể đúng (số lớn nhất hợp "
                           "lệ đang dùng: {highest}); sửa bằng “vanthu repair-series”.",
                           series=p["series"], year=p["year"], last=p["last_number"],
                           highest=p["highest"]))
            if p["impossible"]:
                lines.append(_("  Văn bản có số vượt quá tối đa (hãy hủy đăng ký): mã {ids}.",
                               ids=", ".join(map(str, p["impossible"]))))
        if report.audit_problem:
            lines.append(_("Nhật ký không toàn vẹn từ mục số {seq}.",
                           seq=report.audit_problem["seq"]))
        if report.unreferenced:
            lines.append(_("{n} tệp trong kho không thuộc văn bản nào (còn lại sau một lần đăng ký "
                           "bị ngắt; vô hại, xóa bằng --clean).", n=len(report.unreferenced)))
        lines.append(_("Kết quả: tốt.") if report.ok else _("Kết quả: CÓ LỖI."))
        return "\n".join(lines)

    emit(args, report.to_dict(), text)
    return 0 if report.ok else 6


def cmd_repair_series(args: argparse.Namespace) -> int:
    from desktop.registers.series import repair_series

    with open_office(args) as office:
        problems = repair_series(office)

    def text() -> str:
        if not problems:
            return _("Mọi sổ đều đúng số; không có gì để sửa.")
        return "\n".join(_("Sổ {series} năm {year}: số cuối {last} → {new}.", series=p.series,
                           year=p.year, last=p.last_number, new=p.repaired_last)
                         for p in problems)

    emit(args, [p.to_dict() for p in problems], text)
    return 0


def register(sub: Any, add: Any, common: Any) -> None:
    sp = add("backup", cmd_backup, _("sao lưu cơ sở dữ liệu và mọi tệp vào một tệp .zip"))
    sp.add_argument("--out", required=True, metavar="FILE|DIR",
                    help=_("tệp sao lưu, hoặc thư mục để ghi tệp sao lưu đặt tên theo thời điểm"))
    sp = add("restore", cmd_restore, _("khôi phục bản sao lưu vào thư mục dữ liệu trống (--data)"))
    sp.add_argument("file")
    sp = add("check", cmd_check, _("đối chiếu cơ sở dữ liệu với kho tệp, kiểm tra nhật ký và chữ ký số"))
    sp.add_argument("--clean", action="store_true",
                    help=_("xóa tệp không thuộc văn bản nào (cũ hơn 1 giờ)"))
    add("repair-series", cmd_repair_series,
        _("sửa số cuối của những sổ không thể đúng (quản trị; ghi nhật ký)"))
