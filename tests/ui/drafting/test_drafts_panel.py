"""The drafts panel driven as a person does: a new draft, sent for approval, returned with a
comment, a new version, approved, signed in the signing dialog (PKCS#12 and its password), issued
by the clerk in the same dialog, then the dispatch form; the outgoing register shows the issued
document only, and a wrong password changes nothing."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from desktop.accounts.users import add_user
from desktop.drafting import service
from desktop.drafting.dispatch import dispatches
from desktop.kernel.auth import Role
from desktop.registers.registry import ListQuery, list_documents
from models.entities import Direction
from signing import testpki
from signing.samples import seal_png, signature_png
from tests.drafting.draft_helpers import draft_pdf
from ui.drafting.dialogs import DispatchDialog, NewDraftDialog
from ui.drafting.key_dialog import DraftKeyDialog
from ui.drafting.panel import DraftsPanel
from ui.kit import messages

PASSWORD = "mat-khau-p12"


@dataclass
class Keys:
    chair: Path
    org: Path
    signature: Path
    seal: Path


@pytest.fixture(scope="module")
def keys(tmp_path_factory: pytest.TempPathFactory) -> Keys:
    d = tmp_path_factory.mktemp("draft-ui")
    ca = testpki.make_ca("Test RootCA chuyên dùng Chính phủ", "Ban Cơ yếu (thử nghiệm)")
    chair = testpki.issue_cert(ca, "Nguyễn Văn An", organisation="UBND xã Bình Phú")
    org = testpki.issue_cert(ca, "UBND xã Bình Phú", organisation="UBND xã Bình Phú")
    testpki.write_pkcs12(d / "chu-tich.p12", chair, PASSWORD.encode(), ca)
    testpki.write_pkcs12(d / "co-quan.p12", org, PASSWORD.encode(), ca)
    (d / "chu-ky.png").write_bytes(signature_png())
    (d / "con-dau.png").write_bytes(seal_png())
    return Keys(d / "chu-tich.p12", d / "co-quan.p12", d / "chu-ky.png", d / "con-dau.png")


def _deleted(widget) -> list[bool]:  # type: ignore[no-untyped-def]
    """Becomes non-empty once the (delete-on-close) dialog is gone, so a test never ends with
    its deletion still pending."""
    gone: list[bool] = []
    widget.destroyed.connect(lambda *_a: gone.append(True))
    return gone


def _wait_deleted(qtbot, widget, timeout: int = 5000) -> None:  # type: ignore[no-untyped-def]
    gone = _deleted(widget)
    qtbot.waitUntil(lambda: bool(gone), timeout=timeout)


def _panel(qtbot, office) -> DraftsPanel:  # type: ignore[no-untyped-def]
    panel = DraftsPanel(office)
    qtbot.addWidget(panel)
    panel.show()
    return panel


def _sign_in_dialog(qtbot, panel: DraftsPanel, button: str, p12: Path, image: Path,  # type: ignore[no-untyped-def]
                    password: str = PASSWORD) -> None:
    qtbot.mouseClick(panel.buttons[button], Qt.MouseButton.LeftButton)
    dialog = panel.dialog
    assert isinstance(dialog, DraftKeyDialog)
    assert not dialog.as_.isEnabled()
    dialog.p12.setText(str(p12))
    dialog.image.setText(str(image))
    qtbot.keyClicks(dialog.secret, password)
    assert dialog.sign_button.isEnabled()
    qtbot.mouseClick(dialog.sign_button, Qt.MouseButton.LeftButton)
    assert dialog.secret.text() == ""  # the password left the field at once
    _wait_deleted(qtbot, dialog, 60000)  # closed after the service answered, then deleted


def test_draft_from_creation_to_dispatch(qtbot, ui_office, keys: Keys, tmp_path: Path,  # type: ignore[no-untyped-def]
                                         recorded) -> None:
    office = ui_office
    add_user(office, "chu-tich", "mat-khau-dang-nhap", [Role.LEADER], "Nguyễn Văn An",
             "Chủ tịch")
    v1 = tmp_path / "v1.pdf"
    v1.write_bytes(draft_pdf())
    v2 = tmp_path / "v2.pdf"
    v2.write_bytes(draft_pdf(title="QUYẾT ĐỊNH (sửa)"))
    panel = _panel(qtbot, office)
    assert panel.table.rowCount() == 0

    # a new draft
    qtbot.mouseClick(panel.buttons["new"], Qt.MouseButton.LeftButton)
    dialog = panel.dialog
    assert isinstance(dialog, NewDraftDialog)
    assert dialog.signer.currentData() == "chu-tich"
    dialog.type.setCurrentIndex(dialog.type.findData("Quyết định"))
    dialog.summary.setText("Về việc thành lập tổ công tác")  # keyClicks types ASCII only
    dialog.file.setText(str(v1))
    gone = _deleted(dialog)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(gone))
    assert panel.dialog is None
    assert panel.table.rowCount() == 1
    assert panel.table.item(0, 1).text() == "Đang soạn"
    panel.table.selectRow(0)

    # submitted, returned with a comment, a new version, submitted, approved
    qtbot.mouseClick(panel.buttons["submit"], Qt.MouseButton.LeftButton)
    assert panel.table.item(0, 1).text() == "Chờ duyệt"
    assert not panel.buttons["version"].isEnabled()
    messages.answers.append("Sửa lại Điều 2")
    qtbot.mouseClick(panel.buttons["return"], Qt.MouseButton.LeftButton)
    assert panel.table.item(0, 1).text() == "Bị trả lại"
    assert "Sửa lại Điều 2" in panel.details.toPlainText()
    panel.new_version(str(v2))
    assert "Phiên bản 2" in panel.details.toPlainText()
    qtbot.mouseClick(panel.buttons["submit"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(panel.buttons["approve"], Qt.MouseButton.LeftButton)
    assert panel.table.item(0, 1).text() == "Đã duyệt"
    assert panel.buttons["sign"].isEnabled() and not panel.buttons["issue"].isEnabled()

    # the leader signs in the signing dialog: số and ngày stay blank
    _sign_in_dialog(qtbot, panel, "sign", keys.chair, keys.signature)
    assert panel.table.item(0, 1).text() == "Lãnh đạo đã ký"
    assert list_documents(office, ListQuery(Direction.OUTGOING)) == []

    # a wrong password at issue: nothing numbered, the draft as it was
    _sign_in_dialog(qtbot, panel, "issue", keys.org, keys.seal, password="sai")
    assert any("Mã PIN hoặc mật khẩu không đúng" in m.text for m in recorded)
    assert panel.table.item(0, 1).text() == "Lãnh đạo đã ký"
    assert list_documents(office, ListQuery(Direction.OUTGOING)) == []

    # the clerk issues
    _sign_in_dialog(qtbot, panel, "issue", keys.org, keys.seal)
    assert panel.table.item(0, 1).text() == "Đã phát hành"
    assert panel.table.item(0, 5).text() == "01/QĐ-UBND"
    rows = list_documents(office, ListQuery(Direction.OUTGOING))
    assert [r.symbol for r in rows] == ["01/QĐ-UBND"]

    # the dispatch form
    assert panel.buttons["dispatch"].isEnabled()
    qtbot.mouseClick(panel.buttons["dispatch"], Qt.MouseButton.LeftButton)
    form = panel.dialog
    assert isinstance(form, DispatchDialog)
    form.recipient.setText("UBND huyện Chợ Gạo")
    qtbot.keyClicks(form.receipt, "RR123456789VN")
    gone = _deleted(form)
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(gone))
    assert panel.dialog is None
    draft = service.list_drafts(office)[0]
    assert draft.document_id is not None
    assert "Đã gửi: UBND huyện Chợ Gạo (bưu điện" in panel.details.toPlainText()
    sent = dispatches(office, draft.document_id)
    assert [(d.recipient, d.via, d.receipt) for d in sent] == [
        ("UBND huyện Chợ Gạo", "buu-dien", "RR123456789VN")]


def test_bad_input_stays_in_the_form(qtbot, ui_office, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    office = ui_office
    panel = _panel(qtbot, office)
    qtbot.mouseClick(panel.buttons["new"], Qt.MouseButton.LeftButton)
    dialog = panel.dialog
    assert isinstance(dialog, NewDraftDialog)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "Chọn tệp PDF dự thảo" in dialog.message.text()
    dialog.file.setText(str(tmp_path / "khong-co.pdf"))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.message.text()  # no leader account, or no such file: told in the form
    assert panel.dialog is dialog
    gone = _deleted(dialog)
    dialog.reject()
    qtbot.waitUntil(lambda: bool(gone))
    assert panel.dialog is None
    assert service.list_drafts(office) == []
