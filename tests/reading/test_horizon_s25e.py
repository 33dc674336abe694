"""A propensity question's future time is its horizon, not a campaign window (dev q179 q571's class): "most likely to
buy … next month", "the chance that … buy anything in the next 60 days", 下个月最可能买帐篷的客户; a question about a send
to come ("If we email … next month, how many orders?") keeps its window."""

from __future__ import annotations

from datetime import date

from copilot.reading import read
from copilot.reading.schema import Reading

TODAY = date(2026, 3, 2)


def r(text: str) -> Reading:
    return read(text, today=TODAY)


def test_propensity_horizon_is_no_window() -> None:
    for text in ("Which 200 customers are likeliest to buy a headlamp next month?",
                 "What are the odds that Promising customers order anything in the next 45 days?",
                 "下个月最有可能买登山杖的客户有哪些？", "未来两周哪些会员最可能买睡袋？"):
        x = r(text)
        assert x.kind == "question" and x.window is None, text
        assert not [n for n in x.not_applied if n.affects == "timing"], text


def test_a_planned_send_keeps_its_window() -> None:
    for text in ("If we email the 500 most likely to buy tents next month, how many orders?",
                 "如果下个月给最可能买帐篷的客户发短信，预计能卖多少？"):
        x = r(text)
        assert x.window is not None and x.window.start == date(2026, 4, 1), text
