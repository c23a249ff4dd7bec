"""``vanthu report``: the period's figures as JSON, PDF or Excel."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from desktop.cli.common import emit, open_office
from desktop.core.errors import UserError
from desktop.core.i18n import _


def cmd_report(args: argparse.Namespace) -> int:
    from desktop.core.periods import parse_period
    from desktop.reports.figures import compute

    period = parse_period(args.period)
    fmt = args.format or ("json" if not args.out else Path(args.out).suffix.lstrip(".").lower())
    if fmt not in ("json", "pdf", "xlsx"):
        raise UserError(_("Định dạng báo cáo không hợp lệ: {value}. Chọn json, pdf hoặc xlsx.",
                          value=fmt), field="format")
    if fmt in ("pdf", "xlsx") and not args.out:
        raise UserError(_("Cần --out TỆP cho báo cáo dạng {fmt}.", fmt=fmt), field="out")
    office = open_office(args)
    try:
        fig = compute(office, period)
        # the file writers only for a file: fpdf2 and openpyxl cost more than the JSON report
        if fmt == "pdf":
            from desktop.reports.files import write_pdf

            write_pdf(fig, Path(args.out))
        elif fmt == "xlsx":
            from desktop.reports.files import write_xlsx

            write_xlsx(office, fig, period, Path(args.out))
    finally:
        office.close()
    if fmt == "json":
        data = fig.to_dict()
        if args.out:
            import json

            from desktop.core.pdfkit import write_atomic

            write_atomic(json.dumps(data, ensure_ascii=False, indent=2).encode(), Path(args.out))
        args.json = True
        emit(args, data, "")
        return 0
    emit(args, {"out": args.out, "format": fmt, **fig.to_dict()},
         "\n".join([_("Đã ghi báo cáo ra {path}.", path=args.out), *fig.sentences()]))
    return 0


def register(sub: Any, add: Any, common: Any) -> None:
    sp = add("report", cmd_report, _("báo cáo số liệu số hóa theo kỳ (tháng, quý, năm)"))
    sp.add_argument("--period", required=True,
                    help=_("kỳ báo cáo: 2023 | 2023-03 | 2023-Q1 | 2023-01-01..2023-06-30"))
    sp.add_argument("--format", choices=["json", "pdf", "xlsx"], help=_("định dạng kết quả"))
    sp.add_argument("--out", metavar="FILE", help=_("tệp kết quả"))
