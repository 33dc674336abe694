"""An audience's order count is said in good English: "at least 1 order", not "at least 1 orders" (seen in a plan's
audience line at the session-20 review)."""

from __future__ import annotations

import pytest

from copilot.tools.conditions import OrderCount
from copilot.tools.describe import describe_condition


@pytest.mark.parametrize(("lo", "hi", "said"), [
    (1, None, "at least 1 order"),
    (1, 1, "exactly 1 order"),
    (None, 1, "at most 1 order"),
    (2, None, "at least 2 orders"),
    (0, 1, "0–1 orders"),
    (None, 0, "at most 0 orders"),
])
def test_order_counts_agree_in_number(lo: int | None, hi: int | None, said: str) -> None:
    assert describe_condition(OrderCount(min=lo, max=hi)) == said
