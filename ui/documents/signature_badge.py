"""What a document's page says about its digital signatures: the badge (checking, none, valid,
a problem, could not check), the verifier's status words in the interface language, and the
details of each signature. The check itself runs in the background (``verify``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from desktop.kernel.office import Office
from desktop.storage.signed_files import NOT_SIGNED

if TYPE_CHECKING:  # pyHanko loads with the first check, not at start (0.65 s)
    from desktop.signatures.service import DocumentVerification

VALID = "Hợp lệ"  # desktop.signatures.service' badge for a document whose signatures all check out
BADGE_STYLE = {
    "valid": "background: #2e7d32; color: white; border-radius: 4px; padding: 2px 8px;",
    "problem": "background: #c62828; color: white; border-radius: 4px; padding: 2px 8px;",
    "none": "background: #9e9e9e; color: white; border-radius: 4px; padding: 2px 8px;",
}


def verify(office: Office, doc_id: int) -> DocumentVerification:
    from desktop.signatures.service import verify_document

    return verify_document(office, doc_id)


def badge_state(result: DocumentVerification) -> str:
    """ "none", "valid" or "problem" for a finished check."""
    if result.badge == NOT_SIGNED:
        return "none"
    return "valid" if result.badge == VALID else "problem"


def status_text(status: str) -> str:
    """The verifier's status words, in the interface language."""
    names = {
        "Hợp lệ": QCoreApplication.translate("DocumentDialog", "Hợp lệ"),
        "Không toàn vẹn": QCoreApplication.translate("DocumentDialog", "Không toàn vẹn"),
        "Không tin cậy": QCoreApplication.translate("DocumentDialog", "Không tin cậy"),
        "Đã thu hồi": QCoreApplication.translate("DocumentDialog", "Đã thu hồi"),
        "Bị sửa đổi sau khi ký": QCoreApplication.translate(
            "DocumentDialog", "Bị sửa đổi sau khi ký"
        ),
    }
    return names.get(status, status)


def badge_look(state: str, verification: DocumentVerification | None) -> tuple[str, str]:
    """The badge's text and style sheet for ``state`` ("checking", "error", "none", "valid",
    "problem")."""
    if state == "checking":
        text = QCoreApplication.translate("DocumentDialog", "Đang kiểm tra chữ ký số…")
        return text, BADGE_STYLE["none"]
    if state == "error":
        text = QCoreApplication.translate("DocumentDialog", "Không kiểm tra được chữ ký số")
        return text, BADGE_STYLE["problem"]
    if verification is None or state == "none":
        return QCoreApplication.translate("DocumentDialog", "Chưa ký số"), BADGE_STYLE["none"]
    if state == "valid":
        text = QCoreApplication.translate("DocumentDialog", "Chữ ký số: Hợp lệ")
        return text, BADGE_STYLE["valid"]
    text = QCoreApplication.translate("DocumentDialog", "Chữ ký số: {problem}").format(
        problem=status_text(verification.badge)
    )
    return text, BADGE_STYLE["problem"]


def signatures_text(result: DocumentVerification | None) -> str:
    """Each signature of the main file: its status, signer, organisation, certificate, time."""
    if result is None or not result.report.signatures:
        return QCoreApplication.translate(
            "DocumentDialog", "Tệp chính của văn bản chưa có chữ ký số."
        )
    blocks = []
    for n, sig in enumerate(result.report.signatures, start=1):
        when = sig.timestamp_time or sig.signer_reported_time or ""
        block = QCoreApplication.translate(
            "DocumentDialog",
            "Chữ ký {n}: {status}\nNgười ký: {signer}\nCơ quan, tổ chức: {organisation}\n"
            "Số hiệu chứng thư: {serial}\nThời điểm ký: {time}",
        ).format(
            n=n,
            status=status_text(sig.status),
            signer=sig.signer_name or "",
            organisation=sig.organisation or "",
            serial=sig.certificate_serial or "",
            time=when,
        )
        blocks.append(block)
    return "\n\n".join(blocks)
