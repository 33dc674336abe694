"""A 小程序 operator's words (README decision 221), in other words than set 18's: a group-buy price and a top-up bonus are
listed offers (the product still promoted), a purchase limit is listed, the operator's own 小程序 is no channel while its
subscription messages and pop-ups are one entry each, distributors and group leaders are channels copilot cannot plan."""

from __future__ import annotations

from datetime import date

from copilot.reading import read

TODAY = date(2026, 3, 2)


def r(text: str):  # type: ignore[no-untyped-def]
    return read(text, today=TODAY)


def _listed(reading, affects: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [n.text for n in reading.not_applied if n.affects == affects]


def test_group_buy_price_is_listed_and_the_product_still_promoted() -> None:
    got = r(
        "小程序那边想做个拼团：Cirrus Tent 3P 两人成团八折，给买过睡袋的客户发短信，预算4000元，3月20日到3月26日。"
    )
    assert got.offer is None
    assert any("八折" in w for w in _listed(got, "offer"))
    assert got.promoted.product_ids
    assert not [w for w in _listed(got, "channel") if w == "小程序"]


def test_top_up_bonus_is_no_gift_and_the_shop_is_no_channel() -> None:
    got = r("会员储值：在小程序充值300送30，给忠诚客户发推送通知，不打折，预算2000元。")
    assert got.offer is None
    assert any("300送30" in w for w in _listed(got, "offer"))
    assert _listed(got, "channel") == []


def test_purchase_limit_and_subscription_messages_are_listed() -> None:
    got = r(
        "秒杀价Alder Trail 2 七折，每人限购2件，用小程序订阅消息和邮件通知近90天下过单的客户，预算2500元，3月25日当天。"
    )
    assert any("限购2件" in w for w in _listed(got, "offer"))
    assert got.offer is not None and got.offer.value == 30
    assert _listed(got, "channel") == ["小程序订阅消息"]
    assert got.channels.allowed == ["email"]


def test_distributors_and_group_leaders_are_channels_said_once() -> None:
    got = r("让团长在群里分享，分销员也一起推；我们只给老客发邮件，预算1500元，下周做一周。")
    channels = _listed(got, "channel")
    assert any("团长" in w for w in channels) and any("分销员" in w for w in channels)
    assert len(channels) == 2
