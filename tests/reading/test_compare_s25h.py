"""Groups compared and "which X has the most" are a breakdown (copilot/reading/compared_groups.py); 沉睡 never borrows
another clause's days; age bands joined are one range; 美金 after 蚊 is USD (session 25, helper h)."""

from __future__ import annotations

from datetime import date

import pytest

from copilot.reading import read

TODAY = date(2026, 4, 20)


@pytest.mark.parametrize(
    ("text", "by"),
    [
        ("Is the SMS click rate higher for high-value or low-value customers?", "tier"),
        ("Champions vs Loyal — which group has the higher AOV?", "segment"),
        ("冠军客户和忠诚客户，谁的客单价更高？", "segment"),
        ("Push conversion: US-Mountain compared to US-Midwest?", "region"),
        ("Which tier has the most customers in US-West?", "tier"),
        ("Which region has the highest AOV among Loyal customers?", "region"),
    ],
)
def test_groups_compared_or_ranked_are_a_breakdown(text: str, by: str) -> None:
    r = read(text, today=TODAY, kind="question")
    assert r.breakdown is not None and r.breakdown.by == by


def test_groups_joined_with_no_comparison_stay_one_group() -> None:
    assert read("How many Champions or Loyal customers haven't opened an email in 60 days?", today=TODAY).breakdown is None
    assert read("How many at-risk customers can we text?", today=TODAY).breakdown is None


@pytest.mark.parametrize("text", ["上周点过推送的休眠用户有多少", "最近两周点过短信的沉睡客户有多少", "opened an email in the last 2 weeks but dormant — how many?"])
def test_a_lapse_word_keeps_its_own_days(text: str) -> None:
    from copilot.tools.conditions import Recency, leaves

    r = read(text, today=TODAY)
    assert r.audience is not None
    assert [c.min_days for c in leaves(r.audience) if isinstance(c, Recency)] == [180]


@pytest.mark.parametrize(("text", "lo", "hi"), [("Email the 25-34, 35-44 and 45-54 brackets about tents", 25, 54),
                                                ("How many customers aged 35-44 or 45-54 bought boots?", 35, 54),
                                                ("promote tents to the 18-24 & 25-34 age groups, email", 18, 34)])
def test_age_bands_joined_are_one_range(text: str, lo: int, hi: int) -> None:
    from copilot.tools.conditions import Age, leaves

    r = read(text, today=TODAY)
    assert r.audience is not None
    assert [(c.min_age, c.max_age) for c in leaves(r.audience) if isinstance(c, Age)] == [(lo, hi)]


@pytest.mark.parametrize(("text", "cur"), [("预算两千蚊美元，发邮件", "USD"), ("預算3000港幣，發短信", "HKD"), ("預算五千蚊，短信", "HKD")])
def test_the_currency_said_after_man(text: str, cur: str) -> None:
    r = read(text, today=TODAY)
    assert r.budget is not None and r.budget.currency == cur
