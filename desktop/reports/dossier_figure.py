"""The one dossier figure of the monthly report, and its words.

The report screen's tile, ``vanthu report --format json``, the Excel workbook and the PDF all
take it from :func:`dossier_figure`, so they cannot disagree (issue 14, finding 4: the tile said
"1/1 đạt 100%" while its note read "giải quyết trước và đúng hạn 0 … đang giải quyết 1", and
the PDF printed "0 | 1 | 100%").

Decision 766/QĐ-TTg (domain.md, "The figures a commune reports"): the on-time rate is the
dossiers finished *or still open* no later than the appointment ÷ all dossiers received or
handled in the period, an open dossier judged at the period's last day. So:

- denominator = handled = received in the period (not withdrawn) + carried over open into it
  = settled early + settled on the appointment day + settled late + open in time + open overdue;
- numerator = settled early + settled on the day + open in time.

The breakdown names every part, so the figure always adds up in front of the reader.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from desktop.core.i18n import N_, _
from desktop.core.numfmt import ratio, vn_int, vn_percent

#: the figure's name, as the report's table and the screen's tile write it
TITLE = N_("Hồ sơ thủ tục hành chính giải quyết đúng hạn (kể cả đang giải quyết trong hạn)")
DIGITIZED_TITLE = N_("Hồ sơ thủ tục hành chính được số hóa")


@dataclass(frozen=True)
class DossierFigure:
    numerator: int
    denominator: int
    percent: float | None  # 2 decimals; None: "không phát sinh"
    received: int  # received in the period (withdrawn ones too)
    carried_over: int  # received earlier, still open when the period began
    settled_early: int
    settled_on_time: int  # on the appointment day, not before it
    settled_late: int
    in_progress_on_time: int
    in_progress_overdue: int
    withdrawn: int
    digitized: int
    digitized_percent: float | None  # ÷ received

    # -- words ---------------------------------------------------------------------------
    def value_text(self) -> str:
        return f"{vn_int(self.numerator)}/{vn_int(self.denominator)}"

    def result_text(self) -> str:
        if self.percent is None:
            return _("không phát sinh")
        return _("đạt {percent}", percent=vn_percent(self.percent))

    def breakdown_text(self) -> str:
        """Every part of the figure, in the order the numbers add up."""
        return _(
            "Phải giải quyết {denominator} hồ sơ (tiếp nhận trong kỳ {received}, kỳ trước "
            "chuyển sang {carried_over}): đã giải quyết trước hạn {early}, đúng hạn {on_time}, "
            "quá hạn {late}; đang giải quyết trong hạn {open_on_time}, quá hạn {open_late}. "
            "Đúng hạn {numerator}/{denominator}.",
            denominator=vn_int(self.denominator), received=vn_int(self.denominator - self.carried_over),
            carried_over=vn_int(self.carried_over), early=vn_int(self.settled_early),
            on_time=vn_int(self.settled_on_time), late=vn_int(self.settled_late),
            open_on_time=vn_int(self.in_progress_on_time),
            open_late=vn_int(self.in_progress_overdue), numerator=vn_int(self.numerator),
        )

    def sentence(self) -> str:
        """The report's sentence, as communes write it."""
        return _(
            "Hồ sơ thủ tục hành chính tiếp nhận và cập nhật trên phần mềm: {received} hồ sơ; "
            "phải giải quyết {denominator}: giải quyết trước và đúng hạn {settled}, quá hạn "
            "{late}, đang giải quyết {in_progress} (quá hạn {open_late}); giải quyết đúng hạn "
            "(kể cả đang giải quyết trong hạn) {numerator}/{denominator}, {result}",
            received=vn_int(self.received), denominator=vn_int(self.denominator),
            settled=vn_int(self.settled_early + self.settled_on_time),
            late=vn_int(self.settled_late),
            in_progress=vn_int(self.in_progress_on_time + self.in_progress_overdue),
            open_late=vn_int(self.in_progress_overdue), numerator=vn_int(self.numerator),
            result=self.result_text(),
        )

    def to_dict(self) -> dict[str, Any]:
        return {**asdict(self), "title": _(TITLE), "value": self.value_text(),
                "result": self.result_text(), "breakdown_text": self.breakdown_text()}


def dossier_figure(counts: dict[str, Any]) -> DossierFigure:
    """The figure from the dossier counts of ``desktop.dossiers.figures.dossier_figures``."""

    def n(key: str) -> int:
        return int(counts.get(key) or 0)

    early, on_time, late = n("early"), n("on_time"), n("late")
    open_late = n("in_progress_late")
    open_on_time = n("in_progress") - open_late
    numerator = on_time + open_on_time  # "on_time" counts the early ones too
    denominator = n("handled")
    return DossierFigure(
        numerator=numerator,
        denominator=denominator,
        percent=ratio(numerator, denominator),
        received=n("received"),
        carried_over=n("carried_over"),
        settled_early=early,
        settled_on_time=on_time - early,
        settled_late=late,
        in_progress_on_time=open_on_time,
        in_progress_overdue=open_late,
        withdrawn=n("withdrawn"),
        digitized=n("digitized"),
        digitized_percent=ratio(n("digitized"), n("received")),
    )
