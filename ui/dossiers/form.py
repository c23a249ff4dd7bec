"""Receiving a dossier at the one-stop desk (giấy tiếp nhận hồ sơ và hẹn trả kết quả).

The appointment is shown live from the working-day calendar as the time limit or the time of
receipt change; the service computes it again when saving (same calendar, same rule).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import VanThuError
from desktop.core.textfold import fold
from desktop.dossiers.service import (
    ComponentInput,
    DossierInput,
    DossierView,
    ProcedureView,
    list_procedures,
    receive,
)
from desktop.kernel.office import Office
from desktop.workdays.calendar import MAX_DAYS, Calendar, incomplete_warning, office_calendar
from ui.dossiers.model import hm
from ui.dossiers.time_fields import datetime_edit, datetime_value
from ui.kit.fields import add_field
from ui.kit.folded_picker import FoldedCompleter
from ui.kit.i18n import QT_TRANSLATE_NOOP
from ui.kit.tables import vietnamese_sorted
from ui.registers.form_base import RegistrationDialog

CHANNELS = (
    ("truc-tiep", QT_TRANSLATE_NOOP("DossierReceiptDialog", "Trực tiếp")),
    ("truc-tuyen", QT_TRANSLATE_NOOP("DossierReceiptDialog", "Trực tuyến")),
    ("buu-chinh", QT_TRANSLATE_NOOP("DossierReceiptDialog", "Bưu chính công ích")),
)
COPY_FORMS = (
    ("ban-chinh", QT_TRANSLATE_NOOP("ComponentTable", "Bản chính")),
    ("ban-sao", QT_TRANSLATE_NOOP("ComponentTable", "Bản sao")),
)
NAME, FORM, COUNT, FILE = range(4)


class ComponentTable(QWidget):
    """The papers handed in: name, original or copy, how many, and optionally the scan."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("component_table")
        self.table.setTabKeyNavigation(False)  # Tab leaves the table, as in the rest of the form
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        for col, width in ((FORM, 110), (COUNT, 70), (FILE, 170)):
            self.table.setColumnWidth(col, width)
        self.table.setMinimumHeight(120)
        self.table.setMaximumHeight(170)
        self.add_button = QPushButton()
        self.remove_button = QPushButton()
        for button in (self.add_button, self.remove_button):
            button.setAutoDefault(False)  # Enter in the form saves
        self.add_button.clicked.connect(lambda: self.add_row())
        self.remove_button.clicked.connect(self.remove_row)
        self.files: dict[int, Path] = {}  # id of the row's file button → the file
        buttons = QVBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.retranslate()
        self.add_row()

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Tên giấy tờ"),
                self.tr("Hình thức"),
                self.tr("Số lượng"),
                self.tr("Tệp bản số hóa"),
            ]
        )
        self.add_button.setText(self.tr("Thêm &giấy tờ"))
        self.remove_button.setText(self.tr("Bỏ giấy tờ"))
        for row in range(self.table.rowCount()):
            combo = self.table.cellWidget(row, FORM)
            if isinstance(combo, QComboBox):
                for i, (_value, label) in enumerate(COPY_FORMS):
                    combo.setItemText(i, self.tr(label))
            button = self.table.cellWidget(row, FILE)
            if isinstance(button, QPushButton) and id(button) not in self.files:
                button.setText(self.tr("Chọn tệp…"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def add_row(
        self, name: str = "", form: str = "ban-chinh", count: int = 1, file: Path | None = None
    ) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(row, NAME, QTableWidgetItem(name))
        combo = QComboBox()
        for value, label in COPY_FORMS:
            combo.addItem(self.tr(label), value)
        combo.setCurrentIndex(max(combo.findData(form), 0))
        spin = QSpinBox()
        spin.setRange(1, 1000)
        spin.setValue(count)
        button = QPushButton(self.tr("Chọn tệp…"))
        button.setAutoDefault(False)
        button.clicked.connect(lambda _checked=False, b=button: self._choose_file(b))
        self.table.setCellWidget(row, FORM, combo)
        self.table.setCellWidget(row, COUNT, spin)
        self.table.setCellWidget(row, FILE, button)
        if file is not None:
            self.set_file(row, file)
        return row

    def remove_row(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            return
        button = self.table.cellWidget(row, FILE)
        self.files.pop(id(button), None)
        self.table.removeRow(row)

    def set_file(self, row: int, path: Path) -> None:
        button = self.table.cellWidget(row, FILE)
        assert isinstance(button, QPushButton)
        self.files[id(button)] = path
        button.setText(path.name)
        button.setToolTip(str(path))

    def _choose_file(self, button: QPushButton) -> None:
        name, _f = QFileDialog.getOpenFileName(
            self,
            self.tr("Chọn bản số hóa của giấy tờ"),
            "",
            self.tr("Bản quét (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;Mọi tệp (*)"),
        )
        if not name:
            return
        row = next(
            r for r in range(self.table.rowCount()) if self.table.cellWidget(r, FILE) is button
        )
        self.set_file(row, Path(name))

    def components(self) -> tuple[list[ComponentInput], list[Path]]:
        """The rows with a name, those with a scan first: the service pairs the scans with the
        first components in order (it has no way to say "this row has no scan")."""
        with_file: list[tuple[ComponentInput, Path]] = []
        without: list[ComponentInput] = []
        for row in range(self.table.rowCount()):
            item = self.table.item(row, NAME)
            name = item.text().strip() if item is not None else ""
            if not name:
                continue
            combo = self.table.cellWidget(row, FORM)
            spin = self.table.cellWidget(row, COUNT)
            form = combo.currentData() if isinstance(combo, QComboBox) else "ban-chinh"
            count = spin.value() if isinstance(spin, QSpinBox) else 1
            comp = ComponentInput(name, str(form), int(count))
            path = self.files.get(id(self.table.cellWidget(row, FILE)))
            if path is not None:
                with_file.append((comp, path))
            else:
                without.append(comp)
        return [c for c, _p in with_file] + without, [p for _c, p in with_file]


class DossierReceiptDialog(RegistrationDialog):
    """``saved`` holds the ``DossierView`` once received."""

    def __init__(self, office: Office, parent: QWidget | None = None) -> None:
        super().__init__(office, parent)
        self.setObjectName("dossier_receipt")
        self.setWindowTitle(self.tr("Tiếp nhận hồ sơ thủ tục hành chính"))
        self.intro.setText(
            self.tr(
                "Mã hồ sơ do phần mềm cấp khi bấm Lưu. Hẹn trả kết quả tính theo ngày làm việc, "
                "không kể ngày nghỉ, ngày lễ."
            )
        )
        self.setMinimumWidth(760)
        self.update_appointment()

    def build(self, form: QFormLayout) -> None:
        e = self.errors
        self.procedures: list[ProcedureView] = list_procedures(self.office)
        self._by_name = {fold(p.name): p for p in self.procedures}
        try:
            self.calendar: Calendar | None = office_calendar(self.office)
        except VanThuError:
            self.calendar = None
        self.procedure = QComboBox()
        self.procedure.setEditable(True)
        self.procedure.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for p in self.procedures:
            self.procedure.addItem(p.name, p.days)
            self.procedure.setItemData(
                self.procedure.count() - 1, p.basis, Qt.ItemDataRole.ToolTipRole
            )
        self.procedure.setCurrentIndex(-1)
        self.procedure.setEditText("")
        # "ket hon" finds "Đăng ký kết hôn": folded, any word, anywhere in the name
        self.procedure_completer = FoldedCompleter(
            self.procedure, vietnamese_sorted(p.name for p in self.procedures))
        self.procedure_completer.activated.connect(self._procedure_typed)
        line = self.procedure.lineEdit()
        assert line is not None
        line.setPlaceholderText(self.tr("Gõ vài chữ trong tên thủ tục để chọn"))
        self.procedure_hint = QLabel()
        self.procedure_hint.setObjectName("procedure_hint")
        self.procedure_hint.setWordWrap(True)
        self.procedure_hint.setStyleSheet("color: #555555;")
        self.procedure_hint.setVisible(False)
        self.days = QSpinBox()
        self.days.setRange(0, MAX_DAYS)
        self.days.setSpecialValueText(self.tr("Trong ngày"))
        self._days_suffix(self.days.value())
        self.received = datetime_edit()
        self.appointment = QLabel()
        self.appointment.setObjectName("appointment")
        self.appointment.setWordWrap(True)
        self.applicant = QLineEdit()
        self.address = QLineEdit()
        self.phone = QLineEdit()
        self.email = QLineEdit()
        self.channel = QComboBox()
        for value, label in CHANNELS:
            self.channel.addItem(self.tr(label), value)
        self.component_table = ComponentTable()
        self.handler = QLineEdit()
        self.notes = QLineEdit()

        procedure_box = QWidget()
        column = QVBoxLayout(procedure_box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(1)
        column.addWidget(self.procedure)
        column.addWidget(self.procedure_hint)
        fields: tuple[tuple[str | tuple[str, ...], QWidget, str], ...] = (
            ("procedure", self.procedure, self.tr("Thủ tục hành chính:")),
            ("days", self.days, self.tr("Thời hạn giải quyết:")),
            (("received", "calendar"), self.received, self.tr("Thời điểm tiếp nhận:")),
            ("applicant", self.applicant, self.tr("Người nộp hồ sơ:")),
            ("address", self.address, self.tr("Địa chỉ:")),
            ("phone", self.phone, self.tr("Số điện thoại:")),
            ("email", self.email, self.tr("Thư điện tử:")),
            ("channel", self.channel, self.tr("Hình thức nộp:")),
            (("component", "file"), self.component_table, self.tr("Thành phần hồ sơ:")),
            ("handler", self.handler, self.tr("Người xử lý:")),
            ("notes", self.notes, self.tr("Ghi chú:")),
        )
        previous: QWidget | None = None
        for names, widget, label in fields:
            name = names if isinstance(names, str) else names[0]
            widget.setObjectName(name)
            if widget is self.procedure:
                add_field(form, e, names, label, procedure_box)
                # the error shows under the hint; the focus goes to the combo itself
                e.add("procedure", self.procedure, e.fields["procedure"][1])
                label_widget = form.labelForField(procedure_box)
                if isinstance(label_widget, QLabel):
                    label_widget.setBuddy(self.procedure)
            else:
                add_field(form, e, names, label, widget)
            if name == "received":
                form.addRow("", self.appointment)
            focus = self.component_table.table if widget is self.component_table else widget
            if previous is not None:
                QWidget.setTabOrder(previous, focus)
            previous = getattr(widget, "tab_last", focus)  # a time and a date: both in turn
            if widget is self.component_table:
                QWidget.setTabOrder(self.component_table.table, self.component_table.add_button)
                QWidget.setTabOrder(
                    self.component_table.add_button, self.component_table.remove_button
                )
                previous = self.component_table.remove_button
        if previous is not None:
            QWidget.setTabOrder(previous, self.save_button)
        # the time, then the date of receipt, then the applicant (Qt moved the compound field)
        QWidget.setTabOrder(self.days, self.received.time)
        QWidget.setTabOrder(self.received.time, self.received.date.edit)
        QWidget.setTabOrder(self.received.date.edit, self.applicant)

        self.procedure.editTextChanged.connect(self._procedure_typed)
        self.procedure.activated.connect(
            lambda _i: self._procedure_typed(self.procedure.currentText())
        )
        self.days.valueChanged.connect(self.update_appointment)
        self.days.valueChanged.connect(self._days_suffix)
        self.received.dateTimeChanged.connect(self.update_appointment)
        self.procedure.setFocus()

    # -- live -------------------------------------------------------------------------------
    def _days_suffix(self, days: int) -> None:
        self.days.setSuffix(self.tr(" ngày làm việc", "", days))  # "1 working day", "2 … days"

    def _procedure_typed(self, text: str) -> None:
        found = self._by_name.get(fold(text)) if text.strip() else None
        if found is not None:
            self.days.setValue(found.days)
            self.procedure_hint.setText(found.basis)
        elif text.strip():
            self.procedure_hint.setText(
                self.tr(
                    "Thủ tục này chưa có trong danh mục: khi lưu sẽ được thêm vào với thời hạn "
                    "ghi dưới đây."
                )
            )
        else:
            self.procedure_hint.setText("")
        self.procedure_hint.setVisible(bool(self.procedure_hint.text()))

    def appointment_time(self) -> dt.datetime | None:
        if self.calendar is None:
            return None
        try:
            return self.calendar.due(datetime_value(self.received), self.days.value())
        except VanThuError:
            return None

    def update_appointment(self) -> None:
        due = self.appointment_time()
        if due is None:
            self.appointment.setText(self.tr("Hẹn trả kết quả: chưa tính được."))
            return
        text = self.tr("Hẹn trả kết quả: {time}").format(time=hm(due))
        assert self.calendar is not None
        missing = self.calendar.incomplete_years(datetime_value(self.received).date(), due.date())
        style = "font-weight: bold;"
        if missing:
            text += "\n⚠ " + incomplete_warning(missing)
            style += " color: #b71c1c;"
        self.appointment.setText(text)
        self.appointment.setStyleSheet(style)

    # -- saving -----------------------------------------------------------------------------
    def submit(self) -> DossierView:  # type: ignore[override]
        components, files = self.component_table.components()
        inp = DossierInput(
            received=datetime_value(self.received),
            procedure=self.procedure.currentText(),
            applicant=self.applicant.text(),
            days=self.days.value(),
            address=self.address.text(),
            phone=self.phone.text(),
            email=self.email.text(),
            channel=self.channel.currentData(),
            components=components,
            files=files,
            handler=self.handler.text(),
            notes=self.notes.text(),
        )
        return receive(self.office, inp)
