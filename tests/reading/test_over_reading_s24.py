"""Session 24, from the end-user probe's class "over-reading" (/work/notes/probe_s23c.md, eb13 and zb13), in words of
their own: a group given early access beside an audience said outright is a second wave (listed, not ANDed in), and
a referral's "for each friend" (每推荐一个朋友) asks for no top-N."""

from __future__ import annotations

from datetime import date

from copilot.reading import read
from copilot.tools.conditions import And, RfmSegment, leaves

TODAY = date(2026, 4, 20)


def _segments(text: str) -> list[str]:
    a = read(text, today=TODAY).audience
    return [s for c in (leaves(a) if a is not None else []) if isinstance(c, RfmSegment) for s in c.segments]


def test_early_access_beside_a_said_audience_is_a_second_wave() -> None:
    text = ("Plan for Cyber Monday: (a) 30% off sleeping bags, (b) early access for Loyal customers a day ahead. "
            "The audience is everyone who ordered in the past 18 months. Email and push, $12k.")
    r = read(text, today=TODAY)
    assert _segments(text) == []
    assert any(n.affects == "audience" and "Loyal" in n.text for n in r.not_applied)


def test_early_access_in_chinese_beside_a_said_audience() -> None:
    text = "目标人群：过去半年下过单的客户。另外忠诚客户可以提前一天抢先购。睡袋7折，短信"
    r = read(text, today=TODAY)
    assert _segments(text) == []
    assert any(n.affects == "audience" and "忠诚客户" in n.text for n in r.not_applied)


def test_early_access_with_no_other_audience_is_the_audience() -> None:
    assert _segments("Early access for Champions to the new trail shoe, email, $800") == ["Champions"]


def test_early_access_for_the_audience_itself_stays() -> None:
    a = read("Audience: Champions. Early access for Champions from Thursday, 10% off, email", today=TODAY).audience
    assert isinstance(a, RfmSegment) and not isinstance(a, And)


def test_each_friend_referred_is_no_top_n() -> None:
    assert read("老会员每邀请两个好友下单，就送一张20美元券；发邮件给过去一年下过单的会员", today=TODAY).top_n is None
    assert read("老客户每推荐一个朋友注册，双方各得50元，短信，预算5000元", today=TODAY).top_n is None


def test_a_recommendation_count_is_still_read() -> None:
    assert read("给我推荐3个适合冠军客户的产品", today=TODAY).top_n == 3
