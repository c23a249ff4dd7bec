"""Which certificate may sign, checked before anything is signed (issue 13, finding 3).

Before any signature the certificate must
- chain to a trust root the administrator imported, and not be revoked by an imported CRL
  (a CRL past its next update still counts, with a warning that a newer one should be imported);
- be valid now and at the signing time, with a key usage for signing (``signing.keys``);
- belong to who signs: for the organisation signature and the "sao y" copy signature, a
  certificate whose subject common name is the organisation's name (the chairperson's personal
  certificate is refused there); for the competent person's signature, one whose common name is
  the account's full name. Names are compared folded (case and diacritics forgiven), because CAs
  write "UBND XA BINH PHU" as often as "UBND xã Bình Phú".
- unless the administrator has pinned certificates to that account or to the organisation
  (``vanthu cert pin``): then it must be one of them, whatever its name.

A refusal is audited (in its own transaction, the action itself writes nothing) and leaves the
document as it was.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from asn1crypto import pem as asn1_pem
from asn1crypto import x509 as asn1_x509
from sqlalchemy import select

from desktop.core.errors import NotFound, PermissionDenied, UserError, VanThuError
from desktop.core.i18n import _
from desktop.core.textfold import fold
from desktop.kernel import audit
from desktop.kernel.auth import SYSTEM, Role
from desktop.kernel.office import Office
from desktop.signatures.errors import signing_problem
from desktop.signatures.trust import trust_material
from models.entities import User
from models.signatures import CertificatePin, CrlFile
from signing.certcheck import check_trusted, common_name, fingerprint
from signing.errors import SigningError
from signing.keys import check_certificate

#: Who a signature speaks for: the organisation (organisation, copy) or the person (signer).
ORGANISATION_KINDS = frozenset({"organisation", "copy"})

Vet = Callable[[Any, list[Any]], None]


class CertificateRefused(PermissionDenied):
    """The certificate may not sign here (untrusted, revoked, another holder)."""


@dataclass(frozen=True)
class PinInfo:
    id: int
    username: str  # "" for the organisation
    sha256: str
    subject: str
    serial: str
    not_after: dt.datetime

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def _utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def stale_crl_warnings(office: Office, now: dt.datetime | None = None) -> list[str]:
    """A warning for each imported CRL whose next update has passed."""
    moment = (now or _utcnow()).replace(tzinfo=None)
    with office.db.read() as s:
        rows = list(s.execute(select(CrlFile.issuer, CrlFile.next_update)))
    newest: dict[str, dt.datetime | None] = {}
    for issuer, next_update in rows:
        if issuer not in newest or (next_update and (newest[issuer] or moment) < next_update):
            newest[issuer] = next_update
    return [_("Danh sách thu hồi của {issuer} đã quá hạn cập nhật từ ngày {date}; hãy nhập bản "
              "mới (vanthu crl add).", issuer=issuer, date=next_update.strftime("%d/%m/%Y"))
            for issuer, next_update in sorted(newest.items(), key=lambda kv: kv[0])
            if next_update is not None and next_update < moment]


def vetter(office: Office, kind: str, when: dt.datetime, registered_signer: str = "") -> Vet:
    """The check :class:`desktop.signatures.keys.OnceKeySource` runs on the certificate the key
    yields, before the first signature. Raises :class:`CertificateRefused`.

    In an office without accounts (one person, the built-in actor) the competent person is the
    signer registered on the document."""
    material = trust_material(office)
    actor = office.actor
    is_org = kind in ORGANISATION_KINDS
    owner = "" if is_org else actor.username
    with office.db.read() as s:
        pins = set(s.scalars(select(CertificatePin.sha256).where(CertificatePin.username == owner)))
    expected = office.organisation().name if is_org else actor.full_name
    if not is_org and actor.username == SYSTEM.username:
        expected = registered_signer

    def vet(cert: Any, others: list[Any]) -> None:
        try:
            check_certificate(cert, _utcnow())  # valid now, not only at the signing time
            check_trusted(cert, others, material.roots, material.crls, when)
        except SigningError as exc:
            raise CertificateRefused(signing_problem(exc).message, exc.details,
                                     field="key") from None
        holder = common_name(cert)
        if pins:
            if fingerprint(cert) not in pins:
                raise CertificateRefused(
                    _("Chứng thư số “{holder}” không phải chứng thư quản trị viên đã gán cho "
                      "{who}.", holder=holder, who=_who(is_org, expected)), field="key")
            return
        if not expected or fold(holder) != fold(expected):
            if is_org:
                message = _("Chữ ký số của cơ quan cần chứng thư số cấp cho cơ quan “{org}”; "
                            "chứng thư này cấp cho “{holder}”.", org=expected, holder=holder)
            else:
                message = _("Chứng thư số cấp cho “{holder}”, không phải cho {name} (tài khoản "
                            "{user}). Quản trị viên có thể gán chứng thư này cho tài khoản bằng "
                            "“vanthu cert pin”.", holder=holder, name=expected or "?",
                            user=actor.username)
            raise CertificateRefused(message, field="key")

    return vet


def _who(is_org: bool, name: str) -> str:
    return _("cơ quan {name}", name=name) if is_org else name


def audit_refusal(office: Office, doc_id: int | None, kind: str, exc: VanThuError) -> None:
    username = office.actor.username
    office.db.in_own_transaction(lambda s: audit.record(
        s, username, "tu-choi", document_id=doc_id,
        after={"hanh_dong": _("ký số"), "kieu": kind, "ly_do": exc.message}))


# --------------------------------------------------------------------------- pins


def read_certificate(data: bytes, path: Path) -> asn1_x509.Certificate:
    """One certificate, PEM or DER."""
    try:
        if asn1_pem.detect(data):
            _type, _headers, data = asn1_pem.unarmor(data)
        cert = asn1_x509.Certificate.load(data)
        cert.native  # noqa: B018 - parse it all now, not while signing
        return cert
    except (ValueError, TypeError) as exc:
        raise UserError(_("Tệp {path} không phải chứng thư số (PEM hoặc DER).", path=str(path)),
                        str(exc), field="file") from None


def pin_certificate(office: Office, cert: asn1_x509.Certificate, username: str | None) -> PinInfo:
    """Assign ``cert`` to an account (``username``) or, with ``None``, to the organisation."""
    office.require(Role.ADMIN, action=_("gán chứng thư số"))
    owner = username or ""
    with office.db.write() as s:
        if owner and s.scalar(select(User.id).where(User.username == owner)) is None:
            raise NotFound(_("Không có tài khoản {user}.", user=owner), field="user")
        digest = fingerprint(cert)
        if s.scalar(select(CertificatePin.id).where(CertificatePin.username == owner,
                                                    CertificatePin.sha256 == digest)):
            raise UserError(_("Chứng thư này đã được gán cho {who}.",
                              who=owner or _("cơ quan")), field="file")
        validity = cert["tbs_certificate"]["validity"]["not_after"].native
        row = CertificatePin(username=owner, sha256=digest, subject=common_name(cert),
                             serial=f"{cert.serial_number:x}",
                             not_after=validity.astimezone(dt.UTC).replace(tzinfo=None),
                             pinned_by=office.actor.username)
        s.add(row)
        s.flush()
        audit.record(s, office.actor.username, "gan-chung-thu",
                     after={"tai_khoan": owner or None, "chung_thu": row.subject,
                            "sha256": digest})
        return _info(row)


def list_pins(office: Office) -> list[PinInfo]:
    with office.db.read() as s:
        return [_info(r) for r in s.scalars(select(CertificatePin).order_by(CertificatePin.id))]


def unpin(office: Office, pin_id: int) -> PinInfo:
    office.require(Role.ADMIN, action=_("gỡ chứng thư số đã gán"))
    with office.db.write() as s:
        row = s.get(CertificatePin, pin_id)
        if row is None:
            raise NotFound(_("Không có chứng thư đã gán mã {id}.", id=pin_id), field="id")
        info = _info(row)
        s.delete(row)
        audit.record(s, office.actor.username, "go-chung-thu",
                     before={"tai_khoan": info.username or None, "chung_thu": info.subject,
                             "sha256": info.sha256})
        return info


def _info(row: CertificatePin) -> PinInfo:
    return PinInfo(row.id, row.username, row.sha256, row.subject, row.serial, row.not_after)
