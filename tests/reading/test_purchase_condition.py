"""A discount on one product that needs the purchase of another (copilot.reading.purchase_condition): the discount and
its product are read, the condition is listed (offer); never an audience of buyers, never a second promoted
category, never a discount on the whole order."""

from __future__ import annotations

from datetime import date

from copilot.reading import read
from copilot.reading.schema import Reading

TODAY = date(2026, 3, 2)


def r(text: str) -> Reading:
    return read(text, today=TODAY)


def offer_listed(x: Reading) -> list[str]:
    return [n.text for n in x.not_applied if n.affects == "offer"]


def test_with_any_purchase_of_another_category() -> None:
    x = r("Winter push: 25% off beanies with any insulated jacket purchase, email, $2k.")
    assert x.offer is not None and x.offer.kind == "percent_off" and x.offer.value == 25
    assert x.promoted.categories == ["accessories"]
    assert x.audience is None
    assert "with any insulated jacket purchase" in offer_listed(x)


def test_when_you_buy() -> None:
    x = r("$15 off trekking poles when you buy a backpack, this weekend")
    assert x.offer is not None and x.offer.value == 15
    assert x.promoted.categories == ["trekking-poles"]
    assert x.audience is None
    assert "when you buy a backpack" in offer_listed(x)


def test_zh_buy_x_get_y_discount() -> None:
    x = r("买睡袋的头灯七折，发短信")
    assert x.offer is not None and x.offer.kind == "percent_off" and x.offer.value == 30
    assert x.promoted.categories == ["headlamps"]
    assert "买睡袋" in offer_listed(x)


def test_zh_half_price_with_purchase() -> None:
    x = r("购买冲锋衣可享袜子半价，邮件推送")
    assert x.offer is not None and x.offer.value == 50
    assert x.promoted.categories == ["socks"]
    assert "购买冲锋衣" in offer_listed(x)


def test_gift_with_purchase_and_order_minimum_unchanged() -> None:
    x = r("a free buff with any boot purchase")
    assert x.offer is not None and x.offer.kind == "gift"
    assert not offer_listed(x)
    y = r("15% off with any order over $120")
    assert y.offer is not None and y.offer.min_order == 120
    assert not offer_listed(y)
