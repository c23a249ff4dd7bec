"""Who may read a secret draft (Mật, Tối mật, Tuyệt mật), by the rule of registered documents
(desktop/registers/visibility.py): the levels the reader's grants cover, plus the draft's own
people — its author and the leader who is to sign it. Others see the draft in the list (its
reference, state, type, level, signer) with the subject masked and nothing else of its content;
its PDF is refused (exit 4, audited)."""

from __future__ import annotations

import dataclasses
from typing import Any, TypeVar

from desktop.core.errors import PermissionDenied
from desktop.core.i18n import _
from desktop.kernel import audit
from desktop.kernel.office import Office
from desktop.registers.visibility import Clearance, clearance, mask_text

T = TypeVar("T")


def reader(office: Office) -> Clearance:
    return clearance(office)


def hidden(c: Clearance, secrecy: str, author: str, signer: str) -> bool:
    return secrecy in c.hidden_levels and c.username not in (author, signer)


def as_seen(c: Clearance, view: T) -> T:
    """A draft view (``DraftView``) as this reader may see it."""
    v: Any = view
    if not hidden(c, v.secrecy, v.created_by, v.signer):
        return view
    versions = tuple(dataclasses.replace(x, name="", problems=()) for x in v.versions)
    history = tuple(dataclasses.replace(e, comment="") for e in v.history)
    return dataclasses.replace(  # type: ignore[type-var]
        view, subject=mask_text(), recipients="", drafting_unit="", versions=versions,
        history=history, warnings=(), masked=True)


def require(office: Office, secrecy: str, author: str, signer: str, ref: str,
            action: str) -> None:
    """Refuse, audited in its own transaction, unless this reader may read the draft ``ref``
    of this level, author and signer."""
    if not hidden(reader(office), secrecy, author, signer):
        return
    username = office.actor.username
    office.db.in_own_transaction(lambda s: audit.record(
        s, username, "tu-choi", None,
        after={"hanh_dong": action, "ly_do": "van-ban-mat", "du_thao": ref}))
    raise PermissionDenied(_(
        "Tài khoản {user} không có quyền xem nội dung dự thảo mật {ref}, nên không thể "
        "{action}. Quản trị viên cấp quyền bằng “vanthu secrecy grant”.",
        user=username, ref=ref, action=action))
