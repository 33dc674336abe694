"""Windows and budgets from the lead's session-20 probe (issue #12), each tested here in other words than the probe's
(today is Monday 2026-03-02): days of the month with no month, a last day told after the first, two months as one run,
two near days, the last weekend of a month, "until the 20th" including the 20th, "mid-March to the end of the month",
连发N天, and 花费不超过… as the campaign's cost (not the customers' spend)."""

from __future__ import annotations

from datetime import date

import pytest

from copilot.reading import read

TODAY = date(2026, 3, 2)


def r(text: str):  # type: ignore[no-untyped-def]
    return read(text, today=TODAY)


@pytest.mark.parametrize(("text", "start", "end"), [
    ("Push to Champions between the 10th and the 12th, $200.", "2026-03-10", "2026-03-12"),
    ("Email Loyal customers the 1st-7th, $300.", "2026-04-01", "2026-04-07"),  # the 1st has passed: next month
    ("给忠诚客户发推送，12号到18号，预算六百元。", "2026-03-12", "2026-03-18"),
    ("Kicking off on the 23rd for a week: email hikers, $500.", "2026-03-23", "2026-03-29"),
    ("20号起连推五天，给冠军客户，预算五百元。", "2026-03-20", "2026-03-24"),
    ("Send SMS to Champions on Friday the 13th, $150.", "2026-03-13", "2026-03-13"),
    ("邮件给露营客户，一直做到25号，预算八百元。", "2026-03-02", "2026-03-25"),
    ("Email campers from the 18th, running until the 27th. $900.", "2026-03-18", "2026-03-27"),
])
def test_days_of_the_month_without_a_month(text: str, start: str, end: str) -> None:
    w = r(text).window
    assert w is not None and (w.start.isoformat(), w.end.isoformat() if w.end else None) == (start, end)


@pytest.mark.parametrize(("text", "start", "end"), [
    ("Goes live May 4, ends May 17. Push to Loyal, $600.", "2026-05-04", "2026-05-17"),
    ("Start on April 6 and wrap up on the 19th: email hikers, $700.", "2026-04-06", "2026-04-19"),
    ("4月8日开始，4月20日结束，邮件给冠军客户，预算两千元。", "2026-04-08", "2026-04-20"),
])
def test_a_last_day_told_after_the_first(text: str, start: str, end: str) -> None:
    w = r(text).window
    assert w is not None and (w.start.isoformat(), w.end.isoformat() if w.end else None) == (start, end)


@pytest.mark.parametrize(("text", "start", "end"), [
    ("Run the tent promo through June and July, email campers, $3k.", "2026-06-01", "2026-07-31"),
    ("Email everyone from May through July, $5,000.", "2026-05-01", "2026-07-31"),
    ("五六两个月给跑者发邮件，预算三千元。", "2026-05-01", "2026-06-30"),
    ("6月和7月给露营客户发推送，预算两千元。", "2026-06-01", "2026-07-31"),
    ("Push to Loyal customers on the last weekend of April, $250.", "2026-04-25", "2026-04-26"),
    ("四月第一个周末给冠军客户发短信，预算三百元。", "2026-04-04", "2026-04-05"),
    ("Email hikers the upcoming weekend, $180.", "2026-03-07", "2026-03-08"),
    ("Tomorrow and Thursday only: SMS to Loyal, $220.", "2026-03-03", "2026-03-05"),
    ("今天和明天两天，给冠军客户发推送，预算两百元。", "2026-03-02", "2026-03-03"),
    ("Email campers until the 18th, $400.", "2026-03-02", "2026-03-18"),
    ("Email campers before the 18th, $400.", "2026-03-02", "2026-03-17"),
    ("From early April to the end of the month, push to runners, $800.", "2026-04-01", "2026-04-30"),
])
def test_runs_told_other_ways(text: str, start: str, end: str) -> None:
    w = r(text).window
    assert w is not None and (w.start.isoformat(), w.end.isoformat() if w.end else None) == (start, end)


def test_months_a_past_purchase_names_are_no_window() -> None:
    x = r("Email customers who bought in April and May last year about new tents, $500.")
    assert x.window is None
    assert [n.affects for n in x.not_applied] == ["audience"]  # the look-back is said, not dropped


def test_campaign_cost_said_with_huafei_is_the_budget() -> None:
    x = r("给高价值客户发邮件推头灯，花费不要超过八百元。")
    assert x.budget is not None and (x.budget.amount, x.budget.currency) == (800, "CNY")
    assert "spend" not in x.model_dump_json()  # no customer-spend condition


def test_customers_spend_said_with_huafei_stays_in_the_audience() -> None:
    x = r("给累计花费不超过300元的客户发短信，预算五百元。")
    assert '"kind":"spend"' in x.model_dump_json().replace(" ", "")
    assert x.budget is not None and x.budget.amount == 500


@pytest.mark.parametrize(("text", "start", "end", "occasion"), [
    ("“十一”小长假给冠军客户推帐篷，推送，预算八千元。", "2026-10-01", "2026-10-07", "national_day"),
    ("十一期间给忠诚客户发邮件，九折，预算五千元。", "2026-09-25", "2026-10-07", "national_day"),
    ("关于“端午”小长假营销活动的请示：给露营客户推睡袋，预算一万元。", "2026-06-19", "2026-06-21", "dragon_boat_festival"),
    ("给冠军客户发推送，预算三百元，下周六日。", "2026-03-14", "2026-03-15", None),
])
def test_chinese_holidays_and_weekends_told_other_ways(text: str, start: str, end: str, occasion: str | None) -> None:
    w = r(text).window
    assert w is not None and (w.start.isoformat(), w.end.isoformat() if w.end else None, w.occasion) == (start, end, occasion)


@pytest.mark.parametrize("text", [
    "给忠诚客户推头灯，短信，预算两千元，下周三开始。",
    "给冠军客户发邮件，预算三千元，4.8起。",
])
def test_a_chinese_first_day_leaves_the_last_open(text: str) -> None:
    w = r(text).window
    assert w is not None and w.end is None


def test_eleven_customers_is_no_holiday() -> None:
    assert r("给十一个冠军客户发短信，预算一百元。").window is None
