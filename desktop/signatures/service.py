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
"""

from __future__ import annotations

import datetime as dt
import io
import logging
import re
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Literal

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.errors import EnvironmentProblem, NotFound, UserError, VanThuError
from desktop.core.i18n import N_, _
from desktop.core.textfold import fold
from desktop.kernel import audit
from desktop.kernel.auth import Role
from desktop.kernel.office import Office
from desktop.storage import fileflags
from desktop.storage.filestore import PutResult
from desktop.storage.signed_files import MAIN_ROLES, NOT_SIGNED, PDF, SIGNED_ROLE
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
from signing.errors import SigningError
from signing.keys import KeySource
from signing.verify import STATUS_VALID, VerifyReport

log = logging.getLogger(__name__)

SignAs = Literal["signer", "organisation", "copy"]
SIGN_AS: tuple[str, ...] = ("signer", "organisation", "copy")
ATTACHMENT_ROLE = "dinh-kem"

# --place: the box made at the point the person gives (lower-left corner), in PDF points
PLACE_WIDTH = 170.0
PLACE_HEIGHT = 70.0
MAX_IMAGE_BYTES = 5 * 1024 * 1024
MAX_IMAGE_SIDE = 6000

# SigningError codes that are about the machine or the device, not the person's input
_ENVIRONMENT_CODES = frozenset({"token_not_found", "pin_locked", "signing_failed"})
_FIELDS = {
    "wrong_pin": "pin",
    "no_signature_place": "place",
    "bad_image": "image",
    "keystore_unreadable": "key",
    "key_not_found": "key",
    "cert_expired": "key",
    "cert_not_yet_valid": "key",
    "no_signing_key_usage": "key",
    "encrypted_pdf": "file",
    "broken_pdf": "file",
    "hybrid_xref": "file",
    "certified_no_changes": "file",
}


# signing.errors.MESSAGES_VI, marked for the message catalogue: they are translated at
# display through _(exc.message_vi); a test keeps this list equal to the library's.
SIGNING_MESSAGES = (
    N_("Mã PIN hoặc mật khẩu không đúng. Không thử lại để tránh khóa thiết bị ký số."),
    N_("Thiết bị ký số đã bị khóa mã PIN. Liên hệ đơn vị cấp chứng thư số."),
    N_("Chứng thư số đã hết hạn tại thời điểm ký."),
    N_("Chứng thư số chưa có hiệu lực tại thời điểm ký."),
    N_("Chứng thư số không được phép dùng để ký số."),
    N_("Tệp PDF được mã hóa bằng mật khẩu; không thể ký."),
    N_("Tệp PDF bị hỏng hoặc không đọc được; không thể ký."),
    N_(
        "Tệp PDF có cấu trúc tham chiếu lai (hybrid xref) không an toàn để ký. Hãy in lại "
        "ra PDF rồi ký."
    ),
    N_("Tệp PDF đã được chứng thực không cho phép thay đổi; không thể ký thêm."),
    N_("Không tìm thấy thiết bị ký số (USB token). Kiểm tra thiết bị đã cắm."),
    N_("Không tìm thấy khóa ký hoặc chứng thư số trên thiết bị ký số."),
    N_("Không đọc được tệp khóa ký (PKCS#12)."),
    N_("Không xác định được vị trí ký trên văn bản. Hãy chọn vị trí ký."),
    N_("Văn bản chưa có chữ ký của người có thẩm quyền; chưa thể ký số của cơ quan."),
    N_("Ảnh chữ ký hoặc ảnh con dấu không hợp lệ (cần tệp PNG)."),
    N_("Yêu cầu ký không hợp lệ."),
    N_("Ký số không thành công."),
    N_("Không kiểm tra được chữ ký số trong tệp PDF."),
)


def signing_problem(exc: SigningError) -> VanThuError:
    """The domain error for a signing refusal: Vietnamese for the person, details for the log."""
    message = _(exc.message_vi)
    if exc.code in _ENVIRONMENT_CODES:
        return EnvironmentProblem(message, exc.details, field=_FIELDS.get(exc.code))
    return UserError(message, exc.details, field=_FIELDS.get(exc.code))


# --------------------------------------------------------------------------- keys

Secret = str | bytes | Callable[[], str]


@dataclass(frozen=True)
class KeySpec:
    """Which key signs: a PKCS#12 file, or a key on a PKCS#11 token (USB token).

    ``secret`` is the PKCS#12 password or the token PIN, or a function that asks for it; it is
    called only after every other check passed, once.
    """

    p12_path: Path | None = None
    module: str | None = None
    token: str | None = None
    key_id: bytes | None = None
    key_label: str | None = None
    secret: Secret | None = field(default=None, repr=False, compare=False)

    @classmethod
    def pkcs12(cls, path: str | Path, password: Secret) -> KeySpec:
        return cls(p12_path=Path(path), secret=password)

    @classmethod
    def pkcs11(cls, module: str, token: str, pin: Secret, *, key_id: bytes | None = None,
               key_label: str | None = None) -> KeySpec:
        return cls(module=module, token=token, key_id=key_id, key_label=key_label, secret=pin)

    def check(self) -> None:
        if (self.p12_path is None) == (self.module is None):
            raise UserError(
                _("Chọn đúng một khóa ký: tệp PKCS#12 (--p12) hoặc thiết bị ký số (--pkcs11)."),
                field="key",
            )
        if self.p12_path is not None and not Path(self.p12_path).is_file():
            raise UserError(
                _("Không tìm thấy tệp khóa ký {path}.", path=str(self.p12_path)), field="key"
            )
        if self.module is not None:
            if not self.token:
                raise UserError(_("Cần tên thiết bị ký số (--token)."), field="token")
            if (self.key_id is None) == (self.key_label is None):
                raise UserError(
                    _("Chọn khóa trên thiết bị ký số bằng đúng một trong --key-id hoặc "
                      "--key-label."),
                    field="key",
                )

    def describe(self) -> dict[str, str]:
        """For the audit log and messages: never the secret."""
        if self.p12_path is not None:
            return {"loai": "pkcs12", "tep": Path(self.p12_path).name}
        data = {"loai": "pkcs11", "thiet_bi": self.token or ""}
        if self.key_id is not None:
            data["key_id"] = self.key_id.hex()
        if self.key_label is not None:
            data["key_label"] = self.key_label
        return data

    def key_source(self) -> KeySource:
        from signing.keys import Pkcs11KeySource, Pkcs12KeySource

        self.check()
        secret = self.secret() if callable(self.secret) else self.secret
        if secret is None:
            raise UserError(_("Thiếu mã PIN hoặc mật khẩu của khóa ký."), field="pin")
        if self.p12_path is not None:
            password = secret if isinstance(secret, bytes) else secret.encode("utf-8")
            return Pkcs12KeySource(self.p12_path, password)
        pin = secret.decode("utf-8") if isinstance(secret, bytes) else secret
        assert self.module is not None and self.token is not None
        return Pkcs11KeySource(self.module, self.token, pin, key_id=self.key_id,
                               key_label=self.key_label)


class _OnceKeySource:
    """Builds the pyHanko signer once (one PIN/password attempt) and remembers it, so several
    files of one action share it and its certificate can be recorded."""

    def __init__(self, spec: KeySpec) -> None:
        self._spec = spec
        self._signer: Any = None

    def signer(self) -> Any:
        if self._signer is None:
            self._signer = self._spec.key_source().signer()
        return self._signer

    @property
    def certificate(self) -> Any:
        return None if self._signer is None else self._signer.signing_cert


# --------------------------------------------------------------------------- placement


def parse_place(text: str) -> Placement:
    """``PAGE:X,Y`` — page from 1, X and Y in points from the page's bottom-left corner; the box
    (170 × 70 pt) starts there and goes right and up."""
    m = re.fullmatch(r"\s*(\d+)\s*:\s*(-?\d+(?:\.\d+)?)\s*,\s*(-?\d+(?:\.\d+)?)\s*", text or "")
    if m is None or int(m.group(1)) < 1:
        raise UserError(
            _("Vị trí ký “{value}” không hợp lệ; viết TRANG:X,Y, ví dụ 1:350,120 "
              "(trang tính từ 1, tọa độ tính bằng point từ góc dưới bên trái).", value=text),
            field="place",
        )
    page, x, y = int(m.group(1)) - 1, float(m.group(2)), float(m.group(3))
    return Placement(page, (x, y, x + PLACE_WIDTH, y + PLACE_HEIGHT))


# --------------------------------------------------------------------------- images


def check_png(data: bytes, what: str) -> None:
    """A PNG with a transparent background, of a sensible size."""
    from PIL import Image, UnidentifiedImageError

    bad = _("{what} phải là tệp PNG có nền trong suốt.", what=what)
    if len(data) > MAX_IMAGE_BYTES:
        raise UserError(_("{what} quá lớn (tối đa 5 MB).", what=what), field="image")
    if not data.startswith(b"\x89PNG\r\n\x1a\n"):
        raise UserError(bad, "not a PNG signature", field="image")
    try:
        img = Image.open(io.BytesIO(data))
        if max(img.size) > MAX_IMAGE_SIDE:
            raise UserError(_("{what} quá lớn (tối đa 6000 điểm ảnh mỗi chiều).", what=what),
                            field="image")
        img.load()
    except (UnidentifiedImageError, OSError, ValueError) as exc:
        raise UserError(bad, str(exc), field="image") from None
    has_alpha = img.mode in ("RGBA", "LA", "PA") or "transparency" in img.info
    if not has_alpha:
        raise UserError(bad, f"mode {img.mode} has no alpha channel", field="image")
    lowest, _highest = img.convert("RGBA").getchannel("A").getextrema()
    if lowest == 255:
        raise UserError(bad, "alpha channel is fully opaque", field="image")


def _store_image(office: Office, png_path: Path, what: str) -> PutResult:
    path = Path(png_path)
    if not path.is_file():
        raise UserError(_("Không tìm thấy tệp: {path}.", path=str(path)), field="file")
    data = path.read_bytes()
    check_png(data, what)
    return office.files.put_bytes(data)


def _ensure_stored_file(s: Session, put: PutResult, media: str, pages: int | None = None) -> None:
    if s.get(StoredFile, put.sha256) is None:
        s.add(StoredFile(sha256=put.sha256, size=put.size, media_type=media, pages=pages))
        s.flush()


def set_signature_image(office: Office, username: str, png_path: Path) -> str:
    """The handwritten signature image of an account (blue, transparent PNG). A person sets their
    own; the administrator may set anyone's. Returns the image's SHA-256."""
    if username != office.actor.username:
        office.require(Role.ADMIN, action=_("đặt ảnh chữ ký cho người khác"))
    with office.db.read() as s:
        if s.scalar(select(User.id).where(User.username == username)) is None:
            raise NotFound(_("Không có tài khoản {user}.", user=username))
    put = _store_image(office, png_path, _("Ảnh chữ ký"))
    try:
        with office.db.write() as s:
            user = s.scalar(select(User).where(User.username == username))
            if user is None:
                raise NotFound(_("Không có tài khoản {user}.", user=username))
            _ensure_stored_file(s, put, "image/png")
            before = user.signature_image_sha256
            user.signature_image_sha256 = put.sha256
            audit.record(s, office.actor.username, "anh-chu-ky",
                         before={"user": username, "sha256": before},
                         after={"user": username, "sha256": put.sha256})
    except BaseException:
        if put.created:
            office.files.remove_new(put.sha256)
        raise
    return put.sha256


def set_seal_image(office: Office, png_path: Path) -> str:
    """The organisation's seal image (red, real size, transparent PNG); quản trị only."""
    office.require(Role.ADMIN, action=_("đặt ảnh con dấu của cơ quan"))
    office.organisation()  # initialised?
    put = _store_image(office, png_path, _("Ảnh con dấu"))
    try:
        with office.db.write() as s:
            org = s.scalar(select(Organisation).limit(1))
            assert org is not None
            _ensure_stored_file(s, put, "image/png")
            before = org.seal_image_sha256
            org.seal_image_sha256 = put.sha256
            audit.record(s, office.actor.username, "anh-con-dau",
                         before={"sha256": before}, after={"sha256": put.sha256})
    except BaseException:
        if put.created:
            office.files.remove_new(put.sha256)
        raise
    return put.sha256


