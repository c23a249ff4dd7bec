"""The figures a commune reports each month (domain.md, "The figures a commune reports").

Everything is counted in the database with conditional aggregates; the per-document flags
used for the counts are the same SQL expressions that list the documents behind each figure
in the Excel file, so the two can never disagree.

Definitions (written down in docs/reports.md):
- incoming: registered in the period by ngày đến, cancellations excluded; *digitised* when it
  was received electronically or has an electronic file; *meeting the standard* when it was
  received electronically (no scan), or every current file passed the Phụ lục I check.
- outgoing: registered in the period by document date, cancellations excluded; *issued through
  the software* when it carries a digitally signed file.
- signed: documents of both registers carrying a digital signature, over both registers' total.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field
from typing import Any

from sqlalchemy import and_, case, func, or_, select
from sqlalchemy.orm import Session

from desktop.core.clock import vn_today
from desktop.core.i18n import _
from desktop.core.numfmt import ratio, vn_int, vn_percent
from desktop.core.periods import Period
from desktop.kernel import audit
from desktop.kernel.auth import Role
from desktop.kernel.office import Office
from desktop.processing.figures import HANDLED, conditions, handling_figures
from desktop.registers import visibility
from desktop.reports.dossier_figure import DossierFigure, dossier_figure
from models.entities import Direction, Document, Status
from models.processing import Handling

OPEN_STATES = (Status.REGISTERED.value, Status.PROCESSING.value)


# -- per-document flags -------------------------------------------------------------------
# Kept on the document row by desktop/fileflags.py whenever its files change, so a year's
# report is one scan of the period's rows, not several probes of the file tables per row.
DIGITIZED = or_(Document.electronic.is_(True), Document.has_file.is_(True))
MEETS_STANDARD = or_(Document.electronic.is_(True) & ~Document.has_file.is_(True),
                     Document.files_ok.is_(True))
SIGNED = Document.signed.is_(True)


def _count(cond: Any) -> Any:
    return func.coalesce(func.sum(case((cond, 1), else_=0)), 0)


def _in_period(direction: Direction, period: Period) -> Any:
    col = Document.received_date if direction is Direction.INCOMING else Document.issued_date
    return and_(
        Document.direction == direction.value,
        col >= period.start,
        col <= period.end,
    )


@dataclass
class Figures:
    period: dict[str, str]
    incoming: dict[str, Any]
    outgoing: dict[str, Any]
    signed: dict[str, Any]
    cancelled: list[dict[str, Any]] = field(default_factory=list)
    overdue_by_handler: list[dict[str, Any]] = field(default_factory=list)
    dossiers: dict[str, Any] | None = None
    organisation: dict[str, Any] = field(default_factory=dict)
    processing: dict[str, Any] | None = None  # the handling figures (desktop.processing)
    #: the audit log's head when the figures were computed, printed on the report
    audit_code: str = ""

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        figure = self.dossier_figure()
        if figure is None:
            data.pop("dossiers")
        else:
            data["dossiers"]["figure"] = figure.to_dict()
        if self.processing is None:
            data.pop("processing")
        return data

    def dossier_figure(self) -> DossierFigure | None:
        """The dossier figure every view of the report shows (desktop/reports/dossier_figure.py)."""
        return None if self.dossiers is None else dossier_figure(self.dossiers)

    def sentences(self) -> list[str]:
        """The report's sentences, worded the way communes write them."""
        i, o, s = self.incoming, self.outgoing, self.signed
        out = [
            _("Tổng số văn bản đến được số hóa, tiếp nhận và xử lý trên phần mềm/Tổng số văn bản "
              "đến: {part}/{whole} văn bản, {result}",
              part=vn_int(i["digitized"]), whole=vn_int(i["total"]), result=_reached(i["ratio"])),
            _("Văn bản đến được số hóa đạt chuẩn theo Phụ lục I Nghị định 30/2020/NĐ-CP: "
              "{part}/{whole} văn bản, {result}",
              part=vn_int(i["meeting_standard"]), whole=vn_int(i["digitized"]),
              result=_reached(i["standard_ratio"])),
            _("Văn bản đi được phát hành trên phần mềm/Tổng số văn bản đi: {part}/{whole} văn "
              "bản, {result}",
              part=vn_int(o["issued_electronically"]), whole=vn_int(o["total"]),
              result=_reached(o["ratio"])),
            _("Văn bản được ký số/Tổng số văn bản đến và đi: {part}/{whole} văn bản, {result}",
              part=vn_int(s["total"]), whole=vn_int(s["of"]), result=_reached(s["ratio"])),
        ]
        d = self.dossier_figure()
        if d is not None:
            out.append(d.sentence())
        p = self.processing
        if p is not None:
            out.append(_(
                "Văn bản đến phải giải quyết: {to_handle}; đã giải quyết đúng hạn {on_time}, quá "
                "hạn {late}; đang giải quyết trong hạn {in_progress}, quá hạn {overdue}",
                to_handle=vn_int(p["to_handle"]), on_time=vn_int(p["done_on_time"]),
                late=vn_int(p["done_late"]), in_progress=vn_int(p["in_progress"]),
                overdue=vn_int(p["overdue"]),
            ))
        return out


