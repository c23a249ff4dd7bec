"""Carrying the audit key from one seat to another (``vanthu audit key export`` / ``import``).

On several seats sharing one PostgreSQL server every seat MACs its audit entries with the key
in its own data folder (:mod:`desktop.kernel.anchor`), so every seat needs the same key: the
first seat exports it to a file (owner-only), the file is carried to the next seat (a USB stick,
then deleted) and imported there. Both steps are for the administrator and are audited (the key
id, never the key). An import is refused when the log holds entries keyed by other seats and
none of them was made with the imported key (it is another office's key). The entries this seat
keyed with its own key before the import (its logins) are checked with that key and MACed again
with the imported one, so that every seat verifies them; their hashes and the chain do not
change.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

from sqlalchemy import select

from desktop.core.errors import EnvironmentProblem, IntegrityProblem, UserError
from desktop.core.i18n import _
from desktop.kernel import anchor, audit
from desktop.kernel.auth import Role
from desktop.kernel.office import Office
from models.entities import AuditEntry

#: What an exported key file says it is, so that another JSON file is not taken for one.
KIND = "vanthu-audit-key"


def _current(office: Office) -> anchor.AuditKey:
    if office.audit_key_problem:
        raise UserError(_("Tệp khóa nhật ký {name} trong thư mục dữ liệu bị hỏng; không xuất được.",
                          name=anchor.KEY_FILE))
    if office.db.audit_key is None or office.audit_key_since is None:
        raise UserError(_("Thư mục dữ liệu này chưa có khóa nhật ký."))
    key_id, key = office.db.audit_key
    return anchor.AuditKey(key_id, key, office.audit_key_since)


def export_key(office: Office, out: Path) -> anchor.AuditKey:
    """Writes this data folder's audit key to ``out`` (a new file, owner-only, whole or not at
    all); refuses to replace an existing file."""
    office.require(Role.ADMIN, action=_("xuất khóa nhật ký"))
    key = _current(office)
    out = Path(out)
    if out.exists() or out.is_symlink():
        raise UserError(_("Tệp {path} đã có; chọn tên tệp khác (khóa không ghi đè tệp nào).",
                          path=str(out)), field="out")
    if not out.parent.is_dir():
        raise UserError(_("Không có thư mục {path}.", path=str(out.parent)), field="out")
    body = json.dumps({"kind": KIND, **key.to_json()}).encode()
    try:
        fd, tmp = tempfile.mkstemp(prefix=".audit-key-", dir=out.parent)
        try:
            os.chmod(tmp, 0o600)
            with os.fdopen(fd, "wb") as f:
                f.write(body)
                f.flush()
                os.fsync(f.fileno())
            os.link(tmp, out)  # never over a file that appeared meanwhile
        finally:
            os.unlink(tmp)
    except FileExistsError:
        raise UserError(_("Tệp {path} đã có; chọn tên tệp khác (khóa không ghi đè tệp nào).",
                          path=str(out)), field="out") from None
    except OSError as exc:
        raise EnvironmentProblem(_("Không ghi được tệp {path}.", path=str(out)), str(exc)) from exc
    with office.db.write() as s:
        audit.record(s, office.actor.username, "xuat-khoa-nhat-ky",
                     after={"khoa": key.key_id, "tep": out.name})
    return key


def read_key_file(path: Path) -> anchor.AuditKey:
    try:
        raw = json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise UserError(_("Không tìm thấy tệp: {path}.", path=str(path)), field="file") from None
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise UserError(_("Tệp {path} không phải tệp khóa nhật ký của VănThư.", path=str(path)),
                        str(exc), field="file") from exc
    if not isinstance(raw, dict) or raw.get("kind") != KIND:
        raise UserError(_("Tệp {path} không phải tệp khóa nhật ký của VănThư.", path=str(path)),
                        field="file")
    try:
        return anchor.AuditKey.from_json(raw)
    except (ValueError, KeyError, TypeError) as exc:
        raise UserError(_("Tệp khóa nhật ký {path} bị hỏng.", path=str(path)), str(exc),
                        field="file") from exc


def import_key(office: Office, path: Path) -> tuple[anchor.AuditKey, int | None]:
    """Makes the key in ``path`` this data folder's audit key. Entries this seat already MACed
    with a key of its own (its logins before the import) are checked with that key and MACed
    again with the imported one, so every seat verifies them. Returns the key and how many
    entries were re-keyed; ``None`` when this folder already had the key (nothing changed)."""
    office.require(Role.ADMIN, action=_("nhập khóa nhật ký"))
    key = read_key_file(path)
    if office.audit_key_problem:
        raise UserError(_("Tệp khóa nhật ký {name} trong thư mục dữ liệu bị hỏng; hãy chuyển "
                          "nó ra ngoài (giữ làm bằng chứng) rồi nhập lại.", name=anchor.KEY_FILE))
    mine = office.db.audit_key
    if mine is not None and mine[0] == key.key_id:
        return key, None
    with office.db.read() as s:
        used = {k for k in s.scalars(select(AuditEntry.key_id).distinct()) if k}
    others = used - ({mine[0]} if mine else set())
    if others and key.key_id not in others:
        raise UserError(_("Khóa {key} không phải khóa của nhật ký này (các mục nhật ký được "
                          "xác thực bằng khóa {used}); không nhập.",
                          key=key.key_id, used=", ".join(sorted(others))), field="file")
    data_dir = office.location.data_dir
    previous = (mine, office.audit_key_since)
    try:
        anchor.write_key(data_dir, key)
    except OSError as exc:
        raise EnvironmentProblem(_("Không ghi được tệp {path}.",
                                   path=str(data_dir / anchor.KEY_FILE)), str(exc)) from exc
    office.db.audit_key, office.audit_key_since = (key.key_id, key.key), key.since
    try:
        with office.db.write() as s:
            rekeyed = 0
            if mine is not None:
                rekeyed = len(list(s.scalars(select(AuditEntry.seq)
                                             .where(AuditEntry.key_id == mine[0]))))
                bad = audit.rekey(s, mine, (key.key_id, key.key))
                if bad:
                    raise IntegrityProblem(_(
                        "Mục nhật ký số {seq} không khớp khóa riêng của máy này: nhật ký đã bị "
                        "sửa; không nhập khóa.", seq=bad[0]))
            audit.record(s, office.actor.username, "nhap-khoa-nhat-ky",
                         before={"khoa": mine[0] if mine else None},
                         after={"khoa": key.key_id, "so_muc_doi_khoa": rekeyed})
    except BaseException:
        office.db.audit_key, office.audit_key_since = previous
        if mine is not None and previous[1] is not None:
            anchor.write_key(data_dir, anchor.AuditKey(mine[0], mine[1], previous[1]))
        raise
    return key, rekeyed
