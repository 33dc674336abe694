"""Whom a Chinese brief says to leave alone (别打扰/不要骚扰/避开 … 的人) is an audience NOT; it had been read as the
audience itself ('别打扰已经流失的人' made the audience 'no order in 180 days', an audience that contradicts the rest)."""

from __future__ import annotations

from datetime import date

import pytest

from copilot.reading import read
from copilot.tools.conditions import And, Not, Recency, RfmSegment

TODAY = date(2026, 12, 6)


def _nots(text: str) -> list[Not]:
    aud = read(text, today=TODAY).audience
    parts = aud.of if isinstance(aud, And) else [aud]
    return [p for p in parts if isinstance(p, Not)]


@pytest.mark.parametrize("text", [
    "双旦给买过登山鞋的客户发邮件，八折，别打扰已经流失的客户，预算八千元",
    "圣诞节给会员发短信推头灯，不要再打扰半年没下单的人，预算5千",
])
def test_lapsed_people_left_alone_are_excluded(text: str) -> None:
    (n,) = _nots(text)
    assert isinstance(n.of, Recency) and n.of.min_days is not None


def test_a_segment_avoided_is_excluded() -> None:
    (n,) = _nots("给露营爱好者推送新款帐篷，避开Hibernating的用户，预算三千元")
    assert isinstance(n.of, RfmSegment) and n.of.segments == ["Hibernating"]


def test_recent_buyers_not_to_be_bothered_are_excluded() -> None:
    (n,) = _nots("给冠军客户发邮件推冲锋衣，不要骚扰最近两周下过单的客户，预算4千")
    assert isinstance(n.of, Recency) and n.of.max_days == 14


def test_a_cadence_is_no_exclusion() -> None:
    assert _nots("给忠诚客户发短信推睡袋，别打扰太频繁，预算2千") == []
