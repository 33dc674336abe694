"""Audience words from the session-23 end-user probe (issue #12), each tested in other words than the probe's:
the likeliest buyers ranked in other word orders ("top N by <category> propensity", 购买X概率最高的前N名)."""

from __future__ import annotations

from datetime import date

import pytest

from copilot.reading import read
from copilot.tools.conditions import TopPropensity

TODAY = date(2026, 3, 2)


def r(text: str):  # type: ignore[no-untyped-def]
    return read(text, today=TODAY)


@pytest.mark.parametrize(
    ("text", "category", "top_n", "share"),
    [
        ("Push offer for the top 1500 by backpack propensity", "backpacks", 1500, None),
        ("Email the top 10% of customers by tent propensity score", "tents", None, 0.1),
        ("冬季活动：购买背包概率最高的前3000名客户，发邮件", "backpacks", 3000, None),
        ("发短信给在帐篷类别下单可能性最大的前800人", "tents", 800, None),
        ("前1200名买头灯机率最高的会员，推送", "headlamps", 1200, None),
        ("買背包機率最高的前600人，發簡訊", "backpacks", 600, None),
    ],
)
def test_likeliest_buyers_in_other_word_orders(
    text: str, category: str, top_n: int | None, share: float | None
) -> None:
    a = r(text).audience
    assert isinstance(a, TopPropensity), a
    assert (a.category, a.top_n, a.top_share) == (category, top_n, share)


def test_a_chinese_horizon_before_the_ranking() -> None:
    a = r("未来45天购买帐篷概率最高的前900名客户").audience
    assert isinstance(a, TopPropensity) and (a.category, a.horizon_days, a.top_n) == ("tents", 45, 900)


def test_a_past_period_before_the_ranking_is_listed_not_dropped() -> None:
    x = r("近半年在背包类别购买概率最高的前400人，邮件")
    assert isinstance(x.audience, TopPropensity) and x.audience.top_n == 400
    assert any(n.text == "近半年" for n in x.not_applied)


def test_a_question_about_categories_ranks_no_one() -> None:
    assert not isinstance(r("哪个品类的购买概率最高？").audience, TopPropensity)
