"""'push' as a verb that promotes goods is the promoted product, never push consent (end-user probe class 3: "can
we push the Talus hiking boots" had narrowed the audience to push opt-ins). The channel's own words still read."""

from __future__ import annotations

from datetime import date

import pytest

from copilot.reading import read
from copilot.tools.conditions import Consent

TODAY = date(2026, 3, 2)


def _consents(c: object) -> list[str]:
    if isinstance(c, Consent):
        return [c.channel]
    of = getattr(c, "of", None)
    kids = of if isinstance(of, list) else [of] if of is not None else []
    return [ch for k in kids for ch in _consents(k)]


@pytest.mark.parametrize(("text", "category"), [
    ("can we push the sleeping bags to lapsed buyers?", "sleeping-bags"),
    ("could we push headlamps this week", "headlamps"),
    ("Can I push the new daypacks to campers", "backpacks"),
    ("能推一下帐篷吗", "tents"),
    ("这个月主推睡袋，发邮件", "sleeping-bags"),
])
def test_push_as_a_verb_promotes_and_needs_no_consent(text: str, category: str) -> None:
    x = read(text, today=TODAY)
    assert category in x.promoted.categories
    assert "push" not in _consents(x.audience)


@pytest.mark.parametrize("text", [
    "how many customers can we push to?",
    "can we push them tonight",
    "push opt-ins who bought tents",
    "能用推送触达多少人",
])
def test_push_consent_still_reads(text: str) -> None:
    assert "push" in _consents(read(text, today=TODAY).audience)


def test_the_push_channel_still_reads() -> None:
    assert "push" in read("send a push about the rain shells to VIPs", today=TODAY).channels.allowed
