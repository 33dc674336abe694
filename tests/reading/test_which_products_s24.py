"""'Which products / categories are <group> most likely to buy?' asks for products for the group (recommend), with the
group as the audience and no top-N propensity ranking of it; 'who is most likely to buy X' stays a ranking."""

from __future__ import annotations

from datetime import date

import pytest

from copilot.reading import read
from copilot.reading.intent import resolve_intent
from copilot.tools.conditions import TopPropensity, leaves

TODAY = date(2026, 4, 20)


@pytest.mark.parametrize(
    "text",
    [
        "What items are our Loyal customers most likely to purchase next?",
        "Which categories would lapsed campers be more likely to buy?",
        "流失风险客户最有可能购买哪类商品？",
    ],
)
def test_products_for_a_group(text: str) -> None:
    r = read(text, today=TODAY)
    assert resolve_intent(r)[0] == "recommend"
    assert r.audience is not None and not any(isinstance(c, TopPropensity) for c in leaves(r.audience))


def test_who_is_most_likely_stays_a_ranking() -> None:
    r = read("Who are the 300 shoppers most likely to buy headlamps in the next 3 weeks?", today=TODAY)
    assert resolve_intent(r)[0] == "propensity"
    assert r.audience is not None and any(isinstance(c, TopPropensity) and c.top_n == 300 for c in leaves(r.audience))
