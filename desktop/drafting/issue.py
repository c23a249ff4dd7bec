"""The competent person signs the draft with số and ngày blank; the clerk issues it.

Signing (lãnh đạo): the approved draft's current version gets the two empty text fields over its
"Số: …" and place-and-date lines (:mod:`signing.fields`), then the person's PAdES signature with
the handwritten-signature image, exactly as :func:`desktop.signatures.service.sign_document`
signs (same signing code, key handling and appearance). Both PDFs are kept.

Issuing (văn thư), one unit of work: the chairperson's signature is checked intact with nothing
after it; then, in one write transaction that holds the series lock (the same
``next_number`` as every registration), the next number is taken, the fields are filled (an
incremental update that is form filling only), the organisation signature with the seal is
added, the document is registered in the outgoing register with the issued PDF as its signed
file, both signatures are recorded and the issue is audited. Any failure rolls all of it back:
the number is not spent and the draft is as it was. The PIN is asked for before the
transaction starts, so nobody waits for the series while someone types it.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from desktop.core.clock import vn_today
from desktop.core.errors import IntegrityProblem, UserError
from desktop.core.i18n import _
from desktop.core.numbering import next_number
from desktop.core.validate import format_number, parse_date
from desktop.drafting.service import (
    DraftView,
    _audit,
    _event,
    _view,
    draft_ref,
    load_draft,
    status_label,
)
from desktop.kernel import audit
from desktop.kernel.auth import Role
from desktop.kernel.office import Office
from desktop.registers.entries import OutgoingInput, build_outgoing, search_text_of
from desktop.registers.registry import audit_values
from desktop.signatures.errors import signing_problem
from desktop.signatures.images import check_png, ensure_stored_file
from desktop.signatures.keys import KeySpec, OnceKeySource
from desktop.signatures.plan import signed_name
from desktop.storage import fileflags
from desktop.storage.filestore import PutResult
from desktop.storage.signed_files import PDF, SIGNED_ROLE
from models.drafting import DraftStatus, DraftVersion
from models.entities import DocumentFile, Organisation, Status, User
from models.signatures import SignatureRecord
from signing.appearance import Placement
from signing.errors import SigningError

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class IssueResult:
    draft_id: int
    document_id: int
    number: int
    symbol: str
    issued_date: dt.date
    status: str
    sha256: str
    warnings: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.document_id, "draft": self.draft_id, "number": self.number,
                "symbol": self.symbol, "issued_date": self.issued_date.isoformat(),
                "status": self.status, "sha256": self.sha256, "warnings": list(self.warnings)}


def _utc(moment: dt.datetime | None) -> dt.datetime:
    if moment is None:
        return dt.datetime.now(dt.UTC).replace(microsecond=0)
    if moment.tzinfo is None:
        raise UserError(_("Thời điểm ký phải kèm múi giờ."), field="time")
    return moment


def _cert(cert: Any) -> tuple[str, str, str, str]:
    cn = cert.subject.native.get("common_name") or ""
    if isinstance(cn, list):
        cn = ", ".join(cn)
    return (format(cert.serial_number, "x"), cert.subject.human_friendly[:500],
            cert.issuer.human_friendly[:500], str(cn)[:200])


def vn_date_line(place: str, day: dt.date) -> str:
    """The place-and-date line as the document carries it, always in Vietnamese (Phụ lục I:
    days below 10 and the months 1 and 2 take a leading zero)."""
    month = f"{day.month:02d}" if day.month < 3 else str(day.month)
    return f"{place}, ngày {day.day:02d} tháng {month} năm {day.year}"


def _fields_problem(exc: SigningError) -> UserError:
    if exc.code == "no_blank_lines":
        return UserError(_(
            "Không tìm thấy dòng “Số: …/…” hoặc dòng địa danh, ngày tháng ở nửa trên trang 1 "
            "của dự thảo; không có chỗ để ghi số và ngày khi phát hành."), exc.details,
            field="file")
    if exc.code in ("fields_present", "already_signed"):
        return UserError(_("Tệp dự thảo đã có chữ ký số hoặc ô số, ngày; hãy tải lên bản PDF "
                           "chưa ký."), exc.details, field="file")
    if exc.code in ("no_blank_fields", "fields_filled"):
        return UserError(_("Tệp đã ký không còn ô số, ngày để trống; không phát hành được."),
                         exc.details, field="file")
    return UserError(signing_problem(exc).message, exc.details, field="file")


def _image(office: Office, given: bytes | None, stored: str | None, label: str,
           missing: str) -> bytes:
    if given is not None:
        check_png(given, label)
        return given
    if stored:
        return office.files.read(stored)
    raise UserError(missing, field="image")


# --------------------------------------------------------------------------- signing


def sign_draft(office: Office, draft_id: int, key: KeySpec, image_png: bytes | None = None,
               place: Placement | None = None,
               signing_time: dt.datetime | None = None) -> DraftView:
    """The competent person's signature on the approved draft, số and ngày left blank."""
    from signing.appearance import find_signature_place
    from signing.fields import add_blank_fields, find_blank_lines
    from signing.sign import sign_pdf

    office.require(Role.LEADER, action=_("ký số dự thảo với tư cách người có thẩm quyền"))
    when = _utc(signing_time)
    key.check()
    with office.db.read() as s:
        draft = load_draft(s, draft_id)
        if draft.status != DraftStatus.APPROVED.value:
            raise UserError(_(
                "Dự thảo {ref} đang ở trạng thái “{status}”; lãnh đạo chỉ ký dự thảo đã duyệt.",
                ref=draft_ref(draft_id), status=status_label(draft.status)))
        version = draft.version
        sha = s.scalar(select(DraftVersion.sha256).where(
            DraftVersion.draft_id == draft_id, DraftVersion.version == version))
        signer_username = draft.signer_username
        stored_image = s.scalar(select(User.signature_image_sha256)
                                .where(User.username == office.actor.username))
    assert sha is not None
    warnings: list[str] = []
    if signer_username != office.actor.username:
        warnings.append(_("Người ký ghi trên dự thảo là {registered}, người ký số là {actual}.",
                          registered=signer_username, actual=office.actor.username))
    image = _image(office, image_png, stored_image, _("Ảnh chữ ký"), _(
        "Tài khoản {user} chưa có ảnh chữ ký. Đặt ảnh bằng lệnh “vanthu signature-image "
        "set” hoặc chọn ảnh cho lần ký này (--image).", user=office.actor.username))
    data = office.files.read(sha)
    try:
        lines = find_blank_lines(data)
        with_fields = add_blank_fields(data, lines)
    except SigningError as exc:
        raise _fields_problem(exc) from None
    placement = place or find_signature_place(with_fields)
    if placement is None:
        raise UserError(
            _("Không tìm thấy khối chữ ký (chức vụ và họ tên người ký) ở trang cuối của văn "
              "bản. Hãy chọn vị trí ký, ví dụ --place 1:350,120."), field="place")
    source = OnceKeySource(key)
    try:
        signed = sign_pdf(with_fields, source, "signer", placement, image_png=image,
                          signing_time=when)
    except SigningError as exc:
        log.warning("signing draft %s refused: %s %s", draft_id, exc.code, exc.details)
        raise signing_problem(exc) from None
    serial, subject, issuer, cn = _cert(source.certificate)
    puts: list[PutResult] = []
    actor = office.actor.username
    try:
        puts.append(office.files.put_bytes(with_fields))
        puts.append(office.files.put_bytes(signed))
        with office.db.write() as s:
            draft = load_draft(s, draft_id)
            if draft.status != DraftStatus.APPROVED.value or draft.version != version:
                raise UserError(_("Dự thảo {ref} vừa được người khác thay đổi; hãy mở lại và "
                                  "ký lại.", ref=draft_ref(draft_id)))
            for put in puts:
                ensure_stored_file(s, put, PDF, None)
            draft.fields_sha256 = puts[0].sha256
            draft.signed_sha256 = puts[1].sha256
            draft.signed_by = actor
            draft.signed_at = when.astimezone(dt.UTC).replace(tzinfo=None)
            draft.signature_field = _last_field(signed)[:64]
            draft.certificate_serial = serial
            draft.certificate_subject = subject
            draft.certificate_issuer = issuer
            draft.certificate_cn = cn
            draft.status = DraftStatus.SIGNED.value
            _event(s, draft, actor, "ky")
            _audit(s, actor, "du-thao-ky", draft, sha256=puts[1].sha256, serial=serial,
                   chu_the=subject, khoa=key.describe(),
                   thoi_diem_ky=draft.signed_at.isoformat())
            s.flush()
            view = _view(s, draft, tuple(warnings))
    except BaseException:
        for put in puts:
            if put.created:
                office.files.remove_new(put.sha256)
        raise
    return view


