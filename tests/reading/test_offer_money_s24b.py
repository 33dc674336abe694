"""Offers and money in their own fields (session 24 probe class 5, issue #12), in other words than the probe's: a
donation per order is no budget; a gift added to another offer is said as a second offer, never promoted; halves that
each get an offer are an A/B test on the offer; the 五 of 黑五 is Black Friday, not 五折."""

from __future__ import annotations

from datetime import date

import pytest

from copilot.reading import read

TODAY = date(2026, 4, 20)


def r(text: str):  # type: ignore[no-untyped-def]
    return read(text, today=TODAY)


@pytest.mark.parametrize(
    "text",
    [
        "Earth Day push: we'll donate $3 per order to trail maintenance, no discount, all customers.",
        "世界地球日：每笔订单捐10元给环保组织，短信，不打折。",
    ],
)
def test_a_donation_per_order_is_no_budget(text: str) -> None:
    x = r(text)
    assert x.budget is None
    assert any(n.affects == "other" and "donation" in n.reason for n in x.not_applied)


def test_a_budget_beside_a_donation_stays() -> None:
    x = r("We donate 2 dollars for each order to a trail charity. Email everyone, budget $1,500.")
    assert x.budget is not None and x.budget.amount == 1500


@pytest.mark.parametrize(
    "text",
    [
        "Rain jackets for hikers: free shipping plus gift Hike Sock, email.",
        "Email rain jacket buyers: 10% off and a free Trail Crew sock.",
    ],
)
def test_a_gift_added_to_an_offer_is_a_second_offer(text: str) -> None:
    x = r(text)
    assert x.offer is not None and x.offer.kind in ("free_shipping", "percent_off")
    assert any(n.affects == "offer" and "sock" in n.text.lower() for n in x.not_applied)
    assert "socks" not in x.promoted.categories and not x.promoted.product_ids


@pytest.mark.parametrize(
    "text",
    [
        "Loyal customers: half get $15 off, the other half receive free shipping. SMS, $900.",
        "冠军客户里一半发八五折，另一半包邮，邮件。",
    ],
)
def test_halves_with_two_offers_are_an_offer_test(text: str) -> None:
    x = r(text)
    assert x.ab_test is not None and x.ab_test.element == "offer"
    assert x.offer is not None and x.offer.kind in ("amount_off", "percent_off")
    assert not any(n.affects == "offer" for n in x.not_applied)


def test_the_five_of_black_friday_is_no_discount() -> None:
    x = r("黑五折扣提前开放给忠诚客户，八五折，短信。")
    assert x.offer is not None and x.offer.value == 15
    assert x.window is not None and x.window.occasion == "black_friday"
