"""A Chinese trade-in told as an action with a credit (set 18, b1375's class, helper-97): 交回一双旧跑鞋抵100元 lists the
trade-in (offer, not priced) and reads its credit as the amount off, like "bring back your old boots, get $30 off"; a
heading naming the scheme (旧装备回收换券：) is no second entry."""

from __future__ import annotations

from datetime import date

import pytest

from copilot.reading import read

TODAY = date(2026, 3, 2)


@pytest.mark.parametrize(
    ("text", "said", "value", "budget"),
    [
        ("寄回旧冲锋衣抵50元，给买过冲锋衣的会员发短信，预算3000元。", "寄回旧冲锋衣", 50.0, 3000.0),
        ("旧帐篷回收：带一顶旧帐篷可抵200元，给露营客户发推送，预算一万元。", "带一顶旧帐篷", 200.0, 10000.0),
    ],
)
def test_trade_in_is_listed_and_its_credit_is_the_amount_off(
    text: str, said: str, value: float, budget: float
) -> None:
    r = read(text, today=TODAY)
    offers = [n.text for n in r.not_applied if n.affects == "offer"]
    assert offers == [said]
    assert (
        r.offer is not None
        and r.offer.kind == "amount_off"
        and r.offer.value == value
        and r.offer.currency == "CNY"
    )
    assert r.budget is not None and r.budget.amount == budget


def test_english_trade_in_still_reads_the_same() -> None:
    r = read("Bring back your old boots, get $30 off new hiking boots. Email hikers, $3k.", today=TODAY)
    assert [n.affects for n in r.not_applied] == ["offer"]
    assert r.offer is not None and r.offer.kind == "amount_off" and r.offer.value == 30.0
