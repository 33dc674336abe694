"""Two bounds of one spend share the window said on either (session 24 probe class 1, issue #12), in other words than
the probe's; a bound said as lifetime beside a windowed one stays a condition of its own. A past date range after a
purchase is the purchase's look-back, never the campaign window."""

from __future__ import annotations

from datetime import date

import pytest

from copilot.reading import read
from copilot.tools.conditions import And, Spend

TODAY = date(2026, 4, 20)


def spends(text: str) -> list[tuple[float | None, float | None, int | None]]:
    aud = read(text, today=TODAY).audience
    leaves = aud.of if isinstance(aud, And) else [aud]
    return [(c.min, c.max, c.within_days) for c in leaves if isinstance(c, Spend)]


@pytest.mark.parametrize(
    "text",
    [
        "Shoppers who spent more than $200 in the past 6 months but less than $800, SMS, 10% off.",
        "shoppers that spent above $200 but below $800 in the past 6 months -- push",
    ],
)
def test_one_spend_between_two_bounds_keeps_its_window(text: str) -> None:
    assert spends(text) == [(200, 800, 180)]


def test_a_lifetime_bound_beside_a_windowed_one_stays_apart() -> None:
    assert spends("Customers who spent over $2,000 lifetime but under $100 in the last 6 months, email.") == [
        (2000, None, None),
        (None, 100, 180),
    ]


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("Memorial Day: shoppers who ordered between Feb 1 and Feb 28 2026, email, 15% off.", 78),
        ("Customers who bought backpacks from January 10 to March 20, push.", 100),
    ],
)
def test_a_past_date_range_after_a_purchase_is_its_look_back(text: str, days: int) -> None:
    x = read(text, today=TODAY)
    aud = x.audience
    assert getattr(aud, "within_days", None) == days or getattr(aud, "max_days", None) == days
    assert x.window is None or x.window.start > TODAY
    assert any(n.affects == "audience" and "counts too" in n.reason for n in x.not_applied)


@pytest.mark.parametrize(
    ("text", "days"),
    [("近半年消费超过200元但不到800元的会员，短信", 180), ("消费高于200元、但低于800元的客户，邮件", None)],
)
def test_a_chinese_second_bound_after_but_joins_the_first(text: str, days: int | None) -> None:
    assert spends(text) == [(200, 800, days)]
