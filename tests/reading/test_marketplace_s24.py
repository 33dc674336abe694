"""Session 24, from set 17's marketplace briefs (decision 210; b1267, b1268), in words of their own: what the seller
already set up on the marketplace and the seller's own mini-program store are context; 多多进宝 is the marketplace's
paid traffic (listed, channel); the shop's followers are listed (audience)."""

from __future__ import annotations

from datetime import date

from copilot.reading import read

TODAY = date(2026, 4, 20)


def test_what_the_seller_set_up_on_the_marketplace_is_context() -> None:
    r = read("天猫旗舰店和自己的小程序商城一起做。天猫那边已经报了聚划算，私域这边只发邮件：给买过帐篷的客户，满300减30，预算8000元", today=TODAY)
    assert r.channels.allowed == ["email"]
    assert r.not_applied == [], r.not_applied


def test_pinduoduo_affiliates_and_shop_followers_are_listed() -> None:
    r = read("拼多多店：收藏了我们店铺的用户发短信，九折，预算3000元，多多进宝佣金也调高点", today=TODAY)
    said = {(n.affects, n.text) for n in r.not_applied}
    assert ("channel", "多多进宝") in said, said
    assert any(a == "audience" and "店铺" in w for a, w in said), said
