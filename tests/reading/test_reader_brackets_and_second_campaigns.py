"""A lapse said in brackets, a second campaign's aim, and 'new' that names no product (session 17, from dev cases
of the fourth, eighth and tenth sets, written here in other words)."""

from __future__ import annotations

from datetime import date

import pytest

from copilot.reading import read
from copilot.tools.conditions import Recency

TODAY = date(2026, 3, 2)


@pytest.mark.parametrize(("text", "days"), [
    ("召回｜流失用户（一年以上）｜短信｜八折", 365),
    ("dormant campers (120d+) -> SMS, 10% off tents", 120),
    ("Win back lapsed customers (90+ days), 10% off.", 90),
])
def test_a_lapse_said_in_brackets(text: str, days: int) -> None:
    x = read(text, today=TODAY)
    leaves = getattr(x.audience, "of", [x.audience])
    assert any(isinstance(c, Recency) and c.min_days == days for c in leaves)
    assert x.not_applied == []


def test_the_second_campaign_sets_no_aim_for_the_first() -> None:
    x = read("Two things: (1) push Loyal customers about the Cascade Beam, $1k; (2) separately, a winback email to Lost, $500.", today=TODAY)
    assert x.objective != "winback"


def test_a_new_campaign_is_no_launch() -> None:
    x = read("Scratch that, new campaign: email everyone who bought tents this year about headlamps. Free shipping.", today=TODAY)
    assert x.objective == "cross_sell"


@pytest.mark.parametrize("text", [
    "这个月业绩有点下滑，给沉睡超过半年的客户发短信召回，八折",
    "This month's numbers are soft, so let's email Champions 10% off.",
])
def test_how_the_period_is_going_is_background_not_the_window(text: str) -> None:
    assert read(text, today=TODAY).window is None
