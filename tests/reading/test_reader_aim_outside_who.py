"""An aim word inside the description of who ("customers who never made a second order") does not name the
campaign when the request names its aim elsewhere ("win them back"): from the twelfth set's dev part, tested in
other words (copilot/reading/objective.py)."""

from __future__ import annotations

from datetime import date

import pytest

from copilot.reading import read

TODAY = date(2026, 3, 2)


@pytest.mark.parametrize(("text", "objective"), [
    ("Shoppers who never made a 2nd purchase and didn't click in 60 days: bring them back with 10% off, email.", "winback"),
    ("People who bought a new tent last month: cross-sell sleeping bags, 10% off, email.", "cross_sell"),
])
def test_the_named_aim_wins_over_words_describing_who(text: str, objective: str) -> None:
    assert read(text, today=TODAY).objective == objective


def test_an_aim_word_inside_who_still_counts_when_nothing_else_names_one() -> None:
    x = read("Win-back email for customers lapsed 6 months, 10% off.", today=TODAY)
    assert x.objective == "winback"
