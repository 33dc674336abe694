"""Who-clauses the session-18 probe audit found listed or dropped, tested in other words: a one-time buyer's look-back,
"opened … but didn't click" in one window, "total spend is under $N", and an age after women/men is said."""

from __future__ import annotations

from datetime import date

from copilot.reading import read
from copilot.tools.conditions import Age, And, Engagement, Not, OrderCount, Spend

TODAY = date(2026, 3, 2)


def test_one_time_buyers_with_a_look_back() -> None:
    x = read("Nudge one-off buyers from the past 6 months toward a second order, 10% off.", today=TODAY)
    assert isinstance(x.audience, OrderCount) and x.audience.within_days == 180 and x.not_applied == []


def test_opened_but_did_not_click_in_one_window() -> None:
    x = read("Shoppers who opened a text but never clicked in the last 21 days: push free shipping.", today=TODAY)
    assert isinstance(x.audience, And)
    opened = [c for c in x.audience.of if isinstance(c, Engagement)]
    clicked = [c.of for c in x.audience.of if isinstance(c, Not) and isinstance(c.of, Engagement)]
    assert opened and clicked and opened[0].within_days == clicked[0].within_days == 21
    assert opened[0].channel == clicked[0].channel == "sms"


def test_total_spend_is_under() -> None:
    x = read("Customers whose lifetime spend is under $80: email a welcome-back offer, 10% off.", today=TODAY)
    assert isinstance(x.audience, Spend) and x.audience.max == 80


def test_an_age_after_women_is_said() -> None:
    """The age is read (the demo data keeps age bands); the gender is listed (the data has none)."""
    x = read("Email men over 50 about the new trekking poles.", today=TODAY)
    assert isinstance(x.audience, Age) and x.audience.min_age == 50 and x.audience.max_age is None
    assert [n.text for n in x.not_applied if n.affects == "audience"] == ["men"]


def test_a_region_the_data_lacks_is_said() -> None:
    x = read("Tell Champions in the Pacific region about the new rain jackets, email.", today=TODAY)
    assert "Pacific region" in [n.text for n in x.not_applied if n.affects == "audience"]
    assert read("Email hikers in the Northeast region, 10% off.", today=TODAY).not_applied == []


def test_a_store_day_not_yet_set_is_said() -> None:
    x = read("品牌日还没定时间，先出方案：给冠军客户发短信，九折，预算3000元", today=TODAY)
    assert x.window is None and [n.affects for n in x.not_applied] == ["timing"]
