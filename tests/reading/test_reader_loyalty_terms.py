"""Loyalty-programme terms in a 会员运营 brief (set 12 decision 152), tested in other words: one entry per clause
(a points threshold with its tier, 成长值, "tier and above"), paying with points is an offer term, an upgrade aim
is no second group, and the same group said twice is listed once."""

from __future__ import annotations

from datetime import date

from copilot.reading import read

TODAY = date(2026, 3, 2)


def _listed(text: str) -> list[tuple[str, str]]:
    return [(n.affects, n.text) for n in read(text, today=TODAY).not_applied]


def test_points_and_growth_thresholds_are_one_clause_each() -> None:
    assert _listed("白金卡及以上会员，成长值超过3000的，发邮件，九折，预算5000元") == [
        ("audience", "白金卡及以上会员"), ("audience", "成长值超过3000的")]


def test_paying_with_points_is_an_offer_term() -> None:
    listed = _listed("钻石卡会员专享：积分可抵扣（200积分抵2元），推送新品，预算3000元")
    assert ("offer", "积分可抵扣（200积分抵2元）") in listed
    assert [a for a, _ in listed].count("audience") == 1


def test_an_upgrade_aim_is_no_second_group() -> None:
    assert _listed("金卡会员冲刺升级钻石卡：积分满8000的金卡会员，短信提醒，满200减20，预算2000元") == [
        ("audience", "积分满8000的金卡会员")]
