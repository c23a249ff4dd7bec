"""Accent-insensitive search over the registers; the one place where SQLite and PostgreSQL differ.

The text is folded once when a document is written (``documents.search_text``). SQLite searches
it through FTS5 (prefix tokens, ranked by bm25); PostgreSQL through LIKE on the folded text,
served by a trigram index.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Integer, bindparam, column, select, text

from desktop.core.records import DocumentView, view_of
from desktop.core.textfold import snippet, tokens
from desktop.kernel.office import Office
from desktop.registers import visibility
from models.entities import Document, DocumentFile, FileText


def _fts_query(words: list[str]) -> str:
    return " AND ".join(f'"{w}"*' for w in words)


def matching_ids(query: str, dialect: str) -> Any:
    """A subquery of the ids of documents matching ``query`` (to filter a register view)."""
    words = tokens(query)
    if dialect == "sqlite" and words:
        return (
            text("SELECT rowid FROM documents_fts WHERE documents_fts MATCH :q")
            .bindparams(bindparam("q", _fts_query(words)))
            .columns(column("rowid", Integer))
        )
    stmt = select(Document.id)
    for w in words:
        stmt = stmt.where(Document.search_text.contains(w, autoescape=True))
    return stmt


RANK_LIMIT = 2000


def _fts_ids(s: Any, fts: str, limit: int, direction: str | None) -> list[int]:
    """Ranked ids. A query matching more than ``RANK_LIMIT`` documents (one letter, "về việc")
    is answered newest first instead: FTS5 walks rowids backwards and stops at ``limit``, where
    ranking would score every match (a million at district scale) to order near-equal hits."""
    join = "JOIN documents d ON d.id = f.rowid " if direction else ""
    where = "WHERE documents_fts MATCH :q " + ("AND d.direction = :dir " if direction else "")
    params = {"q": fts, "dir": direction}
    probe = s.execute(text(f"SELECT f.rowid FROM documents_fts f {join}{where}"
                           "ORDER BY f.rowid DESC LIMIT :n"), params | {"n": RANK_LIMIT + 1}).all()
    if len(probe) > RANK_LIMIT:
        return [r[0] for r in probe[:limit]]
    ranked = s.execute(text(f"SELECT f.rowid FROM documents_fts f {join}{where}"
                            "ORDER BY bm25(documents_fts) LIMIT :n"), params | {"n": limit})
    return [r[0] for r in ranked]


def search(
    office: Office, query: str, limit: int = 50, direction: str | None = None
) -> list[DocumentView]:
    words = tokens(query)
    if not words:
        return []
    # A reader who may not see a secret document's content does not find it by that content.
    clearance = visibility.clearance(office)
    seen = visibility.visible_clause(clearance)
    with office.db.read() as s:
        if office.db.dialect == "sqlite":
            # hidden matches would take places in the ranking: rank more, keep the first seen
            wanted = RANK_LIMIT if clearance.hidden_levels else limit
            ids = _fts_ids(s, _fts_query(words), wanted, direction)
            if clearance.hidden_levels:
                shown = set(s.scalars(select(Document.id).where(Document.id.in_(ids), seen)))
                ids = [i for i in ids if i in shown][:limit]
            docs = {d.id: d for d in s.scalars(select(Document).where(Document.id.in_(ids)))}
            return [view_of(docs[i]) for i in ids if i in docs]
        stmt = select(Document).where(Document.id.in_(matching_ids(query, office.db.dialect)),
                                      seen)
        if direction:
            stmt = stmt.where(Document.direction == direction)
        stmt = stmt.order_by(Document.id.desc()).limit(limit)
        return [view_of(d) for d in s.scalars(stmt)]


@dataclass(frozen=True)
class SearchHit:
    document: DocumentView
    snippet: str

    def to_dict(self) -> dict[str, Any]:
        return self.document.to_dict() | {"snippet": self.snippet}


def search_hits(office: Office, query: str, limit: int = 50, direction: str | None = None
                ) -> list[SearchHit]:
    """Ranked results with a snippet around the hit, taken from the metadata or, when the words
    are only in the body, from the text read off the scan."""
    docs = search(office, query, limit, direction)
    words = tokens(query)
    if not docs:
        return []
    with office.db.read() as s:
        texts: dict[int, list[str]] = {}
        rows = s.execute(
            select(DocumentFile.document_id, FileText.text)
            .join(FileText, FileText.sha256 == DocumentFile.sha256)
            .where(DocumentFile.document_id.in_([d.id for d in docs]),
                   DocumentFile.current.is_(True))
        )
        for doc_id, body in rows:
            texts.setdefault(doc_id, []).append(body)
    hits = []
    for d in docs:
        meta = " · ".join(x for x in (d.symbol, d.organ_name, d.type_name, d.subject,
                                       d.recipients, d.notes) if x)
        cut = snippet(meta, words)
        if not cut or not all(w in " ".join(tokens(meta)) for w in words):
            for body in texts.get(d.id, []):
                cut = snippet(body, words) or cut
                if cut:
                    break
        hits.append(SearchHit(d, cut or d.subject))
    return hits
