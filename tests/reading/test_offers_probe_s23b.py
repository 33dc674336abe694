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
