"""An exclusion said after the group it excludes (session-18 probe audit, in other words than the probes): the
group is left out, never made the audience; a group of several conditions is left out as a whole; "then
suppress them" after the send is no exclusion (copilot/reading/exclusion.py)."""

from __future__ import annotations

from datetime import date

from copilot.reading import read
from copilot.tools.conditions import And, Consent, Engagement, Not, Recency, RfmSegment

TODAY = date(2026, 3, 2)


def test_should_be_excluded_after_the_group() -> None:
    x = read("People who unsubscribed from SMS in the past 60 days should be left out; push to Champions.", today=TODAY)
    assert isinstance(x.audience, And)
    nots = [c for c in x.audience.of if isinstance(c, Not)]
    assert len(nots) == 1 and isinstance(nots[0].of, Engagement) and nots[0].of.event == "unsubscribed"
    assert any(isinstance(c, RfmSegment) for c in x.audience.of)


def test_suppress_them_keeps_those_who_did() -> None:
    x = read("Anyone who hasn't clicked an email in 150 days — suppress them from the spring newsletter.", today=TODAY)
    assert isinstance(x.audience, Engagement) and x.audience.event == "clicked" and x.audience.within_days == 150


def test_chinese_do_not_disturb_them() -> None:
    x = read("一年多没下过单的老客户，别再打扰他们，其余的人发邮件推新款帐篷。", today=TODAY)
    assert isinstance(x.audience, Not)
    inner = x.audience.of.of if isinstance(x.audience.of, And) else [x.audience.of]
    assert any(isinstance(c, Recency) and c.min_days == 365 for c in inner)
    assert [n for n in x.not_applied if n.affects == "audience"] == []


def test_a_group_of_two_conditions_is_left_out_as_a_whole() -> None:
    x = read("Customers who haven't opened any push in 30 days and are opted in to SMS — exclude them; "
             "everyone else in Loyal gets 10% off by email.", today=TODAY)
    assert isinstance(x.audience, And)
    whole = [c for c in x.audience.of if isinstance(c, Not) and isinstance(c.of, And)]
    assert len(whole) == 1 and any(isinstance(c, Consent) for c in whole[0].of.of)


def test_then_suppress_them_after_the_send_is_no_exclusion() -> None:
    x = read("Last-chance email to anyone with no opens in 200 days, 20% off, then suppress them.", today=TODAY)
    assert isinstance(x.audience, Not) and isinstance(x.audience.of, Engagement)
    assert [n.affects for n in x.not_applied] == ["other"]
