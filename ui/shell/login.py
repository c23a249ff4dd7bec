"""The login dialog: asks until the office accepts a password, or the person gives up."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget

from desktop.core.errors import PermissionDenied
from desktop.kernel.auth import Actor
from desktop.kernel.office import Office
from ui.kit.fields import ErrorLabel


class LoginDialog(QDialog):
    def __init__(self, office: Office, org_name: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.office = office
        self.actor: Actor | None = None
        self.setWindowTitle(self.tr("Đăng nhập VănThư"))
        form = QFormLayout(self)
        if org_name:
            heading = QLabel(f"<b>{org_name}</b>")
            form.addRow(heading)
        self.username = QLineEdit()
        self.username.setObjectName("username")
        self.password = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.password.setObjectName("password")
        self.message = ErrorLabel()
        form.addRow(self.tr("Tên đăng nhập:"), self.username)
        form.addRow(self.tr("Mật khẩu:"), self.password)
        form.addRow(self.message)
        buttons = QDialogButtonBox()
        ok = buttons.addButton(self.tr("Đăng nhập"), QDialogButtonBox.ButtonRole.AcceptRole)
        ok.setDefault(True)
        buttons.addButton(self.tr("Thoát"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.try_login)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.setMinimumWidth(380)

    def try_login(self) -> None:
        try:
            self.actor = self.office.sign_in(self.username.text().strip(), self.password.text())
        except PermissionDenied as exc:
            self.message.say(exc.message)
            self.password.clear()
            self.password.setFocus()
            return
        self.accept()
