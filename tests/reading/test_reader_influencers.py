"""An influencer collaboration is one channel copilot cannot plan (set 13 decision 168), tested in other words: its
platform words are no paid social, one collaboration is one entry, and paid social named for itself stays planned."""

from __future__ import annotations

from datetime import date

import pytest

from copilot.reading import read

TODAY = date(2026, 3, 2)


@pytest.mark.parametrize(("text", "allowed"), [
    ("抖音达人合作：找5个博主发种草视频推登山杖，同时给冠军客户发短信，九折", ["sms"]),
    ("Influencer seeding for the new vest — send it to 15 creators on YouTube and Instagram, then an email to runners.", ["email"]),
    ("小红书达人种草笔记能带来多少曝光？", []),
])
def test_an_influencer_collaboration_is_one_listed_channel(text: str, allowed: list[str]) -> None:
    x = read(text, today=TODAY)
    assert x.channels.allowed == allowed
    assert [n.affects for n in x.not_applied if n.affects == "channel"] == ["channel"]


def test_paid_social_on_a_platform_stays_planned() -> None:
    x = read("Paid social on TikTok for Loyal customers, $1k.", today=TODAY)
    assert x.channels.allowed == ["paid_social"] and x.not_applied == []