def _reached(value: float | None) -> str:
    if value is None:
        return _("không phát sinh")
    return _("đạt {percent}", percent=vn_percent(value))


def compute(office: Office, period: Period, today: dt.date | None = None) -> Figures:
    office.require(Role.CLERK, Role.LEADER, Role.ADMIN, action=_("xem báo cáo"))
    today = today or vn_today()
    with office.db.read() as s:
        return _compute(s, office, period, today)


def _compute(s: Session, office: Office, period: Period, today: dt.date) -> Figures:
    live = Document.status != Status.CANCELLED.value
    inc = s.execute(
        select(
            func.count(Document.id), _count(DIGITIZED), _count(MEETS_STANDARD), _count(SIGNED)
        ).where(_in_period(Direction.INCOMING, period), live)
    ).one()
    out = s.execute(
        select(func.count(Document.id), _count(SIGNED)).where(
            _in_period(Direction.OUTGOING, period), live
        )
    ).one()
    in_total, in_dig, in_std, in_signed = (int(x) for x in inc)
    out_total, out_signed = (int(x) for x in out)

    cancelled = [
        {"id": r.id, "direction": r.direction, "number": r.number, "symbol": r.symbol,
         "reason": r.cancel_reason}
        for r in s.execute(
            select(Document.id, Document.direction, Document.number, Document.symbol,
                   Document.cancel_reason)
            .where(or_(_in_period(Direction.INCOMING, period),
                       _in_period(Direction.OUTGOING, period)),
                   Document.status == Status.CANCELLED.value)
            .order_by(Document.direction, Document.number)
        )
    ]
    hidden = visibility.hidden_ids(office, [c["id"] for c in cancelled]) if cancelled else set()
    for c in cancelled:
        if c["id"] in hidden:  # a secret number stays listed, its symbol and reason do not
            c.update(symbol="", reason=visibility.mask_text(), masked=True)
    as_of = min(today, period.end)
    overdue = [
        {"handler": r[0] or _("(chưa giao)"), "count": int(r[1])}
        for r in s.execute(
            select(Document.handler, func.count(Document.id))
            .where(Document.direction == Direction.INCOMING.value,
                   Document.due_date >= period.start, Document.due_date < as_of,
                   Document.status.in_(OPEN_STATES))
            .group_by(Document.handler).order_by(func.count(Document.id).desc())
        )
    ]
    org = office.organisation()
    figures = Figures(
        period={"start": period.start.isoformat(), "end": period.end.isoformat(),
                "label": period.label},
        incoming={"total": in_total, "digitized": in_dig, "meeting_standard": in_std,
                  "ratio": ratio(in_dig, in_total), "standard_ratio": ratio(in_std, in_dig)},
        outgoing={"total": out_total, "issued_electronically": out_signed,
                  "ratio": ratio(out_signed, out_total)},
        signed={"total": in_signed + out_signed, "of": in_total + out_total,
                "ratio": ratio(in_signed + out_signed, in_total + out_total)},
        cancelled=cancelled,
        overdue_by_handler=overdue,
        organisation={"name": org.name, "short_name": org.short_name, "place": org.place,
                      "parent_name": org.parent_name or ""},
    )
    figures.dossiers = _dossier_figures(s, period, today)
    figures.processing = handling_figures(s, period.start, period.end, today)
    figures.audit_code = audit.audit_code(s)
    return figures