# --------------------------------------------------------------------------- results


@dataclass(frozen=True)
class SignedFile:
    name: str
    kind: str
    sha256_before: str
    sha256_after: str
    field_name: str

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class SignResult:
    document_id: int
    symbol: str
    kind: str
    signed_at: dt.datetime
    certificate_serial: str
    certificate_subject: str
    signer_name: str
    status: str  # the document's status afterwards
    main: SignedFile
    attachments: tuple[SignedFile, ...] = ()
    warnings: tuple[str, ...] = ()

    @property
    def sha256_before(self) -> str:
        return self.main.sha256_before

    @property
    def sha256_after(self) -> str:
        return self.main.sha256_after

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["signed_at"] = self.signed_at.isoformat()
        data["main"] = self.main.to_dict()
        data["attachments"] = [a.to_dict() for a in self.attachments]
        data["warnings"] = list(self.warnings)
        return data


@dataclass(frozen=True)
class SignatureInfo:
    kind: str
    actor: str
    signer_name: str
    certificate_serial: str
    certificate_subject: str
    signed_at: dt.datetime
    sha256_before: str
    sha256_after: str

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["signed_at"] = self.signed_at.isoformat()
        return data


# --------------------------------------------------------------------------- the document


@dataclass
class _Target:
    """A file to sign: its current link and its bytes."""

    link_id: int
    sha256: str
    name: str
    role: str
    data: bytes


