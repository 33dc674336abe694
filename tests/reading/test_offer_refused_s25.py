"""An offer the request turns down is no offer and no listed second offer (an unseen brief read at the end of session 25:
'买一送一不要做' had been read as the offer, bogo)."""

from __future__ import annotations

from datetime import date

import pytest

from copilot.reading import read

TODAY = date(2026, 3, 2)


@pytest.mark.parametrize("text", [
    "元旦前给老客户发短信，主推睡袋，买一送一不要做，最多打八五折，预算8千元",
    "给冠军客户发邮件，满300减30就不做了，预算五千元",
    "Email Loyal customers about the new packs, skip the free shipping, $3k, April.",
])
def test_a_refused_offer_is_no_offer(text: str) -> None:
    x = read(text, today=TODAY)
    assert x.offer is None
    assert not [n for n in x.not_applied if n.affects == "offer"]


@pytest.mark.parametrize(("text", "kind"), [
    ("给忠诚客户发短信，不要搞买一送一，打九折，预算一万元", "percent_off"),
    ("SMS to Champions, no BOGO this time, 10% off, $2k", "percent_off"),
    ("Email Champions 15% off, no code needed, $1k", "percent_off"),
])
def test_the_offer_kept_beside_a_refused_one(text: str, kind: str) -> None:
    x = read(text, today=TODAY)
    assert x.offer is not None and x.offer.kind == kind
    assert not [n for n in x.not_applied if n.affects == "offer"]
