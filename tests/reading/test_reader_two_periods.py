"""Two periods compared in a question (set 11 decision 141, in the thirteenth set's words, tested in other words): the
first is the question's period, the second is said under Not applied; "前一个月" is no top-N."""

from __future__ import annotations

from datetime import date

import pytest

from copilot.reading import read

TODAY = date(2026, 3, 2)


@pytest.mark.parametrize(("text", "first", "second"), [
    ("How did push do in January vs December?", (date(2026, 1, 1), date(2026, 1, 31)), (date(2025, 12, 1), date(2025, 12, 31))),
    ("Compare email clicks last month with January.", (date(2026, 2, 1), date(2026, 2, 28)), (date(2026, 1, 1), date(2026, 1, 31))),
    ("上周和上上周比，短信转化怎么样？", (date(2026, 2, 23), date(2026, 3, 1)), (date(2026, 2, 16), date(2026, 2, 22))),
    ("上个月和上上个月的邮件点击率对比", (date(2026, 2, 1), date(2026, 2, 28)), (date(2026, 1, 1), date(2026, 1, 31))),
    ("这个季度和上上季度比，推送的打开率怎么样？", (date(2026, 1, 1), TODAY), (date(2025, 7, 1), date(2025, 9, 30))),
])
def test_the_second_period_is_read(text: str, first: tuple[date, date], second: tuple[date, date]) -> None:
    """Two periods compared in a channel question: the second is compare_period (decision 240) with its own dates;
    上上周 / 上上个月 / 上上季度 is the unit before the last one (it had been read as the last one: a period compared
    with itself), and a statement ending in 对比 with a figure word is a question."""
    x = read(text, today=TODAY)
    assert x.kind == "question"
    assert x.period is not None and (x.period.start, x.period.end) == first
    assert x.compare_period is not None and (x.compare_period.start, x.compare_period.end) == second
    assert not [n for n in x.not_applied if n.affects == "timing"]
    assert x.top_n is None


def test_the_unit_before_last_alone_is_the_period() -> None:
    x = read("上上个月短信的点击率是多少？", today=TODAY)
    assert x.period is not None and (x.period.start, x.period.end) == (date(2026, 1, 1), date(2026, 1, 31))


def test_a_month_range_is_still_one_period() -> None:
    x = read("How did email do in January and February?", today=TODAY)
    assert x.period is not None and (x.period.start, x.period.end) == (date(2026, 1, 1), date(2026, 2, 28))
