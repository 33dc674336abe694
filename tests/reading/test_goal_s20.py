"""Aims, yardsticks and offers from the lead's session-20 probe (issue #12), each tested here in other words than the
probe's: free shipping and gifts told without the words "free shipping" / "gift with purchase", multi-buy offers in
English (listed, never read as a plain discount), overstock and base-growth aims, holiday gifting, and metrics told
with 考核 / 看 / a possessive before them."""

from __future__ import annotations

from datetime import date

import pytest

from copilot.reading import read

TODAY = date(2026, 3, 2)


def r(text: str):  # type: ignore[no-untyped-def]
    return read(text, today=TODAY)


@pytest.mark.parametrize("text", [
    "Orders ship free through Sunday. Push to Loyal customers, $200.",
    "Shipping's on us for Champions this week, email, $350.",
    "Email hikers: no shipping fees on boots until Friday. $400.",
    "We'll cover shipping for everyone in the West, SMS, $250.",
])
def test_free_shipping_told_other_ways(text: str) -> None:
    x = r(text)
    assert x.offer is not None and x.offer.kind == "free_shipping"
    assert not [n for n in x.not_applied if n.affects in ("offer", "audience")]


@pytest.mark.parametrize(("text", "words"), [
    ("Send Loyal customers a free beanie on their next purchase over $90. Email, $600.", "free beanie on their next purchase over $90"),
    ("Each purchase includes a free buff this weekend. Push, $300.", "Each purchase includes a free buff"),
])
def test_a_gift_told_without_gift_with_purchase(text: str, words: str) -> None:
    x = r(text)
    assert x.offer is not None and x.offer.kind == "gift"
    assert words in x.offer.span.text and not x.offer.span.text.endswith((",", "."))


@pytest.mark.parametrize(("text", "category"), [
    ("Buy three base layers and get the fourth free. Email everyone, $800.", "base-layers"),
    ("Second item half price on headlamps, push to campers, $300.", "headlamps"),
    ("50% off the second pair of trail shoes for Champions, email, $700.", "trail-running-shoes"),
])
def test_multi_buy_is_listed_not_read_as_a_discount(text: str, category: str) -> None:
    x = r(text)
    assert x.offer is None
    assert [n.affects for n in x.not_applied] == ["offer"]
    assert category in x.promoted.categories  # the product inside the offer's words is still promoted


@pytest.mark.parametrize(("text", "objective"), [
    ("We've got too many headlamps stuck in the warehouse — 20% off, email everyone, $500.", "clearance"),
    ("库存积压的睡袋七折处理，短信，预算两千元。", "clearance"),
    ("Help us grow our customer base: paid social, 10% off a first order, $6k.", "acquisition"),
    ("Holiday gift guide email to Loyal customers featuring socks and headlamps, $900.", "seasonal"),
])
def test_more_ways_to_name_the_aim(text: str, objective: str) -> None:
    assert r(text).objective == objective


@pytest.mark.parametrize(("text", "metric"), [
    ("给高价值客户发短信推头灯，预算两千，考核转化率。", "conversions"),
    ("给全部客户发推送介绍新品跑鞋，预算三千，主要看点击率。", "clicks"),
    ("给只买过一单的客户发邮件，满200减20，提升老客的回购率，预算四千元。", "retention"),
    ("Email campers a tent-and-bag bundle; the goal is a bigger basket size. $1,200.", "aov"),
    ("给全体会员发邮件，尽可能多触达，预算八百元。", "reach"),
])
def test_more_ways_to_name_the_yardstick(text: str, metric: str) -> None:
    x = r(text)
    assert x.metric is not None and x.metric.name == metric
