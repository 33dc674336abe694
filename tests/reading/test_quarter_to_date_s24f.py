"""A quarter of this year asked about in a question, "so far" or not, is the period looked back on, never a campaign
window (set 18, q926's class, helper-97): 今年一季度到目前为止 is January 1 to today; 上一季度 is not the first quarter."""

from __future__ import annotations

from datetime import date

import pytest

from copilot.reading import read

TODAY = date(2026, 3, 2)


@pytest.mark.parametrize(
    "text",
    [
        "复盘用：今年一季度到目前为止，短信带来了多少订单？",
        "一季度至今推送的点击率怎么样？",
        "Q1 to date, what was the revenue from push?",
        "How much did SMS bring in during Q1 so far?",
    ],
)
def test_this_years_quarter_to_date_is_the_period(text: str) -> None:
    r = read(text, today=TODAY)
    assert r.window is None
    assert r.period is not None and (r.period.start, r.period.end) == (date(2026, 1, 1), TODAY)


def test_last_quarter_is_not_the_first() -> None:
    r = read("上一季度短信的转化率是多少？", today=TODAY)
    assert r.period is None or r.period.start != date(2026, 1, 1)
