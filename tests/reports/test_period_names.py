"""Issue 14: a period is named in the language of the moment, so English texts say
"December 2026", "Q4 2026" and "2026", never "tháng 12 năm 2026"."""

from __future__ import annotations

import pytest

from desktop.core.i18n import set_language
from desktop.core.periods import parse_period


@pytest.mark.parametrize(
    ("text", "vi", "en"),
    [("2026-12", "tháng 12 năm 2026", "December 2026"),
     ("2026-02", "tháng 2 năm 2026", "February 2026"),
     ("2026-Q4", "quý 4 năm 2026", "Q4 2026"),
     ("2026", "năm 2026", "2026"),
     ("2026-01-01..2026-06-30", "từ ngày 01/01/2026 đến ngày 30/06/2026",
      "01/01/2026 to 30/06/2026")],
)
def test_period_names(text: str, vi: str, en: str) -> None:
    period = parse_period(text)
    assert period.label == vi
    set_language("en")
    assert period.label == en  # the same period, named again after the switch
    set_language("vi")
    assert period.label == vi


def test_english_report_names_the_period_in_english(init_cli) -> None:  # type: ignore[no-untyped-def]
    r = init_cli("--lang", "en", "report", "--period", "2026-12", "--format", "json")
    assert r.code == 0, r.err
    assert r.json["period"]["label"] == "December 2026"
    assert "năm" not in " ".join(str(v) for v in r.json["period"].values())
