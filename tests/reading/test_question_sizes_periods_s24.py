"""A question's size and trailing period (session 24, issue #12), in other words than the probe's: a non-native
comparative ("have more / higher probability to buy") ranks the likeliest, and a top-N said apart is its size; 半年 /
半个月 after 过去 / 最近 is a period, also written after the question."""

from __future__ import annotations

from datetime import date

from copilot.reading import read
from copilot.tools.conditions import TopPropensity

TODAY = date(2026, 4, 20)


def test_higher_probability_with_a_top_n_said_apart() -> None:
    x = read("Which shoppers has higher probability to purchase sleeping bag next month? Give me top 200.", today=TODAY)
    assert isinstance(x.audience, TopPropensity)
    assert x.audience.category == "sleeping-bags" and x.audience.top_n == 200


def test_a_half_year_written_after_a_channel_question_is_its_period() -> None:
    x = read("推送和邮件哪个点击率更高？最近半年", today=TODAY)
    assert x.period is not None and x.period.end == date(2026, 4, 19) and (x.period.end - x.period.start).days >= 179
    assert not any(n.affects == "audience" for n in x.not_applied)


def test_a_half_month_period_beside_a_segment_measure_is_listed_timing() -> None:
    x = read("冠军客户有多少人？过去半个月的客单价呢？", today=TODAY)
    assert [(n.affects, n.text) for n in x.not_applied] == [("timing", "过去半个月")]
