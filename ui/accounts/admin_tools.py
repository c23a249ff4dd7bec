"""Administration: the accounts dialog, backups (now, and the automatic daily one), and the
"Công cụ" menu that opens them; plus small helpers the report and log screens share (file
choosers that tests can answer, background work tied to a widget's life).

The automatic backup runs a few seconds after the window shows, in the background and without
a progress dialog, when a folder is set (a USB drive works): one ZIP per day, the newest
``backup_keep`` kept. Problems (the USB drive not plugged in) are explained, never fatal.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.accounts.users import UserInfo, add_user, disable_user, list_users, set_password
from desktop.backup.service import BackupResult, auto_backup, backup
from desktop.core.errors import EnvironmentProblem, UserError
from desktop.core.numfmt import vn_int
from desktop.core.settings import Settings
from desktop.kernel.auth import Role
from desktop.kernel.office import Office
from ui.kit import messages
from ui.kit.choosers import ask_folder, ask_save_path
from ui.kit.dialogs import open_tracked
from ui.kit.errors import on_error
from ui.kit.fields import ErrorLabel, InlineErrors, add_field
from ui.kit.i18n import QT_TRANSLATE_NOOP
from ui.kit.panels import register_window_hook
from ui.kit.roles import role_text
from ui.kit.worker import CancelToken, Operation, run_for

#: How long after the window shows the automatic backup starts (the window paints first).
AUTO_BACKUP_DELAY_MS = 4000

class QuietOperation(Operation):
    """Background work the person did not ask for (the automatic backup): no busy cursor, no
    modal progress dialog; the status bar says when it is done."""

    def _show_cursor(self) -> None:
        return

    def _show_dialog(self) -> None:
        return


def _buttons(dialog: QDialog, ok_text: str, cancel_text: str) -> QDialogButtonBox:
    box = QDialogButtonBox()
    ok = box.addButton(ok_text, QDialogButtonBox.ButtonRole.AcceptRole)
    ok.setDefault(True)
    box.addButton(cancel_text, QDialogButtonBox.ButtonRole.RejectRole)
    box.rejected.connect(dialog.reject)
    return box


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
        self.buttons = _buttons(self, self.tr("Thêm"), self.tr("Hủy bỏ"))
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
        self.buttons = _buttons(self, self.tr("Đặt mật khẩu"), self.tr("Hủy bỏ"))
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
        except Exception as exc:  # noqa: BLE001 - one handler decides how to show it
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

        self.buttons = _buttons(self, self.tr("Lưu"), self.tr("Hủy bỏ"))
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
                f"vanthu-{dt.datetime.now():%Y%m%d-%H%M}.zip",
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
                self.tr("Đã sao lưu dữ liệu và {files} tệp ({size}) vào {path}.").format(
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


class AdminTools(QObject):
    """The "Công cụ" menu of the main window and the automatic backup."""

    def __init__(self, window: QMainWindow, office: Office, settings: Settings) -> None:
        super().__init__(window)
        self.window = window
        self.office = office
        self.settings = settings
        self.dialog: QDialog | None = None  # the dialog open now (tests drive it)
        self.auto: Operation | None = None
        self._scheduled = False
        bar = window.menuBar()
        menu = bar.findChild(QMenu, "menu_tools")
        if menu is None:
            menu = bar.addMenu("")
            menu.setObjectName("menu_tools")
        self.menu = menu
        self.act_users = QAction(self)
        self.act_backup = QAction(self)
        self.act_check = QAction(self)
        self.act_users.triggered.connect(self.open_users)
        self.act_backup.triggered.connect(self.open_backup)
        self.act_check.triggered.connect(self.check_data)
        for action in (self.act_users, self.act_backup, self.act_check):
            menu.addAction(action)
        actor = office.actor
        self.act_users.setVisible(actor.has(Role.ADMIN))
        self.act_backup.setVisible(actor.has(Role.ADMIN, Role.CLERK))
        self.act_check.setVisible(actor.has(Role.ADMIN, Role.CLERK))
        window.installEventFilter(self)
        self.retranslate()

    def retranslate(self) -> None:
        self.menu.setTitle(self.tr("&Công cụ"))
        self.act_users.setText(self.tr("&Tài khoản…"))
        self.act_backup.setText(self.tr("&Sao lưu…"))
        self.act_check.setText(self.tr("&Kiểm tra dữ liệu…"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window:
            if event.type() == QEvent.Type.LanguageChange:
                self.retranslate()
            elif event.type() == QEvent.Type.Show and not self._scheduled:
                self._scheduled = True
                QTimer.singleShot(AUTO_BACKUP_DELAY_MS, self, self.start_auto_backup)
        return False

    def _open(self, dialog: QDialog) -> None:
        open_tracked(self, dialog)

    def open_users(self) -> None:
        self._open(UsersDialog(self.office, self.window))

    def open_backup(self) -> None:
        self._open(BackupDialog(self.office, self.settings, self.window))

    def check_data(self) -> Operation | None:
        """The integrity check, run from the log screen so its result is shown there."""
        show_panel = getattr(self.window, "show_panel", None)
        panel_of = getattr(self.window, "panel", None)
        if not (callable(show_panel) and callable(panel_of)):
            return None
        show_panel("audit")
        check = getattr(panel_of("audit"), "check_integrity", None)
        return check() if callable(check) else None

    # -- the automatic daily backup ------------------------------------------------------
    def start_auto_backup(self) -> Operation | None:
        folder_text = str(self.settings.get("backup_dir")).strip()
        if not folder_text or not self.office.actor.has(Role.ADMIN, Role.CLERK):
            return None
        office, keep = self.office, int(self.settings.get("backup_keep"))
        missing = self.tr(
            "Không thấy thư mục sao lưu tự động {folder}, nên hôm nay chưa sao lưu. Nếu đó là "
            "ổ USB, hãy cắm ổ vào rồi chọn Công cụ > Sao lưu… > Sao lưu ngay; hoặc chọn thư mục "
            "khác."
        ).format(folder=folder_text)
        failed = self.tr(
            "Không ghi được bản sao lưu tự động vào {folder}. Hãy kiểm tra ổ đĩa còn chỗ trống "
            "và cho phép ghi."
        ).format(folder=folder_text)

        def work(token: CancelToken) -> Path | None:
            folder = Path(folder_text)
            if not folder.is_dir():
                raise EnvironmentProblem(missing, str(folder))
            try:
                return auto_backup(office, folder, keep)
            except OSError as exc:
                raise EnvironmentProblem(failed, str(exc)) from exc

        def done(made: Path | None) -> None:
            if not shiboken6.isValid(self.window):
                return
            if made is not None:
                text = self.tr("Đã sao lưu tự động vào {path}.").format(path=str(made))
            else:
                text = self.tr("Hôm nay đã có bản sao lưu tự động trong {folder}.").format(
                    folder=folder_text
                )
            self.window.statusBar().showMessage(text, 15000)

        def failed_now(exc: BaseException) -> None:
            on_error(self.window if shiboken6.isValid(self.window) else None, exc)

        op = QuietOperation(self.window, work, self.tr("Đang sao lưu tự động…"), done, failed_now)
        op.start()
        self.auto = op
        return op


def _install(window: QWidget) -> None:
    office = getattr(window, "office", None)
    settings = getattr(window, "settings", None)
    if isinstance(window, QMainWindow) and isinstance(office, Office):
        if not isinstance(settings, Settings):
            settings = Settings(office.location.data_dir)
        window.admin_tools = AdminTools(window, office, settings)  # type: ignore[attr-defined]


register_window_hook(_install)
