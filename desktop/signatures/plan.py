"""What one signing action will do, worked out before any key is touched: the workflow checks
(who signs what, in which order) and the document's files to sign, with their bytes."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.errors import NotFound, UserError
from desktop.core.i18n import _
from desktop.kernel.office import Office
from desktop.signatures.images import check_png
from desktop.storage.signed_files import MAIN_ROLES, PDF, SIGNED_ROLE
from models.entities import (
    Direction,
    Document,
    DocumentFile,
    Organisation,
    Status,
    StoredFile,
    User,
)
from models.signatures import SignatureRecord
from signing.appearance import COPY_FORMS, Placement


@dataclass
class Target:
    """A file to sign: its current link and its bytes."""

    link_id: int
    sha256: str
    name: str
    role: str
    data: bytes


def current_links(s: Session, doc_id: int) -> list[tuple[DocumentFile, str]]:
    rows = s.execute(
        select(DocumentFile, StoredFile.media_type)
        .join(StoredFile, StoredFile.sha256 == DocumentFile.sha256)
        .where(DocumentFile.document_id == doc_id, DocumentFile.current.is_(True))
        .order_by(DocumentFile.id)
    ).all()
    return [(link, str(media)) for link, media in rows]


def main_link(links: list[tuple[DocumentFile, str]]) -> DocumentFile | None:
    """The latest signed revision, else the first main PDF (or scan)."""
    signed = [lk for lk, media in links if lk.role == SIGNED_ROLE and media == PDF]
    if signed:
        return signed[-1]
    for role in MAIN_ROLES:
        for lk, media in links:
            if lk.role == role and media == PDF:
                return lk
    return None


def signed_name(name: str) -> str:
    stem = name[:-4] if name.lower().endswith(".pdf") else name
    stem = re.sub(r"_ky-so$", "", stem)
    return f"{stem}_ky-so.pdf"


def load_doc(s: Session, doc_id: int) -> Document:
    doc = s.get(Document, doc_id)
    if doc is None:
        raise NotFound(_("Không có văn bản mã {id}.", id=doc_id))
    return doc


def _has_signature(s: Session, doc_id: int, kind: str) -> bool:
    return s.scalar(
        select(SignatureRecord.id).where(
            SignatureRecord.document_id == doc_id, SignatureRecord.kind == kind
        ).limit(1)
    ) is not None


def check_workflow(s: Session, doc: Document, as_: str) -> None:
    label = doc.symbol or _("mã {id}", id=doc.id)
    if doc.status == Status.CANCELLED.value:
        raise UserError(_("Văn bản {symbol} đã bị hủy đăng ký; không thể ký số.", symbol=label))
    if as_ in ("signer", "organisation"):
        if doc.direction != Direction.OUTGOING.value:
            raise UserError(
                _("Văn bản {symbol} là văn bản đến; chỉ văn bản đi mới được lãnh đạo ký ban hành "
                  "và ký số của cơ quan. Với bản số hóa, dùng chữ ký sao y (--as copy).",
                  symbol=label),
                field="as",
            )
        if doc.status == Status.ISSUED.value:
            raise UserError(
                _("Văn bản {symbol} đã được ký số của cơ quan và phát hành; không ký thêm.",
                  symbol=label),
            )
    if as_ == "organisation" and not _has_signature(s, doc.id, "signer"):
        raise UserError(
            _("Văn bản {symbol} chưa có chữ ký số của người có thẩm quyền. Văn thư chỉ ký số của "
              "cơ quan sau khi lãnh đạo đã ký.", symbol=label),
            field="as",
        )
    if as_ == "copy" and _has_signature(s, doc.id, "copy"):
        raise UserError(
            _("Văn bản {symbol} đã có chữ ký sao y của cơ quan.", symbol=label), field="as"
        )


@dataclass
class Plan:
    doc_id: int
    symbol: str
    status: str
    direction: str
    signer_name: str
    org_name: str
    main: Target
    attachments: list[Target]
    image: bytes | None
    seal: bytes | None
    placement: Placement | None
    copy_form: str | None
    skipped: list[str]


def read_target(office: Office, link: DocumentFile) -> Target:
    return Target(link.id, link.sha256, link.name, link.role, office.files.read(link.sha256))


def make_plan(office: Office, doc_id: int, as_: str, image_png: bytes | None,
          place: Placement | None, copy_form: str | None) -> Plan:
    from signing.appearance import find_signature_place

    with office.db.read() as s:
        doc = load_doc(s, doc_id)
        check_workflow(s, doc, as_)
        links = current_links(s, doc_id)
        main = main_link(links)
        if main is None:
            raise UserError(
                _("Văn bản {symbol} chưa có tệp PDF để ký.", symbol=doc.symbol or doc_id),
                field="file",
            )
        others = [lk for lk, media in links if media == PDF and lk.id != main.id]
        skipped = [lk.name for lk, media in links if media != PDF]
        org = s.scalar(select(Organisation).limit(1))
        if org is None:
            raise NotFound(_("Chưa khởi tạo cơ quan."))
        user_image = s.scalar(
            select(User.signature_image_sha256).where(User.username == office.actor.username)
        )
        plan = Plan(doc.id, doc.symbol, doc.status, doc.direction, doc.signer_name, org.name,
                     read_target(office, main), [], None, None, place, None, skipped)
        seal_sha = org.seal_image_sha256
    if as_ == "organisation":
        plan.attachments = [read_target(office, lk) for lk in others]

    if as_ == "signer":
        plan.image = _image(office, image_png, user_image, _("Ảnh chữ ký"), lambda: _(
            "Tài khoản {user} chưa có ảnh chữ ký. Đặt ảnh bằng lệnh “vanthu signature-image "
            "set” hoặc chọn ảnh cho lần ký này (--image).", user=office.actor.username))
        if plan.placement is None:
            plan.placement = find_signature_place(plan.main.data)
        if plan.placement is None:
            raise UserError(
                _("Không tìm thấy khối chữ ký (chức vụ và họ tên người ký) ở trang cuối của văn "
                  "bản. Hãy chọn vị trí ký, ví dụ --place 1:350,120."),
                field="place",
            )
    elif as_ == "organisation":
        plan.seal = _image(office, image_png, seal_sha, _("Ảnh con dấu"), lambda: _(
            "Cơ quan chưa có ảnh con dấu. Quản trị đặt ảnh bằng lệnh “vanthu seal-image "
            "set”, hoặc chọn ảnh cho lần ký này (--image)."))
    else:
        if image_png is not None:
            raise UserError(_("Chữ ký sao y không có ảnh; bỏ --image."), field="image")
        if place is not None:
            raise UserError(
                _("Chữ ký sao y luôn đặt ở góc trên bên phải trang đầu; bỏ --place."),
                field="place",
            )
        form = (copy_form or "SAO Y").strip().upper()
        if form not in COPY_FORMS:
            raise UserError(
                _("Hình thức sao “{value}” không hợp lệ; chọn SAO Y, SAO LỤC hoặc TRÍCH SAO.",
                  value=copy_form or ""),
                field="copy-form",
            )
        plan.copy_form = form
    return plan


def _image(office: Office, given: bytes | None, stored_sha: str | None, label: str,
           missing: Callable[[], str]) -> bytes:
    """The picture for this signature: the one given for this time (checked), else the one
    stored for the signer or the organisation, else a refusal saying how to set one."""
    if given is not None:
        check_png(given, label)
        return given
    if stored_sha:
        return office.files.read(stored_sha)
    raise UserError(missing(), field="image")