def _last_field(pdf: bytes) -> str:
    import io

    from pyhanko.pdf_utils.reader import PdfFileReader

    sigs = list(PdfFileReader(io.BytesIO(pdf), strict=False).embedded_regular_signatures)
    return str(sigs[-1].field_name) if sigs else ""


# --------------------------------------------------------------------------- issuing


def check_signed_draft(data: bytes) -> None:
    """The signed draft is exactly what the person signed: one signature, intact, covering the
    whole file, and both fields still blank. Refused otherwise (nothing is numbered). Trust is
    not asked here: the leader's certificate was checked when signing, and ``vanthu verify``
    reports it on the issued file."""
    from signing.fields import FIELD_NAMES, field_states, signed_exactly

    changed = IntegrityProblem(_(
        "Tệp dự thảo đã ký bị thay đổi sau khi lãnh đạo ký; không phát hành. Lãnh đạo cần ký "
        "lại dự thảo."))
    if not signed_exactly(data):
        raise changed
    try:
        states = field_states(data)
    except SigningError as exc:
        raise changed from exc
    if any(n not in states or states[n].value not in (None, "") for n in FIELD_NAMES):
        raise changed


def issue_draft(office: Office, draft_id: int, key: KeySpec, seal_png: bytes | None = None,
                issued: str | dt.date | None = None,
                signing_time: dt.datetime | None = None) -> IssueResult:
    """Number, fill, seal, register (see the module docstring)."""
    from signing.fields import DATE_FIELD, NUMBER_FIELD, fill_fields
    from signing.sign import sign_pdf

    office.require(Role.CLERK, action=_("phát hành văn bản"))
    when = _utc(signing_time)
    day = parse_date(issued, "date") if issued else vn_today()
    key.check()
    with office.db.read() as s:
        draft = load_draft(s, draft_id)
        ref = draft_ref(draft_id)
        if draft.status == DraftStatus.ISSUED.value:
            raise UserError(_("Dự thảo {ref} đã được phát hành.", ref=ref))
        if draft.status != DraftStatus.SIGNED.value:
            raise UserError(_(
                "Dự thảo {ref} đang ở trạng thái “{status}”; chỉ phát hành dự thảo đã được "
                "lãnh đạo ký số.", ref=ref, status=status_label(draft.status)))
        assert draft.signed_sha256 is not None
        signed_sha = draft.signed_sha256
        signed_on = draft.signed_at
        org = s.scalar(select(Organisation).limit(1))
        if org is None:
            raise UserError(_("Chưa khởi tạo cơ quan."))
        seal_sha, place, short = org.seal_image_sha256, org.place, org.short_name
        name = s.scalar(select(DraftVersion.name).where(
            DraftVersion.draft_id == draft_id, DraftVersion.version == draft.version)) or "du-thao.pdf"
        inp = OutgoingInput(issued=day, type_name=draft.type_name, subject=draft.subject,
                            signer_name=draft.signer_name or draft.signer_username,
                            signer_title=draft.signer_title or "Lãnh đạo",
                            drafting_unit=draft.drafting_unit, recipients=draft.recipients,
                            urgency=draft.urgency, secrecy=draft.secrecy)
    doc = build_outgoing(inp, short)
    if signed_on is not None and day < signed_on.date() - dt.timedelta(days=1):
        raise UserError(_("Ngày phát hành {date} trước ngày lãnh đạo ký dự thảo.",
                          date=day.strftime("%d/%m/%Y")), field="date")
    seal = _image(office, seal_png, seal_sha, _("Ảnh con dấu"), _(
        "Cơ quan chưa có ảnh con dấu. Quản trị đặt ảnh bằng lệnh “vanthu seal-image "
        "set”, hoặc chọn ảnh cho lần ký này (--image)."))
    signed = office.files.read(signed_sha)  # re-hashed: a changed file is refused here
    check_signed_draft(signed)
    source = OnceKeySource(key)
    try:
        source.signer()  # the one PIN attempt, before the series is locked
    except SigningError as exc:
        raise signing_problem(exc) from None
    serial, subject, issuer, cn = _cert(source.certificate)
    actor = office.actor.username
    put: PutResult | None = None
    try:
        with office.db.write() as s:
            draft = load_draft(s, draft_id)
            if draft.status != DraftStatus.SIGNED.value or draft.signed_sha256 != signed_sha:
                raise UserError(_("Dự thảo {ref} vừa được người khác thay đổi; hãy mở lại.",
                                  ref=ref))
            doc.number = next_number(s, doc.series, doc.year)
            doc.code_number = format_number(doc.number)
            doc.symbol = f"{doc.code_number}/{doc.code_notation}"
            values = {NUMBER_FIELD: f"Số: {doc.symbol}", DATE_FIELD: vn_date_line(place, day)}
            try:
                filled = fill_fields(signed, values)
            except SigningError as exc:
                raise _fields_problem(exc) from None
            try:
                issued_pdf = sign_pdf(filled, source, "organisation", seal_png=seal,
                                      signing_time=when)
            except SigningError as exc:
                log.warning("issuing draft %s refused: %s %s", draft_id, exc.code, exc.details)
                raise signing_problem(exc) from None
            put = office.files.put_bytes(issued_pdf)
            ensure_stored_file(s, put, PDF, None)
            doc.created_by = actor
            doc.status = Status.ISSUED.value
            doc.search_text = search_text_of(doc)
            s.add(doc)
            s.flush()
            s.add(DocumentFile(document_id=doc.id, sha256=put.sha256, name=signed_name(name),
                               role=SIGNED_ROLE, current=True, added_by=actor))
            assert draft.fields_sha256 is not None and draft.signed_at is not None
            s.add(SignatureRecord(
                document_id=doc.id, kind="signer", actor=draft.signed_by,
                field_name=draft.signature_field, certificate_serial=draft.certificate_serial,
                certificate_subject=draft.certificate_subject,
                certificate_issuer=draft.certificate_issuer, signer_name=draft.certificate_cn,
                signed_at=draft.signed_at, sha256_before=draft.fields_sha256,
                sha256_after=signed_sha))
            signed_at = when.astimezone(dt.UTC).replace(tzinfo=None)
            s.add(SignatureRecord(
                document_id=doc.id, kind="organisation", actor=actor,
                field_name=_last_field(issued_pdf)[:64], certificate_serial=serial,
                certificate_subject=subject, certificate_issuer=issuer, signer_name=cn,
                signed_at=signed_at, sha256_before=signed_sha, sha256_after=put.sha256))
            s.flush()
            fileflags.refresh(s, [doc.id])
            draft.document_id = doc.id
            draft.status = DraftStatus.ISSUED.value
            _event(s, draft, actor, "phat-hanh", doc.symbol)
            audit.record(s, actor, "dang-ky-di", doc.id, after=audit_values(doc))
            _audit(s, actor, "phat-hanh", draft, so_ky_hieu=doc.symbol, sha256=put.sha256,
                   serial=serial, chu_the=subject, khoa=key.describe(),
                   thoi_diem_ky=signed_at.isoformat())
            s.flush()
            result = IssueResult(draft_id, doc.id, doc.number, doc.symbol, doc.issued_date,
                                 Status.ISSUED.value, put.sha256)
    except BaseException:
        if put is not None and put.created:
            office.files.remove_new(put.sha256)
        raise
    log.info("draft %s issued as %s (document %s)", draft_id, result.symbol, result.document_id)
    return result
