"""Signing documents digitally, and checking the signatures, for the CLI and the window.

Rules (Nghị định 30/2020, Phụ lục I; see docs/domain.md "Digital signatures"):

- Outgoing: drafted and registered → the competent person (lãnh đạo) signs with the handwritten
  signature image → the clerk (văn thư) adds the organisation signature with the seal image, and
  only after the competent signature exists → the document is issued ("da-phat-hanh"). The
  organisation step also signs every other current PDF of the document as an attachment (text
  with the main document's số, ký hiệu and the signing time).
- A digitised paper document gets the organisation's "copy" signature (SAO Y text stamp, copying
  body = the organisation's name).
- Signed files are immutable: every signature is an incremental revision over the previous bytes,
  stored as a new content-addressed file linked with role "ky-so" and marked current; the earlier
  file stays in the store and keeps its (no longer current) link.
- One unit of work per action: the new file is written to the store, then one write transaction
  moves the "current" mark, records the signature and the audit entry. If that fails the new
  file is removed again. A refusal (role, workflow, wrong PIN, bad certificate) changes nothing.
- PINs and passwords are asked for only after every other check has passed, used for exactly one
  attempt, and never logged, stored or audited.

The parts: :mod:`plan` (workflow checks, the files to sign), :mod:`keys`, :mod:`images`,
:mod:`placement`, :mod:`results`, :mod:`errors`, :mod:`verification`; their public names are
importable from here too.
"""

from __future__ import annotations

import datetime as dt
import io
import logging
from typing import Any, Literal

from sqlalchemy import select

from desktop.core.errors import UserError
from desktop.core.hostile import pdf_errors
from desktop.core.i18n import _
from desktop.core.textfold import fold
from desktop.kernel import audit
from desktop.kernel.auth import Role
from desktop.kernel.office import Office
from desktop.registers import visibility
from desktop.signatures.errors import SIGNING_MESSAGES, signing_problem
from desktop.signatures.images import (
    MAX_IMAGE_BYTES,
    MAX_IMAGE_SIDE,
    check_png,
    ensure_stored_file,
    set_seal_image,
    set_signature_image,
)
from desktop.signatures.keys import KeySpec, OnceKeySource, Secret
from desktop.signatures.placement import PLACE_HEIGHT, PLACE_WIDTH, parse_place, signature_place
from desktop.signatures.plan import Plan, Target, check_workflow, load_doc, make_plan, signed_name
from desktop.signatures.results import SignatureInfo, SignedFile, SignResult
from desktop.signatures.verification import DocumentVerification, verify_document, verify_file
from desktop.storage import fileflags
from desktop.storage.filestore import PutResult
from desktop.storage.signed_files import PDF, SIGNED_ROLE
from models.entities import DocumentFile, Status
from models.signatures import SignatureRecord
from signing.appearance import Placement
from signing.errors import SigningError

__all__ = [
    "ATTACHMENT_ROLE",
    "DocumentVerification",
    "KeySpec",
    "MAX_IMAGE_BYTES",
    "MAX_IMAGE_SIDE",
    "PLACE_HEIGHT",
    "PLACE_WIDTH",
    "Placement",
    "SIGNING_MESSAGES",
    "SIGN_AS",
    "Secret",
    "SignAs",
    "SignResult",
    "SignatureInfo",
    "SignedFile",
    "check_png",
    "list_signatures",
    "parse_place",
    "set_seal_image",
    "set_signature_image",
    "sign_document",
    "signature_place",
    "signing_problem",
    "verify_document",
    "verify_file",
]

log = logging.getLogger(__name__)

SignAs = Literal["signer", "organisation", "copy"]
SIGN_AS: tuple[str, ...] = ("signer", "organisation", "copy")
ATTACHMENT_ROLE = "dinh-kem"


# --------------------------------------------------------------------------- signing


def _utc(moment: dt.datetime | None) -> dt.datetime:
    if moment is None:
        return dt.datetime.now(dt.UTC).replace(microsecond=0)
    if moment.tzinfo is None:
        raise UserError(_("Thời điểm ký phải kèm múi giờ."), field="time")
    return moment


