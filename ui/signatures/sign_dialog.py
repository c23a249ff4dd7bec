"""Signing one document: as the competent person, as the organisation, or as a SAO Y copy.

The key is a PKCS#12 file or a key on a USB token (PKCS#11). For a token, the dialog offers
what it finds plugged in (``desktop.signatures.tokens``: the listed drivers of the Vietnamese
CAs, each token's label, serial and certificates with holder and validity); the last entry lets
a module path be typed by hand. The PIN or password is typed
first, in a masked field; when "Ký số" is pressed it is taken out of the field (never kept,
stored or logged), handed to the service for exactly one attempt, and signing runs in the
background worker behind its waiting dialog (Electrum's pattern). A wrong PIN is not retried:
the service's message is shown and the dialog closes (a token locks after a few wrong PINs).

Where the signature goes (``ui.signatures.placement``): the page preview shows the automatic
place when the service can tell it; a click on the page puts the box there instead. When no
automatic place is found, a click is required.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QEvent, QPointF, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import UserError, VanThuError
from desktop.core.records import DocumentView
from desktop.kernel.auth import Role
from desktop.kernel.office import Office
from desktop.signatures import service as signatures
from desktop.signatures import tokens as token_search
from desktop.signatures.service import KeySpec, SignResult
from desktop.storage.signed_files import main_file
from ui.kit import worker
from ui.kit.errors import on_error
from ui.kit.i18n import QT_TRANSLATE_NOOP
from ui.kit.pdf_preview import PdfPreview
from ui.signatures.placement import place_at, place_description

PDF = "application/pdf"
SIGNED_ROLE = "ky-so"
MAIN_ROLES = ("chinh", "ban-quet")

AS_CHOICES = (
    ("signer", QT_TRANSLATE_NOOP("SignDialog", "Người có thẩm quyền ký (lãnh đạo)")),
    ("organisation", QT_TRANSLATE_NOOP("SignDialog", "Chữ ký số của cơ quan (văn thư)")),
    ("copy", QT_TRANSLATE_NOOP("SignDialog", "Sao y bản số hóa (chữ ký số của cơ quan)")),
)
P12, P11 = "pkcs12", "pkcs11"


class SignDialog(QDialog):
    """Emits ``signed`` with the service's result; closes after success or a wrong PIN."""

    signed = Signal(object)

    def __init__(self, office: Office, doc: DocumentView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.office = office
        self.doc = doc
        self.place: signatures.Placement | None = None  # chosen by a click
        self.auto_place: signatures.Placement | None = None
        self.place_required = False
        self.operation: worker.Operation | None = None
        self.result_: SignResult | None = None

        self.as_ = QComboBox()
        self.as_.setObjectName("sign_as")
        for value, label in AS_CHOICES:
            self.as_.addItem(self.tr(label), value)
        self.source = QComboBox()
        self.source.setObjectName("key_source")
        self.source.addItem("", P12)
        self.source.addItem("", P11)
        self.p12 = QLineEdit()
        self.p12.setObjectName("p12")
        self.p12_browse = QPushButton()
        self.p12_browse.setAutoDefault(False)
        self.p12_browse.clicked.connect(self._choose_p12)
        self.found = QComboBox()
        self.found.setObjectName("found_key")
        self.rescan = QPushButton()
        self.rescan.setObjectName("rescan")
        self.rescan.setAutoDefault(False)
        self.rescan.clicked.connect(self.scan_tokens)
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
        self.image = QLineEdit()
        self.image.setObjectName("image")
        self.image_browse = QPushButton()
        self.image_browse.setAutoDefault(False)
        self.image_browse.clicked.connect(self._choose_image)
        self.secret = QLineEdit()
        self.secret.setObjectName("secret")
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, False)
        self.place_text = QLabel()
        self.place_text.setObjectName("place_text")
        self.place_text.setWordWrap(True)
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b71c1c;")

        p12_row = QHBoxLayout()
        p12_row.addWidget(self.p12, 1)
        p12_row.addWidget(self.p12_browse)
        self.p12_box = QWidget()
        self.p12_box.setLayout(p12_row)
        p12_row.setContentsMargins(0, 0, 0, 0)
        found_row = QHBoxLayout()
        found_row.setContentsMargins(0, 0, 0, 0)
        found_row.addWidget(self.found, 1)
        found_row.addWidget(self.rescan)
        self.found_box = QWidget()
        self.found_box.setLayout(found_row)
        image_row = QHBoxLayout()
        image_row.setContentsMargins(0, 0, 0, 0)
        image_row.addWidget(self.image, 1)
        image_row.addWidget(self.image_browse)
        self.image_box = QWidget()
        self.image_box.setLayout(image_row)

        self.form = QFormLayout()
        self.labels: dict[str, QLabel] = {}
        for name, widget in (
            ("as", self.as_),
            ("source", self.source),
            ("p12", self.p12_box),
            ("found", self.found_box),
            ("module", self.module),
            ("token", self.token),
            ("key_id", self.key_id),
            ("key_label", self.key_label),
            ("image", self.image_box),
            ("secret", self.secret),
        ):
            label = QLabel()
            self.labels[name] = label
            self.form.addRow(label, widget)
        self.labels["as"].setBuddy(self.as_)
        self.labels["secret"].setBuddy(self.secret)

        self.buttons = QDialogButtonBox()
        self.sign_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.sign_button.setObjectName("sign")
        self.cancel_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.sign)
        self.buttons.rejected.connect(self.reject)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(self.form)
        left_layout.addWidget(self.place_text)
        left_layout.addWidget(self.message)
        left_layout.addStretch(1)
        self.preview = PdfPreview()
        self.preview.setObjectName("sign_preview")
        self.preview.page_clicked.connect(self.choose_place)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.preview)
        splitter.setSizes([420, 520])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.buttons)
        self.resize(980, 680)

        self._default_choices()
        self.as_.currentIndexChanged.connect(lambda _i: self._update())
        self.source.currentIndexChanged.connect(lambda _i: self._update())
        self.found.currentIndexChanged.connect(lambda _i: self._update())
        for edit in (self.p12, self.module, self.token, self.key_id, self.key_label, self.secret):
            edit.textChanged.connect(lambda _t: self._update_button())
        self._load_preview()
        self.retranslate()
        self._update()
        self.secret.setFocus()

    # -- texts ---------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Ký số văn bản {symbol}").format(symbol=self.doc.symbol))
        texts = {
            "as": self.tr("Ký với &tư cách:"),
            "source": self.tr("Khóa ký:"),
            "p12": self.tr("Tệp khóa ký (.p12, .pfx):"),
            "found": self.tr("Khóa trên thiết bị:"),
            "module": self.tr("Thư viện PKCS#11 của thiết bị:"),
            "token": self.tr("Tên thiết bị ký số (token):"),
            "key_id": self.tr("Mã khóa (key id, hệ 16):"),
            "key_label": self.tr("hoặc nhãn khóa (key label):"),
            "image": self.tr("Ảnh chữ ký (PNG nền trong suốt):"),
            "secret": self.tr("&Mã PIN hoặc mật khẩu:"),
        }
        if self.as_.currentData() == "organisation":
            texts["image"] = self.tr("Ảnh con dấu (PNG nền trong suốt):")
        for name, text in texts.items():
            self.labels[name].setText(text)
        for i, (_value, label) in enumerate(AS_CHOICES):
            self.as_.setItemText(i, self.tr(label))
        self.source.setItemText(0, self.tr("Tệp khóa PKCS#12"))
        self.source.setItemText(1, self.tr("Thiết bị ký số USB (PKCS#11)"))
        self.p12_browse.setText(self.tr("Chọn…"))
        self.rescan.setText(self.tr("Tìm lại"))
        self._name_found()
        self.image_browse.setText(self.tr("Chọn…"))
        self.image.setPlaceholderText(self.tr("Để trống: dùng ảnh đã đặt cho tài khoản/cơ quan"))
        self.key_id.setPlaceholderText("a1b2")
        self.secret.setToolTip(
            self.tr("Chỉ dùng cho một lần ký này; không được lưu hay ghi vào nhật ký.")
        )
        self.sign_button.setText(self.tr("&Ký số"))
        self.cancel_button.setText(self.tr("Hủy bỏ"))
        self._show_place()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- choices -------------------------------------------------------------------------
    def _default_choices(self) -> None:
        actor = self.office.actor
        if self.doc.direction != "di":
            choice = "copy"
        elif actor.has(Role.LEADER):
            choice = "signer"
        else:
            choice = "organisation"
        self.as_.setCurrentIndex(self.as_.findData(choice))

    # -- tokens found -------------------------------------------------------------------
    def scan_tokens(self) -> None:
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
        self._name_found()
        self._update()

    def _name_found(self) -> None:
        for i, choice in enumerate(self.choices):
            cert, token = choice.certificate, choice.token
            text = self.tr("{token} (số sê-ri {serial}) — {holder}, hiệu lực {start} đến {end}"
                           ).format(token=token.label, serial=token.serial, holder=cert.holder,
                                    start=cert.not_before.strftime("%d/%m/%Y"),
                                    end=cert.not_after.strftime("%d/%m/%Y"))
            if not cert.valid_at(dt.datetime.now(dt.UTC)):
                text += self.tr(" — không còn hiệu lực")
            self.found.setItemText(i, text)
        if self.found.count():
            typed = self.tr("Nhập đường dẫn thư viện PKCS#11…")
            if not self.choices:
                typed = self.tr("Không tìm thấy thiết bị ký số; nhập đường dẫn thư viện PKCS#11…")
            self.found.setItemText(self.found.count() - 1, typed)

    def chosen_token(self) -> token_search.TokenChoice | None:
        index = self.found.currentData()
        return None if index is None else self.choices[index]

    def _update(self) -> None:
        p12 = self.source.currentData() == P12
        as_ = self.as_.currentData()
        if not p12 and not self.scanned:
            self.scan_tokens()
            return
        typed = not p12 and self.chosen_token() is None
        for widget in (self.p12_box,):
            self.form.setRowVisible(widget, p12)
        self.form.setRowVisible(self.found_box, not p12)
        for widget in (self.module, self.token, self.key_id, self.key_label):
            self.form.setRowVisible(widget, typed)
        self.form.setRowVisible(self.image_box, as_ != "copy")
        self.preview.view.setEnabled(as_ != "copy")
        self.retranslate()
        self._update_button()

    def _load_preview(self) -> None:
        info = main_file(self.doc)
        if info is None:
            self.message.setText(self.tr("Văn bản chưa có tệp PDF để ký."))
            return
        try:
            data = self.office.files.read(info.sha256)
        except VanThuError as exc:
            on_error(self, exc)
            return
        self.preview.load_bytes(data)
        self.preview.view.setZoomMode(self.preview.view.ZoomMode.FitInView)
        # The automatic place, found without signing (None: the person points at the page).
        try:
            self.auto_place = signatures.signature_place(self.office, self.doc.id)
        except VanThuError:
            self.auto_place = None
        self.place_required = self.auto_place is None
        if self.auto_place is not None:
            self.preview.set_marker(self.auto_place.page, self.auto_place.box)
        else:
            self.preview.go_to(self.preview.document.pageCount() - 1)

    def _choose_p12(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Chọn tệp khóa ký"), "", self.tr("Tệp khóa ký (*.p12 *.pfx);;Mọi tệp (*)")
        )
        if name:
            self.p12.setText(name)

    def _choose_image(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Chọn ảnh"), "", self.tr("Ảnh PNG (*.png)")
        )
        if name:
            self.image.setText(name)

    # -- placement -----------------------------------------------------------------------
    def choose_place(self, page: int, point: QPointF) -> None:
        """A click on the page: the box is centred there, kept inside the page."""
        if self.as_.currentData() == "copy":
            return
        self.place = place_at(page, self.preview.document.pagePointSize(page), point)
        self.preview.set_marker(self.place.page, self.place.box)
        self._show_place()
        self._update_button()

    def chosen_place(self) -> signatures.Placement | None:
        return self.place or self.auto_place

    def _show_place(self) -> None:
        self.place_text.setText(
            place_description(self.as_.currentData(), self.chosen_place(), self.place_required)
        )

    # -- signing -------------------------------------------------------------------------
    def _update_button(self) -> None:
        p12 = self.source.currentData() == P12
        key_ok = (
            bool(self.p12.text().strip())
            if p12
            else self.chosen_token() is not None or bool(
                self.module.text().strip()
                and self.token.text().strip()
                and (self.key_id.text().strip() or self.key_label.text().strip())
            )
        )
        needs_place = self.as_.currentData() != "copy" and self.place_required
        self.sign_button.setEnabled(
            key_ok
            and bool(self.secret.text())
            and not (needs_place and self.chosen_place() is None)
            and self.operation is None
            and main_file(self.doc) is not None
        )

    def key_spec(self, secret: str) -> KeySpec:
        if self.source.currentData() == P12:
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
                    self.tr("Mã khóa phải viết ở hệ 16, ví dụ a1 hoặc 0a1b."), field="key"
                ) from None
        return KeySpec.pkcs11(
            self.module.text().strip(),
            self.token.text().strip(),
            secret,
            key_id=key_id,
            key_label=self.key_label.text().strip() or None,
        )

    def sign(self) -> None:
        if not self.sign_button.isEnabled():
            return
        self.message.clear()
        as_ = self.as_.currentData()
        image: bytes | None = None
        try:
            if as_ != "copy" and self.image.text().strip():
                path = Path(self.image.text().strip())
                try:
                    image = path.read_bytes()
                except OSError:
                    raise UserError(
                        self.tr("Không đọc được tệp ảnh {path}.").format(path=str(path)),
                        field="image",
                    ) from None
            # The secret leaves the field now: one attempt, never kept by the dialog.
            secret = self.secret.text()
            self.secret.clear()
            key = self.key_spec(secret)
        except VanThuError as exc:
            on_error(self, exc)
            return
        office, doc_id = self.office, self.doc.id
        place = self.chosen_place() if as_ != "copy" else None

        def work(_token: worker.CancelToken) -> SignResult:
            return signatures.sign_document(office, doc_id, as_, key, image, place)

        self.operation = worker.run_in_background(
            self,
            work,
            label=self.tr("Đang ký số văn bản… Nếu dùng thiết bị ký số, đừng rút thiết bị ra."),
            on_success=self._signed,
            on_failure=self._failed,
        )
        self.operation.finished.connect(self._operation_done)
        self.destroyed.connect(self.operation.cancel)
        self._update_button()

    def _operation_done(self) -> None:
        self.operation = None
        self._update_button()

    def _signed(self, result: SignResult) -> None:
        self.result_ = result
        self.signed.emit(result)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        on_error(self, exc)
        field = getattr(exc, "field", None)
        if field == "pin":
            # One attempt only: a token locks itself after a few wrong PINs.
            self.reject()
            return
        if field == "place":
            self.place_required = True
            self._show_place()
        if isinstance(exc, VanThuError):
            self.message.setText(exc.message)
        self._update_button()
