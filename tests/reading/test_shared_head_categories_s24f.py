"""Two running-shoe kinds sharing one head noun are both categories (set 17 b1302's class, helper-97): "bought trail or
road running shoes" is a purchase of either, like 买过越野跑鞋或路跑鞋 (it had left "who bought trail" unread)."""

from __future__ import annotations

from datetime import date

import pytest

from copilot.reading import read

TODAY = date(2026, 3, 2)


@pytest.mark.parametrize(
    "text",
    [
        "Text customers who bought road or trail running shoes in the past 6 months, 10% off socks, $400.",
        "Push to anyone who bought trail/road running shoes last year, $700.",
        "给买过越野跑鞋或路跑鞋的客户发邮件，预算500元。",
    ],
)
def test_both_kinds_of_running_shoes_are_read(text: str) -> None:
    r = read(text, today=TODAY)
    assert r.audience is not None and r.audience.kind == "bought"
    assert set(getattr(r.audience, "categories", [])) == {"road-running-shoes", "trail-running-shoes"}
    assert [n for n in r.not_applied if n.affects == "audience"] == []
