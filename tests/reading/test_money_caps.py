"""A money cap on a discount ("capped at $30", 最多减150 after a 满减, 单笔最高减200元): the schema's cap is a percentage,
so the money cap is listed under Not applied (offer) with its reason, never dropped and never read as the audience or
the budget (README decision 54)."""

from __future__ import annotations

from datetime import date

from copilot.reading import read
from copilot.reading.schema import Reading

TODAY = date(2026, 3, 2)


def r(text: str) -> Reading:
    return read(text, today=TODAY)


def offer_listed(x: Reading) -> list[str]:
    return [n.text for n in x.not_applied if n.affects == "offer"]


def test_en_money_caps_listed() -> None:
    for text, cap in (("Base layers 20% off, capped at $35 per order, email.", "capped at $35 per order"),
                      ("15% off hiking boots, max $50 off per order", "max $50 off per order")):
        x = r(text)
        assert x.offer is not None and x.offer.kind == "percent_off"
        assert cap in offer_listed(x), (text, x.not_applied)
        assert x.budget is None and x.discount_cap is None


def test_zh_cap_after_a_full_reduction() -> None:
    x = r("年货节：帐篷满400减40，最多减120，邮件，预算1万。")
    assert x.offer is not None and x.offer.value == 40
    assert "最多减120" in offer_listed(x)
    assert not [n for n in x.not_applied if n.affects == "audience"]
    assert x.budget is not None and x.budget.amount == 10000


def test_zh_cap_after_a_discount() -> None:
    x = r("背包八五折，单笔封顶减60元，只发短信")
    assert x.offer is not None and x.offer.kind == "percent_off"
    assert any("封顶减60元" in t for t in offer_listed(x))
