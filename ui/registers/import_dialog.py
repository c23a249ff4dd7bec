"""“Nhập sổ từ Excel…”: choose the register and the file, import in the background."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QFileDialog, QInputDialog, QWidget

from desktop.core.errors import RowErrors
from desktop.kernel.office import Office
from desktop.registers.importer import ImportResult, import_register
from ui.kit import messages
from ui.kit.errors import on_error
from ui.kit.worker import CancelToken, Operation, run_in_background

MAX_ROWS_SHOWN = 200


def ask_import(parent: QWidget, office: Office, done: Callable[[str], None],
               on_result: Callable[[ImportResult], None] | None = None) -> None:
    registers = [
        QCoreApplication.translate("ImportDialog", "Sổ văn bản đến"),
        QCoreApplication.translate("ImportDialog", "Sổ văn bản đi"),
    ]
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(QCoreApplication.translate("ImportDialog", "Nhập sổ từ Excel"))
    dialog.setLabelText(QCoreApplication.translate("ImportDialog", "Nhập vào sổ nào?"))
    dialog.setComboBoxItems(registers)
    dialog.setOkButtonText(QCoreApplication.translate("ImportDialog", "Tiếp tục"))
    dialog.setCancelButtonText(QCoreApplication.translate("ImportDialog", "Hủy bỏ"))
    if not dialog.exec():
        return
    register = "incoming" if dialog.textValue() == registers[0] else "outgoing"
    name, _filter = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("ImportDialog", "Chọn tệp sổ (Excel hoặc CSV)"),
        "",
        QCoreApplication.translate("ImportDialog", "Bảng tính (*.xlsx *.csv)"),
    )
    if name:
        start_import(parent, office, register, Path(name), done, on_result)


def start_import(
    parent: QWidget | None, office: Office, register: str, path: Path, done: Callable[[str], None],
    on_result: Callable[[ImportResult], None] | None = None,
) -> Operation:
    def work(token: CancelToken) -> ImportResult:
        return import_register(office, register, path, cancelled=lambda: token.cancelled)

    def succeeded(result: ImportResult) -> None:
        messages.info(
            parent,
            QCoreApplication.translate("ImportDialog", "Đã nhập sổ"),
            ImportDialog().imported(result.imported, path.name),
        )
        done(register)
        if on_result is not None:
            on_result(result)

    def failed(exc: BaseException) -> None:
        if isinstance(exc, RowErrors):
            lines = [
                QCoreApplication.translate(
                    "ImportDialog", "Dòng {row}, cột {column}: {reason}"
                ).format(row=row, column=column, reason=reason)
                for row, column, reason in exc.rows[:MAX_ROWS_SHOWN]
            ]
            messages.warning(
                parent,
                QCoreApplication.translate("ImportDialog", "Tệp có dòng sai"),
                exc.message,
                "\n".join(lines),
            )
            return
        on_error(parent, exc)

    return run_in_background(
        parent,
        work,
        label=QCoreApplication.translate("ImportDialog", "Đang nhập sổ từ tệp {name}…").format(
            name=path.name
        ),
        on_success=succeeded,
        on_failure=failed,
    )


class ImportDialog(QObject):
    """The context of this module's texts, as a class for the one with a count: ``tr(text, "",
    n)`` gives the English "1 document" or "2 documents" (lupdate reads numerus forms from
    ``tr()`` in a class only)."""

    def imported(self, count: int, name: str) -> str:
        return self.tr("Đã nhập {count} văn bản từ tệp {name}.", "", count).format(
            count=count, name=name)
