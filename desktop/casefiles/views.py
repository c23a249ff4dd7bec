"""Plain data the case-file services hand to the CLI and the window (never ORM objects)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from desktop.casefiles.rules import heading_label, retention_label
from desktop.core.i18n import N_

STATE_OPEN = "dang-mo"
STATE_CLOSED = "da-dong"
STATE_HANDED_OVER = "da-nop-luu"
STATE_LABELS = {
    STATE_OPEN: N_("Đang mở"),
    STATE_CLOSED: N_("Đã đóng"),
    STATE_HANDED_OVER: N_("Đã nộp lưu"),
}
#: The ``state`` of ``casefile show --json``.
STATE_NAMES = {STATE_OPEN: "open", STATE_CLOSED: "closed", STATE_HANDED_OVER: "handed-over"}


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


@dataclass(frozen=True)
class HeadingView:
    id: int
    level: int  # 0: Roman, 1: Arabic
    number: int
    title: str
    parent_id: int | None

    @property
    def label(self) -> str:
        return heading_label(self.level, self.number)

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "level": self.level, "number": self.number, "label": self.label,
                "title": self.title, "parent_id": self.parent_id}


@dataclass(frozen=True)
class EntryView:
    id: int
    code: str
    title: str
    retention_years: int | None
    keeper: str
    notes: str
    construction: bool
    heading_id: int | None

    @property
    def retention(self) -> str:
        return retention_label(self.retention_years)

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "code": self.code, "title": self.title,
                "retention": "Vĩnh viễn" if self.retention_years is None
                else self.retention_years,
                "keeper": self.keeper, "notes": self.notes, "construction": self.construction,
                "heading_id": self.heading_id}


@dataclass(frozen=True)
class PlanView:
    year: int
    approved: bool
    approvals: int
    approved_by: str
    approved_at: dt.datetime | None
    headings: tuple[HeadingView, ...]
    entries: tuple[EntryView, ...]

    def ordered(self) -> list[HeadingView | EntryView]:
        """Headings and entries in the printed order: each heading, its entries, its
        sub-headings with theirs; entries without a heading first."""
        out: list[HeadingView | EntryView] = [e for e in self.entries if e.heading_id is None]

        def walk(parent: int | None) -> None:
            for h in sorted((h for h in self.headings if h.parent_id == parent),
                            key=lambda h: h.number):
                out.append(h)
                out.extend(e for e in self.entries if e.heading_id == h.id)
                walk(h.id)

        walk(None)
        return out

    def to_dict(self) -> dict[str, Any]:
        return {"year": self.year, "approved": self.approved, "approvals": self.approvals,
                "approved_by": self.approved_by,
                "approved_at": self.approved_at.isoformat() if self.approved_at else None,
                "headings": [h.to_dict() for h in self.headings],
                "entries": [e.to_dict() for e in self.entries]}


@dataclass(frozen=True)
class ItemView:
    """One line of the table of contents (Mục lục văn bản)."""

    order: int
    kind: str  # den | di | mot-cua | nhap
    id: int | str | None  # document id, dossier code, or None (imported)
    symbol: str
    date: dt.date | None
    subject: str
    organ_name: str
    type_name: str
    pages: int
    notes: str
    sha256: str | None = None
    masked: bool = False  # a secret document this reader may not read (registers/visibility)

    def to_dict(self) -> dict[str, Any]:
        return {"order": self.order, "id": self.id, "kind": self.kind, "symbol": self.symbol,
                "date": _iso(self.date), "subject": self.subject,
                "organ_name": self.organ_name, "type_name": self.type_name,
                "pages": self.pages, "notes": self.notes}


@dataclass(frozen=True)
class CaseFileView:
    id: int
    year: int
    code: str
    title: str
    state: str
    keeper: str
    outside_plan: bool
    retention_years: int | None
    construction: bool
    start_date: dt.date | None
    end_date: dt.date | None
    settled_date: dt.date | None
    due: dt.date | None
    doc_total: int
    page_total: int
    imported_from: str = ""
    documents: tuple[ItemView, ...] = field(default=())

    @property
    def retention(self) -> str:
        return retention_label(self.retention_years)

    def to_dict(self) -> dict[str, Any]:
        return {"code": self.code, "year": self.year, "title": self.title,
                "state": STATE_NAMES[self.state], "keeper": self.keeper,
                "outside_plan": self.outside_plan,
                "retention": "Vĩnh viễn" if self.retention_years is None
                else self.retention_years,
                "construction": self.construction,
                "documents": [d.to_dict() for d in self.documents],
                "doc_total": self.doc_total, "page_total": self.page_total,
                "start_date": _iso(self.start_date), "end_date": _iso(self.end_date),
                "settled_date": _iso(self.settled_date), "due": _iso(self.due),
                "imported_from": self.imported_from}
