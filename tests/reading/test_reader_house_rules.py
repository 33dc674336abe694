"""Rules for how messages are made and sent (copilot/reading/house_rules.py), from the eleventh set's dev part,
tested in other words: a legal note's quiet hour is no excluded channel, an opt-out instruction is no
unsubscribed audience, a creative direction and an after-send action are said, and the rest of the brief is
still read."""

from __future__ import annotations

from datetime import date

import pytest

from copilot.reading import read
from copilot.tools.conditions import Engagement, Not

TODAY = date(2026, 3, 2)


@pytest.mark.parametrize(("text", "rule", "channel"), [
    ("Compliance: never send texts after 8pm recipient time. SMS to Champions, 10% off tents, $900.", "never send texts after 8pm recipient time", "sms"),
    ("Email Loyal customers about socks, 15% off, no emails before 7am local please.", "no emails before 7am local", "email"),
    ("法务提醒：22点以后不要推送。给冠军客户发推送推头灯，八五折。", "22点以后不要推送", "push"),
])
def test_a_quiet_hour_is_said_and_its_channel_still_planned(text: str, rule: str, channel: str) -> None:
    x = read(text, today=TODAY)
    assert [(n.text, n.affects) for n in x.not_applied if n.affects == "timing"] == [(rule, "timing")]
    assert x.channels.allowed == [channel] and x.channels.excluded == []


@pytest.mark.parametrize(("text", "rule"), [
    ("Every SMS must include Reply STOP to end. Text lapsed hikers 10% off poles.", "Every SMS must include Reply STOP to end"),
    ("Push to Loyal, free shipping; avoid 'cheap' in headlines.", "avoid 'cheap' in headlines"),
    ("所有短信必须加上回T退订。给近半年买过帐篷的客户发短信，满300减30。", "必须加上回T退订"),
])
def test_a_content_rule_is_said_not_read_as_an_audience(text: str, rule: str) -> None:
    x = read(text, today=TODAY)
    others = [n.text for n in x.not_applied if n.affects == "other"]
    assert any(rule in o for o in others), others
    assert "unsubscribed" not in (x.audience.model_dump_json() if x.audience else "")


def test_a_creative_direction_is_said_and_its_product_still_promoted() -> None:
    x = read("Visuals: golden hour, misty ridgeline, the Ember Alloy Poles SE in hand.\nEmail hikers, 10% off, $2k.", today=TODAY)
    assert [n.affects for n in x.not_applied] == ["other"]
    assert x.promoted.product_ids and x.offer is not None and x.budget is not None


@pytest.mark.parametrize(("text", "action"), [
    ("Last-chance email to non-buyers of the year with 15% off, and afterwards remove them from the list.", "remove them from the list"),
    ("给一年没下单的客户发最后一封邮件，八折，发完之后把他们从邮件名单剔除。", "剔除"),
])
def test_an_after_send_action_is_said(text: str, action: str) -> None:
    others = [n.text for n in read(text, today=TODAY).not_applied if n.affects == "other"]
    assert any(action in o for o in others), others


@pytest.mark.parametrize(("text", "events", "days"), [
    ("Email anyone with no opens or clicks in the last 120 days, 10% off.", {"opened", "clicked"}, 120),
    ("Push to Champions with zero email clicks in 60d.", {"clicked"}, 60),
    ("Final email to people with no engagement in 9 months.", {"opened", "clicked"}, 270),
])
def test_no_opens_or_clicks_as_nouns(text: str, events: set[str], days: int) -> None:
    x = read(text, today=TODAY)
    aud = x.audience
    parts = aud.of if aud is not None and aud.kind == "and" else [aud]
    nots = [p.of for p in parts if isinstance(p, Not) and isinstance(p.of, Engagement)]
    assert {e.event for e in nots} == events and {e.within_days for e in nots} == {days}
    assert [n for n in x.not_applied if n.affects == "audience"] == []
