"""Backing up: now, to a ZIP of one's choosing, and the settings of the automatic daily backup
(its folder, which may be a USB drive, and how many ZIPs to keep)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.backup.service import BackupResult, backup
from desktop.core.clock import vn_now
from desktop.core.errors import EnvironmentProblem
from desktop.core.numfmt import vn_int
from desktop.core.settings import Settings
from desktop.kernel.office import Office
from ui.accounts.buttons import ok_cancel
from ui.kit import messages
from ui.kit.choosers import ask_folder, ask_save_path
from ui.kit.fields import ErrorLabel
from ui.kit.worker import CancelToken, Operation, run_for


def _megabytes(size: int) -> str:
    return f"{size / 1_000_000:.1f}".replace(".", ",") + " MB"


class BackupDialog(QDialog):
    """Back up now to a ZIP of one's choosing; set the folder and the count of the automatic
    daily backups."""

    def __init__(self, office: Office, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.office = office
        self.settings = settings
        self.last: Operation | None = None
        self.setWindowTitle(self.tr("Sao lưu"))
        now_box = QGroupBox(self.tr("Sao lưu ngay"))
        now_text = QLabel(
            self.tr(
                "Ghi toàn bộ cơ sở dữ liệu và các tệp văn bản vào một tệp ZIP. Nên cất bản sao "
                "lưu ở nơi khác máy này (ổ USB, ổ mạng)."
            )
        )
        now_text.setWordWrap(True)
        self.backup_now = QPushButton(self.tr("Sao lưu ngay…"))
        self.backup_now.setObjectName("backup_now")
        self.backup_now.setAutoDefault(False)
        self.backup_now.clicked.connect(lambda: self.run_backup())
        now_layout = QVBoxLayout(now_box)
        now_layout.addWidget(now_text)
        now_layout.addWidget(self.backup_now, 0, Qt.AlignmentFlag.AlignLeft)

        auto_box = QGroupBox(self.tr("Sao lưu tự động hằng ngày"))
        self.folder = QLineEdit(str(settings.get("backup_dir")))
        self.folder.setObjectName("backup_dir")
        self.folder.setPlaceholderText(self.tr("Chưa chọn: không sao lưu tự động"))
        self.choose = QPushButton(self.tr("Chọn thư mục…"))
        self.choose.setAutoDefault(False)
        self.choose.clicked.connect(self.choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.choose)
        self.keep = QSpinBox()
        self.keep.setObjectName("backup_keep")
        self.keep.setRange(1, 365)
        self.keep.setValue(max(1, int(settings.get("backup_keep"))))
        self.keep.setSuffix(self.tr(" bản"))
        self.message = ErrorLabel()
        auto_text = QLabel(
            self.tr(
                "Mỗi ngày, vài giây sau khi mở chương trình, một bản vanthu-NămThángNgày.zip "
                "được ghi vào thư mục này (có thể là ổ USB); chỉ giữ lại các bản mới nhất."
            )
        )
        auto_text.setWordWrap(True)
        auto_form = QFormLayout(auto_box)
        auto_form.addRow(auto_text)
        auto_form.addRow(self.tr("Thư mục:"), folder_row)
        auto_form.addRow(self.tr("Số bản giữ lại:"), self.keep)
        auto_form.addRow(self.message)

        self.buttons = ok_cancel(self, self.tr("Lưu"), self.tr("Hủy bỏ"))
        self.buttons.accepted.connect(self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(now_box)
        layout.addWidget(auto_box)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)

    def run_backup(self, path: Path | None = None) -> Operation | None:
        if path is None:
            path = ask_save_path(
                self,
                self.tr("Sao lưu dữ liệu"),
                f"vanthu-{vn_now():%Y%m%d-%H%M}.zip",
                self.tr("Tệp ZIP (*.zip)"),
            )
            if path is None:
                return None
        failed = self.tr(
            "Không ghi được bản sao lưu vào {path}. Hãy kiểm tra ổ đĩa còn chỗ trống và cho "
            "phép ghi."
        ).format(path=str(path))
        office, out = self.office, path

        def work(token: CancelToken) -> BackupResult:
            try:
                return backup(office, out)
            except OSError as exc:
                raise EnvironmentProblem(failed, str(exc)) from exc

        def done(result: BackupResult) -> None:
            messages.info(
                self,
                self.tr("Đã sao lưu"),
                self.tr("Đã sao lưu dữ liệu và {files} tệp ({size}) vào {path}.", "",
                        result.files).format(
                    files=vn_int(result.files), size=_megabytes(result.size), path=str(result.path)
                ),
            )

        self.last = run_for(self, work, label=self.tr("Đang sao lưu dữ liệu…"), on_success=done)
        return self.last

    def choose_folder(self) -> None:
        chosen = ask_folder(self, self.tr("Chọn thư mục sao lưu tự động"), self.folder.text())
        if chosen is not None:
            self.folder.setText(str(chosen))

    def save(self) -> None:
        text = self.folder.text().strip()
        if text:
            try:
                Path(text).mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                self.message.say(
                    self.tr("Không tạo được thư mục {folder}: {reason}").format(
                        folder=text, reason=exc.strerror or str(exc)
                    )
                )
                return
        self.settings.set("backup_dir", text)
        self.settings.set("backup_keep", self.keep.value())
        self.accept()
