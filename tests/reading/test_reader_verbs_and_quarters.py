"""Push as a verb, a percentage or window restated, a product left out with "but not", quarters asked about in the
past (session 16, from cases the reader got wrong, each written here in other words). Each case was read wrongly
before its fix."""

from __future__ import annotations

from datetime import date

import pytest

from copilot.reading import read
from copilot.reading.schema import Reading
from copilot.tools.conditions import And, Bought, Not, RfmSegment, SignedUp

TODAY = date(2026, 3, 2)


def r(text: str) -> Reading:
    return read(text, today=TODAY)


@pytest.mark.parametrize(("text", "allowed"), [
    ("Spring is here — push rain jackets to hikers in the West, email + SMS, $4k", ["email", "sms"]),
    ("push the Alder Trail 2 to trail runners via email", ["email"]),
    ("Email and push the new tent to campers, $2k", ["email", "push"]),  # a channel list: push is the channel
    ("Push to lapsed hikers on Saturday", ["push"]),
])
def test_push_before_goods_and_to_is_the_verb(text: str, allowed: list[str]) -> None:
    assert r(text).channels.allowed == allowed


def test_a_bare_percentage_that_corrects_an_offer_is_the_offer() -> None:
    x = r("SMS the Loyal segment 20% off tents — sorry, I mean 25%. Budget $2k")
    assert x.offer is not None and x.offer.value == 25 and not x.not_applied


def test_the_offer_said_again_is_no_unread_clause() -> None:
    x = r("Lapsed campers, email, 15% off sleeping bags. Free shipping? No, only the 15%. $1k")
    assert x.offer is not None and x.offer.value == 15
    assert not [n for n in x.not_applied if n.affects == "offer"]


def test_a_window_written_with_less_than() -> None:
    x = r("people who signed up <45d, welcome email, $500")
    assert isinstance(x.audience, SignedUp) and x.audience.within_days == 45 and not x.not_applied


@pytest.mark.parametrize("text", [
    "Promote tents but not the Cascade Tent 3P to Champions, email, $3k",
    "Headlamps but not the Cascade Beam: 10% off for Loyal customers, email",
])
def test_but_not_a_product_after_what_is_promoted_leaves_it_out(text: str) -> None:
    x = r(text)
    assert isinstance(x.audience, RfmSegment)  # the people are not negated, and no purchase is read
    assert [n.affects for n in x.not_applied] == ["product"]


def test_but_not_after_a_purchase_is_still_never_bought() -> None:
    x = r("customers who bought tents but not sleeping bags, email, promote sleeping bags")
    assert isinstance(x.audience, And)
    assert any(isinstance(c, Not) and isinstance(c.of, Bought) for c in x.audience.of)


@pytest.mark.parametrize("text", ["Give me ROAS by channel for Q4", "ROAS by channel, Q4", "Q4各渠道的ROI数据给我看看",
                                  "第四季度各渠道的转化率是多少？"])
def test_a_quarter_asked_about_in_figures_is_the_last_one(text: str) -> None:
    x = r(text)
    assert x.kind == "question" and x.window is None
    assert x.period is not None and (x.period.start, x.period.end) == (date(2025, 10, 1), date(2025, 12, 31))


def test_a_quarter_asked_about_ahead_stays_ahead() -> None:
    x = r("Q4预计能带来多少单？")
    assert x.period is None and x.window is not None and x.window.start == date(2026, 10, 1)