def _current_links(s: Session, doc_id: int) -> list[tuple[DocumentFile, str]]:
    rows = s.execute(
        select(DocumentFile, StoredFile.media_type)
        .join(StoredFile, StoredFile.sha256 == DocumentFile.sha256)
        .where(DocumentFile.document_id == doc_id, DocumentFile.current.is_(True))
        .order_by(DocumentFile.id)
    ).all()
    return [(link, str(media)) for link, media in rows]


def _main_link(links: list[tuple[DocumentFile, str]]) -> DocumentFile | None:
    """The latest signed revision, else the first main PDF (or scan)."""
    signed = [lk for lk, media in links if lk.role == SIGNED_ROLE and media == PDF]
    if signed:
        return signed[-1]
    for role in MAIN_ROLES:
        for lk, media in links:
            if lk.role == role and media == PDF:
                return lk
    return None


def _signed_name(name: str) -> str:
    stem = name[:-4] if name.lower().endswith(".pdf") else name
    stem = re.sub(r"_ky-so$", "", stem)
    return f"{stem}_ky-so.pdf"


def _load_doc(s: Session, doc_id: int) -> Document:
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


def _check_workflow(s: Session, doc: Document, as_: str) -> None:
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
class _Plan:
    doc_id: int
    symbol: str
    status: str
    direction: str
    signer_name: str
    org_name: str
    main: _Target
    attachments: list[_Target]
    image: bytes | None
    seal: bytes | None
    placement: Placement | None
    copy_form: str | None
    skipped: list[str]


