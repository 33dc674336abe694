"""Offers said in more ways (session 17, from probes written for this round, none in the labelled set): an
amount off with its own minimum order, "spend $100 save $20", store credit, 直降, and a hedged percentage after
a cap. Each was read as a budget, a threshold on people, or listed before."""

from __future__ import annotations

from datetime import date

import pytest

from copilot.reading import read

TODAY = date(2026, 3, 2)


@pytest.mark.parametrize(("text", "value", "currency"), [
    ("Email Champions: $10 off orders over $75.", 10.0, "USD"),
    ("Email Champions: $10 off any order over $75, email.", 10.0, "USD"),
    ("Email Champions: spend $100 save $20.", 20.0, "USD"),
    ("Email Champions: save $15 when you spend $100.", 15.0, "USD"),
    ("Email Champions: a $25 store credit.", 25.0, "USD"),
    ("给冠军客户发邮件：直降50元", 50.0, "CNY"),
])
def test_an_amount_off_with_its_minimum_is_the_offer(text: str, value: float, currency: str) -> None:
    x = read(text, today=TODAY)
    assert x.offer is not None and (x.offer.kind, x.offer.value, x.offer.currency) == ("amount_off", value, currency)
    assert x.budget is None  # never the campaign's budget
    assert [n.text for n in x.not_applied] == []  # "orders over $75" is the offer's, not a threshold on people


def test_the_budget_beside_a_spend_and_save_offer_is_kept() -> None:
    x = read("Email Champions: spend $100 save $20, budget $3k.", today=TODAY)
    assert x.offer is not None and x.offer.value == 20.0
    assert x.budget is not None and x.budget.amount == 3000.0


def test_a_hedged_percentage_after_a_cap_is_the_offer() -> None:
    x = read("Email Champions: no more than 25% off, ideally 10%.", today=TODAY)
    assert x.offer is not None and (x.offer.kind, x.offer.value) == ("percent_off", 10.0)
    assert x.discount_cap is not None and x.discount_cap.max_percent == 25.0
    y = read("Email Champions a discount, preferably 15%.", today=TODAY)
    assert y.offer is not None and y.offer.value == 15.0
    z = read("Email Champions, keep a holdout, ideally 10%.", today=TODAY)
    assert z.offer is None  # no discount word before it: not read as an offer


@pytest.mark.parametrize(("text", "value"), [
    ("SMS at-risk customers, a tenner off any pair of socks, £2k.", 10.0),
    ("SMS at-risk customers, a fiver off socks.", 5.0),
    ("SMS at-risk customers, 15 quid off socks.", 15.0),
])
def test_british_amounts_off(text: str, value: float) -> None:
    x = read(text, today=TODAY)
    assert x.offer is not None and (x.offer.kind, x.offer.value, x.offer.currency) == ("amount_off", value, "GBP")


@pytest.mark.parametrize(("text", "amount"), [
    ("Email Champions, budget of two and a half thousand dollars.", 2500.0),
    ("Email Champions, budget between $2k and $3k.", 3000.0),
])
def test_budgets_in_words_and_ranges(text: str, amount: float) -> None:
    x = read(text, today=TODAY)
    assert x.budget is not None and x.budget.amount == amount and x.not_applied == []
