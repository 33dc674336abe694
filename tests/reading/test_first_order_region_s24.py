"""A first order placed and the US west coast in Chinese and Cantonese (session 24, issue #12), in other words than
the probe's: 下了第一单 / 落咗第一單 / 下了首单 = at least one order; 西岸 / 西海岸 / 美西岸 = US-West."""

from __future__ import annotations

from datetime import date

import pytest

from copilot.reading import read
from copilot.tools.conditions import And, OrderCount, Region, SignedUp

TODAY = date(2026, 4, 20)


@pytest.mark.parametrize("text", [
    "最近60天注册的新会员里，已经下了首单的有多少？",
    "近兩個月註冊嘅新會員，有幾多個已經落咗第一單？",
])
def test_a_first_order_placed_is_at_least_one_order(text: str) -> None:
    a = read(text, today=TODAY).audience
    assert isinstance(a, And)
    assert any(isinstance(c, SignedUp) for c in a.of)
    assert any(isinstance(c, OrderCount) and c.min == 1 and c.max is None for c in a.of)


@pytest.mark.parametrize("text", ["西海岸的会员客单价是多少？", "喺美國西岸嘅會員有幾多？", "给西岸的老客发邮件，预算三千元"])
def test_the_west_coast_is_us_west(text: str) -> None:
    a = read(text, today=TODAY).audience
    regions = [c for c in (a.of if isinstance(a, And) else [a]) if isinstance(c, Region)]
    assert regions and regions[0].regions == ["US-West"]
