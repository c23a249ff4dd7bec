"""The trust store: CA certificates and CRLs the administrator imports from files.

The app is offline, so nothing is fetched: to verify a signature from the Government CA the
administrator imports its root ("RootCA chuyên dùng Chính phủ G2") and intermediate ("CA phục vụ
các cơ quan Nhà nước G2") certificates and, from time to time, their CRLs. Every import and
removal is audited; only the quản trị role may change the store, anyone may read it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from sqlalchemy import select

from desktop.core.errors import NotFound, UserError
from desktop.core.i18n import _
from desktop.kernel import audit
from desktop.kernel.auth import Role
from desktop.kernel.office import Office
from models.signatures import CrlFile, TrustRoot

MAX_FILE_BYTES = 50 * 1024 * 1024  # CRLs of a national CA can be large, but not this large


@dataclass(frozen=True)
class TrustInfo:
    id: int
    subject: str
    issuer: str
    serial: str
    sha256: str
    not_before: dt.datetime
    not_after: dt.datetime
    self_signed: bool
    warnings: tuple[str, ...] = ()

    @property
    def expired(self) -> bool:
        return self.not_after < _utcnow()

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["not_before"] = self.not_before.isoformat()
        data["not_after"] = self.not_after.isoformat()
        data["warnings"] = list(self.warnings)
        data["expired"] = self.expired
        return data


@dataclass(frozen=True)
class CrlInfo:
    id: int
    issuer: str
    sha256: str
    this_update: dt.datetime
    next_update: dt.datetime | None
    revoked_count: int
    checked_by: str | None  # subject of the CA whose key checked the signature
    warnings: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["this_update"] = self.this_update.isoformat()
        data["next_update"] = self.next_update.isoformat() if self.next_update else None
        data["warnings"] = list(self.warnings)
        return data


def _utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)


def _naive_utc(moment: dt.datetime) -> dt.datetime:
    if moment.tzinfo is not None:
        moment = moment.astimezone(dt.UTC).replace(tzinfo=None)
    return moment


def _read(path: Path, what: str) -> bytes:
    path = Path(path)
    if not path.is_file():
        raise UserError(_("Không tìm thấy tệp: {path}.", path=str(path)), field="file")
    size = path.stat().st_size
    if size == 0:
        raise UserError(_("Tệp rỗng: {path}.", path=str(path)), field="file")
    if size > MAX_FILE_BYTES:
        raise UserError(
            _("Tệp {path} quá lớn để là {what}.", path=str(path), what=what), field="file"
        )
    return path.read_bytes()


# --------------------------------------------------------------------------- certificates


def parse_certificates(data: bytes, path: Path) -> list[x509.Certificate]:
    """One or more X.509 certificates from PEM (a bundle is fine) or DER bytes."""
    try:
        if b"-----BEGIN" in data:
            certs = x509.load_pem_x509_certificates(data)
        else:
            certs = [x509.load_der_x509_certificate(data)]
    except ValueError as exc:
        raise UserError(
            _("Tệp {path} không phải chứng thư số X.509 (PEM hoặc DER).", path=str(path)),
            str(exc),
            field="file",
        ) from None
    return certs


def _is_ca(cert: x509.Certificate) -> bool:
    try:
        bc = cert.extensions.get_extension_for_class(x509.BasicConstraints).value
    except x509.ExtensionNotFound:
        return False
    return bool(bc.ca)


def _self_signed(cert: x509.Certificate) -> bool:
    if cert.subject != cert.issuer:
        return False
    try:
        cert.verify_directly_issued_by(cert)
    except (InvalidSignature, ValueError, TypeError):
        return False
    return True


def _serial_hex(value: int) -> str:
    return format(value, "x")


def _trust_info(row: TrustRoot, warnings: tuple[str, ...] = ()) -> TrustInfo:
    return TrustInfo(row.id, row.subject, row.issuer, row.serial, row.sha256, row.not_before,
                     row.not_after, row.self_signed, warnings)


def add_trust_root(office: Office, cert_path: Path) -> list[TrustInfo]:
    """Import the CA certificate(s) in ``cert_path`` (PEM or DER; a PEM file may hold a chain).

    Each certificate must be a CA certificate (basicConstraints cA=TRUE). Already imported
    certificates are refused; an expired one is imported (old signatures still need it) with a
    warning.
    """
    office.require(Role.ADMIN, action=_("quản lý chứng thư tin cậy"))
    path = Path(cert_path)
    certs = parse_certificates(_read(path, _("chứng thư số")), path)
    now = _utcnow()
    result: list[TrustInfo] = []
    with office.db.write() as s:
        for cert in certs:
            subject = cert.subject.rfc4514_string()
            if not _is_ca(cert):
                raise UserError(
                    _("Chứng thư {subject} không phải chứng thư của tổ chức cấp chứng thư số (CA); "
                      "chỉ nhập chứng thư gốc hoặc trung gian.", subject=subject),
                    field="file",
                )
            der = cert.public_bytes(serialization.Encoding.DER)
            digest = hashlib.sha256(der).hexdigest()
            if s.scalar(select(TrustRoot.id).where(TrustRoot.sha256 == digest)) is not None:
                raise UserError(
                    _("Chứng thư {subject} đã có trong danh sách tin cậy.", subject=subject),
                    field="file",
                )
            not_after = _naive_utc(cert.not_valid_after_utc)
            warnings: tuple[str, ...] = ()
            if not_after < now:
                warnings = (_("Chứng thư {subject} đã hết hạn ngày {date}; vẫn được nhập để "
                              "kiểm tra chữ ký cũ.", subject=subject,
                              date=not_after.strftime("%d/%m/%Y")),)
            row = TrustRoot(
                sha256=digest,
                subject=subject,
                issuer=cert.issuer.rfc4514_string(),
                serial=_serial_hex(cert.serial_number),
                not_before=_naive_utc(cert.not_valid_before_utc),
                not_after=not_after,
                self_signed=_self_signed(cert),
                der=der,
                added_by=office.actor.username,
            )
            s.add(row)
            s.flush()
            audit.record(s, office.actor.username, "them-chung-thu-tin-cay",
                         after={"subject": subject, "serial": row.serial, "sha256": digest})
            result.append(_trust_info(row, warnings))
    return result


def list_trust_roots(office: Office) -> list[TrustInfo]:
    with office.db.read() as s:
        return [_trust_info(r) for r in s.scalars(select(TrustRoot).order_by(TrustRoot.id))]


def _find_root(s: Any, ref: str) -> TrustRoot:
    ref = ref.strip().lower()
    row: TrustRoot | None = None
    if ref.isdigit():
        row = s.get(TrustRoot, int(ref))
    elif len(ref) >= 8:
        rows = list(s.scalars(select(TrustRoot).where(TrustRoot.sha256.startswith(ref))))
        row = rows[0] if len(rows) == 1 else None
    if row is None:
        raise NotFound(_("Không có chứng thư tin cậy “{ref}”.", ref=ref))
    return row


def remove_trust_root(office: Office, ref: str) -> TrustInfo:
    """Remove a trusted CA by its id or the start of its SHA-256 (at least 8 hex digits)."""
    office.require(Role.ADMIN, action=_("quản lý chứng thư tin cậy"))
    with office.db.write() as s:
        row = _find_root(s, ref)
        info = _trust_info(row)
        for crl in s.scalars(select(CrlFile).where(CrlFile.checked_by == row.id)):
            crl.checked_by = None
        s.delete(row)
        audit.record(s, office.actor.username, "xoa-chung-thu-tin-cay",
                     before={"subject": info.subject, "serial": info.serial,
                             "sha256": info.sha256})
    return info


# --------------------------------------------------------------------------- CRLs


def parse_crl(data: bytes, path: Path) -> x509.CertificateRevocationList:
    try:
        if b"-----BEGIN" in data:
            return x509.load_pem_x509_crl(data)
        return x509.load_der_x509_crl(data)
    except ValueError as exc:
        raise UserError(
            _("Tệp {path} không phải danh sách chứng thư bị thu hồi (CRL).", path=str(path)),
            str(exc),
            field="file",
        ) from None


def _crl_info(row: CrlFile, checked_by: str | None, warnings: tuple[str, ...] = ()) -> CrlInfo:
    return CrlInfo(row.id, row.issuer, row.sha256, row.this_update, row.next_update,
                   row.revoked_count, checked_by, warnings)


def add_crl(office: Office, crl_path: Path) -> CrlInfo:
    """Import a CRL (DER or PEM). When an imported CA has the CRL's issuer name, the CRL's
    signature must check out with that CA's key, else it is refused; a CRL from a CA that is not
    imported yet is kept with a warning (verification checks it again anyway)."""
    office.require(Role.ADMIN, action=_("quản lý danh sách thu hồi"))
    path = Path(crl_path)
    crl = parse_crl(_read(path, _("danh sách thu hồi")), path)
    der = crl.public_bytes(serialization.Encoding.DER)
    digest = hashlib.sha256(der).hexdigest()
    issuer = crl.issuer.rfc4514_string()
    warnings: list[str] = []
    with office.db.write() as s:
        if s.scalar(select(CrlFile.id).where(CrlFile.sha256 == digest)) is not None:
            raise UserError(_("Danh sách thu hồi này đã được nhập."), field="file")
        candidates = [
            r for r in s.scalars(select(TrustRoot).order_by(TrustRoot.id))
            if x509.load_der_x509_certificate(r.der).subject == crl.issuer
        ]
        checked: TrustRoot | None = None
        for cand in candidates:
            if crl.is_signature_valid(_public_key(cand)):  # type: ignore[arg-type]
                checked = cand
                break
        if candidates and checked is None:
            raise UserError(
                _("Chữ ký trên danh sách thu hồi không khớp với chứng thư của {issuer}; "
                  "tệp có thể đã bị sửa hoặc giả mạo.", issuer=issuer),
                field="file",
            )
        if checked is None:
            warnings.append(_("Chưa có chứng thư của {issuer} trong danh sách tin cậy nên chưa "
                              "kiểm tra được chữ ký của danh sách thu hồi.", issuer=issuer))
        next_update = crl.next_update_utc
        if next_update is not None and _naive_utc(next_update) < _utcnow():
            warnings.append(_("Danh sách thu hồi đã quá hạn cập nhật ({date}); hãy nhập bản mới.",
                              date=_naive_utc(next_update).strftime("%d/%m/%Y")))
        row = CrlFile(
            sha256=digest,
            issuer=issuer,
            this_update=_naive_utc(crl.last_update_utc),
            next_update=_naive_utc(next_update) if next_update is not None else None,
            revoked_count=len(crl),
            checked_by=checked.id if checked is not None else None,
            note="; ".join(warnings),
            der=der,
            added_by=office.actor.username,
        )
        s.add(row)
        s.flush()
        audit.record(s, office.actor.username, "them-crl",
                     after={"issuer": issuer, "sha256": digest, "so_thu_hoi": len(crl),
                            "da_kiem_tra_chu_ky": checked is not None})
        return _crl_info(row, checked.subject if checked else None, tuple(warnings))


def _public_key(root: TrustRoot) -> Any:
    return x509.load_der_x509_certificate(root.der).public_key()


def list_crls(office: Office) -> list[CrlInfo]:
    with office.db.read() as s:
        subjects = {r.id: r.subject for r in s.scalars(select(TrustRoot))}
        return [
            _crl_info(r, subjects.get(r.checked_by) if r.checked_by else None)
            for r in s.scalars(select(CrlFile).order_by(CrlFile.id))
        ]


def remove_crl(office: Office, crl_id: int) -> CrlInfo:
    office.require(Role.ADMIN, action=_("quản lý danh sách thu hồi"))
    with office.db.write() as s:
        row = s.get(CrlFile, crl_id)
        if row is None:
            raise NotFound(_("Không có danh sách thu hồi mã {id}.", id=crl_id))
        info = _crl_info(row, None)
        s.delete(row)
        audit.record(s, office.actor.username, "xoa-crl",
                     before={"issuer": info.issuer, "sha256": info.sha256})
    return info


# --------------------------------------------------------------------------- for verification


@dataclass(frozen=True)
class TrustMaterial:
    roots: list[bytes]
    crls: list[bytes]


def trust_material(office: Office) -> TrustMaterial:
    """DER certificates and, per issuer, the newest CRL, ready for ``signing.verify``."""
    with office.db.read() as s:
        roots = [r.der for r in s.scalars(select(TrustRoot).order_by(TrustRoot.id))]
        newest: dict[str, CrlFile] = {}
        for c in s.scalars(select(CrlFile).order_by(CrlFile.this_update, CrlFile.id)):
            newest[c.issuer] = c
        crls = [c.der for c in newest.values()]
    return TrustMaterial(roots, crls)
