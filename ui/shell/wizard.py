"""First run: the data folder, the organisation profile and the first administrator."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from desktop.accounts.organisation import AdminAccount, OrgProfile, initialise, is_initialised
from desktop.core.errors import UserError, VanThuError
from desktop.kernel.office import Office
from desktop.shell.services import check_profile
from ui.kit.errors import on_error
from ui.kit.fields import ErrorLabel, InlineErrors, add_field


class DataPage(QWizardPage):
    def __init__(self, default: Path) -> None:
        super().__init__()
        self.setTitle(self.tr("Thư mục dữ liệu"))
        self.setSubTitle(
            self.tr(
                "Sổ văn bản, tệp đính kèm và bản sao lưu được lưu trong thư mục này. "
                "Nên giữ thư mục mặc định, trừ khi cơ quan có ổ đĩa riêng cho dữ liệu."
            )
        )
        self.folder = QLineEdit(str(default))
        self.folder.setObjectName("data_dir")
        self.browse = QPushButton(self.tr("Chọn thư mục…"))
        self.browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(self.browse)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Thư mục dữ liệu:")))
        layout.addLayout(row)
        layout.addStretch(1)

    def _browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Chọn thư mục dữ liệu"), self.folder.text()
        )
        if chosen:
            self.folder.setText(chosen)

    def isComplete(self) -> bool:
        return bool(self.folder.text().strip())


class OrgPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Thông tin cơ quan"))
        self.setSubTitle(self.tr("Tên viết tắt dùng trong ký hiệu văn bản đi, ví dụ 15/QĐ-UBND."))
        form = QFormLayout(self)
        self.errors = InlineErrors(ErrorLabel())
        form.addRow(self.errors.general)
        self.name = QLineEdit(placeholderText=self.tr("Ủy ban nhân dân xã Bình Phú"))
        self.short = QLineEdit("UBND")
        self.place = QLineEdit(placeholderText=self.tr("Bình Phú"))
        self.code = QLineEdit(placeholderText="000.00.01.H56")
        self.code.setMaxLength(13)
        self.parent_name = QLineEdit(placeholderText=self.tr("UBND tỉnh …"))
        for name, obj in (
            ("org_name", self.name),
            ("org_short", self.short),
            ("place", self.place),
            ("org_code", self.code),
            ("parent_name", self.parent_name),
        ):
            obj.setObjectName(name)
        add_field(form, self.errors, "org-name", self.tr("Tên cơ quan:"), self.name)
        add_field(form, self.errors, "org-short", self.tr("Tên viết tắt (ký hiệu):"), self.short)
        add_field(form, self.errors, "place", self.tr("Địa danh:"), self.place)
        add_field(form, self.errors, "org-code", self.tr("Mã định danh:"), self.code)
        add_field(form, self.errors, "parent", self.tr("Cơ quan cấp trên:"), self.parent_name)

    def profile(self) -> OrgProfile:
        return OrgProfile(
            self.name.text(),
            self.short.text(),
            self.place.text(),
            self.code.text() or None,
            self.parent_name.text() or None,
        )

    def validatePage(self) -> bool:
        try:
            check_profile(self.profile())
        except UserError as exc:
            self.errors.show(exc)
            return False
        self.errors.clear()
        return True


class AdminPage(QWizardPage):
    def __init__(self, create: Callable[[], bool]) -> None:
        super().__init__()
        self._create = create
        self.setTitle(self.tr("Tài khoản quản trị"))
        self.setSubTitle(
            self.tr("Tài khoản đầu tiên có quyền quản trị và văn thư. Mật khẩu ít nhất 6 ký tự.")
        )
        form = QFormLayout(self)
        self.errors = InlineErrors(ErrorLabel())
        form.addRow(self.errors.general)
        self.username = QLineEdit("quantri")
        self.full_name = QLineEdit()
        self.job_title = QLineEdit(placeholderText=self.tr("Công chức Văn phòng - Thống kê"))
        self.password = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.password2 = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        for name, obj in (
            ("username", self.username),
            ("full_name", self.full_name),
            ("title", self.job_title),
            ("password", self.password),
            ("password2", self.password2),
        ):
            obj.setObjectName(name)
        add_field(
            form, self.errors, ("admin", "username"), self.tr("Tên đăng nhập:"), self.username
        )
        add_field(form, self.errors, "full-name", self.tr("Họ và tên:"), self.full_name)
        add_field(form, self.errors, "title", self.tr("Chức vụ:"), self.job_title)
        add_field(form, self.errors, "password", self.tr("Mật khẩu:"), self.password)
        add_field(form, self.errors, "password2", self.tr("Nhập lại mật khẩu:"), self.password2)

    def account(self) -> AdminAccount:
        return AdminAccount(
            self.username.text(), self.password.text(), self.full_name.text(), self.job_title.text()
        )

    def validatePage(self) -> bool:
        if self.password.text() != self.password2.text():
            self.errors.show(
                UserError(self.tr("Hai lần nhập mật khẩu không giống nhau."), field="password2")
            )
            return False
        self.errors.clear()
        return self._create()


class SetupWizard(QWizard):
    """Creates the office; :attr:`office` is the opened office afterwards."""

    def __init__(self, office: Office, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.office = office
        self.setWindowTitle(self.tr("Thiết lập VănThư lần đầu"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("Tiếp theo >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< Quay lại"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Hoàn tất"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Hủy bỏ"))
        self.data_page = DataPage(office.location.data_dir)
        self.org_page = OrgPage()
        self.admin_page = AdminPage(self._create)
        for page in (self.data_page, self.org_page, self.admin_page):
            self.addPage(page)
        self.resize(640, 480)

    def _open_chosen(self) -> Office:
        chosen = Path(self.data_page.folder.text().strip()).expanduser().resolve()
        if chosen == self.office.location.data_dir:
            return self.office
        opened = Office.open(chosen)
        self.office.close()
        self.office = opened
        return opened

    def _create(self) -> bool:
        try:
            office = self._open_chosen()
            if not is_initialised(office):
                initialise(office, self.org_page.profile(), self.admin_page.account())
        except UserError as exc:
            if exc.field in self.org_page.errors.fields:
                self.org_page.errors.show(exc)
            else:
                self.admin_page.errors.show(exc)
            return False
        except VanThuError as exc:
            on_error(self, exc)
            return False
        return True
