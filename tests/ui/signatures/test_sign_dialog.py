"""Signing from the document view: the sign dialog with a PKCS#12 file, a place chosen by a
click on the page preview, the signature badge afterwards; a wrong password changes nothing."""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor

from desktop.core.clock import vn_today
from desktop.registers.registry import OutgoingInput, get_document, register_outgoing
from desktop.signatures.service import PLACE_HEIGHT, PLACE_WIDTH, list_signatures
from desktop.signatures.trust import add_trust_root
from signing import testpki
from signing.samples import signature_png
from tests.ui.conftest import make_pdf
from ui.documents.view import DocumentDialog
from ui.signatures.sign_dialog import SignDialog

PASSWORD = "mat-khau-p12"


@dataclass
class Pki:
    ca_pem: Path
    p12: Path
    image: Path


@pytest.fixture(scope="module")
def pki(tmp_path_factory: pytest.TempPathFactory) -> Pki:
    d = tmp_path_factory.mktemp("sign-ui")
    ca = testpki.make_ca("Test RootCA chuyên dùng Chính phủ", "Ban Cơ yếu (thử nghiệm)")
    chair = testpki.issue_cert(ca, "Nguyễn Văn An", organisation="UBND xã Bình Phú")
    (d / "ca.pem").write_bytes(ca.cert_pem)
    testpki.write_pkcs12(d / "chu-tich.p12", chair, PASSWORD.encode(), ca)
    (d / "chu-ky.png").write_bytes(signature_png())
    return Pki(d / "ca.pem", d / "chu-tich.p12", d / "chu-ky.png")


def _outgoing(office, tmp_path: Path, text: str = "QUYẾT ĐỊNH về việc giao chỉ tiêu năm 2026"):
    pdf = make_pdf(tmp_path / "quyet-dinh.pdf", text)
    return register_outgoing(
        office,
        OutgoingInput(
            issued=vn_today(),
            type_name="Quyết định",
            subject="Về việc giao chỉ tiêu kế hoạch năm 2026",
            signer_name="Nguyễn Văn An",
            signer_title="Chủ tịch",
            files=[pdf],
        ),
    )


def _open(qtbot, office, doc_id: int) -> DocumentDialog:
    dialog = DocumentDialog(office, doc_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: dialog.verifying is None, timeout=10_000)
    return dialog


def _sign_dialog(qtbot, dialog: DocumentDialog, pki: Pki, password: str) -> SignDialog:
    assert dialog.sign_button.isVisible() and dialog.sign_button.isEnabled()
    dialog.sign_button.click()
    sd = dialog.sign_dialog
    assert isinstance(sd, SignDialog)
    qtbot.waitExposed(sd)
    assert sd.as_.currentData() == "signer"
    assert sd.secret.echoMode() == sd.secret.EchoMode.Password
    qtbot.keyClicks(sd.p12, str(pki.p12))
    qtbot.keyClicks(sd.image, str(pki.image))
    qtbot.keyClicks(sd.secret, password)
    return sd


def _page_on_screen(sd: SignDialog) -> tuple[int, int, int, int]:
    """The page's white rectangle in the preview's viewport, found in the rendered pixels."""
    view = sd.preview.view
    image = view.viewport().grab().toImage()
    xs, ys = [], []
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            if image.pixelColor(x, y) == QColor(255, 255, 255):
                xs.append(x)
                ys.append(y)
    return min(xs), min(ys), max(xs), max(ys)


