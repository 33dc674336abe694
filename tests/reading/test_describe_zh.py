"""The Chinese wording of an audience (copilot/reading/describe_zh.py) that Chinese answers quote."""

from __future__ import annotations

from copilot.agent.routed_text import fmt_pct
from copilot.reading.describe_zh import category_zh, describe_condition_zh
from copilot.tools.conditions import (
    And,
    Bought,
    Consent,
    Engagement,
    Not,
    Or,
    Recency,
    RfmSegment,
    Spend,
    TopPropensity,
    ValueTier,
)


def test_categories_take_the_readers_chinese_word() -> None:
    assert category_zh("tents") == "帐篷"
    assert category_zh("sleeping-bags") == "睡袋"
    assert category_zh("no-such-category") == "no-such-category"  # kept as written, never invented


def test_a_tree_reads_as_chinese_with_its_windows_and_groups() -> None:
    tree = And(
        of=[
            Spend(min=500, within_days=365, currency="CNY"),
            Not(of=Engagement(event="opened", channel="email", within_days=60)),
            Or(of=[RfmSegment(segments=["Champions", "At risk"]), ValueTier(tier="high")]),
            Not(of=Bought(categories=["headlamps"])),
            Consent(channel="sms"),
        ]
    )
    said = describe_condition_zh(tree)
    assert said == (
        "近一年消费至少 500 CNY，且近2个月没有打开邮件，且（RFM 分群为冠军客户或有流失风险的客户，或高价值层级），"
        "且没买过头灯，且同意接收短信"
    )
    assert not any(word in said for word in ("AND", "OR", "last", "spent", "bought"))


def test_recency_and_top_propensity() -> None:
    assert describe_condition_zh(Recency(min_days=180)) == "近180天没有下单"
    assert describe_condition_zh(Recency(max_days=30)) == "近30天下过单"
    top = TopPropensity(category="tents", horizon_days=30, top_n=500)
    assert describe_condition_zh(top) == "30天内最可能购买帐篷的前 500 位"


def test_a_tiny_share_is_not_shown_as_zero() -> None:
    assert fmt_pct(8 / 30000) == "<0.1%"
    assert fmt_pct(0.0) == "0.0%"
    assert fmt_pct(0.172) == "17.2%"
