"""Choosing the registered document a pending scan is attached to: a search by số, ký hiệu,
tác giả or trích yếu."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import VanThuError
from desktop.kernel.office import Office
from desktop.registers.search import search
from ui.kit.errors import on_error

DOC_ID_ROLE = Qt.ItemDataRole.UserRole


class DocumentPicker(QDialog):
    """Find a registered document by số, ký hiệu, tác giả or trích yếu, and pick it."""

    def __init__(self, office: Office, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.office = office
        self.chosen: int | None = None
        self.query = QLineEdit()
        self.query.setObjectName("query")
        self.query.setClearButtonEnabled(True)
        self.results = QListWidget()
        self.results.setObjectName("results")
        self.label = QLabel()
        self.label.setBuddy(self.query)
        self.buttons = QDialogButtonBox()
        self.ok = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.ok.setEnabled(False)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        self.results.currentRowChanged.connect(lambda row: self.ok.setEnabled(row >= 0))
        self.results.itemActivated.connect(lambda _item: self._accept())
        self._timer = QTimer(self, singleShot=True, interval=250)
        self._timer.timeout.connect(self.find)
        self.query.textChanged.connect(self._timer.start)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.query)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.buttons)
        self.resize(640, 420)
        self.query.setFocus()
        self.setWindowTitle(self.tr("Chọn văn bản để đính kèm"))
        self.label.setText(self.tr("&Tìm văn bản (số, ký hiệu, cơ quan, trích yếu):"))
        self.ok.setText(self.tr("Đính &kèm"))
        self.cancel.setText(self.tr("Hủy bỏ"))

    def find(self) -> None:
        self._timer.stop()
        self.results.clear()
        try:
            found = search(self.office, self.query.text().strip(), limit=50)
        except VanThuError as exc:
            on_error(self, exc)
            return
        for view in found:
            text = self.tr("{symbol} — {organ} — {subject}").format(
                symbol=view.symbol, organ=view.organ_name, subject=view.subject
            )
            item = QListWidgetItem(text, self.results)
            item.setData(DOC_ID_ROLE, view.id)
        if self.results.count():
            self.results.setCurrentRow(0)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter in the search box searches; it never picks a document not yet seen
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and self.focusWidget() in (self.query, None):
            self.find()
            self.results.setFocus()
            return
        super().keyPressEvent(event)

    def _accept(self) -> None:
        item = self.results.currentItem()
        if item is None:
            return
        self.chosen = int(item.data(DOC_ID_ROLE))
        self.accept()
