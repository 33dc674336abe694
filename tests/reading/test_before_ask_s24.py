"""Everything before a marked ask is background: a past campaign's product, channels and offer are not this one's."""

from __future__ import annotations

from datetime import date

from copilot.reading import read

TODAY = date(2026, 4, 20)


def test_the_past_promotion_told_first_gives_no_product_or_channel() -> None:
    r = read(
        "Quick background. In March we pushed trekking poles with 25% off over SMS and push and it flopped. "
        "Here's what I need: a win-back for customers with no order in 200 days, email only, $1,200.",
        today=TODAY,
    )
    assert r.channels.allowed == ["email"] and r.channels.only
    assert r.promoted.categories == [] and r.offer is None
    assert r.budget is not None and r.budget.amount == 1200


def test_chinese_background_then_the_plan() -> None:
    r = read(
        "去年中秋我们给全体会员发过短信，送了帐篷八折券，效果一般。这次的需求：给近90天买过跑鞋的客户发邮件，推袜子，预算3000元。",
        today=TODAY,
    )
    assert r.channels.allowed == ["email"]
    assert r.promoted.categories == ["socks"]
    assert r.offer is None and r.window is None


def test_an_ask_marker_at_the_start_is_no_background() -> None:
    r = read("The ask: email lapsed customers about trekking poles, $900.", today=TODAY)
    assert r.promoted.categories == ["trekking-poles"] and r.channels.allowed == ["email"]
