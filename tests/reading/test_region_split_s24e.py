"""A question counting customers region by region (probe s24 eq21, zq14): the size of each group, firm against a channel
word inside the group, its region words read (no 'could not read', no 'answered for the whole group'); a measure split by
region keeps its own intent."""

from __future__ import annotations

from datetime import date

import pytest

from copilot.reading import read

TODAY = date(2026, 4, 20)


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("In which region do we have the most shoppers who have never clicked a push notification?", "count"),
        ("how many people who bought boots live in each region", "count"),
        ("Customers with email consent who ordered twice or more, broken down by region?", "count"),
        ("有短信授权、但从没打开过邮件的客户，各个地区分别有多少？", "count"),
        ("买过背包的会员按区域分布如何？", "segments"),
        ("哪个大区的客户最多？", "segments"),
    ],
)
def test_customers_region_by_region(text: str, intent: str) -> None:
    r = read(text, today=TODAY)
    assert r.kind == "question" and r.intent == intent  # both answered region by region (routed_regions.py)
    assert not any("could not read" in n.reason or "whole group" in n.reason for n in r.not_applied)


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("Which region has the best click rate on SMS?", "channel_performance"),
        ("各地区的转化率怎么样？", "channel_performance"),
    ],
)
def test_a_measure_by_region_keeps_its_intent(text: str, intent: str) -> None:
    assert read(text, today=TODAY).intent == intent
