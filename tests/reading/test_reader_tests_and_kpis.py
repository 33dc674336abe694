"""A/B tests, holdouts and KPIs said in more ways (session 17, probes written for this round). Each was dropped
silently before: "split 50/50 between two creatives", "test 10% vs 15% off" (the 10% was listed as unread),
测试九折和八五折哪个效果好, "hold back 1 in 10", KPI是复购率, 目标是拉动GMV, "success = repeat purchase rate"."""

from __future__ import annotations

from datetime import date

import pytest

from copilot.reading import read

TODAY = date(2026, 3, 2)


def test_split_between_two_creatives_is_a_creative_test() -> None:
    x = read("Email Champions 10% off; split 50/50 between two creatives; 10% holdout.", today=TODAY)
    assert x.ab_test is not None and x.ab_test.element == "creative"
    assert x.holdout is not None and x.holdout.share == 0.1


@pytest.mark.parametrize("text", ["Email Champions; test 10% vs 15% off.", "给冠军客户发邮件，测试九折和八五折哪个效果好"])
def test_two_offers_tested(text: str) -> None:
    x = read(text, today=TODAY)
    assert x.ab_test is not None and x.ab_test.element == "offer"
    assert x.offer is not None and x.offer.value == 10.0  # the first variant; the second is the test's
    assert x.not_applied == []


def test_one_in_ten_held_back() -> None:
    x = read("Email Champions, hold back 1 in 10 as a control.", today=TODAY)
    assert x.holdout is not None and x.holdout.share == 0.1


@pytest.mark.parametrize(("text", "metric"), [
    ("给冠军客户发邮件，KPI是复购率", "retention"),
    ("给冠军客户发邮件，目标是拉动GMV", "revenue"),
    ("Email Champions; success = repeat purchase rate.", "retention"),
])
def test_kpis(text: str, metric: str) -> None:
    x = read(text, today=TODAY)
    assert x.metric is not None and x.metric.name == metric


@pytest.mark.parametrize(("text", "listed"), [
    ("Must: email only. Should: target Loyal. Nice to have: a holdout.", "a holdout"),
    ("Email Champions 10% off with a control group.", "with a control group"),
    ("给冠军客户发邮件，要有对照组", "要有对照组"),
])
def test_a_holdout_without_its_size_is_said(text: str, listed: str) -> None:
    x = read(text, today=TODAY)
    assert x.holdout is None
    assert [(n.affects, n.text) for n in x.not_applied] == [("holdout", listed)]


def test_a_sized_holdout_is_not_said_again() -> None:
    x = read("Email Champions 10% off with a 10% control group.", today=TODAY)
    assert x.holdout is not None and x.holdout.share == 0.1 and x.not_applied == []


def test_an_email_series_is_said_and_its_channel_read() -> None:
    x = read("Welcome series for new signups: 3 emails over 2 weeks, 10% off first order.", today=TODAY)
    assert x.channels.allowed == ["email"]
    assert [(n.affects, n.text) for n in x.not_applied] == [("timing", "3 emails over 2 weeks")]


def test_a_send_after_delivery_is_said() -> None:
    x = read("Post-purchase email to tent buyers 7 days after delivery asking for a review.", today=TODAY)
    assert [(n.affects, n.text) for n in x.not_applied] == [("timing", "7 days after delivery")]
    assert x.window is None
