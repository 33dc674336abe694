"""Set 16's conventions read in other words (session 22): a performance marketer's targets and bid caps (decision 202),
rules about days of the week for sends (209), a retail buyer's clearance words (205) and a start said before a
deadline. Each was read wrongly or silently dropped on the commit before."""

from __future__ import annotations

from datetime import date

import pytest

from copilot.reading import read
from copilot.reading.schema import Reading

TODAY = date(2026, 3, 2)


def _listed(r: Reading, affects: str) -> list[str]:
    return [n.text for n in r.not_applied if n.affects == affects]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Paid social for the Cascade Beam headlamp to Loyal customers, aim for a 3x ROAS, $6k, April.", "3x ROAS"),
        ("Instagram ads for trail shoes, ROAS target of 5, $9,000, next month.", "ROAS target of 5"),
        ("抖音投放推登山杖，七天ROAS不低于2.5，预算三万元，四月。", "ROAS不低于2.5"),
        ("朋友圈广告推睡袋，ROI目标4，预算两万元，下个月。", "ROI目标4"),
    ],
)
def test_a_return_target_is_listed_and_names_the_metric(text: str, target: str) -> None:
    r = read(text, today=TODAY)
    assert r.metric is not None and r.metric.name == "roi"
    assert any(target in t for t in _listed(r, "other"))
    assert r.channels.allowed == ["paid_social"]


@pytest.mark.parametrize(
    ("text", "cap", "budget"),
    [
        ("Facebook ads for the Ridgeline 2P tent, max CPC $1.20, $5,000 budget, April.", "max CPC $1.20", 5000),
        ("Run Meta and Instagram ads to Champions for rain jackets, cap bids at $2, $3k total, next month.", "cap bids at $2", 3000),
        ("信息流推羽绒服，CPC上限1.5元，预算一万元，下个月。", "CPC上限1.5元", 10000),
    ],
)
def test_a_bid_cap_is_never_the_budget(text: str, cap: str, budget: float) -> None:
    r = read(text, today=TODAY)
    assert r.budget is not None and r.budget.amount == budget
    assert any(cap in t for t in _listed(r, "budget"))


def test_cost_per_acquisition_asked_in_a_question_is_said() -> None:
    r = read("Which channel brought the cheapest CPA last month?", today=TODAY)
    assert r.kind == "question" and r.intent == "channel_performance"
    assert any("CPA" in t for t in _listed(r, "other"))
    guard = read("Email Champions about trail shoes, keep CPA below $25, $2k, April.", today=TODAY)
    assert any(t.endswith("CPA below $25") for t in _listed(guard, "other"))  # no trailing comma kept


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("Email Loyal customers about trail shoes, $1k, April 6-19, don't email on weekends.", "don't email on weekends"),
        ("SMS to Champions, 10% off, $800, March 9-22. Nothing goes out on Saturdays.", "Nothing goes out on Saturdays"),
        ("给冠军客户发短信推睡袋，九折，预算五千元，4月1日到15日，星期天不要发。", "星期天不要发"),
        ("會員日推播，九折，預算一萬元，下週一開始兩週，週末不要發。", "週末不要發"),
    ],
)
def test_a_send_day_rule_is_listed_and_the_window_keeps_its_days(text: str, rule: str) -> None:
    r = read(text, today=TODAY)
    assert any(rule in t for t in _listed(r, "timing"))
    assert r.window is not None and r.window.end is not None and (r.window.end - r.window.start).days >= 13


def test_this_weekend_only_is_still_the_window() -> None:
    r = read("Email Champions 10% off this weekend only, $2k", today=TODAY)
    assert r.window is not None and (r.window.start, r.window.end) == (date(2026, 3, 7), date(2026, 3, 8))
    assert not _listed(r, "timing")


@pytest.mark.parametrize(
    "text",
    [
        "The Cascade Beam is at 200% of plan. Let's clear them: 30% off to Loyal customers, email, $3k, April.",
        "登山杖压了500多根货，给买过登山鞋的客户发邮件，八折，预算五千元，下个月。",
        "睡袋这季订多了，给冠军客户发短信，七折，预算三千元，四月。",
    ],
)
def test_a_buyers_stock_words_name_a_clearance(text: str) -> None:
    assert read(text, today=TODAY).objective == "clearance"


def test_clear_until_gone_is_listed() -> None:
    r = read("帐篷清仓，给买过睡袋的客户发短信，直降100元，预算一万元，下周一开始，清完为止。", today=TODAY)
    assert any("清完为止" in t for t in _listed(r, "offer"))


def test_winter_jackets_are_the_insulated_jackets() -> None:
    r = read("Clear our winter jackets: 30% off to Champions, email, $2k, March.", today=TODAY)
    assert r.promoted.categories == ["insulated-jackets"]


def test_a_start_said_before_a_named_last_day() -> None:
    r = read("Email Champions 20% off, $5k, starting tomorrow and ending Friday March 20.", today=TODAY)
    assert r.window is not None and (r.window.start, r.window.end) == (date(2026, 3, 3), date(2026, 3, 20))


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("上个月短信的点击率同比怎么样？", "同比"),
        ("YoY change in email revenue?", "YoY"),
        ("How did push convert last week, and how does that compare with the week before?", "week before"),
        ("email click rate month over month", "month over month"),
    ],
)
def test_a_compared_period_named_by_its_word_is_said(text: str, said: str) -> None:
    """Listed, or (a channel question with a first period, decision 240) read as compare_period."""
    r = read(text, today=TODAY)
    assert r.kind == "question"
    read_as_second = r.compare_period is not None and said in r.compare_period.span.text
    assert read_as_second or any(said in t for t in _listed(r, "timing"))


