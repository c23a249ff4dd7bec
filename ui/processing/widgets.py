"""The work list's pieces: a table of work items that finds a document's row, and the reminder
banner above the tabs."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QTableView, QWidget

from desktop.processing.views import WorkItem
from ui.kit.icons import icon
from ui.processing.model import WorkModel


class WorkTable(QTableView):
    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.work = WorkModel(self)
        self.setModel(self.work)
        self.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.horizontalHeader().setStretchLastSection(True)
        for col, width in enumerate((80, 120, 360, 150, 90)):
            self.setColumnWidth(col, width)

    def current_item(self) -> WorkItem | None:
        row = self.currentIndex().row()
        return self.work.items[row] if 0 <= row < len(self.work.items) else None

    def select_document(self, doc_id: int) -> bool:
        for row, item in enumerate(self.work.items):
            if item.document_id == doc_id:
                self.selectRow(row)
                return True
        return False


class ReminderBanner(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reminder_banner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#reminder_banner { background: #fff3e0; border: 1px solid #e65100; }")
        pic = QLabel()
        pic.setPixmap(icon("overdue").pixmap(20, 20))
        self.text = QLabel()
        self.text.setObjectName("reminder_text")
        self.text.setWordWrap(True)
        self.close_button = QPushButton()
        self.close_button.setObjectName("reminder_close")
        self.close_button.clicked.connect(lambda: self.setVisible(False))
        row = QHBoxLayout(self)
        row.setContentsMargins(6, 4, 6, 4)
        row.addWidget(pic)
        row.addWidget(self.text, 1)
        row.addWidget(self.close_button)
        self.setVisible(False)


