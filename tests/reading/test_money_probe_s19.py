"""Money, offers, caps, holdouts and offer tests from the session-19 money probe (issue #12), each tested here in
other words than the probe's: ringgit, "a couple grand", hedged Chinese budgets (差不多…左右), past spend and goals
beside the budget, a split told with "gets", weekly/monthly rates, a budget cut later, holdouts told in more ways
(and as a number of people, which is listed), 折扣：无, 有无 tests, caps told with 底线/上限, points given with 送,
and A/B tests between two offers of any kind."""

from __future__ import annotations

from datetime import date

import pytest

from copilot.reading import read

TODAY = date(2026, 3, 2)


def r(text: str):  # type: ignore[no-untyped-def]
    return read(text, today=TODAY)


@pytest.mark.parametrize(("text", "amount", "currency"), [
    ("Budget RM 8,000 for push to Champions.", 8000, "MYR"),
    ("We've got a couple grand for an email to hikers.", 2000, None),
    ("预算差不多3万左右，推送给忠诚客户。", 30000, None),
])
def test_more_ways_to_say_an_amount(text: str, amount: float, currency: str | None) -> None:
    x = r(text)
    assert x.budget is not None and (x.budget.amount, x.budget.currency) == (amount, currency)


@pytest.mark.parametrize(("text", "amount"), [
    ("Last spring we spent $20k on paid social. This time we have $7k, email only.", 7000),
    ("Sales goal is $60k; budget $5k; email Loyal customers.", 5000),
    ("去年同期卖了80万元，这次预算3万元，短信。", 30000),
])
def test_past_spend_and_goals_are_not_the_budget(text: str, amount: float) -> None:
    x = r(text)
    assert x.budget is not None and x.budget.amount == amount


@pytest.mark.parametrize(("text", "amount"), [
    ("Email gets $1,200 and push gets $800.", 2000),
    ("Budget $4k on paid social plus $1k on SMS.", 5000),
])
def test_a_split_across_channels_is_the_sum(text: str, amount: float) -> None:
    x = r(text)
    assert x.budget is not None and x.budget.amount == amount
    assert [n.affects for n in x.not_applied] == ["budget"]


@pytest.mark.parametrize(("text", "amount", "currency"), [
    ("$500 a week for 6 weeks on paid social.", 3000, "USD"),
    ("每月预算1万元，做3个月，信息流。", 30000, "CNY"),
    ("信息流每天花300元，持续5天。", 1500, "CNY"),
])
def test_a_rate_times_its_length(text: str, amount: float, currency: str) -> None:
    x = r(text)
    assert x.budget is not None and (x.budget.amount, x.budget.currency) == (amount, currency)
    assert any(n.affects == "budget" for n in x.not_applied)


def test_a_budget_cut_later_is_the_new_amount() -> None:
    x = r("Budget was €6,000 but it's been reduced to €4,500. Email Loyal customers.")
    assert x.budget is not None and (x.budget.amount, x.budget.currency) == (4500, "EUR")


@pytest.mark.parametrize(("text", "share"), [
    ("Email Loyal customers; leave 15% of the audience unmailed.", 0.15),
    ("随机抽取百分之五的用户作为对照组，短信召回。", 0.05),
    ("空白组留出百分之八，邮件推新品。", 0.08),
])
def test_more_ways_to_hold_out(text: str, share: float) -> None:
    x = r(text)
    assert x.holdout is not None and x.holdout.share == share


@pytest.mark.parametrize("text", ["Email At risk customers; hold out 1,500 customers as a control.",
                                  "对照组设为三千人，其余发推送。"])
def test_a_holdout_of_so_many_people_is_listed(text: str) -> None:
    x = r(text)
    assert x.holdout is None
    assert [n.affects for n in x.not_applied if n.affects == "holdout"] == ["holdout"]


def test_discount_none_in_a_form() -> None:
    x = r("渠道：短信；折扣：无；预算：2000元")
    assert x.no_discount is not None and x.offer is None


def test_with_or_without_a_discount_is_an_offer_test() -> None:
    x = r("邮件召回，对比有无折扣的转化差异。")
    assert x.ab_test is not None and x.ab_test.element == "offer"
    assert x.no_discount is None


@pytest.mark.parametrize(("text", "cap"), [("折扣底线是七折，邮件召回。", 30.0), ("让利上限为八五折，推送。", 15.0)])
def test_a_cap_told_as_a_floor_or_a_limit(text: str, cap: float) -> None:
    x = r(text)
    assert x.discount_cap is not None and x.discount_cap.max_percent == cap
    assert x.offer is None


def test_an_offer_on_the_next_order_stays_the_offer() -> None:  # guards the 送积分 exclusion's neighbours
    x = r("New customers: 15% off your next order, email.")
    assert x.offer is not None and x.offer.value == 15.0


def test_points_given_are_no_gift() -> None:
    x = r("下单就送积分，推送给新客。")
    assert x.offer is None
    assert [n.affects for n in x.not_applied] == ["offer"]


@pytest.mark.parametrize(("text", "kind", "value"), [
    ("A/B: free delivery versus $10 off for lapsed campers.", "free_shipping", None),
    ("Try 25% off against a free gift, test which converts better. Email.", "percent_off", 25.0),
    ("测试一下包邮和满200减30哪个转化高，短信。", "free_shipping", None),
])
def test_two_offers_of_any_kind_tested(text: str, kind: str, value: float | None) -> None:
    x = r(text)
    assert x.ab_test is not None and x.ab_test.element == "offer"
    assert x.offer is not None and (x.offer.kind, x.offer.value) == (kind, value)  # the first variant
    assert not [n for n in x.not_applied if n.affects in ("offer", "ab_test")]
