"""Goods the request leaves out are never promoted (probe s26, class 5: "excluding / except / 除了 / …除外 <category>"
had promoted the very category left out). They are listed under not applied; people left out stay the audience's NOT."""

from __future__ import annotations

from datetime import date

import pytest

from copilot.reading import read
from copilot.tools.conditions import And, Bought, Condition, Not

TODAY = date(2026, 3, 2)


def _never_bought(c: Condition, category: str) -> bool:
    if isinstance(c, Not):
        return isinstance(c.of, Bought) and category in c.of.categories
    return isinstance(c, And) and any(_never_bought(x, category) for x in c.of)


@pytest.mark.parametrize(("text", "left_out"), [
    ("Spring sale: 15% off sitewide except trekking poles, email only, $2k", "trekking-poles"),
    ("15% off everything, excluding sleeping bags and tents, push and email", "sleeping-bags"),
    ("Which products earned the most last month, not counting base layers?", "base-layers"),
    ("Top 5 sellers in Q1 other than socks", "socks"),
    ("全店九折，登山杖和头灯除外，只发短信", "trekking-poles"),
    ("除了睡袋类，其他商品都打八五折，预算一万元", "sleeping-bags"),
    ("所有商品满300减40，不包括背包", "backpacks"),
    ("全场七折，袜子不参加活动", "socks"),
])
def test_goods_left_out_are_listed_never_promoted(text: str, left_out: str) -> None:
    x = read(text, today=TODAY)
    assert left_out not in x.promoted.categories
    assert any(n.affects == "product" and "left out" in n.reason for n in x.not_applied), x.not_applied


@pytest.mark.parametrize("text", [
    "Email the spring promo to everyone except backpack buyers, 10% off tents",
    "除了买过背包的人，其他人都发邮件推帐篷",
])
def test_people_left_out_stay_the_audience_not(text: str) -> None:
    x = read(text, today=TODAY)
    assert x.audience is not None
    assert _never_bought(x.audience, "backpacks"), x.audience
    assert "tents" in x.promoted.categories
    assert not any("left out" in n.reason for n in x.not_applied)


def test_the_goods_promoted_beside_those_left_out_stay() -> None:
    x = read("20% off tents and packs but not the sleeping bags, email, $3k", today=TODAY)
    assert "tents" in x.promoted.categories and "sleeping-bags" not in x.promoted.categories
