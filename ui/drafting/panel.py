"""The drafts panel ("Dự thảo"): every draft with its state; new draft and new version (officer,
clerk), send for approval, approve or return with a comment (leader), sign with số and ngày blank
(leader, the signing dialog with its PIN), issue (clerk: the number, the organisation signature,
the outgoing register), and the dispatch form for an issued one. The selected draft's versions
(with the Phụ lục I warnings) and history are listed beside it.

Drafts never appear in the outgoing register panel: they are not documents until issued."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import VanThuError
from desktop.drafting import service
from desktop.drafting.service import DraftStatus, DraftView
from desktop.kernel.auth import Role
from desktop.kernel.office import Office
from ui.drafting.dialogs import DispatchDialog, NewDraftDialog
from ui.kit import messages
from ui.kit.dialogs import open_tracked
from ui.kit.errors import on_error
from ui.kit.i18n import QT_TRANSLATE_NOOP
from ui.kit.panels import PanelSpec
from ui.registers.model import masked_text

STATUS_TEXT = {
    DraftStatus.DRAFT.value: QT_TRANSLATE_NOOP("DraftsPanel", "Đang soạn"),
    DraftStatus.SUBMITTED.value: QT_TRANSLATE_NOOP("DraftsPanel", "Chờ duyệt"),
    DraftStatus.RETURNED.value: QT_TRANSLATE_NOOP("DraftsPanel", "Bị trả lại"),
    DraftStatus.APPROVED.value: QT_TRANSLATE_NOOP("DraftsPanel", "Đã duyệt"),
    DraftStatus.SIGNED.value: QT_TRANSLATE_NOOP("DraftsPanel", "Lãnh đạo đã ký"),
    DraftStatus.ISSUED.value: QT_TRANSLATE_NOOP("DraftsPanel", "Đã phát hành"),
}
ACTION_TEXT = {
    "tao": QT_TRANSLATE_NOOP("DraftsPanel", "tạo"),
    "phien-ban": QT_TRANSLATE_NOOP("DraftsPanel", "phiên bản mới"),
    "trinh": QT_TRANSLATE_NOOP("DraftsPanel", "trình duyệt"),
    "duyet": QT_TRANSLATE_NOOP("DraftsPanel", "duyệt"),
    "tra-lai": QT_TRANSLATE_NOOP("DraftsPanel", "trả lại"),
    "ky": QT_TRANSLATE_NOOP("DraftsPanel", "ký số"),
    "phat-hanh": QT_TRANSLATE_NOOP("DraftsPanel", "phát hành"),
}
VIA_TEXT = {
    "buu-dien": QT_TRANSLATE_NOOP("DraftsPanel", "bưu điện"),
    "truc-tiep": QT_TRANSLATE_NOOP("DraftsPanel", "trực tiếp"),
    "dien-tu": QT_TRANSLATE_NOOP("DraftsPanel", "điện tử"),
}
LINK_TEXT = {
    "dinh-chinh": QT_TRANSLATE_NOOP("DraftsPanel", "đính chính"),
    "thay-the": QT_TRANSLATE_NOOP("DraftsPanel", "thay thế"),
    "thu-hoi": QT_TRANSLATE_NOOP("DraftsPanel", "thu hồi"),
}


class DraftsPanel(QWidget):
    message = Signal(str)

    def __init__(self, office: Office, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.office = office
        self.dialog: QDialog | None = None
        self.drafts: list[DraftView] = []
        self.table = QTableWidget(0, 6)
        self.table.setObjectName("drafts")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.itemSelectionChanged.connect(self._selected)
        self.details = QPlainTextEdit()
        self.details.setObjectName("details")
        self.details.setReadOnly(True)
        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        for name, slot in (("new", self.new_draft), ("version", self.new_version),
                           ("submit", self.submit), ("approve", self.approve),
                           ("return", self.return_draft), ("sign", self.sign),
                           ("issue", self.issue), ("dispatch", self.dispatch)):
            button = QPushButton()
            button.setObjectName(name)
            button.clicked.connect(slot)
            self.buttons[name] = button
            row.addWidget(button)
        row.addStretch(1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.details)
        splitter.setSizes([400, 200])
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(splitter, 1)
        self.retranslate()
        self.refresh()

    # -- texts ---------------------------------------------------------------------------
    def retranslate(self) -> None:
        texts = {
            "new": self.tr("Dự thảo &mới…"), "version": self.tr("Phiên &bản mới…"),
            "submit": self.tr("&Trình duyệt"), "approve": self.tr("&Duyệt"),
            "return": self.tr("T&rả lại…"), "sign": self.tr("&Ký số…"),
            "issue": self.tr("&Phát hành…"), "dispatch": self.tr("&Gửi đi…"),
        }
        for name, text in texts.items():
            self.buttons[name].setText(text)
        self.table.setHorizontalHeaderLabels([
            self.tr("Mã"), self.tr("Trạng thái"), self.tr("Loại"), self.tr("Trích yếu"),
            self.tr("Người ký"), self.tr("Số, ký hiệu")])

    # -- data ----------------------------------------------------------------------------
    def refresh(self, select: int | None = None) -> None:
        current = select if select is not None else self.current_id()
        try:
            self.drafts = service.list_drafts(self.office)
        except VanThuError as exc:
            on_error(self, exc)
            return
        self.table.setRowCount(len(self.drafts))
        for r, d in enumerate(self.drafts):
            values = (d.ref, self.tr(STATUS_TEXT.get(d.status, d.status)), d.type_name,
                      masked_text() if d.masked else d.subject, d.signer_name or d.signer,
                      d.symbol)
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, d.id)
                self.table.setItem(r, c, item)
            if d.id == current:
                self.table.selectRow(r)
        self._selected()

    def current(self) -> DraftView | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.drafts[rows[0].row()]

    def current_id(self) -> int | None:
        d = self.current()
        return d.id if d is not None else None

    def select_draft(self, draft_id: int) -> None:
        for r, d in enumerate(self.drafts):
            if d.id == draft_id:
                self.table.selectRow(r)

    def _selected(self) -> None:
        d = self.current()
        actor = self.office.actor
        status = d.status if d is not None else None
        drafter = actor.has(Role.OFFICER, Role.CLERK)
        self.buttons["new"].setEnabled(drafter)
        self.buttons["version"].setEnabled(drafter and status in (
            DraftStatus.DRAFT.value, DraftStatus.RETURNED.value))
        self.buttons["submit"].setEnabled(drafter and status == DraftStatus.DRAFT.value)
        leader = actor.has(Role.LEADER)
        self.buttons["approve"].setEnabled(leader and status == DraftStatus.SUBMITTED.value)
        self.buttons["return"].setEnabled(leader and status in (
            DraftStatus.SUBMITTED.value, DraftStatus.APPROVED.value))
        self.buttons["sign"].setEnabled(leader and status == DraftStatus.APPROVED.value)
        clerk = actor.has(Role.CLERK)
        self.buttons["issue"].setEnabled(clerk and status == DraftStatus.SIGNED.value)
        self.buttons["dispatch"].setEnabled(clerk and status == DraftStatus.ISSUED.value)
        self.details.setPlainText(self._details(d) if d is not None else "")

    def _details(self, d: DraftView) -> str:
        lines = [f"{d.ref} — {d.type_name}: {masked_text() if d.masked else d.subject}"]
        for v in d.versions:
            lines.append(self.tr("Phiên bản {n}: {name} ({user}, {at})").format(
                n=v.version, name=v.name, user=v.added_by, at=v.added_at.strftime("%d/%m/%Y %H:%M")))
            lines += ["    " + self.tr("Cảnh báo: {text}").format(text=p) for p in v.problems]
        if d.document_id is not None:
            lines += self._sent_and_linked(d.document_id)
        lines.append("")
        for e in d.history:
            comment = f" — {e.comment}" if e.comment else ""
            lines.append(f"{e.at:%d/%m/%Y %H:%M}  {e.actor}  "
                         f"{self.tr(ACTION_TEXT.get(e.action, e.action))}  v{e.version}{comment}")
        return "\n".join(lines)

    def _sent_and_linked(self, doc_id: int) -> list[str]:
        """Where the issued document went, and what it corrects, replaces or recalls (or what
        does that to it): the links are shown from both ends."""
        from desktop.drafting.dispatch import dispatches, links_of

        try:
            sent = dispatches(self.office, doc_id)
            links = links_of(self.office, doc_id)
        except VanThuError:
            return []
        lines = [self.tr("Đã gửi: {to} ({via}, {date})").format(
            to=masked_text() if x.masked else x.recipient,
            via=self.tr(VIA_TEXT.get(x.via, x.via)), date=x.sent_date.strftime("%d/%m/%Y"))
            for x in sent]
        lines += [self.tr("Văn bản {a} {kind} văn bản {b}").format(
            a=masked_text() if x.document_masked else x.document_symbol,
            kind=self.tr(LINK_TEXT.get(x.kind, x.kind)),
            b=masked_text() if x.other_masked else x.other_symbol) for x in links]
        return lines

    # -- actions -------------------------------------------------------------------------
    def _run(self, action: object) -> DraftView | None:
        try:
            with self.office.unit():
                view = action()  # type: ignore[operator]
        except VanThuError as exc:
            on_error(self, exc)
            return None
        self.refresh(select=view.id)
        for warning in view.warnings:
            self.message.emit(warning)
        return view  # type: ignore[no-any-return]

    def new_draft(self) -> None:
        dialog = NewDraftDialog(self.office, self)
        dialog.accepted.connect(lambda: self.refresh(
            select=dialog.created.id if dialog.created else None))
        open_tracked(self, dialog)

    def new_version(self, path: str | None = None) -> None:
        d = self.current()
        if d is None:
            return
        if not path:
            path, _filter = QFileDialog.getOpenFileName(
                self, self.tr("Chọn phiên bản mới của dự thảo"), "", self.tr("Tệp PDF (*.pdf)"))
        if path:
            draft_id, file = d.id, Path(path)
            self._run(lambda: service.add_version(self.office, draft_id, file))

    def submit(self) -> None:
        d = self.current()
        if d is not None:
            self._run(lambda: service.submit(self.office, d.id))

    def approve(self) -> None:
        d = self.current()
        if d is not None:
            self._run(lambda: service.approve(self.office, d.id))

    def return_draft(self) -> None:
        d = self.current()
        if d is None:
            return
        reason = messages.ask_text(self, self.tr("Trả lại dự thảo"),
                                   self.tr("Ý kiến gửi người soạn thảo:"))
        if reason is None:
            return
        self._run(lambda: service.return_draft(self.office, d.id, reason))

    def sign(self) -> None:
        d = self.current()
        if d is None:
            return
        draft_id, office = d.id, self.office

        def run(key, image, place):  # type: ignore[no-untyped-def]
            from desktop.drafting import issue as issuing

            return issuing.sign_draft(office, draft_id, key, image_png=image, place=place)

        self._key_dialog(d, "signer", self.tr("Ký số dự thảo {ref}").format(ref=d.ref), run)

    def issue(self) -> None:
        d = self.current()
        if d is None:
            return
        draft_id, office = d.id, self.office

        def run(key, image, _place):  # type: ignore[no-untyped-def]
            from desktop.drafting import issue as issuing

            return issuing.issue_draft(office, draft_id, key, seal_png=image)

        self._key_dialog(d, "organisation",
                         self.tr("Phát hành dự thảo {ref}").format(ref=d.ref), run)

    def _key_dialog(self, d: DraftView, as_: str, title: str, run: object) -> None:
        from ui.drafting.key_dialog import DraftKeyDialog  # pyHanko, when signing only

        try:
            pdf = service.current_pdf(self.office, d.id)
        except VanThuError as exc:
            on_error(self, exc)
            return
        dialog = DraftKeyDialog(self.office, title, pdf, as_, run, self)  # type: ignore[arg-type]
        dialog.completed.connect(lambda _r: self.refresh(select=d.id))
        open_tracked(self, dialog)

    def dispatch(self) -> None:
        d = self.current()
        if d is None or d.document_id is None:
            return
        dialog = DispatchDialog(self.office, d.document_id, d.symbol, self)
        dialog.accepted.connect(lambda: self.message.emit(
            self.tr("Đã ghi chuyển văn bản {symbol}.").format(symbol=d.symbol)))
        dialog.accepted.connect(self._selected)
        open_tracked(self, dialog)


def _make(office: Office, parent: QWidget | None) -> QWidget:
    return DraftsPanel(office, parent)


DRAFTS_PANEL = PanelSpec("drafts", QT_TRANSLATE_NOOP("Panels", "Dự thảo"), "outgoing", _make)
