"""Who may read the content of a secret document (mật, tối mật, tuyệt mật): the one place.

A reader sees the content of a document marked mật or above when (a) their role or their
account holds a grant at that level or a higher one (``secrecy_grants``; a higher grant implies
the lower levels), (b) they are named as a current handler of it in processing (lead or
support), or (c) they registered it. Everyone else sees that the row exists — its number,
dates, type, urgency, secrecy, status — with the other fields masked; search does not match on
what they may not see; exports and file reads are refused (exit 4) and the refusal is audited.
The program's own actor (an office without accounts) sees everything.

Every door that shows or hands out content calls this module: :func:`mask_views` for lists of
:class:`DocumentView`, :func:`mask_rows` for other row objects (work lists, a file's table of
contents, the dispatches of an outgoing document), :func:`visible_clause` inside SQL (search,
the register's text filter), :func:`sort_key` for ``ORDER BY`` a column it masks,
:func:`require_content` before an export or an edit.

A masked row says so (``masked``), and the window writes the mask in its own language from
that flag: the mask text a service writes is in the language of the moment it ran.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from sqlalchemy import ColumnElement, case, false, not_, or_, select, true

from desktop.core.errors import PermissionDenied
from desktop.core.i18n import _
from desktop.core.records import MASKED_FIELDS, DocumentView
from desktop.kernel import audit
from desktop.kernel.auth import SYSTEM
from desktop.kernel.office import Office
from models.entities import Document
from models.secrecy import SecrecyGrant

#: The levels in rising order; a grant at one covers those before it.
LEVELS = ("mat", "toi-mat", "tuyet-mat")
RANK = {level: n for n, level in enumerate(LEVELS, start=1)}

T = TypeVar("T")


def mask_text() -> str:
    return _("(văn bản mật — không có quyền xem)")


@dataclass(frozen=True)
class Clearance:
    """What one reader may see: the levels their grants cover, and who they are."""

    username: str
    levels: frozenset[str]
    everything: bool = False

    @property
    def hidden_levels(self) -> tuple[str, ...]:
        return () if self.everything else tuple(lv for lv in LEVELS if lv not in self.levels)


def clearance(office: Office) -> Clearance:
    actor = office.actor
    if actor.username == SYSTEM.username:
        return Clearance(actor.username, frozenset(LEVELS), everything=True)
    roles = [r.value for r in actor.roles]
    with office.db.read() as s:
        granted = s.scalars(select(SecrecyGrant.level).where(or_(
            SecrecyGrant.username == actor.username,
            SecrecyGrant.role.in_(roles) if roles else false())))
        top = max((RANK.get(lv, 0) for lv in granted), default=0)
    return Clearance(actor.username, frozenset(LEVELS[:top]))


def visible_clause(c: Clearance) -> ColumnElement[bool]:
    """SQL: the documents whose content ``c`` may read (for ``WHERE`` on ``documents``)."""
    hidden = c.hidden_levels
    if not hidden:
        return true()
    from models.processing import HandlingPerson  # only when something is hidden: not at start

    handled = select(HandlingPerson.document_id).where(
        HandlingPerson.username == c.username, HandlingPerson.active.is_(True))
    return or_(Document.secrecy.not_in(hidden), Document.created_by == c.username,
               Document.id.in_(handled))


def sort_key(c: Clearance, column: Any) -> Any:
    """``column`` for ``ORDER BY``: the rows whose content ``c`` may not read sort as if it were
    empty, so where a masked row falls among the visible ones tells nothing of what it hides
    (ties go to the next key, then the id). ``column`` itself when ``c`` hides nothing."""
    if not c.hidden_levels:
        return column
    return case((visible_clause(c), column), else_="")


def hidden_ids(office: Office, ids: Iterable[int] | None, *where: Any,
               c: Clearance | None = None) -> set[int]:
    """Of the documents ``ids`` (or all matching ``where``), those whose content is hidden."""
    c = c or clearance(office)
    if not c.hidden_levels:
        return set()
    stmt = select(Document.id).where(Document.secrecy.in_(c.hidden_levels),
                                     not_(visible_clause(c)), *where)
    if ids is not None:
        wanted = sorted(set(ids))
        if not wanted:
            return set()
        stmt = stmt.where(Document.id.in_(wanted))
    with office.db.read() as s:
        return set(s.scalars(stmt))


def can_see(office: Office, doc_id: int) -> bool:
    return doc_id not in hidden_ids(office, [doc_id])


def mask_view(view: DocumentView) -> DocumentView:
    blank: dict[str, Any] = dict.fromkeys(MASKED_FIELDS, "")
    blank["subject"] = mask_text()
    return dataclasses.replace(view, files=(), warnings=(), masked=True, **blank)


def mask_views(office: Office, views: Sequence[DocumentView],
               c: Clearance | None = None) -> list[DocumentView]:
    """The views as this reader may see them. Registers without secret rows cost nothing."""
    suspects = [v.id for v in views if v.secrecy in RANK]
    if not suspects:
        return list(views)
    hidden = hidden_ids(office, suspects, c=c)
    return [mask_view(v) if v.id in hidden else v for v in views]


def mask_rows(office: Office, rows: Sequence[T], doc_id: Callable[[T], int | None],
              fields: Sequence[str], subject: str = "subject") -> list[T]:
    """Rows of any frozen dataclass naming a document: ``fields`` emptied, ``subject`` holding
    the mask and ``masked`` (when the row has one) true, for the documents this reader may not
    see."""
    ids = [i for i in (doc_id(r) for r in rows) if isinstance(i, int)]
    hidden = hidden_ids(office, ids) if ids else set()
    if not hidden:
        return list(rows)
    out: list[T] = []
    for r in rows:
        if doc_id(r) in hidden:
            values: dict[str, Any] = {f: (None if getattr(r, f) is None else "") for f in fields}
            values[subject] = mask_text()
            if "masked" in {f.name for f in dataclasses.fields(r)}:  # type: ignore[arg-type]
                values["masked"] = True
            r = dataclasses.replace(r, **values)  # type: ignore[type-var]
        out.append(r)
    return out


def mask_dicts(office: Office, rows: list[dict[str, Any]], fields: Sequence[str]
               ) -> list[dict[str, Any]]:
    """Rows of a report (``id`` plus columns): ``fields`` emptied, ``subject`` the mask,
    ``masked`` true."""
    hidden = hidden_ids(office, [int(r["id"]) for r in rows]) if rows else set()
    if not hidden:
        return rows
    blank = dict.fromkeys(fields, "") | {"subject": mask_text(), "masked": True}
    return [r | blank if r["id"] in hidden else r for r in rows]


def require_content(office: Office, doc_ids: int | Iterable[int], action: str) -> None:
    """Refuse (exit 4) unless this reader may see every one of ``doc_ids``; the refusal is
    audited (``tu-choi``) in its own transaction, so it is kept when the action is undone."""
    ids = [doc_ids] if isinstance(doc_ids, int) else list(doc_ids)
    hidden = sorted(hidden_ids(office, ids))
    if not hidden:
        return
    username = office.actor.username
    office.db.in_own_transaction(lambda s: audit.record(
        s, username, "tu-choi", hidden[0],
        after={"hanh_dong": action, "ly_do": "van-ban-mat", "van_ban": hidden}))
    raise PermissionDenied(_(
        "Tài khoản {user} không có quyền xem nội dung văn bản mật mã {id}, nên không thể "
        "{action}. Quản trị viên cấp quyền bằng “vanthu secrecy grant”.",
        user=username, id=hidden[0], action=action))


def mask_contents(office: Office, view: T) -> T:
    """A case file's view (``documents``: its table of contents) with the items naming a
    document this reader may not read masked, their PDF withheld."""
    items = mask_rows(office, view.documents,  # type: ignore[attr-defined]
                      lambda i: i.id if i.kind in ("den", "di") and isinstance(i.id, int)
                      else None, ("symbol", "subject", "organ_name", "notes", "sha256"))
    return dataclasses.replace(view, documents=tuple(items))  # type: ignore[type-var]
