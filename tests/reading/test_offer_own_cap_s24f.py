"""A percentage offer said to be its own ceiling is the offer and the discount cap (set 18, b1371's class, helper-97):
"20% off but not more than that", "15% off boots, and that's the max", 九折，不能再低了."""

from __future__ import annotations

from datetime import date

import pytest

from copilot.reading import read

TODAY = date(2026, 3, 2)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Text Champions about the new headlamp, 10% off but nothing deeper, $600.", 10.0),
        ("Email hikers 15% off boots, and that's the max, $900.", 15.0),
        ("Push campers 25% off tents, not more than that, budget $2k.", 25.0),
        ("给冠军客户发短信，睡袋八五折，不能再低了，预算2000元。", 15.0),
    ],
)
def test_offer_said_as_its_own_ceiling_is_offer_and_cap(text: str, value: float) -> None:
    r = read(text, today=TODAY)
    assert r.offer is not None and r.offer.kind == "percent_off" and r.offer.value == value
    assert r.discount_cap is not None and r.discount_cap.max_percent == value


def test_a_count_after_the_offer_is_no_cap() -> None:
    r = read("Email hikers 15% off boots, not more than 200 of them, $900.", today=TODAY)
    assert r.offer is not None and r.offer.value == 15.0
    assert r.discount_cap is None