def _cert_fields(cert: Any) -> tuple[str, str, str, str]:
    subject = cert.subject.human_friendly
    issuer = cert.issuer.human_friendly
    cn = cert.subject.native.get("common_name") or ""
    if isinstance(cn, list):
        cn = ", ".join(cn)
    return format(cert.serial_number, "x"), subject[:500], issuer[:500], str(cn)[:200]


def _page_count(pdf: bytes) -> int | None:
    from pypdf import PdfReader

    try:
        return len(PdfReader(io.BytesIO(pdf)).pages)
    except pdf_errors():  # the page count is informative only
        return None


def _field_name_of(pdf: bytes) -> str:
    """The name of the last signature field (the one just added)."""
    from pyhanko.pdf_utils.reader import PdfFileReader

    reader = PdfFileReader(io.BytesIO(pdf), strict=False)
    sigs = list(reader.embedded_regular_signatures)
    return str(sigs[-1].field_name) if sigs else ""


def sign_document(
    office: Office,
    doc_id: int,
    as_: SignAs,
    key: KeySpec,
    image_png: bytes | None = None,
    place: Placement | None = None,
    signing_time: dt.datetime | None = None,
    *,
    copy_form: str | None = None,
) -> SignResult:
    """Sign the document's current main PDF (see the module docstring for the rules)."""
    from signing.sign import sign_pdf

    if as_ not in SIGN_AS:
        raise UserError(
            _("Kiểu ký “{value}” không hợp lệ; chọn signer, organisation hoặc copy.",
              value=str(as_)),
            field="as",
        )
    if as_ == "signer":
        office.require(Role.LEADER, action=_("ký số văn bản với tư cách người có thẩm quyền"))
    else:
        office.require(Role.CLERK, action=_("ký số của cơ quan"))
    visibility.require_content(office, doc_id, _("ký số văn bản mật"))
    when = _utc(signing_time)
    key.check()
    plan = make_plan(office, doc_id, as_, image_png, place, copy_form)

    warnings: list[str] = []
    if as_ == "signer" and plan.signer_name and office.actor.full_name and (
        fold(plan.signer_name) != fold(office.actor.full_name)
    ):
        warnings.append(_("Người ký đăng ký trong sổ là {registered}, người ký số là {actual}.",
                          registered=plan.signer_name, actual=office.actor.full_name))
    if plan.skipped:
        warnings.append(_("Các tệp không phải PDF không được ký số: {names}.",
                          names=", ".join(plan.skipped)))

    from desktop.signatures.certcheck import (
        CertificateRefused,
        audit_refusal,
        stale_crl_warnings,
        vetter,
    )

    warnings += stale_crl_warnings(office)
    source = OnceKeySource(key, vet=vetter(office, as_, when, plan.signer_name or ""))
    outputs: list[tuple[Target, str, bytes]] = []  # (target, kind, signed bytes)
    try:
        if as_ == "signer":
            signed = sign_pdf(plan.main.data, source, "signer", plan.placement,
                              image_png=plan.image, signing_time=when)
        elif as_ == "organisation":
            signed = sign_pdf(plan.main.data, source, "organisation", plan.placement,
                              seal_png=plan.seal, signing_time=when)
        else:
            signed = sign_pdf(plan.main.data, source, "copy", copy_form=plan.copy_form,
                              copying_body=plan.org_name, signing_time=when)
        outputs.append((plan.main, as_, signed))
        for att in plan.attachments:
            outputs.append((att, "attachment", sign_pdf(
                att.data, source, "attachment", document_number=plan.symbol,
                signing_time=when)))
    except SigningError as exc:
        log.warning("signing document %s as %s refused: %s %s", doc_id, as_, exc.code,
                    exc.details)
        raise signing_problem(exc) from None
    except CertificateRefused as exc:
        log.warning("signing document %s as %s refused: %s %s", doc_id, as_, exc.message,
                    exc.details)
        audit_refusal(office, doc_id, as_, exc)
        raise
    cert = source.certificate
    assert cert is not None
    serial, subject, issuer, cn = _cert_fields(cert)

    puts: list[PutResult] = []
    try:
        for _target, _kind, data in outputs:
            puts.append(office.files.put_bytes(data))
        result = _record(office, plan, as_, when, outputs, puts, (serial, subject, issuer, cn),
                         key, tuple(warnings))
    except BaseException:
        for put in puts:
            if put.created:
                office.files.remove_new(put.sha256)
        raise
    log.info("document %s signed as %s by %s (certificate %s)", doc_id, as_,
             office.actor.username, serial)
    return result


