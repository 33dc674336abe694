"""Clauses set 20 dropped with no entry, or read as campaign terms (decisions 242, 245, 250): a partner's share of
the budget is listed, a note that the partner's people are not in the data is no clause, a material claim before a
category and a copy rule on claims are listed, a version the catalogue lacks is listed, and a voucher the seller put
up on a local-services platform themselves is context. Wordings other than the cases'."""

from __future__ import annotations

from datetime import date

import pytest

from copilot.reading import read

TODAY = date(2026, 3, 2)


def _listed(text: str, affects: str) -> list[str]:
    return [n.text for n in read(text, today=TODAY).not_applied if n.affects == affects]


@pytest.mark.parametrize(
    "text",
    [
        "Email climbers in the Northeast about the bouldering night, 10% off chalk bags, the gym chips in 30%. $900 budget.",
        "和山野徒步俱乐部联名：给买过登山鞋的客户发邮件，登山杖八五折，俱乐部承担一半费用，预算8000元。",
    ],
)
def test_partner_share_of_budget_is_listed_and_total_read(text: str) -> None:
    x = read(text, today=TODAY)
    assert x.budget is not None and x.budget.amount in (900, 8000)
    assert [n for n in x.not_applied if n.affects == "budget"], x.not_applied


@pytest.mark.parametrize(
    "text",
    [
        "Email Loyal customers 10% off tents. The gym's members aren't in our system, so only our own customers. $800.",
        "给买过帐篷的客户发邮件，头灯八折。俱乐部的会员不在我们的数据里，只发我们自己的客户。预算5000元。",
    ],
)
def test_partner_people_not_in_data_is_no_clause(text: str) -> None:
    x = read(text, today=TODAY)
    assert not [n for n in x.not_applied if n.affects == "audience"], x.not_applied


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Email Champions about our PFAS-free tents, 10% off, $1,000.", "PFAS-free"),
        ("给冠军客户发邮件推无氟冲锋衣，八折，预算五千元。", "无氟"),
    ],
)
def test_material_claim_before_a_category_is_listed(text: str, words: str) -> None:
    assert any(words in w for w in _listed(text, "product"))


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ('Push Loyal customers 10% off merino tees, no "odour-proof" claims, $600.', "odour-proof"),
        ("Email Champions about tents, no green claims unless we have data, $500.", "green claims"),
    ],
)
def test_copy_rule_on_claims_is_listed(text: str, words: str) -> None:
    assert any(words in w for w in _listed(text, "other"))


def test_version_the_catalogue_lacks_is_listed_not_promoted() -> None:
    x = read("Email trail runners about the Alder Trail 4, 10% off, $700.", today=TODAY)
    assert "P1008" not in x.promoted.product_ids
    assert any("Alder Trail 4" in n.text for n in x.not_applied if n.affects == "product")
    y = read("Email trail runners about the Alder Trail 2, 10% off, $700.", today=TODAY)
    assert y.promoted.product_ids == ["P1008"]


@pytest.mark.parametrize(
    "text",
    [
        "美团团购：店里上了199元抵300元的双人套餐券，到店核销。给东北地区的冠军客户发短信，预算2000元。",
        "抖音本地生活：门店上了59元抵100元的代金券。给南部地区近60天下过单的客户发短信，预算1500元。",
    ],
)
def test_seller_own_platform_voucher_is_context(text: str) -> None:
    x = read(text, today=TODAY)
    assert x.offer is None
    assert x.channels.allowed == ["sms"]
    assert not x.not_applied, x.not_applied


@pytest.mark.parametrize(
    "text",
    [
        "团长问：端午前给业主团购群里的团员们发头灯的团购链接，预算1000元。",
        "社区团购：国庆前在社区团购群给团员发睡袋链接，预算1500元。",
    ],
)
def test_group_buy_chat_and_members_are_listed(text: str) -> None:
    x = read(text, today=TODAY)
    assert [n for n in x.not_applied if n.affects == "channel" and "团购群" in n.text], x.not_applied
    assert [n for n in x.not_applied if n.affects == "audience" and "团员" in n.text], x.not_applied
