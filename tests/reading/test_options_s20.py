"""Set 15's agency options, legal reviews and spec talk (README decisions 192, 194, 196), each tested in other words
than the dev cases: the option a message chooses is read and the others listed; a legal review's copy rules,
consent rules and audience limits; specs told for the copy and specs that select products."""

from __future__ import annotations

from datetime import date

from copilot.reading import read
from copilot.reading.schema import Reading

TODAY = date(2026, 3, 2)


def r(text: str) -> Reading:
    return read(text, today=TODAY)


def others(x: Reading) -> list[str]:
    return [n.text for n in x.not_applied if n.affects == "other"]


def test_the_recommended_option_is_read_and_the_others_listed() -> None:
    x = r(
        "Three concepts for the fall camping push:\nOption A: 30% off sleeping bags to Loyal customers, SMS only, $9k.\n"
        "Option B: free shipping on tents for Champions, email + paid social, $4k.\nOption C: a new-arrivals push to everyone, $2k.\n"
        "Our pick is Option B."
    )
    assert x.offer is not None and x.offer.kind == "free_shipping"
    assert x.budget is not None and x.budget.amount == 4000
    assert sorted(x.channels.allowed) == ["email", "paid_social"]
    assert x.promoted.categories == ["tents"]
    assert sorted(o[:8] for o in others(x)) == ["Option A", "Option C"]


def test_with_no_choice_the_first_option_is_read() -> None:
    x = r(
        "A couple of ideas for Father's Day: (1) 10% off backpacks to Champions by SMS; (2) a free water bottle with orders "
        "over $80, emailed to everyone. Either way the budget is $2,500. Up to you."
    )
    assert x.offer is not None and x.offer.kind == "percent_off" and x.offer.value == 10
    assert x.channels.allowed == ["sms"]
    assert x.budget is not None and x.budget.amount == 2500  # said for every option
    assert others(x) and others(x)[0].startswith("(2) a free water bottle")


def test_tiers_read_the_one_chosen() -> None:
    x = r(
        "Q3 backpack campaign, three tiers. Basic: email to hikers, $1k. Standard: email + SMS to hikers, $3k. "
        "Premium: email + SMS + push to hikers with 15% off, $7k. I'd go Standard."
    )
    assert sorted(x.channels.allowed) == ["email", "sms"]
    assert x.budget is not None and x.budget.amount == 3000
    assert x.offer is None
    assert len(others(x)) == 2


def test_chinese_numbered_plans_read_the_suggested_one() -> None:
    x = r(
        "代理商给了三个方案：方案1：全场满300减50，短信+邮件，预算8万；方案2：给流失客户推送九折券，预算2万；"
        "方案3：睡袋新品种草，信息流，预算6万。建议采用方案2。"
    )
    assert x.offer is not None and x.offer.kind == "percent_off" and x.offer.value == 10
    assert x.channels.allowed == ["push"]
    assert x.budget is not None and x.budget.amount == 20000
    assert sorted(o[:3] for o in others(x)) == ["方案1", "方案3"]


def test_chinese_lettered_options_read_the_chosen_letter() -> None:
    x = r("两个思路：A是邮件发给冠军客户打八折，B是短信发给忠诚客户包邮。就用A吧，预算5000元。")
    assert x.offer is not None and x.offer.kind == "percent_off" and x.offer.value == 20
    assert x.channels.allowed == ["email"]
    assert others(x) and others(x)[0].startswith("B是短信")


def test_an_option_marked_recommended() -> None:
    x = r(
        "Plan A: email Lost customers 20% off, $3k. Plan B (recommended): SMS to At Risk customers, 10% off, $2k."
    )
    assert x.channels.allowed == ["sms"]
    assert x.offer is not None and x.offer.value == 10


def test_a_numbered_list_without_options_is_no_options() -> None:
    x = r("Brief: (1) email Champions; (2) 15% off jackets; (3) $2k budget.")
    assert x.channels.allowed == ["email"]
    assert x.offer is not None and x.offer.value == 15
    assert not others(x)
