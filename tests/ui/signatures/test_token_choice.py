"""The sign dialog offers the USB tokens it finds (a SoftHSM2 token whose driver is installed
under the Bit4id name): label, serial, the holder and validity of each certificate; choosing one
signs with it; a typed module path still works."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, Qt

from desktop.signatures.trust import add_trust_root
from signing.samples import signature_png
from tests.frozen.token_driver import KEY_ID, PIN, TOKEN_LABEL, install_token
from tests.ui.signatures.test_sign_dialog import _open, _outgoing
from ui.signatures.key_choice import P11
from ui.signatures.sign_dialog import SignDialog


def _dialog(qtbot, ui_office, tmp_path, monkeypatch: pytest.MonkeyPatch):
    installed = install_token(tmp_path / "token", monkeypatch)
    (tmp_path / "ca.pem").write_bytes(installed.ca.cert_pem)
    add_trust_root(ui_office, tmp_path / "ca.pem")
    doc = _outgoing(ui_office, tmp_path)
    dialog = _open(qtbot, ui_office, doc.id)
    dialog.sign_button.click()
    sd = dialog.sign_dialog
    assert isinstance(sd, SignDialog)
    qtbot.waitExposed(sd)
    return installed, dialog, sd


def test_the_dialog_offers_the_token_found_and_signs_with_it(
    qtbot, ui_office, tmp_path, monkeypatch
) -> None:
    installed, dialog, sd = _dialog(qtbot, ui_office, tmp_path, monkeypatch)
    assert not sd.scanned, "no driver is loaded before a token is asked for"
    sd.source.setCurrentIndex(sd.source.findData(P11))
    assert sd.scanned
    assert sd.found.count() == 2  # the token's one certificate, then "type a path"
    text = sd.found.itemText(0)
    [choice] = sd.choices
    assert TOKEN_LABEL in text and choice.token.serial in text
    assert "Nguyễn Văn An" in text and "hiệu lực" in text
    assert choice.certificate.not_after.strftime("%d/%m/%Y") in text
    assert "không còn hiệu lực" not in text
    assert sd.found.itemText(1) == "Nhập đường dẫn thư viện PKCS#11…"
    # a found key needs no module, token or key id typed
    assert not sd.module.isVisibleTo(sd) and not sd.key_id.isVisibleTo(sd)
    spec = sd.key_spec(PIN)
    assert (spec.module, spec.token, spec.key_id) == (
        str(installed.module_path), TOKEN_LABEL, KEY_ID)
    image = tmp_path / "chữ ký.png"
    image.write_bytes(signature_png())
    sd.image.setText(str(image))  # (keyClicks types ASCII only)
    qtbot.keyClicks(sd.secret, PIN)
    if sd.chosen_place() is None:  # the test PDF has no signer block: point at the page
        assert not sd.sign_button.isEnabled()
        size = sd.preview.document.pagePointSize(0)
        sd.choose_place(0, QPointF(size.width() / 2, size.height() / 2))
    assert sd.sign_button.isEnabled()
    with qtbot.waitSignal(sd.signed, timeout=30_000) as signed:
        sd.sign_button.click()
    result = signed.args[0]
    assert result.certificate_serial == installed.holder.serial_hex
    qtbot.waitUntil(lambda: dialog.badge_state == "valid", timeout=10_000)


def test_a_typed_module_path_still_works_and_rescan_finds_a_token_plugged_in_later(
    qtbot, ui_office, tmp_path, monkeypatch
) -> None:
    installed, _dialog_, sd = _dialog(qtbot, ui_office, tmp_path, monkeypatch)
    monkeypatch.setenv("VANTHU_PKCS11_PATH", str(tmp_path / "nothing here"))
    sd.source.setCurrentIndex(sd.source.findData(P11))
    assert sd.choices == [] and sd.found.count() == 1
    assert sd.found.itemText(0).startswith("Không tìm thấy thiết bị ký số")
    assert sd.module.isVisibleTo(sd) and sd.token.isVisibleTo(sd)
    sd.module.setText(str(installed.module_path))
    sd.token.setText(TOKEN_LABEL)
    qtbot.keyClicks(sd.key_id, KEY_ID.hex())
    spec = sd.key_spec(PIN)
    assert (spec.module, spec.token, spec.key_id) == (
        str(installed.module_path), TOKEN_LABEL, KEY_ID)
    # the token "plugged in": found on the next search
    monkeypatch.setenv("VANTHU_PKCS11_PATH", str(installed.driver_dir))
    qtbot.mouseClick(sd.rescan, Qt.MouseButton.LeftButton)
    assert len(sd.choices) == 1 and sd.found.currentIndex() == 0
    assert not sd.module.isVisibleTo(sd)
