"""The key part of the signing dialog: a PKCS#12 file, or a key on a USB token (PKCS#11).

For a token it offers what it finds plugged in (``desktop.signatures.tokens``: the listed
drivers of the Vietnamese CAs, each token's label, serial and certificates with holder and
validity); the last entry lets a module path, token name and key id or label be typed by hand.
No driver is loaded before a token is asked for. The PIN or password is not held here: the
dialog passes it to ``key_spec`` for one attempt. Texts are in the ``SignDialog`` context, as
the dialog they stand in.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QFileDialog, QHBoxLayout, QLineEdit, QPushButton, QWidget

from desktop.core.errors import UserError
from desktop.signatures import tokens as token_search
from desktop.signatures.service import KeySpec

P12, P11 = "pkcs12", "pkcs11"


def _row(*widgets: QWidget) -> QWidget:
    row = QHBoxLayout()
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(widgets[0], 1)
    for widget in widgets[1:]:
        row.addWidget(widget)
    box = QWidget()
    box.setLayout(row)
    return box


class KeyChoice:
    """The key's widgets (rows of the dialog's form) and the tokens found; ``parent`` is the
    dialog, for the file chooser."""

    def __init__(self, parent: QWidget) -> None:
        self.parent = parent
        self.source = QComboBox()
        self.source.setObjectName("key_source")
        self.source.addItem("", P12)
        self.source.addItem("", P11)
        self.p12 = QLineEdit()
        self.p12.setObjectName("p12")
        self.p12_browse = QPushButton()
        self.p12_browse.setAutoDefault(False)
        self.p12_browse.clicked.connect(self.choose_p12)
        self.found = QComboBox()
        self.found.setObjectName("found_key")
        self.rescan = QPushButton()
        self.rescan.setObjectName("rescan")
        self.rescan.setAutoDefault(False)
        self.choices: list[token_search.TokenChoice] = []
        self.scanned = False
        self.module = QLineEdit()
        self.module.setObjectName("module")
        self.token = QLineEdit()
        self.token.setObjectName("token")
        self.key_id = QLineEdit()
        self.key_id.setObjectName("key_id")
        self.key_label = QLineEdit()
        self.key_label.setObjectName("key_label")
        self.p12_box = _row(self.p12, self.p12_browse)
        self.found_box = _row(self.found, self.rescan)

    def retranslate(self) -> None:
        self.source.setItemText(0, QCoreApplication.translate("SignDialog", "Tệp khóa PKCS#12"))
        self.source.setItemText(
            1, QCoreApplication.translate("SignDialog", "Thiết bị ký số USB (PKCS#11)"))
        self.p12_browse.setText(QCoreApplication.translate("SignDialog", "Chọn…"))
        self.rescan.setText(QCoreApplication.translate("SignDialog", "Tìm lại"))
        self.name_found()
        self.key_id.setPlaceholderText("a1b2")

    def is_p12(self) -> bool:
        return bool(self.source.currentData() == P12)

    def typed(self) -> bool:
        """The token's module, name and key are typed by hand (none found, or the last entry)."""
        return not self.is_p12() and self.chosen_token() is None

    def scan(self) -> None:
        """Look for the tokens plugged in now (the listed drivers), and offer each key."""
        self.scanned = True
        self.choices = token_search.scan()
        self.found.blockSignals(True)
        self.found.clear()
        for i, _choice in enumerate(self.choices):
            self.found.addItem("", i)
        self.found.addItem("", None)  # the last one: a module path typed by hand
        self.found.setCurrentIndex(0)
        self.found.blockSignals(False)
        self.name_found()

    def name_found(self) -> None:
        for i, choice in enumerate(self.choices):
            cert, token = choice.certificate, choice.token
            text = QCoreApplication.translate(
                "SignDialog", "{token} (số sê-ri {serial}) — {holder}, hiệu lực {start} đến {end}"
            ).format(token=token.label, serial=token.serial, holder=cert.holder,
                     start=cert.not_before.strftime("%d/%m/%Y"),
                     end=cert.not_after.strftime("%d/%m/%Y"))
            if not cert.valid_at(dt.datetime.now(dt.UTC)):
                text += QCoreApplication.translate("SignDialog", " — không còn hiệu lực")
            self.found.setItemText(i, text)
        if self.found.count():
            typed = QCoreApplication.translate("SignDialog", "Nhập đường dẫn thư viện PKCS#11…")
            if not self.choices:
                typed = QCoreApplication.translate(
                    "SignDialog", "Không tìm thấy thiết bị ký số; nhập đường dẫn thư viện PKCS#11…")
            self.found.setItemText(self.found.count() - 1, typed)

    def chosen_token(self) -> token_search.TokenChoice | None:
        index = self.found.currentData()
        return None if index is None else self.choices[index]

    def complete(self) -> bool:
        """Enough is given to name a key (the secret apart)."""
        if self.is_p12():
            return bool(self.p12.text().strip())
        return self.chosen_token() is not None or bool(
            self.module.text().strip()
            and self.token.text().strip()
            and (self.key_id.text().strip() or self.key_label.text().strip())
        )

    def key_spec(self, secret: str) -> KeySpec:
        if self.is_p12():
            return KeySpec.pkcs12(self.p12.text().strip(), secret)
        choice = self.chosen_token()
        if choice is not None:
            return choice.key_spec(secret)
        key_id_text = self.key_id.text().strip().replace(" ", "")
        key_id: bytes | None = None
        if key_id_text:
            try:
                key_id = bytes.fromhex(key_id_text)
            except ValueError:
                raise UserError(
                    QCoreApplication.translate(
                        "SignDialog", "Mã khóa phải viết ở hệ 16, ví dụ a1 hoặc 0a1b."),
                    field="key",
                ) from None
        return KeySpec.pkcs11(
            self.module.text().strip(),
            self.token.text().strip(),
            secret,
            key_id=key_id,
            key_label=self.key_label.text().strip() or None,
        )

    def choose_p12(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self.parent, QCoreApplication.translate("SignDialog", "Chọn tệp khóa ký"), "",
            QCoreApplication.translate("SignDialog", "Tệp khóa ký (*.p12 *.pfx);;Mọi tệp (*)"),
        )
        if name:
            self.p12.setText(name)
