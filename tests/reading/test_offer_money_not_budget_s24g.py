"""A money amount that is an offer's or a cap's is never the campaign's budget (probe s24x eb01, eb15's class,
helper-99): "15% off, cap $25" is a per-order cap on the discount (listed under Not applied, offer), and
"a $40 gift card" is what each customer gets -- neither is what the campaign spends."""

from __future__ import annotations

from datetime import date

import pytest

from copilot.reading import read

TODAY = date(2026, 4, 20)


@pytest.mark.parametrize(
    "text",
    [
        "Text hikers 15% off tents, cap $25. Send Friday.",
        "Push to VIPs: 25% off jackets, cap of $60 per order.",
    ],
)
def test_a_cap_said_after_the_percentage_is_not_the_budget(text: str) -> None:
    r = read(text, today=TODAY)
    assert r.budget is None
    assert r.offer is not None and r.offer.kind == "percent_off"
    assert any(n.affects == "offer" and "$" in n.text and "cap" in n.text for n in r.not_applied)


@pytest.mark.parametrize(
    "text",
    [
        "Loyal campers get a $40 gift card with their next tent. Email only.",
        "Send our top customers a $25 e-gift card this weekend.",
    ],
)
def test_a_gift_card_amount_is_not_the_budget(text: str) -> None:
    assert read(text, today=TODAY).budget is None


def test_a_budget_said_beside_a_gift_card_is_still_read() -> None:
    r = read("Send VIPs a $25 gift card, spend $1,000 total", today=TODAY)
    assert r.budget is not None and r.budget.amount == 1000.0


def test_a_budget_said_beside_a_cap_is_still_read() -> None:
    r = read("20% off everything, cap $30 per order, budget $2k", today=TODAY)
    assert r.budget is not None and r.budget.amount == 2000.0
