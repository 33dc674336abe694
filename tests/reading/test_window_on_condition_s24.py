"""A question's window on its condition (session 24, issue #12), in other words than the probe's: "opened … but not
clicked anything / any link in the last N days", 从没 + an event after a Chinese period, and a window written after
"in the same order" all bound the conditions; none is a question period listed as not applied."""

from __future__ import annotations

from datetime import date

from copilot.reading import read
from copilot.tools.conditions import And, Bought, Engagement, Not

TODAY = date(2026, 4, 20)


def test_opened_but_not_clicked_any_link_in_a_window() -> None:
    x = read("How many subscribers opened a text but didn't click any link in the past 45 days?", today=TODAY)
    assert isinstance(x.audience, And)
    opened, not_clicked = x.audience.of
    assert isinstance(opened, Engagement) and opened.within_days == 45 and opened.channel == "sms"
    assert isinstance(not_clicked, Not) and isinstance(not_clicked.of, Engagement) and not_clicked.of.within_days == 45
    assert not any(n.affects == "timing" for n in x.not_applied)


def test_never_opened_after_a_chinese_period() -> None:
    x = read("近半年从没打开过短信的会员有多少？", today=TODAY)
    assert isinstance(x.audience, Not) and isinstance(x.audience.of, Engagement)
    assert x.audience.of.event == "opened" and x.audience.of.channel == "sms" and x.audience.of.within_days == 180
    assert not any(n.affects == "timing" for n in x.not_applied)


def test_a_window_after_the_same_order_bounds_the_purchases() -> None:
    x = read("How many shoppers bought tents and headlamps in one order in the last 6 months?", today=TODAY)
    bought = [c for c in (x.audience.of if isinstance(x.audience, And) else [x.audience]) if isinstance(c, Bought)]
    assert bought and all(b.within_days == 180 for b in bought)
    assert [n.affects for n in x.not_applied] == ["audience"]


def test_who_not_buy_more_than_n_months_is_lapsed() -> None:
    from copilot.tools.conditions import Recency

    x = read("Can you count client who not buy anything more than 8 month?", today=TODAY)
    assert isinstance(x.audience, Recency) and x.audience.min_days == 240
    assert not any(n.affects == "audience" for n in x.not_applied)
