"""Signing a draft (lãnh đạo) or issuing it (văn thư) in the existing signing dialog: the PIN or
password typed first, one attempt, the work behind the waiting dialog; pointed at a draft's bytes
and a service call instead of a registered document."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from desktop.core.errors import UserError, VanThuError
from desktop.kernel.office import Office
from desktop.signatures.service import KeySpec
from ui.kit import worker
from ui.kit.errors import on_error
from ui.signatures.sign_dialog import SignDialog


class DraftKeyDialog(SignDialog):
    """The signing dialog for a draft: ``as_`` is "signer" (the leader signs the draft, số and
    ngày blank) or "organisation" (the clerk issues it). ``run(key, image, place)`` is the
    service call, run in the background worker; ``completed`` carries its result."""

    completed = Signal(object)

    def __init__(self, office: Office, title: str, pdf: bytes, as_: str,
                 run: Callable[[KeySpec, bytes | None, Any], object],
                 parent: QWidget | None = None) -> None:
        self._title = title
        self._pdf = pdf
        self._run = run
        self._as = as_
        super().__init__(office, _DraftDoc(title), parent)
        self.as_.setEnabled(False)

    def _default_choices(self) -> None:
        self.as_.setCurrentIndex(self.as_.findData(self._as))

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self._title)

    def _load_preview(self) -> None:
        from signing.appearance import find_signature_place

        self.preview.load_bytes(self._pdf)
        self.preview.view.setZoomMode(self.preview.view.ZoomMode.FitInView)
        self.auto_place = find_signature_place(self._pdf)
        # the organisation's seal goes over the leader's signature; no place to choose
        self.place_required = self.auto_place is None and self._as == "signer"
        if self.auto_place is not None:
            self.preview.set_marker(self.auto_place.page, self.auto_place.box)

    def _update_button(self) -> None:
        p12 = self.source.currentData() == "pkcs12"
        key_ok = (
            bool(self.p12.text().strip()) if p12 else bool(
                self.module.text().strip() and self.token.text().strip()
                and (self.key_id.text().strip() or self.key_label.text().strip()))
        )
        needs_place = self._as == "signer" and self.place_required
        self.sign_button.setEnabled(key_ok and bool(self.secret.text())
                                    and not (needs_place and self.chosen_place() is None)
                                    and self.operation is None)

    def sign(self) -> None:
        if not self.sign_button.isEnabled():
            return
        self.message.clear()
        image: bytes | None = None
        try:
            if self.image.text().strip():
                path = Path(self.image.text().strip())
                try:
                    image = path.read_bytes()
                except OSError:
                    raise UserError(self.tr("Không đọc được tệp ảnh {path}.").format(
                        path=str(path)), field="image") from None
            secret = self.secret.text()  # one attempt, never kept by the dialog
            self.secret.clear()
            key = self.key_spec(secret)
        except VanThuError as exc:
            on_error(self, exc)
            return
        place = self.place if self._as == "signer" else None
        run, office = self._run, self.office

        def work(_token: worker.CancelToken) -> object:
            with office.unit():
                return run(key, image, place)

        self.operation = worker.run_in_background(
            self, work,
            label=self.tr("Đang ký số văn bản… Nếu dùng thiết bị ký số, đừng rút thiết bị ra."),
            on_success=self._finished_ok, on_failure=self._failed)
        self.operation.finished.connect(self._operation_done)
        self.destroyed.connect(self.operation.cancel)
        self._update_button()

    def _finished_ok(self, result: object) -> None:
        self.completed.emit(result)
        self.accept()


class _DraftDoc:
    """What SignDialog reads of its document before the overrides take over: the title."""

    def __init__(self, symbol: str) -> None:
        self.symbol = symbol
        self.id = 0
        self.files: tuple[()] = ()
