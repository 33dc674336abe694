"""Two misreadings found by the session-17 review request (written for the review, not the tests): "Can we
text …?" proposing a plan was read as SMS consent with no channel planned, and "Budget under $1.8k" was listed
as an unread audience threshold instead of being the budget. Probes in other words (session 18)."""

from __future__ import annotations

from datetime import date

import pytest

from copilot.reading import read
from copilot.tools.conditions import And, Consent

TODAY = date(2026, 3, 2)


def _consents(cond: object) -> list[Consent]:
    if isinstance(cond, Consent):
        return [cond]
    if isinstance(cond, And):
        return [c for part in cond.of for c in _consents(part)]
    return []


@pytest.mark.parametrize(("text", "channel"), [
    ("Can we text customers who bought running apparel in the last 4 months for back to school? 12% off socks.", "sms"),
    ("Could we email the Champions about the spring sale with 10% off? Keep spend under $2,000.", "email"),
    ("Can we push lapsed hikers a free-shipping offer on the new poles next week?", "push"),
])
def test_a_proposed_channel_is_the_plans_channel(text: str, channel: str) -> None:
    x = read(text, today=TODAY)
    assert x.intent == "plan"
    assert x.channels.allowed == [channel]
    assert _consents(x.audience) == []


@pytest.mark.parametrize(("text", "channel"), [
    ("How many Champions can we text?", "sms"),
    ("How many lapsed hikers could we email?", "email"),
])
def test_a_count_of_who_can_be_reached_keeps_consent(text: str, channel: str) -> None:
    x = read(text, today=TODAY)
    assert x.channels.allowed == []
    assert [c.channel for c in _consents(x.audience)] == [channel]


@pytest.mark.parametrize(("text", "amount"), [
    ("Can we text lapsed hikers about the new poles? Budget under $1.8k.", 1800),
    ("Back-to-school push, 12% off socks, under $1.8k total.", 1800),
    ("Email and push for hikers, budget: under 2,000 dollars.", 2000),
    ("Winback email to lapsed Champions, $2.5k all in max.", 2500),
])
def test_a_ceiling_on_the_campaign_is_its_budget(text: str, amount: int) -> None:
    x = read(text, today=TODAY)
    assert x.budget is not None and x.budget.amount == amount
    assert [n for n in x.not_applied if n.affects in ("audience", "budget")] == []


def test_a_spend_threshold_on_customers_stays_in_the_audience() -> None:
    x = read("Email customers who spent under $50 last year, budget $3k.", today=TODAY)
    assert x.budget is not None and x.budget.amount == 3000
    assert x.audience is not None and "under $50" in x.audience.model_dump_json()
