"""Registration of incoming and outgoing documents, numbering, cancellation, export.

One unit of work per action: files are checked, then written to the store (idempotent, content
addressed), then one write transaction assigns the number and records the document, its files,
the directory entry and the audit entry. If that transaction fails, the files it added are
removed again, so bad input leaves the database and the store exactly as they were.

What the clerk types is checked in :mod:`desktop.registers.entries`, a document's files are
handled in :mod:`desktop.registers.files`, reading a register in
:mod:`desktop.registers.listing`; their names are importable from here too.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from desktop.core.errors import EnvironmentProblem, NotFound, UserError
from desktop.core.filenames import name_part, safe_file_name, suffix_for, write_new_file
from desktop.core.i18n import _
from desktop.core.numbering import max_register_number, next_number
from desktop.core.records import DocumentView, view_of
from desktop.core.textfold import fold
from desktop.core.validate import format_number, require_text
from desktop.kernel import audit
from desktop.kernel.auth import Role
from desktop.kernel.office import Office
from desktop.registers import visibility
from desktop.registers.entries import (
    SEARCH_FIELDS,
    IncomingInput,
    OutgoingInput,
    build_incoming,
    build_outgoing,
    search_text_of,
)
from desktop.registers.files import (
    check_files,
    ensure_file_row,
    link_files,
    store_files,
    undo_files,
)
from desktop.registers.listing import (
    SORT_COLUMNS,
    ListQuery,
    RegisterStats,
    agencies,
    count_documents,
    list_documents,
    register_stats,
    years,
)
from desktop.storage import fileflags
from models.entities import Agency, Direction, Document, DocumentFile, Status, StoredFile

__all__ = [
    "IncomingInput",
    "ListQuery",
    "OutgoingInput",
    "RegisterStats",
    "SEARCH_FIELDS",
    "SORT_COLUMNS",
    "agencies",
    "attach_files",
    "audit_values",
    "build_incoming",
    "build_outgoing",
    "cancel",
    "check_files",
    "count_documents",
    "ensure_file_row",
    "export",
    "get_document",
    "link_files",
    "list_documents",
    "register_incoming",
    "register_outgoing",
    "register_stats",
    "remember_agency",
    "search_text_of",
    "store_files",
    "undo_files",
    "years",
]


def remember_agency(session: Session, name: str) -> None:
    name = name.strip()
    if not name:
        return
    values = {"name": name, "folded": fold(name)}
    if session.get_bind().dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as pg_insert  # (lazy: 20 ms on SQLite)

        session.execute(pg_insert(Agency).values(values).on_conflict_do_nothing())
    else:
        session.execute(sqlite_insert(Agency).values(values).on_conflict_do_nothing())


def _duplicate_warning(session: Session, doc: Document) -> tuple[str, ...]:
    found = session.scalar(
        select(Document.id).where(
            Document.direction == Direction.INCOMING.value,
            Document.symbol == doc.symbol,
            Document.organ_name == doc.organ_name,
            Document.issued_date == doc.issued_date,
            Document.status != Status.CANCELLED.value,
        )
    )
    if found is None:
        return ()
    return (
        _(
            "Văn bản {symbol} của {organ} ngày {date} đã được đăng ký (mã {id}).",
            symbol=doc.symbol,
            organ=doc.organ_name,
            date=doc.issued_date.strftime("%d/%m/%Y"),
            id=found,
        ),
    )


def audit_values(doc: Document) -> dict[str, object]:
    return {
        "so": doc.number,
        "nam": doc.year,
        "so_ky_hieu": doc.symbol,
        "trich_yeu": doc.subject,
        "trang_thai": doc.status,
    }


def _register(office: Office, doc: Document, paths: Sequence[Path]) -> DocumentView:
    files = check_files(paths)
    stored = store_files(office, files)
    actor = office.actor.username
    try:
        with office.db.write() as s:
            warnings = _duplicate_warning(s, doc) if doc.direction == "den" else ()
            doc.number = next_number(s, doc.series, doc.year)
            if doc.number > max_register_number():
                raise UserError(
                    _("Sổ {series} năm {year} đã đến số {number}, quá số tối đa {max}; không cấp "
                      "số mới. Quản trị viên kiểm tra bằng “vanthu check” và sửa bằng “vanthu "
                      "repair-series”.", series=doc.series, year=doc.year, number=doc.number,
                      max=max_register_number()), field="number")
            if doc.direction == Direction.OUTGOING.value:
                doc.code_number = format_number(doc.number)
                doc.symbol = f"{doc.code_number}/{doc.code_notation}"
            doc.created_by = actor
            doc.search_text = search_text_of(doc)
            s.add(doc)
            s.flush()
            link_files(s, doc.id, stored, actor)
            fileflags.refresh(s, [doc.id])
            if doc.organ_name and doc.secrecy not in visibility.RANK:  # completion shows all
                remember_agency(s, doc.organ_name)
            action = "dang-ky-den" if doc.direction == "den" else "dang-ky-di"
            audit.record(s, actor, action, doc.id, after=audit_values(doc))
            s.flush()
            view = _load_view(s, doc.id, warnings)
    except BaseException:
        undo_files(office, stored)
        raise
    return view


def register_incoming(office: Office, inp: IncomingInput) -> DocumentView:
    office.require(Role.CLERK, action=_("đăng ký văn bản đến"))
    return _register(office, build_incoming(inp), inp.files)


def register_outgoing(office: Office, inp: OutgoingInput) -> DocumentView:
    office.require(Role.CLERK, action=_("đăng ký văn bản đi"))
    org = office.organisation()
    return _register(office, build_outgoing(inp, org.short_name), inp.files)


def _load_view(s: Session, doc_id: int, warnings: tuple[str, ...] = ()) -> DocumentView:
    doc = s.get(Document, doc_id)
    if doc is None:
        raise NotFound(_("Không có văn bản mã {id}.", id=doc_id))
    links = list(
        s.scalars(
            select(DocumentFile)
            .where(DocumentFile.document_id == doc_id, DocumentFile.current.is_(True))
            .order_by(DocumentFile.id)
        )
    )
    metas = {
        f.sha256: f
        for f in s.scalars(
            select(StoredFile).where(StoredFile.sha256.in_([lk.sha256 for lk in links]))
        )
    }
    return view_of(doc, links, metas, warnings)


def get_document(office: Office, doc_id: int) -> DocumentView:
    """The document as this reader may see it (a secret one they may not read is masked)."""
    with office.db.read() as s:
        view = _load_view(s, doc_id)
    return visibility.mask_views(office, [view])[0]


def cancel(office: Office, doc_id: int, reason: str) -> DocumentView:
    """Cancelling keeps the number, marked, with the reason; it is never reused."""
    office.require(Role.CLERK, action=_("hủy đăng ký văn bản"))
    reason = require_text(reason, "reason", _("lý do hủy"), 500)
    with office.db.write() as s:
        doc = s.get(Document, doc_id)
        if doc is None:
            raise NotFound(_("Không có văn bản mã {id}.", id=doc_id))
        if doc.status == Status.CANCELLED.value:
            raise UserError(_("Văn bản mã {id} đã bị hủy trước đó.", id=doc_id))
        before = audit_values(doc)
        doc.status = Status.CANCELLED.value
        doc.cancel_reason = reason
        doc.cancelled_at = dt.datetime.now(dt.UTC).replace(tzinfo=None)
        after = audit_values(doc) | {"ly_do": reason}
        audit.record(s, office.actor.username, "huy", doc.id, before=before, after=after)
        s.flush()
        view = _load_view(s, doc_id)
    return visibility.mask_views(office, [view])[0]


def export(office: Office, doc_id: int, out_dir: Path) -> list[Path]:
    """Copy the document's current files out (verified against their hashes), each named from
    the document — ``<số>-<ký hiệu>-<vai trò>-<n>.pdf`` — never from its stored name (which
    came from outside and may be ``../../x`` or absolute), inside ``out_dir``, replacing
    nothing already there."""
    view = get_document(office, doc_id)
    visibility.require_content(office, doc_id, _("xuất tệp của văn bản"))
    if not view.files:
        raise UserError(_("Văn bản mã {id} chưa có tệp nào.", id=doc_id))
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise EnvironmentProblem(_("Không tạo được thư mục {path}.", path=str(out_dir)),
                                 str(exc)) from exc
    written: list[Path] = []
    seen: dict[str, int] = {}
    for info in view.files:
        data = office.files.read(info.sha256)
        seen[info.role] = n = seen.get(info.role, 0) + 1
        stem = "-".join(p for p in (view.number_text, name_part(view.symbol), info.role, str(n))
                        if p)
        name = safe_file_name(stem, suffix_for(info.media_type, info.name))
        try:
            written.append(write_new_file(out_dir, name, data))
        except OSError as exc:
            raise EnvironmentProblem(
                _("Không ghi được tệp {path}.", path=str(out_dir / name)), str(exc)) from exc
    with office.db.write() as s:
        audit.record(
            s, office.actor.username, "xuat", doc_id, after={"tep": [p.name for p in written]}
        )
    return written


def attach_files(office: Office, doc_id: int, paths: Sequence[Path], role: str = "chinh"
                 ) -> DocumentView:
    """Attach more files to a registered document (drag and drop, ``vanthu attach``)."""
    office.require(Role.CLERK, action=_("đính kèm tệp vào văn bản"))
    visibility.require_content(office, doc_id, _("đính kèm tệp vào văn bản"))
    files = check_files(paths)
    if not files:
        raise UserError(_("Chưa chọn tệp nào."), field="file")
    stored = store_files(office, files)
    try:
        with office.db.write() as s:
            doc = s.get(Document, doc_id)
            if doc is None:
                raise NotFound(_("Không có văn bản mã {id}.", id=doc_id))
            link_files(s, doc_id, stored, office.actor.username, role)
            fileflags.refresh(s, [doc_id])
            audit.record(s, office.actor.username, "dinh-kem", doc_id,
                         after={"tep": [p.name for p in files],
                                "sha256": [put.sha256 for _p, put in stored]})
            s.flush()
            view = _load_view(s, doc_id)
    except BaseException:
        undo_files(office, stored)
        raise
    return view
