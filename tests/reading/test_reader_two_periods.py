"""Two periods compared in a question (set 11 decision 141, in the thirteenth set's words, tested in other words): the
first is the question's period, the second is said under Not applied; "前一个月" is no top-N."""

from __future__ import annotations

from datetime import date

import pytest

from copilot.reading import read

TODAY = date(2026, 3, 2)


@pytest.mark.parametrize(("text", "start", "second"), [
    ("How did push do in January vs December?", date(2026, 1, 1), "December"),
    ("Compare email clicks last month with January.", date(2026, 2, 1), "January"),
    ("上周和上上周比，短信转化怎么样？", None, "上上周"),
])
def test_the_second_period_is_said(text: str, start: date | None, second: str) -> None:
    x = read(text, today=TODAY)
    assert x.period is not None and (start is None or x.period.start == start)
    assert second in [n.text for n in x.not_applied if n.affects == "timing"]
    assert x.top_n is None


def test_a_month_range_is_still_one_period() -> None:
    x = read("How did email do in January and February?", today=TODAY)
    assert x.period is not None and (x.period.start, x.period.end) == (date(2026, 1, 1), date(2026, 2, 28))
