"""Brief parsing by code: budget, channels, dates and seasons, categories, products, traits, offer."""

from __future__ import annotations

from datetime import date

import pytest

from copilot.data.catalog import CATEGORIES, build_catalog
from copilot.planner.brief import (
    parse_brief_text,
    parse_budget,
    parse_category,
    parse_channels,
    parse_dates,
    parse_objective,
    parse_offer,
    parse_traits,
    season_window,
    words_to_number,
)

CATS = [(c.slug, c.label) for c in CATEGORIES]
TODAY = date(2025, 1, 15)


@pytest.mark.parametrize(
    ("text", "amount", "currency"),
    [
        ("email and SMS, $20k", 20000, "USD"),
        ("budget of 15,000 USD", 15000, "USD"),
        ("€8k for black friday", 8000, "EUR"),
        ("spend £2.5k", 2500, "GBP"),
        ("a budget: 12000", 12000, None),
        ("$1.2m across channels", 1_200_000, "USD"),
        ("feature the $129.95 shoe, $5,000 budget", 5000, "USD"),
        ("no money mentioned", None, None),
        ("20,000 USD for the spring push", 20000, "USD"),
        ("twenty grand", 20000, None),
        ("about 20 grand", 20000, None),
        ("budget is twenty-five grand", 25000, None),
        ("€5k", 5000, "EUR"),
        ("budget of 8 000", 8000, None),
        ("Budget: €12 500", 12500, "EUR"),
        ("5 000 € on email", 5000, "EUR"),
        ("USD 20,000", 20000, "USD"),
        ("twenty-five thousand dollars", 25000, "USD"),
        ("fifty bucks", 50, "USD"),
        ("reach 20k customers", None, None),  # a bare "20k" is not money
        ("one thousand customers", None, None),
    ],
)
def test_budget(text: str, amount: float | None, currency: str | None) -> None:
    assert parse_budget(text) == (amount, currency)


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("Win back runners by email, budget to be confirmed", "budget to be confirmed"),
        ("Spring push, spend whatever it takes, email only", "spend whatever it takes"),
        ("a few bucks for SMS", "a few bucks for SMS"),
        ("$20 off everything by email", None),  # an offer, not a budget
        ("Win back lapsed runners by email", None),
    ],
)
def test_a_budget_mentioned_but_not_read_is_kept(text: str, mention: str | None) -> None:
    h = parse_brief_text(text, TODAY, categories=CATS)
    assert h.budget is None and h.budget_text == mention
    assert parse_brief_text("budget is $3k", TODAY).budget_text is None  # read: nothing to surface


def test_number_words() -> None:
    assert words_to_number("twenty") == 20
    assert words_to_number("twenty-five") == 25
    assert words_to_number("two hundred and fifty") == 250
    assert words_to_number("a") == 1
    assert words_to_number("lots") is None


def test_budget_ignores_amount_off() -> None:
    assert parse_budget("$20 off everything, budget $3k") == (3000, "USD")


@pytest.mark.parametrize(
    ("text", "found", "excluded"),
    [
        ("Win back lapsed runners, email and SMS, $20k", ["email", "sms"], []),
        ("email, push and Instagram", ["email", "push", "paid_social"], []),
        ("Black Friday push for headlamps, text and email", ["email", "sms"], []),
        ("send push notifications", ["push"], []),
        ("newsletter only, no SMS", ["email"], ["sms"]),
        ("rewrite the text of the email", ["email"], []),
        ("nothing here", [], []),
    ],
)
def test_channels(text: str, found: list[str], excluded: list[str]) -> None:
    assert parse_channels(text) == (found, excluded)


def test_seasons_relative_to_today() -> None:
    assert season_window("spring", TODAY) == (date(2025, 3, 1), date(2025, 5, 31))
    assert season_window("spring", date(2025, 4, 10)) == (date(2025, 3, 1), date(2025, 5, 31))
    assert season_window("spring", date(2025, 4, 10), next_=True) == (date(2026, 3, 1), date(2026, 5, 31))
    assert season_window("spring", date(2025, 6, 2)) == (date(2026, 3, 1), date(2026, 5, 31))
    assert season_window("winter", date(2025, 1, 15)) == (date(2024, 12, 1), date(2025, 2, 28))


