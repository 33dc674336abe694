"""Set-17 dev question classes (session 24, issue #12), in other words than the cases': a follow-up's subject pronoun
("…, would they…") is an earlier group; "from us since <day>" bounds the event; "<occasion> weekend last year" is the
question's period, not a window ahead; 不在 / 不属于 before a lapsed group excludes it."""

from __future__ import annotations

from datetime import date

from copilot.reading import read
from copilot.tools.conditions import And, Engagement, Not, Recency

TODAY = date(2026, 3, 2)


def test_a_follow_ups_they_is_listed_audience() -> None:
    x = read("So if we sent it by SMS instead, will they open more?", today=TODAY)
    assert ("audience", "they") in [(n.affects, n.text) for n in x.not_applied]


def test_from_us_since_a_day_bounds_the_event() -> None:
    x = read("how many customers clicked an email from us since New Year's Day?", today=TODAY)
    assert isinstance(x.audience, Engagement) and x.audience.event == "clicked" and x.audience.within_days == 60


def test_an_occasion_weekend_last_year_is_the_period() -> None:
    x = read("What did push bring in over Black Friday weekend last year?", today=TODAY)
    assert x.window is None
    assert x.period is not None and x.period.start.year == 2025 and x.period.start.month == 11


def test_not_among_the_lapsed_in_chinese() -> None:
    a = read("买过帐篷、而且不属于沉睡客户的会员有多少？", today=TODAY).audience
    assert isinstance(a, And)
    assert any(isinstance(c, Not) and isinstance(c.of, Recency) and c.of.min_days == 180 for c in a.of)


def test_a_month_naming_a_past_send_is_the_period_and_it_points_inside() -> None:
    x = read("Was the January push campaign worth it? Give me the conversions on it.", today=TODAY)
    assert x.window is None
    assert x.period is not None and (x.period.start, x.period.end) == (date(2026, 1, 1), date(2026, 1, 31))
    assert not any(n.text == "on it" for n in x.not_applied)
