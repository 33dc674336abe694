"""Session 24, from set 17's dev briefs (b1276, b1278), in words of their own: a group the writer takes back while
typing is no clause; a bracket after "lapsed VIPs" says what lapsed means and the VIPs stay."""

from __future__ import annotations

from datetime import date

from copilot.reading import read
from copilot.tools.conditions import And, Recency, ValueTier

TODAY = date(2026, 4, 20)


def test_a_group_taken_back_is_no_clause() -> None:
    r = read("lets reach students oh wait we can't target students, just do Loyal customers, email, 10% off", today=TODAY)
    assert not any("student" in n.text.lower() for n in r.not_applied), r.not_applied


def test_a_group_taken_back_in_chinese() -> None:
    r = read("先给学生党发，不行，学生党没法定向，就发给忠诚客户，短信，九折", today=TODAY)
    assert not any("学生" in n.text for n in r.not_applied), r.not_applied


def test_lapsed_high_value_customers_keep_the_tier() -> None:
    a = read("winback for dormant high-value customers (nothing in 150 days), SMS, 10% off", today=TODAY).audience
    assert isinstance(a, And)
    assert any(isinstance(c, ValueTier) and c.tier == "high" for c in a.of)
    assert any(isinstance(c, Recency) and c.min_days == 150 for c in a.of)


def test_a_bracket_defining_the_tier_still_replaces_it() -> None:
    a = read("Email our VIPs (spent $2,000+ lifetime) 10% off", today=TODAY).audience
    assert not isinstance(a, ValueTier) and not (isinstance(a, And) and any(isinstance(c, ValueTier) for c in a.of))
