"""Paid memberships and renewals (decision 241): a renewal named as the campaign's aim is retention, in English and
Chinese (simplified and traditional); a paid membership's members, status or expiry as a group are listed (audience);
a send timed from each member's expiry is listed (timing) and its look-ahead is no campaign window; the programme named
only as what is renewed is no clause."""

from __future__ import annotations

from datetime import date

import pytest

from copilot.reading import read
from copilot.reading.schema import Reading

TODAY = date(2026, 3, 2)


def r(text: str) -> Reading:
    return read(text, today=TODAY)


def listed(x: Reading, affects: str = "audience") -> list[str]:
    return [n.text for n in x.not_applied if n.affects == affects]


@pytest.mark.parametrize("text", [
    "Renewals campaign for the Peak Pass: Champions, SMS, $700",
    "Get our Loyal customers to renew before the price goes up, email, $1,200",
    "Membership renewal drive — At risk customers, push, budget $400",
    "续费提醒：给忠诚客户发邮件，预算1500元",
    "会员续约季：冠军客户，短信，9折，预算四千",
    "續費月：給忠誠客戶發簡訊，預算新台幣一萬",
    "续会活动，给近90天下过单的客户发推送，预算800元",
])
def test_renewal_is_retention(text: str) -> None:
    assert r(text).objective == "retention"


def test_renewal_without_product_reads_no_promoted_programme() -> None:
    x = r("Renewal push for the Summit Plus membership: Loyal customers, email only, $900")
    assert x.objective == "retention"
    assert listed(x) == []


def test_programme_before_zh_renewal_is_no_clause() -> None:
    x = r("超级会员（SVIP）续费季：给近三个月下过单的忠诚客户发短信，预算3000元")
    assert x.objective == "retention"
    assert listed(x) == []


@pytest.mark.parametrize("text, group", [
    ("How many premium members are Loyal?", "premium members"),
    ("How many of our Ridge+ members bought tents?", "our Ridge+ members"),
    ("季卡会员里有多少冠军客户？", "季卡会员"),
    ("给已续费的会员发短信，感谢支持，预算500元", "已续费的会员"),
])
def test_membership_group_listed(text: str, group: str) -> None:
    assert group in listed(r(text))


def test_expiring_members_listed_and_no_window() -> None:
    x = r("Annual members (Gold Pass yearly tier) whose membership expires in the next 3 weeks: email, no discount, $600.")
    assert listed(x) == ["Annual members (Gold Pass yearly tier) whose membership expires in the next 3 weeks"]
    assert x.window is None


@pytest.mark.parametrize("text, timing", [
    ("月卡会员到期前7天发短信提醒，不打折，预算1000元", "到期前7天"),
    ("Email Champions 10 days before their membership expires, $500", "10 days before their membership expires"),
])
def test_expiry_timing_listed(text: str, timing: str) -> None:
    assert listed(r(text), "timing") == [timing]


def test_members_of_an_rfm_segment_not_listed() -> None:
    x = r("Email our Loyal members and new members, $500")
    assert listed(x) == []
