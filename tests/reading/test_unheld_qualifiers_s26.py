"""Qualifiers on data the workspace lacks are listed, never dropped or flipped (probe s26, class 4): 'EXCEPT … employees',
'NOT in the top RFM segment', 'who are not in the high-value tier', 'clicked the headlamp email', 'viewed X but didn't
purchase'."""

from __future__ import annotations

from datetime import date

import pytest

from copilot.reading import read
from copilot.tools.conditions import And, Condition, Not, ValueTier

TODAY = date(2026, 3, 2)


def _listed(text: str, words: str) -> bool:
    x = read(text, today=TODAY)
    return any(words in n.text and n.affects == "audience" for n in x.not_applied)


@pytest.mark.parametrize(("text", "words"), [
    ("Email everyone who ordered in the last 6 months, except staff members and wholesale accounts", "staff members"),
    ("Spring tents 10% off to Loyal customers, excluding our own employees", "employees"),
    ("给近半年下过单的客户发邮件，排除内部员工账号", "员工"),
    ("冲锋衣九折，发给所有会员，员工和经销商除外", "员工"),
    ("How many customers ordered last quarter who are not in the best RFM segment?", "best RFM segment"),
    ("SMS to customers who opened last week's backpack newsletter, 10% off packs", "opened last week's backpack newsletter"),
    ("给打开过睡袋那封邮件的客户发短信，九折", "睡袋那封邮件"),
    ("Win back people who browsed sleeping bags but never bought in the last 30 days, email", "browsed sleeping bags"),
])
def test_a_qualifier_on_missing_data_is_listed(text: str, words: str) -> None:
    assert _listed(text, words)


def test_a_named_send_adds_no_channel() -> None:
    x = read("Text the people who clicked the sleeping bag email, 15% off", today=TODAY)
    assert "email" not in x.channels.allowed


def _not_tier(c: Condition | None) -> bool:
    if isinstance(c, Not):
        return isinstance(c.of, ValueTier)
    return isinstance(c, And) and any(_not_tier(x) for x in c.of)


@pytest.mark.parametrize("text", [
    "Email customers who are not in the high-value tier, 10% off base layers",
    "How many customers that aren't in the low-value segment bought a tent?",
])
def test_not_in_a_tier_is_never_the_tier(text: str) -> None:
    x = read(text, today=TODAY)
    assert _not_tier(x.audience), x.audience


def test_only_the_tier_is_negated() -> None:
    x = read("How many customers who are not in the high-value tier ordered in the last 30 days?", today=TODAY)
    assert isinstance(x.audience, And)
    assert [c for c in x.audience.of if not isinstance(c, Not)], x.audience


def test_staff_words_without_leaving_anyone_out_are_no_entry() -> None:
    x = read("Staff picks for Champions: email, 10% off packs", today=TODAY)
    assert not any("employees" in n.reason for n in x.not_applied)
