"""The end-user probe s23b's offer mechanics, in other words: a gift with purchase is the offer (never the promoted
product, never a "bought" condition on people); amounts, caps, minimums and tiers of an offer stay the offer's."""

from __future__ import annotations

from datetime import date

import pytest

from copilot.reading import read
from copilot.tools.conditions import Bought, leaves

TODAY = date(2026, 3, 2)


def _bought(r: object) -> list[Bought]:
    aud = getattr(r, "audience", None)
    return [c for c in leaves(aud) if isinstance(c, Bought)] if aud is not None else []


@pytest.mark.parametrize(
    ("text", "sold", "words"),
    [
        (
            "SMS our Loyal customers: a free water bottle with any tent order this month",
            "tents",
            "a free water bottle with any tent order",
        ),
        (
            "Email lapsed customers a free set of trekking poles with every backpack purchase over $200",
            "backpacks",
            "a free set of trekking poles with every backpack purchase over $200",
        ),
    ],
)
def test_a_gift_with_purchase_is_the_offer_and_the_product_sold_is_promoted(
    text: str, sold: str, words: str
) -> None:
    r = read(text, today=TODAY)
    assert r.offer is not None and r.offer.kind == "gift" and r.offer.span.text == words
    assert r.promoted.categories == [sold]  # the gift (bottle, poles) is not what the campaign sells
    assert not _bought(r)  # "with any tent order" asks nothing of the customers
    assert r.budget is None  # the gift's minimum order is no budget


def test_a_gift_named_after_its_label_is_the_offer_not_the_product() -> None:
    r = read("Push to Champions next week. Gift: free merino beanie", today=TODAY)
    assert r.offer is not None and r.offer.kind == "gift" and "merino beanie" in r.offer.span.text
    assert not r.promoted.categories and not r.promoted.product_ids


def test_a_gift_beside_a_discount_is_listed_as_a_second_offer() -> None:
    r = read("Email Champions 15% off backpacks, plus a free rain cover with any backpack order", today=TODAY)
    assert r.offer is not None and r.offer.kind == "percent_off" and r.offer.value == 15
    assert [n.affects for n in r.not_applied if "rain cover" in n.text] == ["offer"]


@pytest.mark.parametrize(
    ("text", "value", "currency"),
    [
        ("text Loyal customers, voucher 30 euro on their next order", 30, "EUR"),
        ("push coupon 12 dollars to customers who bought tents", 12, "USD"),
    ],
)
def test_an_amount_after_the_coupon_word_is_the_offer_not_the_budget(
    text: str, value: float, currency: str
) -> None:
    r = read(text, today=TODAY)
    assert r.budget is None
    assert (
        r.offer is not None
        and r.offer.kind == "amount_off"
        and r.offer.value == value
        and r.offer.currency == currency
    )


def test_the_amount_a_change_replaces_is_no_budget() -> None:
    r = read("Email Champions about backpacks; give them 25% rather than $10 off", today=TODAY)
    assert r.budget is None
    assert r.offer is not None and r.offer.kind == "percent_off" and r.offer.value == 25
    assert not [n for n in r.not_applied if "$10" in n.text]


@pytest.mark.parametrize(
    ("text", "cap"),
    [
        ("Email Loyal customers 25% off all jackets, limited to $60 per order", "limited to $60 per order"),
        ("SMS to Champions: 10% off backpacks, at most 30 euro off", "at most 30 euro off"),
        ("给流失客户发短信，全店八折，单笔最高优惠80元", "单笔最高优惠80元"),
    ],
)
def test_a_money_cap_on_a_percentage_is_listed_as_the_offers(text: str, cap: str) -> None:
    r = read(text, today=TODAY)
    assert r.budget is None
    assert r.offer is not None and r.offer.kind == "percent_off"
    assert [(n.text, n.affects) for n in r.not_applied if n.text == cap] == [(cap, "offer")]
    assert not [n for n in r.not_applied if n.affects in ("budget", "audience")]


def test_a_minimum_in_currency_words_stays_in_the_offer() -> None:
    r = read("Push lapsed customers a 30 euro discount on their first order over 200 euros", today=TODAY)
    assert r.offer is not None and r.offer.kind == "amount_off" and r.offer.value == 30
    assert r.offer.span.text.endswith("over 200 euros")
    assert r.budget is None


def test_a_chinese_gift_over_a_minimum_keeps_the_minimum_in_its_words() -> None:
    r = read("给忠诚客户发邮件：满200美元送一顶遮阳帽", today=TODAY)
    assert r.offer is not None and r.offer.kind == "gift" and r.offer.span.text.startswith("满200美元送")
    assert r.budget is None and not r.promoted.categories


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ("短信通知流失客户：满500减60，满900减150", 60, "满900减150"),
        (
            "Email Loyal customers $15 off orders over $80, $40 off orders over $180",
            15,
            "$40 off orders over $180",
        ),
    ],
)
def test_a_tiered_offer_plans_the_first_tier_and_lists_the_next(text: str, first: float, second: str) -> None:
    """A plan prices one offer: the first tier is the offer; a further tier is said under not_applied (offer)."""
    r = read(text, today=TODAY)
    assert r.offer is not None and r.offer.kind == "amount_off" and r.offer.value == first
    assert [(n.text, n.affects) for n in r.not_applied] == [(second, "offer")]
    assert r.budget is None


@pytest.mark.parametrize("text", ["老客戶下單一律免運，發簡訊通知", "全館免運，推播給會員"])
def test_taiwan_free_shipping_short_form_is_free_shipping(text: str) -> None:
    r = read(text, today=TODAY)
    assert r.offer is not None and r.offer.kind == "free_shipping"


def test_a_percentage_named_by_its_code_word_carries_the_code() -> None:
    r = read("给首单客户送15%优惠码SPRING15，发邮件", today=TODAY)
    assert r.offer is not None and (r.offer.kind, r.offer.value, r.offer.code) == (
        "percent_off",
        15,
        "SPRING15",
    )
    assert not r.not_applied


@pytest.mark.parametrize("text", ["给忠诚客户发邮件推新款背包，不必打折", "这次不需打折，推送给流失客户"])
def test_no_need_to_discount_is_no_discount(text: str) -> None:
    r = read(text, today=TODAY)
    assert r.no_discount is not None and r.offer is None


def test_three_offer_arms_test_the_first_two_and_say_the_third() -> None:
    """A demanding marketer who asks for three arms expects all three to be seen: copilot's test on the offer has two
    arms, so the first arm is the offer, the test is on the offer, and the third arm is listed once (never dropped,
    and the first two are not listed as if unread)."""
    r = read("SMS Loyal customers about backpacks in three variants: 5%, 12% and 18% off", today=TODAY)
    assert r.ab_test is not None and r.ab_test.element == "offer"
    assert r.offer is not None and (r.offer.kind, r.offer.value) == ("percent_off", 5)
    assert [(n.text, n.affects) for n in r.not_applied] == [("18% off", "offer")]


def test_a_split_between_two_offers_is_the_test_with_no_second_offer_listed() -> None:
    r = read("Email lapsed customers, split 70/30 between free shipping and $10 off", today=TODAY)
    assert r.ab_test is not None and r.ab_test.element == "offer"
    assert r.offer is not None and r.offer.kind == "free_shipping"
    assert not [n for n in r.not_applied if n.affects == "offer"]