def _dossier_figures(s: Session, period: Period, today: dt.date) -> dict[str, Any] | None:
    import importlib

    try:
        dossiers = importlib.import_module("desktop.dossiers.service")
    except ModuleNotFoundError as exc:
        if exc.name != "desktop.dossiers.service":
            raise
        return None
    fn = getattr(dossiers, "dossier_figures", None)
    if fn is None:
        return None
    result = fn(s, period.start, period.end, today)
    return dict(result) if result is not None else None


# -- the documents behind the figures -----------------------------------------------------
def incoming_rows(office: Office, period: Period, today: dt.date | None = None
                  ) -> list[dict[str, Any]]:
    office.require(Role.CLERK, Role.LEADER, Role.ADMIN, action=_("xem báo cáo"))
    # the handling figures' own conditions: given to a handler, done on time
    handled = conditions(min(today or vn_today(), period.end))
    stmt = (
        select(Document.id, Document.number, Document.received_date, Document.organ_name,
               Document.symbol, Document.type_name, Document.subject, Document.status,
               DIGITIZED.label("digitized"), MEETS_STANDARD.label("meets"),
               SIGNED.label("signed"),
               case((Handling.state.in_(HANDLED), True), else_=False).label("to_handle"),
               case((handled["done_on_time"], True), else_=False).label("handled_on_time"))
        .outerjoin(Handling, Handling.document_id == Document.id)
        .where(_in_period(Direction.INCOMING, period))
        .order_by(Document.year, Document.series, Document.number)
    )
    with office.db.read() as s:
        rows = [dict(r._mapping) for r in s.execute(stmt)]
    return visibility.mask_dicts(office, rows, ("organ_name", "symbol", "subject"))


def outgoing_rows(office: Office, period: Period) -> list[dict[str, Any]]:
    office.require(Role.CLERK, Role.LEADER, Role.ADMIN, action=_("xem báo cáo"))
    stmt = (
        select(Document.id, Document.number, Document.issued_date, Document.symbol,
               Document.type_name, Document.subject, Document.signer_name, Document.status,
               SIGNED.label("signed"))
        .where(_in_period(Direction.OUTGOING, period))
        .order_by(Document.year, Document.series, Document.number)
    )
    with office.db.read() as s:
        rows = [dict(r._mapping) for r in s.execute(stmt)]
    return visibility.mask_dicts(office, rows, ("symbol", "subject", "signer_name"))


@dataclass(frozen=True)
class MonthPoint:
    year: int
    month: int
    incoming: int
    digitized: int
    outgoing: int
    issued: int

    @property
    def incoming_ratio(self) -> float | None:
        return ratio(self.digitized, self.incoming)

    @property
    def outgoing_ratio(self) -> float | None:
        return ratio(self.issued, self.outgoing)


def monthly_trend(office: Office, last: dt.date, months: int = 12) -> list[MonthPoint]:
    """One point per month for the dashboard chart, two GROUP BY queries in all."""
    y, m = last.year, last.month
    keys: list[tuple[int, int]] = []
    for _i in range(months):
        keys.append((y, m))
        y, m = (y - 1, 12) if m == 1 else (y, m - 1)
    keys.reverse()
    start = dt.date(keys[0][0], keys[0][1], 1)
    nxt = dt.date(last.year + (last.month == 12), last.month % 12 + 1, 1)
    end = nxt - dt.timedelta(days=1)
    live = Document.status != Status.CANCELLED.value
    data: dict[tuple[int, int], list[int]] = {k: [0, 0, 0, 0] for k in keys}
    with office.db.read() as s:
        for direction, col, flag, slot in (
            (Direction.INCOMING, Document.received_date, DIGITIZED, 0),
            (Direction.OUTGOING, Document.issued_date, SIGNED, 2),
        ):
            yr, mo = func.extract("year", col), func.extract("month", col)
            rows = s.execute(
                select(yr, mo, func.count(Document.id), _count(flag))
                .where(Document.direction == direction.value, col >= start, col <= end, live)
                .group_by(yr, mo)
            )
            for ry, rm, total, flagged in rows:
                key = (int(ry), int(rm))
                if key in data:
                    data[key][slot] = int(total)
                    data[key][slot + 1] = int(flagged)
    return [MonthPoint(k[0], k[1], *data[k]) for k in keys]
