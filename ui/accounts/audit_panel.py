"""The audit log on screen: who did what and when, newest first, a page at a time; filters by
document, person and dates; and the integrity check that names the first entry found edited,
removed or re-chained."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QIntValidator, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.accounts.users import list_users
from desktop.backup.integrity import CheckReport, check
from desktop.core.errors import UserError
from desktop.core.numfmt import vn_int
from desktop.kernel.audit import EntryView
from desktop.kernel.auth import Role
from desktop.kernel.office import Office, audit_entries
from ui.accounts.audit_model import AuditModel
from ui.accounts.integrity_text import integrity_problems
from ui.kit import messages
from ui.kit.errors import on_error
from ui.kit.fields import date_edit, date_value
from ui.kit.host import WindowHost, panel_of
from ui.kit.i18n import QT_TRANSLATE_NOOP
from ui.kit.panels import PanelSpec
from ui.kit.worker import CancelToken, Operation, run_for
from ui.registers.model import DOC_ID_ROLE
from ui.registers.panel import RegisterView

PAGE_SIZE = 100


class AuditPanel(QWidget):
    """Emits ``open_document`` with a document id (double-click on an entry about one)."""

    open_document = Signal(int)

    def __init__(self, office: Office, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.office = office
        self.allowed = office.actor.has(Role.ADMIN, Role.CLERK)
        self.last: Operation | None = None
        self.last_report: CheckReport | None = None
        self._stale = True
        self._generation = 0
        self._completer_filled = False

        self.document = QLineEdit()
        self.document.setObjectName("filter_document")
        self.document.setValidator(QIntValidator(1, 2_000_000_000, self))
        self.document.setMaximumWidth(90)
        self.document.setClearButtonEnabled(True)
        self.actor = QLineEdit()
        self.actor.setObjectName("filter_actor")
        self.actor.setClearButtonEnabled(True)
        self.actor.setMaximumWidth(160)
        self.use_start = QCheckBox()
        self.start = date_edit(self, compact=True)
        self.use_end = QCheckBox()
        self.end = date_edit(self, compact=True)
        self.start.setEnabled(False)
        self.end.setEnabled(False)
        self.use_start.toggled.connect(self.start.setEnabled)
        self.use_end.toggled.connect(self.end.setEnabled)
        self.document_label = QLabel()
        self.document_label.setBuddy(self.document)
        self.actor_label = QLabel()
        self.actor_label.setBuddy(self.actor)
        self.apply_button = QPushButton()
        self.clear_button = QPushButton()
        self.check_button = QPushButton()
        self.check_button.setObjectName("check_integrity")
        self.apply_button.clicked.connect(self.apply_filters)
        self.clear_button.clicked.connect(self.clear_filters)
        self.check_button.clicked.connect(self.check_integrity)
        self.document.returnPressed.connect(self.apply_filters)
        self.actor.returnPressed.connect(self.apply_filters)

        bar = QHBoxLayout()
        for widget in (
            self.document_label,
            self.document,
            self.actor_label,
            self.actor,
            self.use_start,
            self.start,
            self.use_end,
            self.end,
            self.apply_button,
            self.clear_button,
        ):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.check_button)

        self.model = AuditModel(self)
        self.view = RegisterView(self)
        self.view.setObjectName("audit_view")
        self.view.setModel(self.model)
        for col, width in enumerate((70, 150, 120, 180, 70)):
            self.view.setColumnWidth(col, width)
        self.view.activated.connect(self._activated)

        self.previous = QPushButton()
        self.next = QPushButton()
        self.previous.clicked.connect(lambda: self.load(self.model.offset - PAGE_SIZE))
        self.next.clicked.connect(lambda: self.load(self.model.offset + PAGE_SIZE))
        self.page_label = QLabel()
        self.page_label.setObjectName("page_label")
        self.result = QLabel()
        self.result.setObjectName("check_result")
        self.result.setWordWrap(True)
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.setVisible(not self.allowed)
        pages = QHBoxLayout()
        pages.addWidget(self.result, 1)
        pages.addWidget(self.page_label)
        pages.addWidget(self.previous)
        pages.addWidget(self.next)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 0)
        layout.addWidget(self.notice)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        layout.addLayout(pages)
        for widget in (self.document, self.actor, self.apply_button, self.clear_button):
            widget.setEnabled(self.allowed)
        self.check_button.setEnabled(self.allowed)
        self.retranslate()

    # -- texts ---------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.document_label.setText(self.tr("&Văn bản số:"))
        self.document.setToolTip(self.tr("Mã văn bản trong chương trình (cột “Văn bản”)."))
        self.actor_label.setText(self.tr("&Người thực hiện:"))
        self.actor.setPlaceholderText(self.tr("tên đăng nhập"))
        self.use_start.setText(self.tr("Từ ngày"))
        self.use_end.setText(self.tr("đến ngày"))
        self.apply_button.setText(self.tr("Lọc"))
        self.clear_button.setText(self.tr("Bỏ lọc"))
        self.check_button.setText(self.tr("Kiểm tra toàn vẹn"))
        self.check_button.setToolTip(
            self.tr(
                "Kiểm tra chuỗi mã băm của nhật ký, mã băm của mọi tệp trong kho và chữ ký số "
                "của các tệp đã ký."
            )
        )
        self.previous.setText(self.tr("‹ Trang trước"))
        self.next.setText(self.tr("Trang sau ›"))
        self.notice.setText(self.tr("Nhật ký dành cho quản trị và văn thư."))
        self.model.headerDataChanged.emit(
            Qt.Orientation.Horizontal, 0, self.model.columnCount() - 1
        )
        self._update_pages()
        if self.last_report is not None:
            self._show_result(self.last_report, announce=False)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- loading -------------------------------------------------------------------------
    def refresh(self) -> None:
        self._stale = True
        if self.isVisible():
            self.load(self.model.offset)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.load(self.model.offset)

    def filters(self) -> dict[str, Any]:
        doc = self.document.text().strip()
        return {
            "document_id": int(doc) if doc.isdigit() else None,
            "actor": self.actor.text().strip() or None,
            # The service filters by date on UTC times: exact for entries made from 07:00 to
            # 24:00 Vietnam time, i.e. the working day.
            "start": date_value(self.start) if self.use_start.isChecked() else None,
            "end": date_value(self.end) if self.use_end.isChecked() else None,
        }

    def apply_filters(self) -> Operation | None:
        return self.load(0)

    def clear_filters(self) -> Operation | None:
        self.document.clear()
        self.actor.clear()
        self.use_start.setChecked(False)
        self.use_end.setChecked(False)
        return self.load(0)

    def load(self, offset: int = 0, select_seq: int | None = None) -> Operation | None:
        self._stale = False
        if not self.allowed:
            return None
        self._fill_completer()
        offset = max(offset, 0)
        try:
            filters = self.filters()
        except UserError as exc:  # a date typed that is not one: say so, keep the page
            on_error(self, exc)
            return None
        office = self.office
        self._generation += 1
        generation = self._generation

        def work(token: CancelToken) -> tuple[list[EntryView], int, int]:
            start = offset
            if select_seq is not None:
                # Entries are numbered 1, 2, … and listed newest first: find the page.
                newest, _total = audit_entries(office, limit=1)
                top = newest[0].seq if newest else select_seq
                start = (max(top - select_seq, 0) // PAGE_SIZE) * PAGE_SIZE
            entries, total = audit_entries(office, offset=start, limit=PAGE_SIZE, **filters)
            return entries, total, start

        def done(result: tuple[list[EntryView], int, int]) -> None:
            if generation != self._generation:
                return
            entries, total, start = result
            self.model.set_page(entries, total, start)
            self._update_pages()
            row = self.model.row_of(select_seq) if select_seq is not None else None
            if row is not None:
                index = self.model.index(row, 0)
                self.view.selectionModel().setCurrentIndex(
                    index,
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
                self.view.scrollTo(index)

        self.last = run_for(self, work, label=self.tr("Đang đọc nhật ký…"), on_success=done)
        return self.last

    def _fill_completer(self) -> None:
        """Usernames to complete the person filter (only an administrator may list them)."""
        if self._completer_filled or not self.office.actor.has(Role.ADMIN):
            return
        self._completer_filled = True
        names = ["he-thong", *(u.username for u in list_users(self.office))]
        self.actor.setCompleter(QCompleter(names, self.actor))

    def _update_pages(self) -> None:
        m = self.model
        if m.total == 0:
            self.page_label.setText(self.tr("Không có mục nào."))
        else:
            self.page_label.setText(
                self.tr("Mục {first}–{last} trên {total}").format(
                    first=vn_int(m.offset + 1),
                    last=vn_int(m.offset + len(m.entries)),
                    total=vn_int(m.total),
                )
            )
        self.previous.setEnabled(m.offset > 0)
        self.next.setEnabled(m.offset + len(m.entries) < m.total)

    def _activated(self, index: QModelIndex) -> None:
        value = self.model.data(index, DOC_ID_ROLE)
        if value is not None:
            self.open_document.emit(int(value))

    # -- integrity -----------------------------------------------------------------------
    def check_integrity(self) -> Operation | None:
        """The audit chain, the file store and signed files, checked in the background."""
        if not self.allowed:
            return None
        office = self.office

        def work(token: CancelToken) -> CheckReport:
            return check(office)

        self.last = run_for(
            self,
            work,
            label=self.tr("Đang kiểm tra toàn vẹn dữ liệu…"),
            on_success=self._show_result,
        )
        return self.last

    def _show_result(self, report: CheckReport, announce: bool = True) -> None:
        self.last_report = report
        problems = integrity_problems(report)
        if not problems:
            text = self.tr(
                "Dữ liệu toàn vẹn: nhật ký không bị sửa, {files} tệp đúng mã băm.", "",
                report.files_checked,
            ).format(files=vn_int(report.files_checked))
            self.result.setStyleSheet("color: #1d6b2c;")
            self.result.setText(text)
            self.model.broken_seq = None
            if announce:
                messages.info(self, self.tr("Kiểm tra toàn vẹn"), text)
            return
        self.result.setStyleSheet("color: #b00020;")
        self.result.setText(" ".join(problems))
        if not announce:
            return
        details = "\n".join(
            [f"thieu: {sha}" for sha in report.missing]
            + [f"sai-ma-bam: {sha}" for sha in report.mismatch]
            + [f"chu-ky-hong: {sha}" for sha in report.signatures_broken]
            + ([json.dumps(report.audit_problem)] if report.audit_problem else [])
        )
        messages.warning(
            self,
            self.tr("Dữ liệu không toàn vẹn"),
            "\n".join(
                [
                    *problems,
                    "",
                    self.tr("Hãy giữ nguyên máy và các bản sao lưu, rồi báo cho cán bộ kỹ thuật."),
                ]
            ),
            details,
        )
        if report.audit_problem is not None:
            self.show_entry(int(report.audit_problem["seq"]))

    def show_entry(self, seq: int) -> Operation | None:
        """Clear the filters and show the page holding entry ``seq``, marked and selected."""
        self.model.broken_seq = seq
        self.document.clear()
        self.actor.clear()
        self.use_start.setChecked(False)
        self.use_end.setChecked(False)
        return self.load(select_seq=seq)


def _audit(office: Office, parent: QWidget | None) -> QWidget:
    return AuditPanel(office, parent)


AUDIT_PANEL = PanelSpec("audit", QT_TRANSLATE_NOOP("Panels", "Nhật ký"), "overdue", _audit)


def connect_audit_log(host: WindowHost) -> None:
    """A document named in the log opens in the window, as from the registers."""
    panel_of(host, AUDIT_PANEL.key, AuditPanel).open_document.connect(host.open_document)