def test_dates() -> None:
    start, end, note = parse_dates("this spring", TODAY)
    assert (start, end) == (date(2025, 3, 1), date(2025, 5, 31)) and note and "spring" in note
    start, end, _ = parse_dates("this spring", date(2025, 4, 10))
    assert start == date(2025, 4, 17)  # already in spring: a week's lead time
    assert parse_dates("from 2025-04-01 to 2025-04-21", TODAY)[:2] == (date(2025, 4, 1), date(2025, 4, 21))
    assert parse_dates("over the next 2 weeks", TODAY)[:2] == (date(2025, 1, 16), date(2025, 1, 29))
    assert parse_dates("next month", TODAY)[:2] == (date(2025, 2, 1), date(2025, 2, 28))
    assert parse_dates("in May", TODAY)[:2] == (date(2025, 5, 1), date(2025, 5, 31))
    assert parse_dates("in January", date(2025, 1, 25))[:2] == (date(2026, 1, 1), date(2026, 1, 31))
    assert parse_dates("for black friday", TODAY)[:2] == (date(2025, 11, 20), date(2025, 11, 30))
    assert parse_dates("whenever", TODAY) == (None, None, None)


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("Win back lapsed high-value trail runners", "trail-running-shoes"),
        ("new trail running shoes", "trail-running-shoes"),
        ("road running shoes for marathoners", "road-running-shoes"),
        ("Cross-sell socks to people who bought hiking boots", "socks"),
        ("clear out puffy jackets", "insulated-jackets"),
        ("merino base layers for winter", "base-layers"),
        ("a headlamp for night runs", "headlamps"),
        ("everything in the store", None),
    ],
)
def test_category(text: str, slug: str | None) -> None:
    assert parse_category(text, CATS) == slug


def test_products_by_name_and_id() -> None:
    products = [(p.product_id, p.name) for p in build_catalog()]
    name = products[5][1]
    hints = parse_brief_text(
        f"Promote the {name} and P1010 to loyal buyers", TODAY, categories=CATS, products=products
    )
    assert products[5][0] in hints.product_ids and "P1010" in hints.product_ids


def test_traits_and_objective() -> None:
    assert parse_traits("Win back lapsed high-value trail runners") == ["lapsed", "high_value"]
    assert parse_traits("our VIPs and loyal repeat customers") == ["high_value", "loyal"]
    assert parse_traits("first-time buyers") == ["new"]
    # 're-engage' names the aim; the audience is the at-risk one the brief names
    assert parse_traits("Re-engage at-risk backpack buyers") == ["at_risk"]
    assert parse_traits("Re-engage lapsed and at-risk customers") == ["lapsed", "at_risk"]
    assert parse_traits("Re-engage backpack buyers") == ["lapsed"]
    assert parse_objective("Win back lapsed runners") == "winback"
    assert parse_objective("Launch the new rain jackets") == "launch"
    assert parse_objective("clearance on tents") == "clearance"
    assert parse_objective("tell people about socks") is None


def test_offer() -> None:
    assert parse_offer("20% off all trail shoes") == ("20% off", 20.0)
    assert parse_offer("15 percent off") == ("15 percent off", 15.0)
    assert parse_offer("free shipping this week") == ("free shipping", None)
    assert parse_offer("no promo") == (None, None)


def test_demo_brief_fully_parsed_by_code() -> None:
    h = parse_brief_text(
        "Win back lapsed high-value trail runners this spring, email and SMS, $20k", TODAY, categories=CATS
    )
    assert h.budget == 20000 and h.currency == "USD"
    assert h.channels == ["email", "sms"]
    assert (h.start_date, h.end_date) == (date(2025, 3, 1), date(2025, 5, 31))
    assert h.category == "trail-running-shoes"
    assert h.traits == ["lapsed", "high_value"]
    assert h.objective == "winback"


@pytest.mark.parametrize(
    ("text", "bought", "promoted"),
    [
        ("Cross-sell socks to customers who bought hiking boots, in May", "hiking-boots", "socks"),
        ("Welcome new customers who bought road running shoes", "road-running-shoes", "road-running-shoes"),
        ("Re-engage at-risk backpack buyers this summer", "backpacks", "backpacks"),
        ("headlamps for buyers of tents", "tents", "headlamps"),
        ("people that have already purchased a sleeping bag: sell them a tent", "sleeping-bags", "tents"),
        ("Win back lapsed high-value trail runners this spring", None, "trail-running-shoes"),
    ],
)
def test_the_audience_past_category_is_not_the_promoted_one(text: str, bought: str | None, promoted: str) -> None:
    h = parse_brief_text(text, TODAY, categories=CATS)
    assert (h.bought_category, h.category) == (bought, promoted)


@pytest.mark.parametrize(
    ("text", "everyone", "named"),
    [
        ("Black Friday headlamp promotion for all customers, email, SMS and push", True, True),
        ("tents to the whole list", True, True),
        ("Clear out insulated jackets over the next 2 weeks with 20% off, email only", False, False),
        ("Plan something for our best customers", False, True),
        ("socks for our most engaged fans", False, True),
    ],
)
def test_audience_named_or_everyone(text: str, everyone: bool, named: bool) -> None:
    h = parse_brief_text(text, TODAY, categories=CATS)
    assert (h.all_customers, h.audience_named) == (everyone, named)


def test_a_model_category_is_kept_only_when_the_brief_points_at_it() -> None:
    from copilot.planner.brief import category_grounded

    assert category_grounded("trail-running-shoes", "Trail running shoes", "new kicks for the trail")
    assert category_grounded("backpacks", "Backpacks", "a pack for every day: backpack promo")
    assert not category_grounded("backpacks", "Backpacks", "Plan something for our best customers")
    assert not category_grounded("tents", "Tents", "our VIPs, email only")
