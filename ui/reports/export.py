"""Saving the report of a period as PDF (the administrative-document layout) or Excel (the
figures and the documents behind them), in the background."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from desktop.core.periods import parse_period
from desktop.kernel.office import Office
from desktop.reports.figures import compute
from ui.kit import messages
from ui.kit.choosers import ask_save_path
from ui.kit.worker import CancelToken, Operation, run_for


def export_report(
    owner: QWidget, office: Office, text: str, kind: str, path: Path | None = None
) -> Operation | None:
    """Save the report of period ``text`` (``2026-11``, ``2026-Q4``, ``2026``) as PDF
    (``kind="pdf"``) or Excel (``"xlsx"``); asks for the file when ``path`` is None. The work
    is tied to ``owner``'s life; ``None`` when the person cancels the file chooser."""
    period = parse_period(text)
    if path is None:
        if kind == "pdf":
            title = QCoreApplication.translate("DashboardPanel", "Xuất báo cáo ra PDF")
            wanted = QCoreApplication.translate("DashboardPanel", "Tệp PDF (*.pdf)")
        else:
            title = QCoreApplication.translate("DashboardPanel", "Xuất báo cáo ra Excel")
            wanted = QCoreApplication.translate("DashboardPanel", "Tệp Excel (*.xlsx)")
        path = ask_save_path(owner, title, f"bao-cao-{text}.{kind}", wanted)
        if path is None:
            return None
    out = path

    def work(token: CancelToken) -> Path:
        figures = compute(office, period)
        if kind == "pdf":
            from desktop.reports.files import write_pdf  # fpdf: when exporting, not at start

            return write_pdf(figures, out)
        from desktop.reports.files import write_xlsx

        return write_xlsx(office, figures, period, out)

    def saved(written: Path) -> None:
        messages.info(
            owner,
            QCoreApplication.translate("DashboardPanel", "Đã lưu báo cáo"),
            QCoreApplication.translate(
                "DashboardPanel", "Đã lưu báo cáo {period} vào {path}."
            ).format(period=period.label, path=str(written)),
        )

    return run_for(
        owner,
        work,
        label=QCoreApplication.translate("DashboardPanel", "Đang lưu báo cáo…"),
        on_success=saved,
    )
