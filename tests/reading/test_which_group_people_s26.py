""""Which age band has the most SMS subscribers": the people in each group are counted (the channel named is their
consent), not a channel's campaign results; a rate asked per group stays a channel question (compared_groups.py)."""

from __future__ import annotations

import pytest

from copilot.reading import read
from copilot.reading.schema import Reading


@pytest.mark.parametrize("text, by", [
    ("哪个年龄段的短信订阅用户最多？", "age"),
    ("Which age group has the most email subscribers?", "age"),
    ("哪个地区的推送用户最少？", "region"),
    ("Which segment has the most people opted in to push?", "segment"),
])
def test_most_people_per_group_is_a_count_by_group(text: str, by: str) -> None:
    r: Reading = read(text)
    assert r.intent in ("segments", "count") and r.breakdown is not None and r.breakdown.by == by


@pytest.mark.parametrize("text", ["Which region has the best SMS conversion rate?", "哪个地区的短信点击率最高？"])
def test_a_rate_per_group_stays_a_channel_question(text: str) -> None:
    r = read(text)
    assert r.intent == "channel_performance" and r.breakdown is not None and r.breakdown.by == "region"
