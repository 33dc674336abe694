"""A rule about whom not to send to on a channel (copilot/reading/send_exclusions.py) excludes the people, never the
channel: "never email anyone who's unsubscribed" had taken email out of the plan and kept the unsubscribed;
"don't text anyone who opted out" had excluded SMS; 退订过短信的人 had been the audience itself."""

from __future__ import annotations

from datetime import date

import pytest

from copilot.reading import read
from copilot.tools.conditions import And, Condition, Consent, Engagement, Not


def parts(c: Condition | None) -> list[Condition]:
    return [] if c is None else list(c.of) if isinstance(c, And) else [c]


TODAY = date(2026, 3, 2)


@pytest.mark.parametrize(
    ("text", "channel", "within"),
    [
        ("Spring launch of the trail shoe to Loyal customers by email and push; never email anyone who has unsubscribed.",
         "email", None),
        ("Winback for lapsed buyers, email only. Please don't email people that unsubscribed in the past 6 months.",
         "email", 180),
        ("冠军客户发短信和邮件推睡袋，不要给退订过短信的用户发短信", "sms", None),
    ],
)
def test_the_unsubscribed_are_excluded_and_the_channel_stays(text: str, channel: str, within: int | None) -> None:
    r = read(text, today=TODAY)
    assert channel not in r.channels.excluded
    nots = [c for c in parts(r.audience) if isinstance(c, Not) and isinstance(c.of, Engagement)]
    assert len(nots) == 1
    eng = nots[0].of
    assert isinstance(eng, Engagement)
    assert eng.event == "unsubscribed" and eng.channel == channel and eng.within_days == within


def test_the_opted_out_are_left_out_by_consent() -> None:
    r = read("SMS and email to Champions about headlamps; don't text anyone who opted out.", today=TODAY)
    assert "sms" not in r.channels.excluded and "sms" in r.channels.allowed
    assert any(isinstance(c, Consent) and c.channel == "sms" for c in parts(r.audience))
    assert not any(isinstance(c, Not) and isinstance(c.of, Consent) for c in parts(r.audience))


def test_bounces_are_said_not_dropped() -> None:
    r = read("Email lapsed customers about tents, but never email anyone who bounced.", today=TODAY)
    assert "email" not in r.channels.excluded
    assert any("bounces" in n.reason for n in r.not_applied)


def test_a_newsletter_in_traditional_characters_is_email() -> None:
    r = read("母親節活動：針對過去一年買過睡袋的會員，發簡訊和電子報，預算新台幣三萬元", today=TODAY)
    assert set(r.channels.allowed) == {"sms", "email"}
