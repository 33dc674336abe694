"""Requests typed the way people type in chat (session 17, from the meaning-preserving edits of
benchmarks/reading/robustness.py, written here in other words): regions, product lines and T-minus steps in
lower case, a greeting before the first word, "excl. lost?". Each read differently from its capitalised or
greeting-free form before."""

from __future__ import annotations

from datetime import date

import pytest

from copilot.reading import read
from copilot.tools.conditions import Not, Region, RfmSegment

TODAY = date(2026, 3, 2)


def regions(text: str) -> list[str]:
    x = read(text, today=TODAY)
    found = [c for c in getattr(x.audience, "of", [x.audience]) if isinstance(c, Region)]
    found += [c.of for c in getattr(x.audience, "of", [x.audience]) if isinstance(c, Not) and isinstance(c.of, Region)]
    return [r for c in found for r in c.regions]


@pytest.mark.parametrize(("text", "expected"), [
    ("Email tents 20% off, only to the customers from west and mountain.", ["US-West", "US-Mountain"]),
    ("down south, run an SMS winback for customers lapsed 6 months+", ["US-South"]),
    ("west vs south: who opens more email?", ["US-West", "US-South"]),
    ("Quick one, west vs south: who opens more email?", ["US-West", "US-South"]),
    ("What's the click rate for push among west coast shoppers?", ["US-West"]),
    ("A newsletter for the clients of the mountain who bought tents", ["US-Mountain"]),
    ("Email everyone except Lost, and not the south either.", ["US-South"]),
])
def test_regions_in_lower_case(text: str, expected: list[str]) -> None:
    assert regions(text) == expected


def test_a_lower_case_word_that_is_no_region_stays_so() -> None:
    assert regions("Push mountain gear to hikers, 10% off.") == []


def test_product_lines_in_lower_case() -> None:
    x = read("juniper line promo to VIPs, email, 15% off", today=TODAY)
    assert len(x.promoted.product_ids) > 3
    assert read("push the tent range to campers", today=TODAY).promoted.product_ids == []


def test_a_greeting_before_push_the_product_keeps_push_a_verb() -> None:
    x = read("Hey all, push the Kestrel Trail to trail runners, SMS only, $1k", today=TODAY)
    assert x.channels.allowed == ["sms"]


def test_two_campaigns_after_a_greeting() -> None:
    x = read("Hi team, two campaigns: first, email Champions about tents, $1k. Second, SMS Lost customers 20% off, $500.", today=TODAY)
    assert [n.affects for n in x.not_applied] == ["other"] and x.not_applied[0].text.startswith("Second")
    assert isinstance(x.audience, RfmSegment) and x.audience.segments == ["Champions"]


def test_t_minus_steps_in_lower_case() -> None:
    x = read("launch plan for the Kestrel Trail: t-5 teaser email, t0 = wed 3/25 launch push, t+2 sms. $2k.", today=TODAY)
    assert x.window is not None and (x.window.start, x.window.end) == (date(2026, 3, 20), date(2026, 3, 27))
    assert "push" in x.channels.allowed


def test_excl_lost_before_a_question_mark() -> None:
    x = read("# custs w/ push consent excl. lost?", today=TODAY)
    assert any(isinstance(c, Not) and isinstance(c.of, RfmSegment) for c in getattr(x.audience, "of", []))


def test_a_welcome_e_mail_is_acquisition() -> None:
    assert read("new custs (signed up <30d) → welcome e-mail, 10% off", today=TODAY).objective == "acquisition"
