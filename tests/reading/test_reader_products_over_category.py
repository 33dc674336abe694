"""Named products are what a brief promotes; their category word is context (session 17, from five dev cases of
four sets, written here in other words): the plan featured the whole category beside the products."""

from __future__ import annotations

from datetime import date

import pytest

from copilot.reading import read

TODAY = date(2026, 3, 2)


@pytest.mark.parametrize("text", [
    "Too many poles in stock: clear the Ember Alloy Poles SE at 30% off, email hikers, $1k.",
    "Sleeping bag launch (Juniper Bag 0) to campers, email + push.",
    "Launch the Nimbus Hoody, our new merino hoody, to Champions by email.",
])
def test_the_products_not_their_category(text: str) -> None:
    x = read(text, today=TODAY)
    assert x.promoted.product_ids and x.promoted.categories == []


@pytest.mark.parametrize("text", [
    "We're overstocked on headlamps, especially the Larch Beam. Move them: 35% off, email.",
    "Push the Cascade Beam and all other headlamps to campers, 20% off.",
])
def test_the_category_stays_when_it_is_meant(text: str) -> None:
    x = read(text, today=TODAY)
    assert x.promoted.product_ids and x.promoted.categories == ["headlamps"]


def test_a_word_for_several_categories_names_the_product_too() -> None:
    x = read("Saddle Backcountry 这双鞋防水吗？", today=TODAY)
    assert x.promoted.product_ids and x.promoted.categories == []


def test_a_category_word_before_a_product_the_catalogue_lacks_is_no_category() -> None:
    x = read("Launch our new hiking GPS watch to hikers, email, $2k.", today=TODAY)
    assert x.promoted.categories == [] and [n.affects for n in x.not_applied] == ["product"]


def test_a_budget_key_names_its_currency() -> None:
    x = read('{"objective": "winback", "channels": ["email"], "budget_eur": 3000}', today=TODAY)
    assert x.budget is not None and (x.budget.amount, x.budget.currency) == (3000.0, "EUR")