def _read_target(office: Office, link: DocumentFile) -> _Target:
    return _Target(link.id, link.sha256, link.name, link.role, office.files.read(link.sha256))


def _plan(office: Office, doc_id: int, as_: str, image_png: bytes | None,
          place: Placement | None, copy_form: str | None) -> _Plan:
    from signing.appearance import find_signature_place

    with office.db.read() as s:
        doc = _load_doc(s, doc_id)
        _check_workflow(s, doc, as_)
        links = _current_links(s, doc_id)
        main = _main_link(links)
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
        plan = _Plan(doc.id, doc.symbol, doc.status, doc.direction, doc.signer_name, org.name,
                     _read_target(office, main), [], None, None, place, None, skipped)
        seal_sha = org.seal_image_sha256
    if as_ == "organisation":
        plan.attachments = [_read_target(office, lk) for lk in others]

    if as_ == "signer":
        if image_png is not None:
            check_png(image_png, _("Ảnh chữ ký"))
            plan.image = image_png
        elif user_image:
            plan.image = office.files.read(user_image)
        else:
            raise UserError(
                _("Tài khoản {user} chưa có ảnh chữ ký. Đặt ảnh bằng lệnh “vanthu signature-image "
                  "set” hoặc chọn ảnh cho lần ký này (--image).", user=office.actor.username),
                field="image",
            )
        if plan.placement is None:
            plan.placement = find_signature_place(plan.main.data)
        if plan.placement is None:
            raise UserError(
                _("Không tìm thấy khối chữ ký (chức vụ và họ tên người ký) ở trang cuối của văn "
                  "bản. Hãy chọn vị trí ký, ví dụ --place 1:350,120."),
                field="place",
            )
    elif as_ == "organisation":
        if image_png is not None:
            check_png(image_png, _("Ảnh con dấu"))
            plan.seal = image_png
        elif seal_sha:
            plan.seal = office.files.read(seal_sha)
        else:
            raise UserError(
                _("Cơ quan chưa có ảnh con dấu. Quản trị đặt ảnh bằng lệnh “vanthu seal-image "
                  "set”, hoặc chọn ảnh cho lần ký này (--image)."),
                field="image",
            )
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
    try:
        from pypdf import PdfReader

        return len(PdfReader(io.BytesIO(pdf)).pages)
    except Exception:  # noqa: BLE001 - the page count is informative only
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
    when = _utc(signing_time)
    key.check()
    plan = _plan(office, doc_id, as_, image_png, place, copy_form)

    warnings: list[str] = []
    if as_ == "signer" and plan.signer_name and office.actor.full_name and (
        fold(plan.signer_name) != fold(office.actor.full_name)
    ):
        warnings.append(_("Người ký đăng ký trong sổ là {registered}, người ký số là {actual}.",
                          registered=plan.signer_name, actual=office.actor.full_name))
    if plan.skipped:
        warnings.append(_("Các tệp không phải PDF không được ký số: {names}.",
                          names=", ".join(plan.skipped)))

    source = _OnceKeySource(key)
    outputs: list[tuple[_Target, str, bytes]] = []  # (target, kind, signed bytes)
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


