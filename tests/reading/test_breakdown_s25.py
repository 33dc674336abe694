"""A question's breakdown and its second period are read into Reading.breakdown and Reading.compare_period (decision 240;
copilot/reading/breakdown.py): what the tools can give is no longer listed, what they cannot (sales by category, customers
month by month) is listed with its reason, and a channel question compares two periods with their dates."""

from __future__ import annotations

from datetime import date

import pytest

from copilot.reading import read

TODAY = date(2026, 4, 20)


@pytest.mark.parametrize(
    ("text", "by", "intent"),
    [
        ("Show me the click rate per channel for March", "channel", "channel_performance"),
        ("各个渠道上个月的打开率分别是多少？", "channel", "channel_performance"),
        ("What was push conversion month by month since January?", "month", "channel_performance"),
        ("按月看一下今年短信带来的收入", "month", "channel_performance"),
        ("email open rate for each RFM segment last quarter", "segment", "channel_performance"),
        ("Lapsed customers split by value tier: how many are there?", "tier", "count"),
        ("How many SMS subscribers do we have in each age group?", "age", "count"),
        ("按年龄段看一下忠诚客户有多少人", "age", "count"),
    ],
)
def test_a_breakdown_the_tools_give_is_read_not_listed(text: str, by: str, intent: str) -> None:
    r = read(text, today=TODAY)
    assert r.breakdown is not None and r.breakdown.by == by and r.intent == intent
    assert r.breakdown.span.text in text
    assert not any(r.breakdown.span.text in n.text for n in r.not_applied)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("What did each product category bring in last month?", "each product category"),
        ("过去三个月各个类目的营收分别是多少？", "各个类目"),
        ("Sales by category for Champions this year?", "by category"),
    ],
)
def test_sales_by_category_is_listed_never_answered_as_a_total(text: str, words: str) -> None:
    r = read(text, today=TODAY)
    assert r.breakdown is not None and r.breakdown.by == "category"
    assert r.intent not in ("count", "channel_performance")  # not "you have 30,000 customers", not one channel's figures
    listed = [n for n in r.not_applied if n.text == words]
    assert listed and "by category" in listed[0].reason


def test_customers_month_by_month_are_listed() -> None:
    r = read("How many new customers did we get per month this year?", today=TODAY)
    assert r.breakdown is not None and r.breakdown.by == "month"
    assert any(n.text == "per month" and "by period" in n.reason for n in r.not_applied)


def test_revenue_asked_of_no_group_counted_is_segments() -> None:
    assert read("上周的营收是多少？", today=TODAY).intent == "segments"
    assert read("How many customers spent over $500 last year?", today=TODAY).intent == "count"


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ("How did SMS revenue in March compare with March 2025?", (date(2026, 3, 1), date(2026, 3, 31)), (date(2025, 3, 1), date(2025, 3, 31))),
        ("How is email conversion this month versus last month?", (date(2026, 4, 1), TODAY), (date(2026, 3, 1), date(2026, 3, 31))),
        ("推送的点击率，这个季度比上个季度高还是低？", (date(2026, 4, 1), TODAY), (date(2026, 1, 1), date(2026, 3, 31))),
        ("上个月邮件的收入环比怎么样？", (date(2026, 3, 1), date(2026, 3, 31)), (date(2026, 2, 1), date(2026, 2, 28))),
        ("去年四季度和今年一季度相比，短信的转化率如何？", (date(2025, 10, 1), date(2025, 12, 31)), (date(2026, 1, 1), date(2026, 3, 31))),
        ("What was paid social ROI in Q4 last year vs Q3?", (date(2025, 10, 1), date(2025, 12, 31)), (date(2025, 7, 1), date(2025, 9, 30))),
    ],
)
def test_two_periods_of_a_channel_question(text: str, first: tuple[date, date], second: tuple[date, date]) -> None:
    r = read(text, today=TODAY)
    assert r.intent == "channel_performance"
    assert r.period is not None and (r.period.start, r.period.end) == first
    assert r.compare_period is not None and (r.compare_period.start, r.compare_period.end) == second
    assert not any(n.affects == "timing" for n in r.not_applied)  # both answered, nothing listed


def test_a_second_period_of_another_question_stays_listed() -> None:
    r = read("Champions' AOV this quarter vs last quarter?", today=TODAY)
    assert r.compare_period is not None and r.intent == "segments"
    assert any(n.affects == "timing" and n.text == "last quarter" for n in r.not_applied)


@pytest.mark.parametrize("text", ["Is the AOV of the under-30s higher than the over-50s?", "What's the repeat rate of over-45s vs under-25s?"])
def test_two_age_groups_compared_are_either_group(text: str) -> None:
    from copilot.tools.conditions import Age, Or

    r = read(text, today=TODAY)
    assert isinstance(r.audience, Or) and len(r.audience.of) == 2 and all(isinstance(c, Age) for c in r.audience.of)


def test_repeat_buyers_counted_by_a_word_for_their_number() -> None:
    from copilot.tools.conditions import OrderCount, leaves

    r = read("各个区域复购的顾客分别有多少？", today=TODAY)
    assert r.breakdown is not None and r.breakdown.by == "region"
    assert r.audience is not None and any(isinstance(c, OrderCount) and c.min == 2 for c in leaves(r.audience))
