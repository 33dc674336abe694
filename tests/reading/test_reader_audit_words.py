"""Words the session-18 probe audit found dropped silently or misread, tested in other words: Chinese product and
audience words (保暖内衣, 有邮件授权, 所有人, 不带优惠, products the catalogue lacks), "high and medium value",
two groups named side by side are either group, and a propensity rank "for" a category keeps it."""

from __future__ import annotations

from datetime import date

import pytest

from copilot.reading import read
from copilot.tools.conditions import AllCustomers, And, Consent, Or, TopPropensity

TODAY = date(2026, 3, 2)


def test_chinese_words() -> None:
    x = read("给有邮件授权的老客推荐保暖衣，满200减20", today=TODAY)
    assert x.promoted.categories == ["base-layers"]
    assert isinstance(x.audience, And) and any(isinstance(c, Consent) and c.channel == "email" for c in x.audience.of)


def test_everyone_and_no_offer() -> None:
    x = read("中秋节给所有人发邮件问候，不带优惠", today=TODAY)
    assert isinstance(x.audience, AllCustomers) and x.no_discount is not None


@pytest.mark.parametrize(("text", "missing"), [
    ("给买过头灯的客户推充电宝，九折", "充电宝"),
    ("Upsell power banks to campers, 10% off.", "power banks"),
])
def test_a_product_the_catalogue_lacks_is_said(text: str, missing: str) -> None:
    x = read(text, today=TODAY)
    assert [n.text for n in x.not_applied if n.affects == "product"] == [missing]


def test_a_battery_attribute_is_no_product() -> None:
    assert read("How do reviewers rate the battery life of our headlamps?", today=TODAY).not_applied == []


def test_high_and_medium_value() -> None:
    x = read("SMS medium and high value customers, free shipping.", today=TODAY)
    assert isinstance(x.audience, Or) and {c.tier for c in x.audience.of} == {"mid", "high"}


def test_two_groups_side_by_side_are_either() -> None:
    x = read("Push to Promising and new customers, 10% off socks.", today=TODAY)
    assert isinstance(x.audience, Or)


def test_a_propensity_rank_for_a_category() -> None:
    x = read("Email the top 300 by propensity for sleeping bags about the new quilt.", today=TODAY)
    assert isinstance(x.audience, TopPropensity) and x.audience.category == "sleeping-bags" and x.audience.top_n == 300
