"""From the eleventh set's dev part, tested in other words: a tier defined in brackets is the bracket's
condition, two groups compared are either group, 能短信触达 is SMS consent, "again in the next 60 days" is the
propensity horizon, and "spends more per order" / 最赚钱 are the metric asked."""

from __future__ import annotations

from datetime import date

import pytest

from copilot.reading import read

TODAY = date(2026, 3, 2)


@pytest.mark.parametrize(("text", "kind"), [
    ("Our VIPs (spent $1,500+ lifetime) get first access to the new parka, email.", "spend"),
    ("高价值会员（消费满3000元以上）专享，推送，九折", "spend"),
    ("High-value buyers (4+ orders in the last year): push, free shipping.", "order_count"),
])
def test_a_tier_defined_in_brackets_is_its_definition(text: str, kind: str) -> None:
    x = read(text, today=TODAY)
    assert x.audience is not None and x.audience.kind == kind


def test_a_tier_glossed_by_its_own_meaning_stays_the_tier() -> None:
    x = read("Top spenders (top 20% lifetime) get 15% off, email.", today=TODAY)
    assert x.audience is not None and x.audience.kind == "value_tier"


@pytest.mark.parametrize("text", [
    "Champions vs Loyal: which group opens more emails?",
    "低价值客户和中价值客户，哪个复购更多？",
    "Mid-value versus low-value customers — who converts better on SMS?",
])
def test_two_groups_compared_are_either_group(text: str) -> None:
    x = read(text, today=TODAY)
    assert x.audience is not None and x.audience.kind in ("or", "rfm_segment"), x.audience


@pytest.mark.parametrize(("text", "channel"), [
    ("冠军客户里有多少可以短信触达？", "sms"),
    ("流失用户中能通过邮件联系到的有多少？", "email"),
])
def test_reachable_in_chinese_is_consent(text: str, channel: str) -> None:
    x = read(text, today=TODAY)
    assert channel in x.audience.model_dump_json() and '"consent"' in x.audience.model_dump_json()
    assert x.channels.allowed == []


def test_buying_again_in_the_next_days_is_the_horizon() -> None:
    x = read("Who is most likely to buy rain jackets again in the next 45 days?", today=TODAY)
    assert x.window is None
    aud = x.audience
    assert aud is not None and aud.kind == "top_propensity" and aud.horizon_days == 45


@pytest.mark.parametrize(("text", "metric"), [
    ("Runners or hikers: who spends more per order?", "aov"),
    ("哪个人群最赚钱？", "revenue"),
    ("Which segment makes us the most money?", "revenue"),
])
def test_the_metric_asked(text: str, metric: str) -> None:
    x = read(text, today=TODAY)
    assert x.metric is not None and x.metric.name == metric
