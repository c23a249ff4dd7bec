"""The case files' share of the main window: "Đưa vào hồ sơ…" (Ctrl+Shift+H) for the document
selected in a register, dragging register rows onto a file of the "Hồ sơ" panel, and the
panel's counts and messages in the status bar."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QEvent, QMimeData, QObject, QPoint, Qt
from PySide6.QtGui import QAction, QDrag, QKeySequence, QMouseEvent
from PySide6.QtWidgets import QApplication, QWidget

from ui.casefiles.add_dialog import AddToFileDialog
from ui.casefiles.files_table import MIME_DOCUMENTS
from ui.casefiles.panel import CASEFILES_PANEL, CaseFilePanel
from ui.kit.dialogs import open_tracked
from ui.kit.host import WindowHost, panel_of
from ui.registers.panel import INCOMING_PANEL, OUTGOING_PANEL, RegisterPanel


def document_mime(doc_id: int) -> QMimeData:
    mime = QMimeData()
    mime.setData(MIME_DOCUMENTS, QByteArray(str(doc_id).encode("ascii")))
    return mime


class RowDragger(QObject):
    """Starts a drag of the selected document from a register's table (the register's own
    view knows nothing of files)."""

    def __init__(self, panel: RegisterPanel) -> None:
        super().__init__(panel)
        self.panel = panel
        self.start: QPoint | None = None
        panel.view.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.MouseButtonPress and isinstance(event, QMouseEvent):
            self.start = event.position().toPoint() \
                if event.button() == Qt.MouseButton.LeftButton else None
        elif kind == QEvent.Type.MouseMove and isinstance(event, QMouseEvent) \
                and self.start is not None and event.buttons() & Qt.MouseButton.LeftButton:
            moved = (event.position().toPoint() - self.start).manhattanLength()
            doc_id = self.panel.current_document_id()
            if moved >= QApplication.startDragDistance() and doc_id is not None:
                self.start = None
                drag = QDrag(self.panel.view)
                drag.setMimeData(document_mime(doc_id))
                drag.exec(Qt.DropAction.CopyAction)
                return True
        return False


class CaseFileActions(QObject):
    def __init__(self, host: WindowHost, panel: CaseFilePanel) -> None:
        window = host.main_window()
        super().__init__(window)
        self.host = host
        self.window = window
        self.panel = panel
        self.dialog: AddToFileDialog | None = None
        self.registers = [panel_of(host, spec.key, RegisterPanel)
                          for spec in (INCOMING_PANEL, OUTGOING_PANEL)]
        self.draggers = [RowDragger(p) for p in self.registers]
        self.act_add = QAction("", window)
        self.act_add.setObjectName("act_add_to_file")
        self.act_add.setShortcut(QKeySequence("Ctrl+Shift+H"))
        self.act_add.triggered.connect(self.add_current)
        host.add_menu_action(self.act_add, before="save_pdf")
        host.show_counts(CASEFILES_PANEL.key, panel.counts_text)
        panel.counts_changed.connect(lambda text: host.show_counts(CASEFILES_PANEL.key, text))
        panel.message.connect(host.show_message)
        window.installEventFilter(self)
        self.retranslate()

    def retranslate(self) -> None:
        self.act_add.setText(self.tr("Đưa văn bản vào &hồ sơ…"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def current_document(self) -> int | None:
        shown = [p for p in self.registers if p.isVisible()] or self.registers
        for p in shown:
            doc_id = p.current_document_id()
            if doc_id is not None:
                return doc_id
        return None

    def add_current(self) -> None:
        doc_id = self.current_document()
        if doc_id is None:
            self.host.show_message(self.tr("Chọn một văn bản trong sổ trước."))
            return
        self.add(doc_id, self.window)

    def add(self, doc_id: int, parent: QWidget) -> None:
        dialog = AddToFileDialog(self.panel.office, doc_id, parent)
        self.dialog = dialog
        dialog.accepted.connect(lambda: self._added(dialog))
        open_tracked(self, dialog)

    def _added(self, dialog: AddToFileDialog) -> None:
        if dialog.saved is not None:
            self.panel.refresh()
            self.host.show_message(self.tr("Đã đưa văn bản mã {id} vào hồ sơ {code}.").format(
                id=dialog.doc_id, code=dialog.saved.code))


def install_casefile_actions(host: WindowHost) -> None:
    panel = panel_of(host, CASEFILES_PANEL.key, CaseFilePanel)
    host.main_window().casefile_actions = CaseFileActions(host, panel)  # type: ignore[attr-defined]
