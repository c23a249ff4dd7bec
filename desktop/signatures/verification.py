"""Checking the signatures of a PDF, or of a document's current main PDF, against the trust
roots and CRLs the administrator imported."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from desktop.core.errors import UserError
from desktop.core.i18n import _
from desktop.kernel.office import Office
from desktop.signatures.errors import signing_problem
from desktop.signatures.plan import current_links, load_doc, main_link
from desktop.storage.signed_files import NOT_SIGNED
from signing.errors import SigningError
from signing.verify import STATUS_VALID, VerifyReport

# --------------------------------------------------------------------------- verification


def verify_file(office: Office, pdf_bytes: bytes) -> VerifyReport:
    """Check every signature in ``pdf_bytes`` against the imported trust roots and CRLs."""
    from desktop.signatures.trust import trust_material
    from signing.verify import verify_pdf

    if not looks_like_pdf(pdf_bytes):
        raise UserError(_("Tệp này không phải tệp PDF."), field="file")
    material = trust_material(office)
    try:
        return verify_pdf(pdf_bytes, material.roots, material.crls)
    except SigningError as exc:
        if exc.code == "broken_pdf":
            raise UserError(_("Tệp PDF bị hỏng hoặc không đọc được; không kiểm tra được chữ ký."),
                            exc.details, field="file") from None
        raise signing_problem(exc) from None


def looks_like_pdf(data: bytes) -> bool:
    """A PDF header in the first kilobyte, as readers accept it."""
    return b"%PDF-" in bytes(data[:1024])




@dataclass(frozen=True)
class DocumentVerification:
    document_id: int
    file_name: str
    sha256: str
    report: VerifyReport

    @property
    def badge(self) -> str:
        """One word for the document view: "Chưa ký số", "Hợp lệ" or the first problem."""
        if not self.report.signatures:
            return NOT_SIGNED
        for sig in self.report.signatures:
            if sig.status != STATUS_VALID:
                return sig.status
        return STATUS_VALID

    @property
    def ok(self) -> bool:
        return self.report.ok

    def to_dict(self) -> dict[str, Any]:
        return {"document_id": self.document_id, "file_name": self.file_name,
                "sha256": self.sha256, "badge": self.badge, **self.report.to_dict()}


def verify_document(office: Office, doc_id: int) -> DocumentVerification:
    """The signatures of the document's current main PDF (for the document view's badge)."""
    with office.db.read() as s:
        load_doc(s, doc_id)
        main = main_link(current_links(s, doc_id))
        if main is None:
            raise UserError(_("Văn bản mã {id} chưa có tệp PDF.", id=doc_id), field="file")
        name, sha = main.name, main.sha256
    data = office.files.read(sha)
    return DocumentVerification(doc_id, name, sha, verify_file(office, data))
