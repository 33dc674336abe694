"""A cap on the coupon's money value (copilot/reading/coupon_cap.py) is the offer's limit, listed under Not applied
(offer) -- never the campaign's budget (it had been: "no coupon worth more than $20" was a $20 budget and "no
discount"; 优惠券不超过20元 a 20-yuan budget; "discounts capped at $15 off" a $15-off offer)."""

from __future__ import annotations

from datetime import date

import pytest

from copilot.reading import read

TODAY = date(2026, 3, 2)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Push to Champions about headlamps; keep any voucher under $25, budget $1,500.", "voucher under $25"),
        ("SMS for lapsed buyers of tents. No discount bigger than $30 off. Budget 4k.", "No discount bigger than $30 off"),
        ("给冠军客户推头灯，代金券面额最高30元，预算一万元", "代金券面额最高30元"),
        ("短信召回半年没买的客户，立减金额不得超过50元，预算8千元", "立减金额不得超过50元"),
    ],
)
def test_a_coupon_value_cap_is_listed_and_the_budget_is_the_budget(text: str, words: str) -> None:
    r = read(text, today=TODAY)
    (said,) = [n for n in r.not_applied if n.affects == "offer"]
    assert said.text == words
    assert r.budget is not None and r.budget.amount in (1500, 4000, 10000, 8000)
    assert r.offer is None and r.no_discount is None


def test_a_coupon_cap_alone_is_no_budget() -> None:
    r = read("Email lapsed customers; no coupon worth more than $20.", today=TODAY)
    assert r.budget is None and r.no_discount is None
    assert [n.affects for n in r.not_applied] == ["offer"]


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Text + push to trail runners in the West, 15% off, no more than $1k", 1000),  # a cap with no coupon word
        ("给冠军客户发短信推头灯，八折，预算不超过5000元", 5000),
    ],
)
def test_a_budget_cap_stays_the_budget(text: str, amount: float) -> None:
    r = read(text, today=TODAY)
    assert r.budget is not None and r.budget.amount == amount
    assert not [n for n in r.not_applied if n.affects == "offer"]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Get second purchases from one-time buyers. Offer $10 off their next order over $50. Email, $2k.",
         "$10 off their next order over $50"),
        ("Email lapsed customers $15 off your first order of $80+, budget $900", "$15 off your first order of $80+"),
    ],
)
def test_an_amount_off_keeps_its_minimum_order(text: str, words: str) -> None:
    """The order an amount off needs ('their next order over $50') is the offer's own minimum: it had been an unread
    audience clause, and the minimum's span took the sentence's full stop."""
    r = read(text, today=TODAY)
    assert r.offer is not None and r.offer.kind == "amount_off" and r.offer.span.text == words
    assert not [n for n in r.not_applied if "$50" in n.text or "$80" in n.text]
