"""Wordings found by reading requests written outside every labelled set (session 14): a deadline given
as a weekday ("before Friday", 下周五前), …

Each case is written in other words than the request that revealed it, and each was read wrongly
before its fix.
"""

from __future__ import annotations

from datetime import date

import pytest

from copilot.reading import read
from copilot.reading.schema import Reading

TODAY = date(2026, 3, 2)  # a Monday


def r(text: str) -> Reading:
    return read(text, today=TODAY)


@pytest.mark.parametrize(("text", "start", "end"), [
    ("下周三前给买过帐篷的会员发短信", "2026-03-02", "2026-03-10"),   # before next Wednesday: up to Tuesday the 10th
    ("周五之前把邮件发给高价值客户", "2026-03-02", "2026-03-05"),
    ("Email Champions about tents before Thursday", "2026-03-02", "2026-03-04"),
    ("SMS to Loyal by Friday, $2k", "2026-03-02", "2026-03-06"),          # "by" includes the day
    ("Push to lapsed hikers on Saturday", "2026-03-07", "2026-03-07"),   # a day is still that day
])
def test_a_weekday_deadline_is_a_window_from_today(text: str, start: str, end: str) -> None:
    x = r(text)
    assert x.window is not None and x.window.start is not None and x.window.end is not None
    assert (x.window.start.isoformat(), x.window.end.isoformat()) == (start, end)


@pytest.mark.parametrize("text", [
    "Can u do a quick push to ppl who bought hiking boots this week?",
    "could you send Loyal customers an SMS about backpacks?",
    "Can we send the high-value tier a re-permission email?",
    "Would you set up an email to Champions featuring tents, $2k?",
])
def test_asking_copilot_to_send_something_asks_for_a_plan(text: str) -> None:
    assert r(text).intent == "plan"


def test_can_we_email_a_group_is_still_a_reach_question() -> None:
    assert r("Can we email lapsed customers?").intent == "count"


def test_suppress_excludes_and_segments_in_other_sentences_stay_apart() -> None:
    from copilot.tools.conditions import And, Not, RfmSegment
    x = r("Target: Need Attention + About to Sleep. Suppress: Lost. Email, $1,500.")
    assert isinstance(x.audience, And)
    kept = [c for c in x.audience.of if isinstance(c, RfmSegment)]
    dropped = [c for c in x.audience.of if isinstance(c, Not)]
    assert [c.segments for c in kept] == [["Need attention", "About to sleep"]]
    assert len(dropped) == 1 and isinstance(dropped[0].of, RfmSegment) and dropped[0].of.segments == ["Lost"]


def test_an_exclusion_ends_where_a_new_verb_starts() -> None:
    from copilot.tools.conditions import And, Not, RfmSegment
    x = r("Exclude Hibernating and text Champions about socks")
    assert x.channels.allowed == ["sms"] and x.channels.excluded == []
    assert isinstance(x.audience, And)
    assert any(isinstance(c, Not) and isinstance(c.of, RfmSegment) and c.of.segments == ["Hibernating"] for c in x.audience.of)
    assert any(isinstance(c, RfmSegment) and c.segments == ["Champions"] for c in x.audience.of)


def test_no_sms_and_push_still_excludes_both() -> None:
    x = r("no SMS and push; email Loyal customers")
    assert x.channels.allowed == ["email"] and set(x.channels.excluded) == {"sms", "push"}


def test_over_n_days_is_a_cadence_not_an_age() -> None:
    assert not any("age" in n.reason for n in r("4 emails over 14 days to Loyal customers").not_applied)
    assert any("age" in n.reason for n in r("push to Loyal customers over 40").not_applied)


def test_an_unread_threshold_beside_a_listed_word_is_listed_too() -> None:
    x = r("Back-to-school email to students who bought anything over $60 in the last 3 months, 10% off")
    texts = [n.text for n in x.not_applied]
    assert any("over $60" in t for t in texts), texts
    assert all(n.affects == "audience" for n in x.not_applied if "$60" in n.text)
