"""The handwritten signature image of an account and the organisation's seal image."""

from __future__ import annotations

import io
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.errors import NotFound, UserError
from desktop.core.i18n import _
from desktop.kernel import audit
from desktop.kernel.auth import Role
from desktop.kernel.office import Office
from desktop.storage.filestore import PutResult
from models.entities import Organisation, StoredFile, User

MAX_IMAGE_BYTES = 5 * 1024 * 1024
MAX_IMAGE_SIDE = 6000


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
    except Image.DecompressionBombError:  # a tiny file that unpacks to billions of pixels
        raise UserError(_("{what} quá lớn (tối đa 6000 điểm ảnh mỗi chiều).", what=what),
                        "decompression bomb", field="image") from None
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


def ensure_stored_file(s: Session, put: PutResult, media: str, pages: int | None = None) -> None:
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
            ensure_stored_file(s, put, "image/png")
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
            ensure_stored_file(s, put, "image/png")
            before = org.seal_image_sha256
            org.seal_image_sha256 = put.sha256
            audit.record(s, office.actor.username, "anh-con-dau",
                         before={"sha256": before}, after={"sha256": put.sha256})
    except BaseException:
        if put.created:
            office.files.remove_new(put.sha256)
        raise
    return put.sha256
