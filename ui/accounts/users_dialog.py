"""The accounts of the office (quản trị only): the list, a new account, a new password for
someone who forgot theirs, disabling an account. Each change runs in the background."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.accounts.users import UserInfo, add_user, disable_user, list_users, set_password
from desktop.core.errors import UserError, VanThuError
from desktop.kernel.auth import Role
from desktop.kernel.office import Office
from ui.accounts.buttons import ok_cancel
from ui.kit import messages
from ui.kit.dialogs import open_tracked
from ui.kit.errors import on_error
from ui.kit.fields import ErrorLabel, InlineErrors, add_field
from ui.kit.i18n import QT_TRANSLATE_NOOP
from ui.kit.roles import role_text
from ui.kit.worker import CancelToken, Operation, run_for


def _password_pair(form: QFormLayout, errors: InlineErrors) -> tuple[QLineEdit, QLineEdit]:
    first = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
    first.setObjectName("password")
    second = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
    second.setObjectName("password2")
    add_field(
        form, errors, "password", QCoreApplication.translate("AccountDialog", "Mật khẩu:"), first
    )
    add_field(
        form,
        errors,
        "password2",
        QCoreApplication.translate("AccountDialog", "Nhập lại mật khẩu:"),
        second,
    )
    return first, second


def _same_passwords(first: QLineEdit, second: QLineEdit) -> UserError | None:
    if first.text() != second.text():
        return UserError(
            QCoreApplication.translate("AccountDialog", "Hai lần nhập mật khẩu không giống nhau."),
            field="password2",
        )
    return None


class AccountDialog(QDialog):
    """A new account: user name, full name, title, roles, the password twice."""

    def __init__(self, office: Office, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.office = office
        self.created: UserInfo | None = None
        self.last: Operation | None = None
        self.setWindowTitle(self.tr("Thêm tài khoản"))
        self.errors = InlineErrors(ErrorLabel())
        form = QFormLayout(self)
        form.addRow(self.errors.general)
        self.username = QLineEdit()
        self.username.setObjectName("username")
        self.full_name = QLineEdit()
        self.full_name.setObjectName("full_name")
        self.job_title = QLineEdit()
        self.job_title.setObjectName("job_title")
        add_field(form, self.errors, "username", self.tr("Tên đăng nhập:"), self.username)
        add_field(form, self.errors, "full_name", self.tr("Họ và tên:"), self.full_name)
        add_field(form, self.errors, "title", self.tr("Chức vụ:"), self.job_title)
        roles = QWidget()
        row = QHBoxLayout(roles)
        row.setContentsMargins(0, 0, 0, 0)
        self.roles: dict[Role, QCheckBox] = {}
        for role in (Role.ADMIN, Role.CLERK, Role.LEADER, Role.OFFICER):
            box = QCheckBox(role_text(role))
            box.setObjectName(f"role_{role.value}")
            self.roles[role] = box
            row.addWidget(box)
        row.addStretch(1)
        add_field(form, self.errors, "role", self.tr("Vai trò:"), roles)
        self.password, self.password2 = _password_pair(form, self.errors)
        self.buttons = ok_cancel(self, self.tr("Thêm"), self.tr("Hủy bỏ"))
        self.buttons.accepted.connect(self.save)
        form.addRow(self.buttons)
        self.setMinimumWidth(460)

    def chosen_roles(self) -> list[Role]:
        return [role for role, box in self.roles.items() if box.isChecked()]

    def save(self) -> Operation | None:
        self.errors.clear()
        problem = _same_passwords(self.password, self.password2)
        if not self.chosen_roles():
            problem = UserError(self.tr("Chọn ít nhất một vai trò."), field="role")
        if problem is not None:
            self.errors.show(problem)
            return None
        office = self.office
        values = (
            self.username.text().strip(),
            self.password.text(),
            self.chosen_roles(),
            self.full_name.text().strip(),
            self.job_title.text().strip(),
        )

        def work(token: CancelToken) -> UserInfo:
            return add_user(office, *values)

        self.buttons.setEnabled(False)
        self.last = run_for(
            self,
            work,
            label=self.tr("Đang tạo tài khoản…"),
            on_success=self._created,
            on_failure=self._refused,
        )
        return self.last

    def _created(self, info: UserInfo) -> None:
        self.created = info
        self.accept()

    def _refused(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        if isinstance(exc, UserError):
            self.errors.show(exc)
        else:
            on_error(self, exc)


class PasswordDialog(QDialog):
    """An administrator sets a new password for someone who forgot theirs."""

    def __init__(self, office: Office, username: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.office = office
        self.username = username
        self.last: Operation | None = None
        self.setWindowTitle(self.tr("Đặt lại mật khẩu"))
        self.errors = InlineErrors(ErrorLabel())
        form = QFormLayout(self)
        form.addRow(QLabel(self.tr("Mật khẩu mới cho tài khoản {user}:").format(user=username)))
        form.addRow(self.errors.general)
        self.password, self.password2 = _password_pair(form, self.errors)
        self.buttons = ok_cancel(self, self.tr("Đặt mật khẩu"), self.tr("Hủy bỏ"))
        self.buttons.accepted.connect(self.save)
        form.addRow(self.buttons)

    def save(self) -> Operation | None:
        self.errors.clear()
        problem = _same_passwords(self.password, self.password2)
        if problem is not None:
            self.errors.show(problem)
            return None
        office, username, password = self.office, self.username, self.password.text()

        def work(token: CancelToken) -> None:
            set_password(office, username, password)

        def refused(exc: BaseException) -> None:
            if isinstance(exc, UserError):
                self.errors.show(exc)
            else:
                on_error(self, exc)

        self.last = run_for(
            self,
            work,
            label=self.tr("Đang đặt mật khẩu…"),
            on_success=lambda _none: self.accept(),
            on_failure=refused,
        )
        return self.last


class UsersDialog(QDialog):
    """The accounts of the office (quản trị only): list, add, disable, reset a password."""

    HEADINGS = (
        QT_TRANSLATE_NOOP("UsersDialog", "Tên đăng nhập"),
        QT_TRANSLATE_NOOP("UsersDialog", "Họ và tên"),
        QT_TRANSLATE_NOOP("UsersDialog", "Chức vụ"),
        QT_TRANSLATE_NOOP("UsersDialog", "Vai trò"),
        QT_TRANSLATE_NOOP("UsersDialog", "Tình trạng"),
    )

    def __init__(self, office: Office, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.office = office
        self.users: list[UserInfo] = []
        self.dialog: QDialog | None = None  # the account or password dialog open now
        self.last: Operation | None = None
        self.setWindowTitle(self.tr("Tài khoản"))
        self.table = QTableWidget(0, len(self.HEADINGS))
        self.table.setObjectName("users_table")
        self.table.setHorizontalHeaderLabels([self.tr(h) for h in self.HEADINGS])
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.add_button = QPushButton(self.tr("Thêm tài khoản…"))
        self.disable_button = QPushButton(self.tr("Vô hiệu hóa"))
        self.reset_button = QPushButton(self.tr("Đặt lại mật khẩu…"))
        close = QPushButton(self.tr("Đóng"))
        for button in (self.add_button, self.disable_button, self.reset_button, close):
            button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add)
        self.disable_button.clicked.connect(self.disable)
        self.reset_button.clicked.connect(self.reset_password)
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.disable_button, self.reset_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.resize(760, 380)
        self.reload()

    def reload(self) -> None:
        try:
            self.users = list_users(self.office)
        except VanThuError as exc:  # refused, or the database unreachable: say so, list nobody
            on_error(self, exc)
            self.users = []
        self.table.setRowCount(len(self.users))
        for row, user in enumerate(self.users):
            roles = ", ".join(role_text(Role(r)) for r in user.roles if r in set(Role))
            state = self.tr("Đang dùng") if user.active else self.tr("Đã vô hiệu hóa")
            for col, text in enumerate((user.username, user.full_name, user.title, roles, state)):
                self.table.setItem(row, col, QTableWidgetItem(text))
        self._selection_changed()

    def selected(self) -> UserInfo | None:
        row = self.table.currentRow()
        return self.users[row] if 0 <= row < len(self.users) else None

    def select(self, username: str) -> None:
        row = next((i for i, u in enumerate(self.users) if u.username == username), -1)
        self.table.selectRow(row)

    def _selection_changed(self) -> None:
        user = self.selected()
        self.disable_button.setEnabled(user is not None and user.active)
        self.reset_button.setEnabled(user is not None)

    def _open(self, dialog: QDialog) -> None:
        open_tracked(self, dialog)

    def add(self) -> None:
        dialog = AccountDialog(self.office, self)

        def added() -> None:
            self.reload()
            if dialog.created is not None:
                self.select(dialog.created.username)

        dialog.accepted.connect(added)
        self._open(dialog)

    def reset_password(self) -> None:
        user = self.selected()
        if user is None:
            return
        dialog = PasswordDialog(self.office, user.username, self)
        dialog.accepted.connect(
            lambda: messages.info(
                self,
                self.tr("Đã đặt lại mật khẩu"),
                self.tr(
                    "Đã đặt mật khẩu mới cho tài khoản {user}. Hãy báo cho người dùng và đề "
                    "nghị họ tự đổi mật khẩu."
                ).format(user=user.username),
            )
        )
        self._open(dialog)

    def disable(self) -> Operation | None:
        user = self.selected()
        if user is None or not messages.ask(
            self,
            self.tr("Vô hiệu hóa tài khoản"),
            self.tr(
                "Vô hiệu hóa tài khoản {user}? Người này sẽ không đăng nhập được nữa; "
                "nhật ký và văn bản của họ vẫn được giữ."
            ).format(user=user.username),
        ):
            return None
        office, username = self.office, user.username

        def work(token: CancelToken) -> UserInfo:
            return disable_user(office, username)

        self.last = run_for(
            self,
            work,
            label=self.tr("Đang vô hiệu hóa tài khoản…"),
            on_success=lambda _info: self.reload(),
        )
        return self.last
