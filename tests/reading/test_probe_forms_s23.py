"""Session 23, from the end-user probe (/work/notes/probe_s23.md), in words of their own: a product named for rain is not a
weather trigger; a month in a question about a send to come is that send's month; "how many orders would we get if
we email…" is a forecast, not a request to plan; "VIP" naming a campaign is no audience; a material before socks is
no second category; Chinese offer codes; a date range before a colon; a budget in words; more products the
catalogue lacks."""

from __future__ import annotations

from datetime import date

import pytest

from copilot.reading import read

TODAY = date(2026, 4, 20)


def test_rain_jackets_in_a_what_if_question_are_the_product_not_the_weather() -> None:
    r = read("What revenue should we expect if we push 15% off rain jackets to Loyal customers next week?", today=TODAY)
    assert r.promoted.categories == ["rain-jackets"]
    assert r.audience is not None and r.audience.kind == "rfm_segment"
    assert not [n for n in r.not_applied if "weather" in n.reason]


def test_a_real_weather_trigger_is_still_listed() -> None:
    r = read("Push insulated jackets to Loyal customers when it snows in Denver", today=TODAY)
    assert any("weather" in n.reason for n in r.not_applied)


@pytest.mark.parametrize(
    ("text", "month"),
    [
        ("What's the estimated revenue of a $4k email push for tents in September?", 9),
        ("9月给忠诚客户发短信推帐篷，预估投资报酬率大概多少？", 9),
    ],
)
def test_a_month_in_a_question_about_a_send_to_come_is_ahead(text: str, month: int) -> None:
    r = read(text, today=TODAY)
    assert r.intent == "forecast"
    assert r.window is not None and (r.window.start.year, r.window.start.month) == (2026, month)
    assert r.period is None


def test_a_past_month_in_a_results_question_stays_past() -> None:
    r = read("What was our email revenue in March?", today=TODAY)
    assert r.period is not None and r.period.start == date(2026, 3, 1)


def test_how_many_orders_would_we_get_is_a_forecast() -> None:
    assert read("How many orders would we get if we text Loyal customers 10% off?", today=TODAY).intent == "forecast"


@pytest.mark.parametrize(
    "text",
    ["Plan a VIP preview event email for Loyal customers, $1k", "VIP early access sale for anyone who bought boots, $2k"],
)
def test_vip_naming_the_campaign_adds_no_value_tier(text: str) -> None:
    a = read(text, today=TODAY).audience
    assert a is not None and "value_tier" not in a.model_dump_json()


def test_merino_socks_are_socks_only() -> None:
    assert read("Do we have merino hiking socks in stock?", today=TODAY).promoted.categories == ["socks"]


def test_a_chinese_offer_code() -> None:
    o = read("给冠军客户发邮件，折扣码SPRING15，全场85折", today=TODAY).offer
    assert o is not None and o.code == "SPRING15"


def test_a_date_range_before_a_colon_keeps_its_end() -> None:
    w = read("Back-to-school Aug 3-16: email parents who bought backpacks, $2k", today=TODAY).window
    assert w is not None and (w.start, w.end) == (date(2026, 8, 3), date(2026, 8, 16))


def test_a_budget_in_words() -> None:
    b = read("Email Loyal customers about headlamps, budget is three thousand", today=TODAY).budget
    assert b is not None and b.amount == 3000


def test_each_missing_product_is_listed() -> None:
    r = read("Promote crampons and water filters to hikers, $1,500", today=TODAY)
    listed = [n.text for n in r.not_applied if n.affects == "product"]
    assert "crampons" in listed and "water filters" in listed


def test_but_nothing_since_a_month_is_a_lapse() -> None:
    a = read("How many customers bought at least three times but nothing since January?", today=TODAY).audience
    assert a is not None and any(c.kind == "recency" for c in getattr(a, "of", [a]))


def test_cost_per_order_asked_is_said() -> None:
    r = read("Which channel had the best open rate last month, and what was the cost per sale?", today=TODAY)
    assert any(n.affects == "other" and "cost per sale" in n.text for n in r.not_applied)


@pytest.mark.parametrize("text", ["Need CTR + open rate by channel, trailing 30 days", "pull revenue and AOV per segment, rolling 60 days"])
def test_a_note_asking_for_measures_is_a_question_with_its_period(text: str) -> None:
    r = read(text, today=TODAY)
    assert r.kind == "question"
    assert r.period is not None or any(n.affects == "timing" for n in r.not_applied)
