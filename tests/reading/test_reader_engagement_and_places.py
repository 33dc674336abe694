"""Engagement said in other ways, places and averages the data does not hold (session 17, from probes written
for this round, none in the labelled set). Each was dropped silently or read as another condition before."""

from __future__ import annotations

from datetime import date

from copilot.reading import read
from copilot.reading.schema import Reading
from copilot.tools.conditions import Engagement, Not, RfmSegment, Spend

TODAY = date(2026, 3, 2)


def r(text: str) -> Reading:
    return read(text, today=TODAY)


def listed(x: Reading) -> list[str]:
    return [n.text for n in x.not_applied if n.affects == "audience"]


def test_didnt_click_after_an_open_is_a_negated_click() -> None:
    x = r("Email people who opened an email in the last 30 days but didn't click.")
    assert x.audience is not None
    leaves = getattr(x.audience, "of", [])
    assert any(isinstance(c, Not) and isinstance(c.of, Engagement) and c.of.event == "clicked" for c in leaves)


def test_never_click_our_texts_is_no_sms_click() -> None:
    x = r("Customers who never click our texts: how many?")
    assert isinstance(x.audience, Not) and isinstance(x.audience.of, Engagement)
    assert (x.audience.of.event, x.audience.of.channel) == ("clicked", "sms")


def test_non_openers_of_a_window_did_not_open() -> None:
    x = r("Email non-openers from the last 30 days, 10% off.")
    assert isinstance(x.audience, Not) and isinstance(x.audience.of, Engagement)
    assert (x.audience.of.event, x.audience.of.within_days) == ("opened", 30)
    assert not listed(x)


def test_one_send_is_listed_not_read_as_any_open() -> None:
    x = r("Email people who opened but didn't click our last email.")
    assert x.audience is None
    assert listed(x) == ["opened but didn't click our last email"]
    y = r("Email the Champions who clicked our latest newsletter.")
    assert isinstance(y.audience, RfmSegment) and listed(y) == ["clicked our latest newsletter"]


def test_bounces_are_listed() -> None:
    assert listed(r("Email everyone except people who bounced.")) == ["bounced"]
    assert "退信" in " ".join(listed(r("给全部客户发邮件，排除退信的用户")))


def test_average_order_value_is_no_spend_threshold() -> None:
    for text, words in [("给客单价超过500元的用户发邮件", "客单价超过500元"), ("Email anyone with an AOV above $150.", "AOV above $150")]:
        x = r(text)
        assert not isinstance(x.audience, Spend), text
        assert listed(x) == [words]


def test_us_states_and_cities_in_chinese_and_lists_are_listed() -> None:
    assert listed(r("给加州的客户发邮件")) == ["加州"]
    assert listed(r("洛杉矶和旧金山的用户有多少？")) == ["洛杉矶和旧金山"]
    assert listed(r("How many customers in Texas or Florida?")) == ["Texas or Florida"]
    assert listed(r("Email Seattle and Portland customers about rain shells.")) == ["Seattle and Portland"]


def test_a_place_in_an_off_topic_question_is_no_audience() -> None:
    assert r("What's the weather like in Denver this weekend?").not_applied == []


def test_churn_warning_users_are_at_risk() -> None:
    x = r("给流失预警用户发短信，八折")
    assert isinstance(x.audience, RfmSegment) and "At risk" in x.audience.segments


def test_a_weather_question_is_off_topic_whatever_the_city() -> None:
    for city in ("Denver", "Portland", "Boston"):
        x = r(f"What's the weather like in {city} this weekend?")
        assert x.intent == "other" and x.not_applied == [], city
