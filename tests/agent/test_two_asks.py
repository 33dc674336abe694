"""Splitting a message into its asks (copilot/agent/two_asks.py)."""

from __future__ import annotations

import pytest

from copilot.agent.two_asks import asks


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("冠军客户有多少？他们最常买哪个品类？", ["冠军客户有多少？", "他们最常买哪个品类？"]),
        (
            "How many Champions do we have, and which channel converts best for them?",
            ["How many Champions do we have", "which channel converts best for them?"],
        ),
        ("What's the size of At risk? And what should we recommend to them?",
         ["What's the size of At risk?", "And what should we recommend to them?"]),
        ("How many lapsed customers bought tents and sleeping bags?", ["How many lapsed customers bought tents and sleeping bags?"]),
        ("Which channel converts best for tents and when should we send?", ["Which channel converts best for tents and when should we send?"]),
    ],
)
def test_asks(text: str, parts: list[str]) -> None:
    assert asks(text) == parts
