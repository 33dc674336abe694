"""A cap said as a bare number beside a percentage offer ('15% off (don't go past 20)') is the discount cap; it had
been dropped silently."""

from __future__ import annotations

from datetime import date

import pytest

from copilot.reading import read


@pytest.mark.parametrize("text", [
    "Email lapsed hikers 10% off trekking poles (don't go past 15), $900.",
    "Text Champions 20% off headlamps, never go beyond 25. $600.",
])
def test_a_bare_cap_beside_a_percentage_offer(text: str) -> None:
    r = read(text, today=date(2026, 4, 20))
    assert r.discount_cap is not None and r.discount_cap.max_percent in (15, 25)
    assert r.offer is not None and r.offer.kind == "percent_off"


def test_a_bare_number_without_a_percentage_is_no_cap() -> None:
    r = read("Email lapsed hikers about trekking poles, don't go past 30 days, $900.", today=date(2026, 4, 20))
    assert r.discount_cap is None