def _record(office: Office, plan: _Plan, as_: str, when: dt.datetime,
            outputs: list[tuple[_Target, str, bytes]], puts: list[PutResult],
            cert: tuple[str, str, str, str], key: KeySpec,
            warnings: tuple[str, ...]) -> SignResult:
    serial, subject, issuer, cn = cert
    actor = office.actor.username
    signed_at = when.astimezone(dt.UTC).replace(tzinfo=None)
    files: list[SignedFile] = []
    with office.db.write() as s:
        doc = _load_doc(s, plan.doc_id)
        # someone else may have signed or changed the document since we read it
        _check_workflow(s, doc, as_)
        for target, _kind, _data in outputs:
            link = s.get(DocumentFile, target.link_id)
            if link is None or not link.current or link.sha256 != target.sha256:
                raise UserError(
                    _("Văn bản {symbol} vừa được người khác thay đổi; hãy mở lại và ký lại.",
                      symbol=plan.symbol or plan.doc_id),
                )
        before_status = doc.status
        for (target, kind, data), put in zip(outputs, puts, strict=True):
            _ensure_stored_file(s, put, PDF, _page_count(data))
            old = s.get(DocumentFile, target.link_id)
            assert old is not None
            old.current = False
            role = SIGNED_ROLE if kind != "attachment" else ATTACHMENT_ROLE
            name = _signed_name(target.name)
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
        _load_doc(s, doc_id)
        rows = s.scalars(select(SignatureRecord).where(SignatureRecord.document_id == doc_id)
                         .order_by(SignatureRecord.id))
        return [SignatureInfo(r.kind, r.actor, r.signer_name, r.certificate_serial,
                              r.certificate_subject, r.signed_at, r.sha256_before,
                              r.sha256_after) for r in rows]


# --------------------------------------------------------------------------- verification


def verify_file(office: Office, pdf_bytes: bytes) -> VerifyReport:
    """Check every signature in ``pdf_bytes`` against the imported trust roots and CRLs."""
    from desktop.signatures.trust import trust_material
    from signing.verify import verify_pdf

    material = trust_material(office)
    try:
        return verify_pdf(pdf_bytes, material.roots, material.crls)
    except SigningError as exc:
        raise signing_problem(exc) from None




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
        _load_doc(s, doc_id)
        main = _main_link(_current_links(s, doc_id))
        if main is None:
            raise UserError(_("Văn bản mã {id} chưa có tệp PDF.", id=doc_id), field="file")
        name, sha = main.name, main.sha256
    data = office.files.read(sha)
    return DocumentVerification(doc_id, name, sha, verify_file(office, data))



def signature_place(office: Office, doc_id: int) -> Placement | None:
    """Where the signer block of the document's main PDF is (the title line and the name under
    it, on the last page), for the sign dialog to show before anything is signed; None when
    there is no such block and the person must point at the page."""
    from signing.appearance import find_signature_place

    with office.db.read() as s:
        link = _main_link(_current_links(s, doc_id))
    if link is None:
        return None
    return find_signature_place(office.files.read(link.sha256))