def test_agreeing_with_the_quoted_proposal_is_said() -> None:
    text = "回复：中秋活动\n赞同你的提议，不过预算改成两万元。\n王磊\n> 中秋给冠军客户发邮件，九折，预算三万元。"
    r = read(text, today=TODAY)
    assert any("赞同你的提议" in t for t in _listed(r, "other"))
    assert r.budget is not None and r.budget.amount == 20000


@pytest.mark.parametrize(
    ("text", "second"),
    [
        ("Email Loyal customers 20% off and free shipping, $3k, May.", "free shipping"),
        ("New customers get $10 off, and our Champions get free delivery. SMS, $1k, April.", "free delivery"),
        ("给忠诚客户发邮件，八五折，冠军客户享包邮，预算八千元，五月。", "包邮"),
    ],
)
def test_a_second_offer_beside_the_one_read_is_said(text: str, second: str) -> None:
    r = read(text, today=TODAY)
    assert r.offer is not None and r.offer.kind in ("percent_off", "amount_off")
    assert any(second in t for t in _listed(r, "offer"))


def test_a_second_offer_turned_down_is_not_listed() -> None:
    r = read("Email Champions 10% off, maybe free shipping too? no, just the 10%. $1k, April.", today=TODAY)
    assert not any("free shipping" in t for t in _listed(r, "offer"))


@pytest.mark.parametrize("text", ["Email + SMS to Champions, 10% off, $2k, April. On second thought, drop SMS.",
                                  "Champions, email and push, 15% off, $3k. Let's remove the push, email only."])
def test_a_channel_dropped_later_is_excluded(text: str) -> None:
    r = read(text, today=TODAY)
    assert r.channels.allowed == ["email"] and r.channels.excluded


def test_drop_them_an_email_is_still_email() -> None:
    assert read("Drop our Champions an email about trail shoes, $1k, April.", today=TODAY).channels.allowed == ["email"]


def test_taiwan_coupon_and_spend_tier_amounts() -> None:
    r = read("母親節：給忠誠會員發電子報，送NT$150折價券，預算三萬元新台幣，五月。", today=TODAY)
    assert r.offer is not None and (r.offer.kind, r.offer.value, r.offer.currency) == ("amount_off", 150, "TWD")
    tier = read("週年慶全館滿3000折300，給冠軍客戶發推播，預算五萬元新台幣，下個月。", today=TODAY)
    assert tier.offer is not None and (tier.offer.kind, tier.offer.value) == ("amount_off", 300)
    pieces = read("给冠军客户发短信，满2件9折，预算五千元，四月。", today=TODAY).offer
    assert pieces is None or pieces.kind != "amount_off"  # 满2件9折 is no amount off


def test_a_line_official_account_push_is_one_unplannable_channel() -> None:
    r = read("給冠軍客戶發電子報，九折，預算兩萬元新台幣，下個月，另外用LINE官方帳號推播。", today=TODAY)
    assert any("LINE官方帳號推播" in n.text for n in r.not_applied if n.affects == "channel")
    assert r.channels.allowed == ["email"]


def test_spoken_amounts_and_a_spoken_cap() -> None:
    r = read("ok so. loyal customers. email them. fifteen percent off boots. nothing over fifteen. keep it under three k. next week.",
             today=TODAY)
    assert r.budget is not None and (r.budget.amount, r.budget.currency) == (3000, None)
    assert r.discount_cap is not None and r.discount_cap.max_percent == 15
    assert read("Email Champions about tents, nothing over 200. $1k, April.", today=TODAY).discount_cap is None  # no percentage beside it


@pytest.mark.parametrize(
    "text",
    ["给忠诚客户发邮件推睡袋，九折，不要给最近两周买过睡袋的人发，预算五千元，四月。",
     "給冠軍客戶發推播，不要給最近一個月買過睡袋的會員發，預算一萬元新台幣，下個月。"],
)
def test_whom_not_to_send_to_in_chinese_is_excluded(text: str) -> None:
    from copilot.tools.conditions import Not

    r = read(text, today=TODAY)
    assert r.audience is not None
    negated = [c for c in getattr(r.audience, "of", []) if isinstance(c, Not)]
    assert [c.of.kind for c in negated] == ["bought"], r.audience  # the recent buyers are left out, not the audience


@pytest.mark.parametrize(("text", "start", "end"), [
    ("给冠军客户发短信，九折，预算五千元，下个月前十天。", date(2026, 4, 1), date(2026, 4, 10)),
    ("給冠軍客戶發推播，九折，預算五千，5月頭十日。", date(2026, 5, 1), date(2026, 5, 10)),
])
def test_the_first_ten_days_of_a_month(text: str, start: date, end: date) -> None:
    r = read(text, today=TODAY)
    assert r.window is not None and (r.window.start, r.window.end) == (start, end)


def test_how_often_is_not_whom() -> None:
    r = read("给冠军客户推帐篷，九折，预算五千元，四月，不要给冠军客户发太多短信。", today=TODAY)
    assert r.audience is not None and r.audience.kind == "rfm_segment"  # not NOT Champions
    assert any("发太多短信" in n.text for n in r.not_applied if n.affects == "timing")
    assert read("不要给冠军客户发短信，给忠诚客户发邮件推帐篷，九折，预算五千元。", today=TODAY).audience.kind == "and"  # type: ignore[union-attr]


def test_this_sessions_reasons_read_in_chinese() -> None:
    from copilot.reading.reasons_zh import reason_zh

    r = read("信息流推睡袋，出价上限2块，给冠军客户和忠诚客户，九折，冠军客户享包邮，预算一万元，四月，周日不要发。", today=TODAY)
    reasons = [n.reason for n in r.not_applied]
    assert len(reasons) >= 3
    assert all(reason_zh(x) for x in reasons), [x for x in reasons if not reason_zh(x)]
