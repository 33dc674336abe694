"""A reach channel corrected in the same breath is the consent asked about (dev q521's class): "can we email — sorry, I
meant text", "can we text, I mean push", 能发邮件的有多少？不对，是能发短信的; the first channel is neither read nor listed."""

from __future__ import annotations

from datetime import date

from copilot.reading import read
from copilot.tools.conditions import Consent, leaves

TODAY = date(2026, 3, 2)


def consents(text: str) -> list[str]:
    x = read(text, today=TODAY)
    assert not x.not_applied, text
    return [c.channel for c in leaves(x.audience) if isinstance(c, Consent)] if x.audience is not None else []


def test_corrected_reach_channel() -> None:
    assert consents("How many Loyal customers can we text, I mean push?") == ["push"]
    assert consents("how many lapsed hikers could we email... sorry, I meant text") == ["sms"]
    assert consents("忠诚客户里能发短信的有多少？不对，是能发邮件的") == ["email"]


def test_plain_reach_unchanged() -> None:
    assert consents("How many Champions can we text?") == ["sms"]
    assert consents("冠军客户里能发短信的有多少？") == ["sms"]
