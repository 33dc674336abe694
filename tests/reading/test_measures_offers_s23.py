"""Session 23, set 17's conventions in other words: payback questions are judged on ROI (decision 214), a success
metric written with "=", Taiwan's 開信率; a "Not —" line in pasted notes excludes; week-day ranges with an arrow;
"free ship"; 滿三千折三百 and 每满; an offer's minimum order said after it is the offer's (never a spend threshold on
people); "a voucher of 20 dollars"; pronouns that point at an earlier message (decision 213)."""

from __future__ import annotations

from datetime import date

import pytest

from copilot.reading import read
from copilot.tools.conditions import And, Not, RfmSegment

TODAY = date(2026, 3, 2)


@pytest.mark.parametrize(
    "text",
    [
        "If we text Loyal customers 15% off sleeping bags, when would it break even?",
        "给忠诚客户推送九折的话，大概几个月能回本？",
        "Would a $3k email to lapsed customers pay for itself?",
    ],
)
def test_payback_questions_are_judged_on_roi(text: str) -> None:
    m = read(text, today=TODAY).metric
    assert m is not None and m.name == "roi"


def test_a_success_metric_written_with_equals() -> None:
    m = read("Email Loyal customers 10% off headlamps, $2k. KPI: success metric = repeat rate", today=TODAY).metric
    assert m is not None and m.name == "retention"


def test_taiwan_open_rate_is_opens_by_channel() -> None:
    r = read("上個月簡訊和推播的開信率各是多少？", today=TODAY)
    assert r.metric is not None and r.metric.name == "opens"
    assert r.intent == "channel_performance"


def test_a_not_line_in_pasted_notes_excludes() -> None:
    a = read("- Who: customers in the South\n- Not: Champions (they get their own send)\n- Budget: $900", today=TODAY).audience
    assert isinstance(a, And) and any(isinstance(c, Not) and isinstance(c.of, RfmSegment) for c in a.of)


def test_a_weekday_range_with_an_arrow() -> None:
    w = read("SMS Loyal customers 10% off socks, next Fri -> Sun, $500", today=TODAY).window
    assert w is not None and (w.start, w.end) == (date(2026, 3, 13), date(2026, 3, 15))


def test_free_ship_against_a_percentage_is_an_offer_test() -> None:
    r = read("Email Champions. test: free ship vs 15% off. $1k", today=TODAY)
    assert r.ab_test is not None and r.ab_test.element == "offer"


@pytest.mark.parametrize(
    ("text", "value"),
    [("全館滿五千折五百，給會員發簡訊，預算三萬元", 500), ("全场满二百减二十，给会员发短信", 20)],
)
def test_chinese_numeral_threshold_offers(text: str, value: float) -> None:
    o = read(text, today=TODAY).offer
    assert o is not None and (o.kind, o.value) == ("amount_off", value)


def test_per_threshold_offer_keeps_its_per() -> None:
    o = read("头灯每满200减20，给冠军客户发邮件", today=TODAY).offer
    assert o is not None and o.span.text.startswith("每满")


@pytest.mark.parametrize(
    ("text", "minimum"),
    [
        ("Email Loyal customers RM20 off with min spend RM150, budget RM3,000", "RM150"),
        ("SMS lapsed buyers: a coupon worth $25 for minimum order $120. Budget $1,500", "$120"),
    ],
)
def test_an_offers_minimum_is_the_offers_not_the_audiences(text: str, minimum: str) -> None:
    r = read(text, today=TODAY)
    assert r.offer is not None and r.offer.kind == "amount_off" and minimum in r.offer.span.text
    spends = [c for c in ([r.audience] if r.audience is not None else []) if c.kind == "spend"]
    assert not spends


@pytest.mark.parametrize(
    ("text", "affects"),
    [
        ("他们过去三个月的复购率怎么样？", "audience"),
        ("那这双有几种颜色？", "product"),
        ("What if we sent it by SMS instead?", "other"),
    ],
)
def test_words_pointing_at_an_earlier_message_are_listed(text: str, affects: str) -> None:
    assert any(n.affects == affects for n in read(text, today=TODAY).not_applied)