def _click_on_page(qtbot, sd: SignDialog, fx: float, fy: float) -> tuple[float, float, float]:
    """Click at a fraction of the page shown (from its top left): the expected PDF point, and
    the tolerance (three screen pixels, in points)."""
    qtbot.waitUntil(lambda: sd.preview.document.pageCount() == 1, timeout=3000)
    left, top, right, bottom = _page_on_screen(sd)
    pos = QPoint(round(left + fx * (right - left)), round(top + fy * (bottom - top)))
    qtbot.mouseClick(sd.preview.view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    size = sd.preview.document.pagePointSize(0)
    return fx * size.width(), (1 - fy) * size.height(), 3 * size.width() / (right - left)


def _widget_rect(pdf: bytes) -> list[float]:
    from pypdf import PdfReader

    page = PdfReader(io.BytesIO(pdf)).pages[-1]
    for annot in page.get("/Annots") or []:
        obj = annot.get_object()
        if obj.get("/FT") == "/Sig" or obj.get("/Subtype") == "/Widget":
            return [float(v) for v in obj["/Rect"]]
    raise AssertionError("no signature widget")


def test_sign_with_a_pkcs12_file_and_a_place_chosen_on_the_page(
    qtbot, ui_office, tmp_path, pki, recorded
) -> None:
    add_trust_root(ui_office, pki.ca_pem)
    doc = _outgoing(ui_office, tmp_path)
    dialog = _open(qtbot, ui_office, doc.id)
    assert dialog.badge.text() == "Chưa ký số"
    sd = _sign_dialog(qtbot, dialog, pki, PASSWORD)
    x, y, tolerance = _click_on_page(qtbot, sd, 0.6, 0.75)
    assert sd.place is not None and sd.place.page == 0
    x0, y0, x1, y1 = sd.place.box
    # the click is the box's centre, in points from the page's bottom left
    assert abs((x0 + x1) / 2 - x) < tolerance and abs((y0 + y1) / 2 - y) < tolerance
    assert x1 - x0 == PLACE_WIDTH and y1 - y0 == PLACE_HEIGHT
    assert sd.preview.view.marker == (0, sd.place.box)
    assert "trang 1" in sd.place_text.text()
    with qtbot.waitSignal(sd.signed, timeout=20_000) as signed:
        sd.sign_button.click()
        assert sd.secret.text() == ""  # the password left the field at once
    result = signed.args[0]
    assert result.kind == "signer"
    qtbot.waitUntil(lambda: dialog.badge_state == "valid", timeout=10_000)
    assert dialog.badge.text() == "Chữ ký số: Hợp lệ"
    assert "#2e7d32" in dialog.badge.styleSheet()
    rect = _widget_rect(ui_office.files.read(result.sha256_after))
    # the signature sits in the chosen box (the image keeps its proportions inside it)
    assert all(abs(a - b) < 2 for a, b in zip(rect, sd.place.box, strict=True))
    dialog.badge.click()
    shown = recorded[-1]
    assert shown.kind == "info"
    assert "Nguyễn Văn An" in shown.text and "Hợp lệ" in shown.text
    assert result.certificate_serial in shown.text


def test_a_wrong_password_is_refused_once_and_changes_nothing(
    qtbot, ui_office, tmp_path, pki, recorded
) -> None:
    doc = _outgoing(ui_office, tmp_path)
    dialog = _open(qtbot, ui_office, doc.id)
    sd = _sign_dialog(qtbot, dialog, pki, "sai-mat-khau")
    _click_on_page(qtbot, sd, 0.5, 0.8)
    with qtbot.waitSignal(sd.rejected, timeout=20_000):  # closed: no second attempt
        sd.sign_button.click()
    assert dialog.sign_dialog is None
    assert recorded[-1].kind == "warning"
    assert "Mã PIN hoặc mật khẩu không đúng" in recorded[-1].text
    assert get_document(ui_office, doc.id).files == doc.files
    assert list_signatures(ui_office, doc.id) == []
    assert dialog.badge.text() == "Chưa ký số"


def test_without_a_signer_block_the_place_must_be_clicked(
    qtbot, ui_office, tmp_path, pki, recorded
) -> None:
    """The service finds no signer block before anything is signed (signature_place), so the
    dialog asks for a click on the page first; the password is not used until then."""
    doc = _outgoing(ui_office, tmp_path, "Văn bản không có khối chữ ký")
    dialog = _open(qtbot, ui_office, doc.id)
    sd = _sign_dialog(qtbot, dialog, pki, PASSWORD)
    assert sd.place_required
    assert not sd.sign_button.isEnabled()  # a click on the page is required
    assert list_signatures(ui_office, doc.id) == []
    _click_on_page(qtbot, sd, 0.5, 0.5)
    assert sd.sign_button.isEnabled()
