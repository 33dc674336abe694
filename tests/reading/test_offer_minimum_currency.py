"""An offer's minimum in any currency's words (decisions 229, 244, 251; offer_money.py): 满…减 / 滿…折 with a currency
word or symbol before or after either amount, a minimum in brackets after the offer, and "<amount> off <product> over
<larger amount>". Set 20 had lost them (the offer dropped or its minimum missing). Other products, amounts and
currencies than the cases'."""

from __future__ import annotations

from datetime import date

import pytest

from copilot.reading import read
from copilot.reading.schema import Reading

TODAY = date(2026, 3, 2)


def _read(text: str) -> Reading:
    return read(text, today=TODAY)


@pytest.mark.parametrize(
    ("text", "value", "minimum", "currency"),
    [
        ("给老客户发短信推头灯，满300刀减30刀，预算5000美金。", 30, 300, "USD"),
        ("给冠军客户发邮件推冲锋衣，满150美元减15美元，预算2000美元。", 15, 150, "USD"),
        ("給忠實客戶發簡訊推睡袋，滿NT$2000折NT$200，預算新台幣3萬。", 200, 2000, "TWD"),
        ("给忠诚客户发邮件，满港币800减港币80，预算港币一万。", 80, 800, "HKD"),
        ("單筆滿港幣600折港幣60，俾忠實客戶發短訊，預算港幣五千。", 60, 600, "HKD"),
        ("给冠军客户发邮件，满10000日元减1000日元，预算50万日元。", 1000, 10000, "JPY"),
        ("给流失客户发邮件推背包，满€120减€15，预算€2000。", 15, 120, "EUR"),
        ("给冠军客户发短信推帐篷，满¥800减¥80，预算一万元。", 80, 800, "CNY"),
        ("電郵俾忠實客戶，睡袋減港幣150（滿港幣1200），預算港幣兩萬。", 150, 1200, "HKD"),
        ("给沉睡客户发短信，头灯减50美金（满400美金），预算3000美金。", 50, 400, "USD"),
        ("Email Loyal customers: $15 off sleeping bags over $90, budget $1,500.", 15, 90, "USD"),
        ("SMS to Champions — €25 off our rain jackets above €150, €1,000 budget.", 25, 150, "EUR"),
    ],
)
def test_minimum_in_a_currency_word_is_the_offers(text: str, value: float, minimum: float, currency: str) -> None:
    x = _read(text)
    assert x.offer is not None, text
    assert (x.offer.kind, x.offer.value, x.offer.min_order, x.offer.currency) == (
        "amount_off",
        value,
        minimum,
        currency,
    )
    assert not [n for n in x.not_applied if n.affects in ("audience", "budget")], x.not_applied


def test_budget_in_the_same_currency_is_not_the_minimum() -> None:
    x = _read("给美区老客发邮件推睡袋，满250刀减25刀，预算4000美金。")
    assert x.budget is not None and (x.budget.amount, x.budget.currency) == (4000, "USD")


def test_per_threshold_in_a_currency_word_is_listed() -> None:
    x = _read("给忠诚客户发邮件，每满港币500减港币50，预算港币八千。")
    assert x.offer is not None and (x.offer.value, x.offer.min_order) == (50, 500)
    assert any(n.affects == "offer" and "每满" in n.text for n in x.not_applied)


def test_plain_minimum_forms_unchanged() -> None:
    x = _read("给冠军客户发短信，满400减40，预算5000元")
    assert x.offer is not None and (x.offer.value, x.offer.min_order, x.offer.currency) == (40, 400, None)
    y = _read("消费满2000元减200，给忠诚客户发短信")
    assert y.offer is not None and (y.offer.value, y.offer.min_order, y.offer.currency) == (200, 2000, "CNY")
    assert not y.not_applied


def test_a_percentage_on_a_product_over_an_amount_is_no_minimum() -> None:
    # decision 251: only an amount off with a larger amount after its product is a minimum
    x = _read("Email Loyal customers: 10% off tents over $300, budget $1,500.")
    assert x.offer is not None and x.offer.min_order is None
