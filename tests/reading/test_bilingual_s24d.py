"""Bilingual requests (README decision 223), in other words than set 18's: a value said in English and in Chinese is one
value, never a second budget, an audience threshold or an unread clause."""

from __future__ import annotations

from datetime import date

from copilot.reading import read

TODAY = date(2026, 3, 2)


def r(text: str):  # type: ignore[no-untyped-def]
    return read(text, today=TODAY)


def test_budget_in_both_languages_is_one_budget() -> None:
    got = r(
        "Autumn restock / 秋季补货: email Champions about sleeping bags. 给冠军客户发邮件推睡袋。Budget $3,500 / 预算3500美元。"
        "Sept 1-14 / 9月1日至14日。"
    )
    assert got.budget is not None and got.budget.amount == 3500
    assert got.not_applied == []


def test_discount_and_budget_said_twice_are_one_each() -> None:
    got = r(
        "EN + 中文. SMS Loyal customers, 15% off, $1,800, April 6-19. 中文：给忠诚客户发短信，85折，预算1800美元，4月6日至19日。"
    )
    assert got.offer is not None and got.offer.value == 15
    assert got.budget is not None and got.budget.amount == 1800
    assert not [n for n in got.not_applied if n.affects in ("audience", "offer", "budget")]


def test_a_chinese_only_brief_keeps_two_equal_amounts() -> None:
    got = r("给累计消费满2000元的客户发短信，预算2000元，九折。")
    assert got.budget is not None and got.budget.amount == 2000
    assert got.audience is not None and "2000" in got.audience.model_dump_json()