def _record(office: Office, plan: Plan, as_: str, when: dt.datetime,
            outputs: list[tuple[Target, str, bytes]], puts: list[PutResult],
            cert: tuple[str, str, str, str], key: KeySpec,
            warnings: tuple[str, ...]) -> SignResult:
    serial, subject, issuer, cn = cert
    actor = office.actor.username
    signed_at = when.astimezone(dt.UTC).replace(tzinfo=None)
    files: list[SignedFile] = []
    with office.db.write() as s:
        doc = load_doc(s, plan.doc_id)
        # someone else may have signed or changed the document since we read it
        check_workflow(s, doc, as_)
        for target, _kind, _data in outputs:
            link = s.get(DocumentFile, target.link_id)
            if link is None or not link.current or link.sha256 != target.sha256:
                raise UserError(
                    _("Văn bản {symbol} vừa được người khác thay đổi; hãy mở lại và ký lại.",
                      symbol=plan.symbol or plan.doc_id),
                )
        before_status = doc.status
        for (target, kind, data), put in zip(outputs, puts, strict=True):
            ensure_stored_file(s, put, PDF, _page_count(data))
            old = s.get(DocumentFile, target.link_id)
            assert old is not None
            old.current = False
            role = SIGNED_ROLE if kind != "attachment" else ATTACHMENT_ROLE
            name = signed_name(target.name)
            s.add(DocumentFile(document_id=doc.id, sha256=put.sha256, name=name, role=role,
                               current=True, added_by=actor))
            field_name = _field_name_of(data)
            s.add(SignatureRecord(
                document_id=doc.id, kind=kind, actor=actor, field_name=field_name[:64],
                certificate_serial=serial, certificate_subject=subject,
                certificate_issuer=issuer, signer_name=cn, signed_at=signed_at,
                sha256_before=target.sha256, sha256_after=put.sha256,
            ))
            files.append(SignedFile(name, kind, target.sha256, put.sha256, field_name))
        s.flush()
        fileflags.refresh(s, [doc.id])
        if as_ == "organisation":
            doc.status = Status.ISSUED.value
        elif as_ == "signer" and doc.direction == "di" and doc.status != Status.ISSUED.value:
            doc.status = Status.SIGNED.value
        audit.record(
            s, actor, "ky-so", doc.id,
            before={"sha256": [f.sha256_before for f in files], "trang_thai": before_status},
            after={
                "ky_voi_tu_cach": as_,
                "sha256": [f.sha256_after for f in files],
                "serial": serial,
                "chu_the": subject,
                "thoi_diem_ky": signed_at.isoformat(),
                "khoa": key.describe(),
                "trang_thai": doc.status,
            },
        )
        status = doc.status
    return SignResult(plan.doc_id, plan.symbol, as_, signed_at, serial, subject, cn, status,
                      files[0], tuple(files[1:]), warnings)


def list_signatures(office: Office, doc_id: int) -> list[SignatureInfo]:
    with office.db.read() as s:
        load_doc(s, doc_id)
        rows = s.scalars(select(SignatureRecord).where(SignatureRecord.document_id == doc_id)
                         .order_by(SignatureRecord.id))
        return [SignatureInfo(r.kind, r.actor, r.signer_name, r.certificate_serial,
                              r.certificate_subject, r.signed_at, r.sha256_before,
                              r.sha256_after) for r in rows]
