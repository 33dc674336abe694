"""Experiment docs, MoSCoW priorities and offer mechanics the plan cannot price (session 17, from the eleventh
labelled set's dev part, written here in other words): Control/Treatment and "Test channel: X vs Y" were no A/B
test; guardrails and MDE, trade-ins, referral rewards and donations were dropped or read as discounts; "Won't:
SMS" left SMS allowed; "e mail" (dictation) was no channel."""

from __future__ import annotations

from datetime import date

import pytest

from copilot.reading import read

TODAY = date(2026, 3, 2)


def test_control_and_treatment_are_an_offer_test() -> None:
    x = read("Test plan: lapsed campers. Control: free shipping. Treatment: 20% off tents. Guardrail: unsubscribes. Email, $2k.", today=TODAY)
    assert x.ab_test is not None and x.ab_test.element == "offer"
    assert [(n.affects, n.text) for n in x.not_applied] == [("other", "Guardrail: unsubscribes")]


def test_a_channel_test_with_its_design_parameters() -> None:
    x = read("Test channel: email vs SMS for Loyal customers, 50/50, MDE 3pp. $1k.", today=TODAY)
    assert x.ab_test is not None and x.ab_test.element == "channel"
    assert [n.text for n in x.not_applied] == ["MDE 3pp"]


@pytest.mark.parametrize(("text", "listed", "affects"), [
    ("Trade in your old tent, get $40 off a new one. Email campers, $2k.", "Trade in your old tent", "offer"),
    ("Refer a friend: give $15, get $15. Email Champions, $1k.", "give $15, get $15", "offer"),
    ("Earth Day: we donate 5% of sales to trail crews. Email everyone, $1k.", "we donate 5% of sales to trail crews", "other"),
])
def test_mechanics_the_plan_cannot_price_are_listed(text: str, listed: str, affects: str) -> None:
    x = read(text, today=TODAY)
    assert [(n.affects, n.text) for n in x.not_applied] == [(affects, listed)]
    assert x.objective != "winback"


def test_wont_have_excludes_the_channel() -> None:
    x = read("Must: email Loyal customers. Should: 10% off socks. Won't: push. $800.", today=TODAY)
    assert x.channels.excluded == ["push"] and "push" not in x.channels.allowed


def test_a_dictated_e_mail_is_the_channel() -> None:
    assert read("send an e mail to the champions segment fifteen percent off tents", today=TODAY).channels.allowed == ["email"]


@pytest.mark.parametrize(("text", "listed"), [
    ("Browse flow, always on: email everyone who bought socks in the last 60 days, 10% off.", "always on"),
    ("Welcome series for new sign-ups (last 7 days): 4 emails, free shipping, $500.", "4 emails"),
    ("Refill nudge: 60 days after their last sock order, text them 10% off socks.", "60 days after their last sock order"),
])
def test_journey_steps_are_timing(text: str, listed: str) -> None:
    x = read(text, today=TODAY)
    assert [(n.affects, n.text) for n in x.not_applied] == [("timing", listed)]


@pytest.mark.parametrize("text", [
    "Launch the Wildfern Race Vest to trail runners; $6k; SMS + push; test two messages.",
    "Can copilot set up an always-on browse flow for us?",
])
def test_no_series_where_there_is_none(text: str) -> None:
    assert [n for n in read(text, today=TODAY).not_applied if n.affects == "timing"] == []
