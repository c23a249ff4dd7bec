"""Signing one document: as the competent person, as the organisation, or as a SAO Y copy.

The key is a PKCS#12 file or a key on a USB token (PKCS#11), chosen in its rows of the form
(``ui.signatures.key_choice``: for a token, what is found plugged in, or a module path typed by
hand). The PIN or password is typed
first, in a masked field; when "Ký số" is pressed it is taken out of the field (never kept,
stored or logged), handed to the service for exactly one attempt, and signing runs in the
background worker behind its waiting dialog (Electrum's pattern). A wrong PIN is not retried:
the service's message is shown and the dialog closes (a token locks after a few wrong PINs).

Where the signature goes (``ui.signatures.placement``): the page preview shows the automatic
place when the service can tell it; a click on the page puts the box there instead. When no
automatic place is found, a click is required.
"""

from __future__ import annotations

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
from ui.signatures.key_choice import KeyChoice
from ui.signatures.placement import place_at, place_description

PDF = "application/pdf"
SIGNED_ROLE = "ky-so"
MAIN_ROLES = ("chinh", "ban-quet")

AS_CHOICES = (
    ("signer", QT_TRANSLATE_NOOP("SignDialog", "Người có thẩm quyền ký (lãnh đạo)")),
    ("organisation", QT_TRANSLATE_NOOP("SignDialog", "Chữ ký số của cơ quan (văn thư)")),
    ("copy", QT_TRANSLATE_NOOP("SignDialog", "Sao y bản số hóa (chữ ký số của cơ quan)")),
)


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
        self.keys = KeyChoice(self)
        self.source, self.p12, self.found, self.rescan = (
            self.keys.source, self.keys.p12, self.keys.found, self.keys.rescan)
        self.module, self.token, self.key_id, self.key_label = (
            self.keys.module, self.keys.token, self.keys.key_id, self.keys.key_label)
        self.rescan.clicked.connect(self.scan_tokens)
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
            ("p12", self.keys.p12_box),
            ("found", self.keys.found_box),
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
        self.keys.retranslate()
        self.image_browse.setText(self.tr("Chọn…"))
        self.image.setPlaceholderText(self.tr("Để trống: dùng ảnh đã đặt cho tài khoản/cơ quan"))
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

    # -- the key (``ui.signatures.key_choice``) -----------------------------------------------
    @property
    def choices(self) -> list[token_search.TokenChoice]:
        return self.keys.choices

    @property
    def scanned(self) -> bool:
        return self.keys.scanned

    def scan_tokens(self) -> None:
        """Look for the tokens plugged in now (the listed drivers), and offer each key."""
        self.keys.scan()
        self._update()

    def chosen_token(self) -> token_search.TokenChoice | None:
        return self.keys.chosen_token()

    def key_spec(self, secret: str) -> KeySpec:
        return self.keys.key_spec(secret)

    def _update(self) -> None:
        p12 = self.keys.is_p12()
        as_ = self.as_.currentData()
        if not p12 and not self.scanned:
            self.scan_tokens()
            return
        typed = self.keys.typed()
        self.form.setRowVisible(self.keys.p12_box, p12)
        self.form.setRowVisible(self.keys.found_box, not p12)
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
        key_ok = self.keys.complete()
        needs_place = self.as_.currentData() != "copy" and self.place_required
        self.sign_button.setEnabled(
            key_ok
            and bool(self.secret.text())
            and not (needs_place and self.chosen_place() is None)
            and self.operation is None
            and main_file(self.doc) is not None
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
