"""Set 18's question terms (helper-97): a channel compared with another keeps both ("ROI of SMS compared with push"),
"how many fewer orders" asks for conversions, and "both email and SMS consent" is two consents ANDed."""

from __future__ import annotations

from datetime import date

import pytest

from copilot.reading import read

TODAY = date(2026, 3, 2)


@pytest.mark.parametrize(
    ("text", "allowed"),
    [
        (
            "How does the click rate of email compared with push look over the past 60 days?",
            {"email", "push"},
        ),
        ("What's the revenue from SMS compared to push this quarter?", {"sms", "push"}),
        ("Conversion rate of email against push last month?", {"email", "push"}),
    ],
)
def test_a_channel_compared_with_another_keeps_both(text: str, allowed: set[str]) -> None:
    assert set(read(text, today=TODAY).channels.allowed) == allowed


@pytest.mark.parametrize(
    "text",
    [
        "If we skip the Loyal push in April, how many fewer orders should we expect?",
        "How many fewer purchases would we get without the SMS reminder next week?",
        "如果下个月冠军客户的邮件留出10%对照组，会少多少单？",
    ],
)
def test_fewer_orders_asks_for_conversions(text: str) -> None:
    r = read(text, today=TODAY)
    assert r.metric is not None and r.metric.name == "conversions"


def test_both_consents_are_anded_and_no_channel_is_picked() -> None:
    r = read("How many shoppers have both push and email consent?", today=TODAY)
    assert r.audience is not None and r.audience.kind == "and"
    assert {c.channel for c in r.audience.of if c.kind == "consent"} == {"push", "email"}
    assert r.channels.allowed == []


def test_either_consent_is_an_or() -> None:
    r = read("How many customers with either SMS or email consent bought a tent this year?", today=TODAY)
    assert r.audience is not None and r.audience.kind == "and"
    ors = [c for c in r.audience.of if c.kind == "or"]
    assert len(ors) == 1 and {c.channel for c in ors[0].of} == {"sms", "email"}
